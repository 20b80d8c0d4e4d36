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
  /** Status reads the rounds may spend per operation on average (the list read before the requests included). */
  readsPerOperation: number
}

/**
 * The pace of status rounds (issue 21: activations take 2–15 s, a slot is freed only when its end is seen, at most
 * about 3 reads per activation). The times are learned, never assumed, so the same pace suits a slow tenant and a
 * fast emulator: while nothing has finished, rounds come at short and growing waits; once some have finished, the
 * reads left in the budget are spread evenly over the time the rest should still take (what each one in flight
 * should still need by the times observed, plus the queued ones on the slots), so an end is seen about half a wait
 * after it happens wherever it falls, and the queue moves on.
 */
export const DEFAULT_PACER: PacerOptions = {
  initialMs: 250,
  growth: 1.5,
  minMs: 100,
  maxMs: 10_000,
  readsPerOperation: 2.5
}

/** What a round will find: the ages of the operations in flight, those queued, the slots, the reads it costs. */
export interface RoundPlan {
  ages: readonly number[]
  queued: number
  slots: number
  cost: number
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

/** Learns how long operations take and says how long to wait before the next round (see {@link DEFAULT_PACER}). */
export class PollPacer {
  private readonly observed: number[] = []
  private delay: number
  private spent = 0

  /** `total`: the operations to watch, which set the budget of reads. */
  constructor(
    private readonly total: number,
    private readonly options: PacerOptions = DEFAULT_PACER
  ) {
    this.delay = options.initialMs
  }

  /** Records how long one finished operation took (ms from its start to the read that saw it final). */
  observe(ms: number): void {
    this.observed.push(ms)
  }

  /** Records `reads` status reads spent. */
  spend(reads: number): void {
    this.spent += reads
  }

  /** The wait before the next round. */
  next(plan: RoundPlan): number {
    const { minMs, maxMs } = this.options
    if (!this.observed.length) {
      const wait = this.delay
      this.delay = Math.min(maxMs, this.delay * this.options.growth)
      return Math.min(maxMs, wait)
    }
    const avg = mean(this.observed)
    // What one of age `a` should still need: the mean of the longer times observed, or soon when none was longer.
    const still = (a: number): number => {
      const longer = this.observed.filter(d => d > a)
      return longer.length ? mean(longer) - a : minMs
    }
    const needs = plan.ages.map(still)
    const slots = Math.max(1, plan.slots)
    const rest = Math.max(0, ...needs, (needs.reduce((a, b) => a + b, 0) + plan.queued * avg) / slots)
    const rounds = Math.floor(
      (this.total * this.options.readsPerOperation - this.spent) / Math.max(1, plan.cost)
    )
    // Past the budget (longer than anything seen), rounds come every half of the mean time.
    const wait = rounds >= 1 ? rest / rounds : avg / 2
    return Math.round(Math.min(maxMs, Math.max(minMs, wait)))
  }
}
