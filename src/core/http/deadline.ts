/**
 * The overall deadline of one attempt: an AbortSignal that fires when the whole exchange (head and body) has
 * taken longer than its bound. The idle timeout alone never ends a server that drips one byte at a time.
 */
import { formatSeconds } from './limits.js'

/** Error code of an exchange ended by its deadline (not retried: a server this slow would only be waited for again). */
export const DEADLINE_CODE = 'REQUEST_DEADLINE'

/** A running deadline; {@link Deadline.clear} it when the exchange is over. */
export class Deadline {
  private readonly controller = new AbortController()
  private readonly timer: ReturnType<typeof setTimeout>
  /** The status of the answer's head, once it arrived. */
  status?: number
  /** Bytes of the body read before the deadline, when known. */
  bytes?: number

  constructor(readonly ms: number) {
    this.timer = setTimeout(() => {
      const reason = Object.assign(new Error(`request deadline of ${formatSeconds(ms)} exceeded`), {
        code: DEADLINE_CODE
      })
      this.controller.abort(reason)
    }, ms)
    this.timer.unref?.()
  }

  /** Aborted when the deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** True once the deadline passed. */
  get expired(): boolean {
    return this.controller.signal.aborted
  }

  /** Stops the timer. */
  clear(): void {
    clearTimeout(this.timer)
  }

  /** The one-line detail of an exchange this deadline ended: what the server was doing when time ran out. */
  detail(): string {
    const bound = `the request deadline of ${formatSeconds(this.ms)}`
    if (this.status === undefined)
      return `the server had not sent the complete head of its answer within ${bound} (it sends it too slowly or not at all)`
    return `the server was still sending the body of its HTTP ${this.status} answer when ${bound} passed (it sends it too slowly)`
  }
}
