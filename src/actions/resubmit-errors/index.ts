/** Entry of `resubmit-errors`. */
import { runAction, type RunOptions } from '../../core/run-action.js'
import { main } from './main.js'

/** Runs `resubmit-errors` in the given host. */
export const run = (options: RunOptions): Promise<boolean> => runAction('resubmit-errors', main, options)
