/** Entry of `export-car`. */
import { runAction, type RunOptions } from '../../core/run-action.js'
import { main } from './main.js'

/** Runs `export-car` in the given host. */
export const run = (options: RunOptions): Promise<boolean> => runAction('export-car', main, options)
