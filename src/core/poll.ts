/** Polling an asynchronous OIC operation (activation, recovery jobs) with capped exponential backoff. */

/** Options of {@link poll}. */
export interface PollOptions<T> {
  /** Reads the current state. */
  check: () => Promise<T>
  /** True when the state is final. */
  done: (state: T) => boolean
  /** Give up after this long (ms); the last state is returned with `timedOut`. */
  timeoutMs: number
  sleep: (ms: number) => Promise<void>
  now: () => number
  /** First wait (ms); doubles up to {@link PollOptions.maxDelayMs}. */
  initialDelayMs?: number
  maxDelayMs?: number
}

/** The outcome of a poll. */
export interface PollResult<T> {
  state: T
  timedOut: boolean
  checks: number
}

/** Checks, waits and checks again until `done` or the timeout; never sleeps past the deadline. */
export async function poll<T>(options: PollOptions<T>): Promise<PollResult<T>> {
  const deadline = options.now() + options.timeoutMs
  let delay = options.initialDelayMs ?? 500
  const maxDelay = options.maxDelayMs ?? 10_000
  for (let checks = 1; ; checks++) {
    const state = await options.check()
    if (options.done(state)) return { state, timedOut: false, checks }
    const left = deadline - options.now()
    if (left <= 0) return { state, timedOut: true, checks }
    await options.sleep(Math.min(delay, left))
    delay = Math.min(maxDelay, delay * 2)
  }
}

/** Settings of a {@link PollPacer}. */
export interface PacerOptions {
  /** First wait while nothing has finished yet (ms); grows by {@link PacerOptions.growth} each round. */
  initialMs: number
  growth: number
  /** Shortest and longest wait between two rounds (ms). */
  minMs: number
  maxMs: number
  /** Operations read per round while nothing has finished yet: the oldest ones, to learn how long they take. */
  probe: number
  /** A round waits the observed median × `factor` × the share still pending, that share taken as at least `floor`. */
  factor: number
  floor: number
}

/**
 * The pace of parallel status reads (issue 21: activations take 2–15 s; at most about 3 reads per activation). The
 * times are learned, never assumed, so the same pace suits a slow tenant and a fast emulator: while nothing has
 * finished, only the {@link PacerOptions.probe} oldest operations are read, at short and growing waits; once some
 * have finished, every pending one is read, each round waiting the observed median scaled by the share still
 * pending — with many pending a round is costly and waits about the median, with few left rounds come sooner so the
 * last one is seen soon after it ends. When every probe finished in the round that saw the first one end, the times
 * are alike and the rest are probably done too: they are all read at once. Figures from simulations of 40
 * operations (uniform 2–15 s: 1.7–2.6 reads each, the last seen within 11 % of its end; uniform 0.2–1.5 s alike).
 */
export const DEFAULT_PACER: PacerOptions = {
  initialMs: 250,
  growth: 1.5,
  minMs: 250,
  maxMs: 10_000,
  probe: 3,
  factor: 1.25,
  floor: 0.1
}

/** Learns how long operations take and says how long to wait and what to read next (see {@link DEFAULT_PACER}). */
export class PollPacer {
  private readonly observed: number[] = []
  private delay: number
  private probing = false
  private readAllNow = false

  constructor(private readonly options: PacerOptions = DEFAULT_PACER) {
    this.delay = options.initialMs
  }

  /** Records how long one finished operation took (ms from its start to the read that saw it final). */
  observe(ms: number): void {
    this.observed.push(ms)
  }

  /** The median of the observed times, undefined before any finished. */
  median(): number | undefined {
    if (!this.observed.length) return undefined
    const sorted = [...this.observed].sort((a, b) => a - b)
    return sorted[Math.floor((sorted.length - 1) / 2)]
  }

  /** The wait before the next round, with `pending` of `total` operations not final yet. */
  next(pending: number, total: number): number {
    if (this.readAllNow) {
      this.readAllNow = false
      return 0
    }
    const median = this.median()
    const { minMs, maxMs } = this.options
    if (median === undefined) {
      const wait = this.delay
      this.delay = Math.min(maxMs, this.delay * this.options.growth)
      return Math.min(maxMs, wait)
    }
    const share = total > 0 ? Math.max(pending / total, this.options.floor) : 1
    return Math.round(Math.min(maxMs, Math.max(minMs, median * this.options.factor * share)))
  }

  /** What to read this round, of `pending` oldest first: the probe while nothing has finished, then all. */
  pick<T>(pending: readonly T[]): T[] {
    this.probing = this.observed.length === 0
    return this.probing ? pending.slice(0, Math.max(1, this.options.probe)) : [...pending]
  }

  /** Ends a round in which `read` operations were read and `finished` of them were final. */
  roundDone(read: number, finished: number): void {
    this.readAllNow = this.probing && finished > 0 && finished === read
    this.probing = false
  }
}
