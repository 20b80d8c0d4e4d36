/**
 * The one shape collaborators travel in below an action's `main`: where lines go and injectable time. `main` builds
 * it once from its {@link ActionContext} ({@link collaborators}); every step takes it (or the part it uses, as
 * `Pick<Collaborators, …>`), so a unit test passes plain fakes and never sleeps.
 */
import type { ActionContext } from './run-action.js'

/** Where lines go and what time it is, for every function below an action's `main`. */
export interface Collaborators {
  /** An info line of the step's log. */
  log: (line: string) => void
  /** A warning (a `::warning::` annotation on a runner). */
  warn: (line: string) => void
  /** Waits `ms` milliseconds (tests advance a clock instead). */
  sleep: (ms: number) => Promise<void>
  /** Milliseconds since the epoch. */
  now: () => number
}

/** The collaborators of one action run: its host's info and warning lines, its clock. */
export function collaborators(ctx: ActionContext): Collaborators {
  return {
    log: line => ctx.host.info(line),
    warn: line => ctx.host.warning(line),
    sleep: ms => ctx.sleep(ms),
    now: () => ctx.now()
  }
}
