/**
 * The one compiled core: every action behind a lazy import, so an action loads only its own code and
 * dependencies. `dist/<name>.js` stubs call {@link runNamed}; the root action calls {@link dispatch}.
 */
import { ConfigurationError } from './core/errors.js'
import { createGitHubHost } from './core/github-host.js'
import { quote } from './core/inputs.js'
import { failureLine, type RunOptions } from './core/run-action.js'

/** The six actions. */
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

type ActionModule = { run: (options: RunOptions) => Promise<boolean> }

const LOADERS: Record<ActionName, () => Promise<ActionModule>> = {
  authenticate: () => import('./actions/authenticate/index.js'),
  'create-deployment': () => import('./actions/create-deployment/index.js'),
  'export-car': () => import('./actions/export-car/index.js'),
  'import-car': () => import('./actions/import-car/index.js'),
  'test-connections': () => import('./actions/test-connections/index.js'),
  'resubmit-errors': () => import('./actions/resubmit-errors/index.js')
}

/** True when `name` is one of the six actions. */
export function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(name)
}

/** Runs action `name` in a GitHub runner host unless another host is given. */
export async function runNamed(name: ActionName, options?: Partial<RunOptions>): Promise<boolean> {
  const host = options?.host ?? createGitHubHost()
  const action = await LOADERS[name]()
  return action.run({ ...options, host })
}

/** The root action: runs the action named by the `command` input. */
export async function dispatch(): Promise<boolean> {
  const host = createGitHubHost()
  const command = host.getInput('command')
  if (!isActionName(command)) {
    const error = new ConfigurationError(
      `Input 'command' must be one of ${ACTION_NAMES.join(', ')}, got ${quote(command)}.`,
      { input: 'command' }
    )
    host.setFailed(failureLine('oic-actions', error))
    return false
  }
  return runNamed(command, { host })
}
