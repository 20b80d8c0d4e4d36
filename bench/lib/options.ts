/** Sizes of a benchmark run: the full run (the published figures) or `--smoke` (same code paths, tiny sizes). */

/** What one run measures, and how big. */
export interface BenchOptions {
  smoke: boolean
  /** Rounds of cold starts (every action and `node -e 0` once per round, interleaved). */
  coldStartRounds: number
  /** Interleaved rounds of the archive transfers (each: curl and the action, export and import). */
  archiveRounds: number
  /** Size of the generated `payload.bin` in the exported project. */
  archivePayloadBytes: number
  /** Interleaved rounds of test-connections (and of curl with the same concurrency). */
  connectionRounds: number
  /** Connections in the tested project. */
  connections: number
  connectionConcurrency: number
  /** Emulated latency of a connection test. */
  testLatencyMs: number
  /** Errored instances to resubmit. */
  errors: number
  /** `batch-size` of resubmit-errors. */
  batchSize: number
}

/** The published run. */
export const FULL: BenchOptions = {
  smoke: false,
  coldStartRounds: 11,
  archiveRounds: 5,
  archivePayloadBytes: 1024 ** 3,
  connectionRounds: 5,
  connections: 200,
  connectionConcurrency: 8,
  testLatencyMs: 50,
  errors: 10_000,
  batchSize: 50
}

/** The CI smoke run: the same scripts with tiny sizes. */
export const SMOKE: BenchOptions = {
  ...FULL,
  smoke: true,
  coldStartRounds: 3,
  archiveRounds: 1,
  archivePayloadBytes: 8 * 1024 ** 2,
  connectionRounds: 1,
  connections: 20,
  errors: 700
}

/** Options from the command line (`--smoke`). */
export function optionsFrom(argv: readonly string[]): BenchOptions {
  const unknown = argv.filter(a => a !== '--smoke')
  if (unknown.length) throw new Error(`Unknown argument(s): ${unknown.join(' ')} (only --smoke is accepted)`)
  return argv.includes('--smoke') ? SMOKE : FULL
}
