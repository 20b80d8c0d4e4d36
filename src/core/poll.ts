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
