/**
 * The one compiled core: every action behind a lazy import, so an action loads only its own code and
 * dependencies. `dist/<name>.js` stubs call {@link runNamed}; the root action calls {@link dispatch}; the CLI
 * (`dist/cli.js`) calls {@link runCli}.
 */
import { ACTION_NAMES, isActionName, LOADERS, type ActionName } from './actions/registry.js'
import { createGitHubHost } from './core/github-host.js'
import { mustBe } from './core/inputs.js'
import { failureLine, type RunOptions } from './core/run-action.js'

export { ACTION_NAMES, isActionName, type ActionName } from './actions/registry.js'

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
    const error = mustBe('command', `one of ${ACTION_NAMES.join(', ')}`, command)
    host.setFailed(failureLine('oic-actions', error))
    return false
  }
  return runNamed(command, { host })
}

/** The command line: `oic-actions <command> [--input value …]`; resolves the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const { main } = await import('./cli/main.js')
  return main(
    argv,
    { stdout: t => void process.stdout.write(t), stderr: t => void process.stderr.write(t) },
    process.env
  )
}
