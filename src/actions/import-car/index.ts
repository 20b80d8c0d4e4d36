/** Entry of `import-car`. */
import { runAction, type RunOptions } from '../../core/run-action.js'
import { main } from './main.js'
import { withPrComment } from './pr-comment-step.js'

/** Runs `import-car` in the given host. */
export const run = (options: RunOptions): Promise<boolean> =>
  runAction('import-car', withPrComment(main), options)
