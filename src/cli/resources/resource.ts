/**
 * The shape of the CLI's resource commands (`oic-actions <group> <operation> [ARGS…] [--option value …]`): one
 * group per REST resource of seed 000 (projects, deployments, connections, …), one operation per documented call.
 * Each group is a module that exports a {@link ResourceGroup}; `run-group.ts` parses, confirms, runs and prints.
 */
import type { HttpClient } from '../../core/http/client.js'

/** An option of an operation (besides the shared `--oic-url`, `--instance`, `--access-token`, …). */
export interface OptionSpec {
  description: string
  /** A flag without a value (`--force`, or `--force=false`). */
  boolean?: boolean
  required?: boolean
}

/** What an operation does to the instance: reads run as they are; writes take --dry-run; deletes also need --yes. */
export type Effect = 'read' | 'write' | 'delete'

/** The parsed call an operation receives. */
export interface OperationCall {
  client: HttpClient
  /** Positional arguments by the names of {@link Operation.args}. */
  args: Record<string, string>
  /** Options by name ('' when not given; 'true'/'false' for booleans). */
  options: Record<string, string>
  /** Progress lines (stderr, escaped). */
  log: (line: string) => void
  /** True for a --dry-run of an operation with {@link Operation.plansDryRun}: read, report, change nothing. */
  dryRun?: boolean
}

/** What an operation prints: a table (or its JSON), one object, or one line. */
export type OperationResult =
  | {
      kind: 'table'
      columns: readonly string[]
      rows: ReadonlyArray<Record<string, unknown>>
      json?: unknown
    }
  | { kind: 'object'; value: unknown }
  | { kind: 'done'; message: string; json?: unknown }

/** One documented call. */
export interface Operation {
  /** Sub-command, e.g. `list`, `get`, `delete`. */
  name: string
  /** One line for the help. */
  summary: string
  /** Required positional arguments, in order (e.g. `['PROJECT', 'CODE']`). */
  args?: readonly string[]
  options?: Readonly<Record<string, OptionSpec>>
  effect: Effect
  /** Set for the Monitoring API's deprecated calls: printed in the help and as a warning when run. */
  deprecated?: string
  /** For writes and deletes: what a run would change, in one line (printed by --dry-run and before a delete). */
  describe?: (call: Omit<OperationCall, 'client' | 'log'>) => string
  /**
   * Set when only the server can say what a --dry-run would change (a bulk call by filter): `run` is called with
   * `dryRun: true` (no --yes needed) and must only read.
   */
  plansDryRun?: boolean
  run(call: OperationCall): Promise<OperationResult>
}

/** A resource: its operations, in the order the help lists them. */
export interface ResourceGroup {
  name: string
  summary: string
  operations: readonly Operation[]
}
