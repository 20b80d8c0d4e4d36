/**
 * The host an action runs in: the GitHub runner (through `@actions/core`) or a terminal (the CLI). Actions talk
 * only to this interface, so tests pass a fake and the CLI reuses every action unchanged.
 */
import type { Report } from './job-summary.js'

/** Where an annotation points. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

/** Everything an action needs from its environment. */
export interface Host {
  /** Raw value of an input (trimmed; empty string when not given). */
  getInput(name: string): string
  /** Sets a step output, written byte for byte (secrets inside it included: the runner masks what it shows). */
  setOutput(name: string, value: string): void
  /**
   * Masks a secret, whatever its length, and the encoded forms the suite prints, in every later log line; call it
   * before the value can be printed.
   */
  setSecret(value: string): void
  /** Makes a variable available to later steps of the job, byte for byte. */
  exportVariable(name: string, value: string): void
  /** Log sinks: a message may quote a server, so a host must keep any line of it from starting a workflow command. */
  debug(message: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Appends the action's job summary. */
  writeSummary(report: Report): Promise<void>
  /** Marks the step failed with one line (an `::error` annotation, at a file and line when given). */
  setFailed(message: string, properties?: AnnotationProperties): void
  /** True when step debug logging is on. */
  isDebug(): boolean
  /** Environment variables of the step. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** True when running on a GitHub Actions runner (artifact upload and similar are possible). */
  readonly onRunner: boolean
}

/** True when the user asked for stack traces (`ACTIONS_STEP_DEBUG` or `OIC_ACTIONS_DEBUG`). */
export function debugRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.ACTIONS_STEP_DEBUG === 'true' || env.OIC_ACTIONS_DEBUG === 'true' || env.RUNNER_DEBUG === '1'
}
