/** Sizes of a benchmark run: the full run (the published figures) or `--smoke` (same code paths, tiny sizes). */

/** What one run measures, and how big. */
export interface BenchOptions {
  smoke: boolean
  /** `--latency`: only the benchmarks on the emulator's latency model (bench/latency.ts). */
  latency: boolean
  /** The latency model's `scale` (`--scale=0.25`): 1 = real time. */
  latencyScale: number
  /** Integrations and connections of the promoted project. */
  promotionIntegrations: number
  promotionConnections: number
  /** The emulator's `activationConcurrencyLimit` during the promotion (null: none). */
  activationLimit: number | null
  /** Errored instances resubmitted on the latency model. */
  latencyErrors: number
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
  batchSize: 50,
  latency: false,
  latencyScale: 0.5,
  promotionIntegrations: 40,
  promotionConnections: 10,
  activationLimit: 10,
  latencyErrors: 10_000
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
  errors: 700,
  latencyScale: 0.02,
  promotionIntegrations: 6,
  promotionConnections: 3,
  activationLimit: 4,
  latencyErrors: 300
}

const SCALE = /^--scale=(\d+(?:\.\d+)?)$/

/** Options from the command line (`--smoke`, `--latency`, `--scale=<factor>` of the latency model). */
export function optionsFrom(argv: readonly string[]): BenchOptions {
  const unknown = argv.filter(a => a !== '--smoke' && a !== '--latency' && !SCALE.test(a))
  if (unknown.length)
    throw new Error(
      `Unknown argument(s): ${unknown.join(' ')} (accepted: --smoke, --latency, --scale=<factor>)`
    )
  const base = argv.includes('--smoke') ? SMOKE : FULL
  const scale = argv.map(a => SCALE.exec(a)?.[1]).find(Boolean)
  if (scale !== undefined && !(Number(scale) > 0)) throw new Error(`--scale must be above 0, got ${scale}`)
  return {
    ...base,
    latency: argv.includes('--latency'),
    latencyScale: scale === undefined ? base.latencyScale : Number(scale)
  }
}
