/** Entry of `authenticate`. */
import { runAction, type RunOptions } from '../../core/run-action.js'
import { main } from './main.js'

/** Runs `authenticate` in the given host. */
export const run = (options: RunOptions): Promise<boolean> => runAction('authenticate', main, options)
