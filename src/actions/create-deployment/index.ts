/** Entry of `create-deployment`. */
import { runAction, type RunOptions } from '../../core/run-action.js'
import { main } from './main.js'

/** Runs `create-deployment` in the given host. */
export const run = (options: RunOptions): Promise<boolean> => runAction('create-deployment', main, options)
