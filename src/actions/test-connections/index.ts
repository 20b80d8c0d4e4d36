/** Entry of `test-connections`. */
import { runAction, type RunOptions } from '../../core/run-action.js'
import { main } from './main.js'

/** Runs `test-connections` in the given host. */
export const run = (options: RunOptions): Promise<boolean> => runAction('test-connections', main, options)
