/** The six actions and how to load each lazily (only the chosen action's code and dependencies are loaded). */
import type { RunOptions } from '../core/run-action.js'

/** The six actions, in pipeline order. */
export const ACTION_NAMES = [
  'authenticate',
  'create-deployment',
  'export-car',
  'import-car',
  'test-connections',
  'resubmit-errors'
] as const

/** One of {@link ACTION_NAMES}. */
export type ActionName = (typeof ACTION_NAMES)[number]

/** What each action module exports. */
export type ActionModule = { run: (options: RunOptions) => Promise<boolean> }

/** Lazy loaders: each `import()` becomes its own chunk of the bundle. */
export const LOADERS: Record<ActionName, () => Promise<ActionModule>> = {
  authenticate: () => import('./authenticate/index.js'),
  'create-deployment': () => import('./create-deployment/index.js'),
  'export-car': () => import('./export-car/index.js'),
  'import-car': () => import('./import-car/index.js'),
  'test-connections': () => import('./test-connections/index.js'),
  'resubmit-errors': () => import('./resubmit-errors/index.js')
}

/** True when `name` is one of the six actions. */
export function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(name)
}
