/**
 * The CLI's commands besides the six actions: each loaded lazily (its code is read only when it runs), each with
 * a one-line summary for the general help. The six action commands are in `../actions/registry.ts`.
 */
import type { ResourceGroup } from './resources/resource.js'
import type { TerminalStreams } from './terminal-host.js'

/** A command that is not one of the actions: it parses its own arguments and returns its exit code. */
export interface CliCommand {
  /** Runs the command. `argv` is the whole command line, the command's name first; it parses the rest itself. */
  run(argv: readonly string[], streams: TerminalStreams, env: NodeJS.ProcessEnv): Promise<number>
}

/** An entry of {@link COMMANDS}. */
export interface CommandEntry {
  /** One line for the general help (what it does, its usage). */
  summary: string
  load: () => Promise<CliCommand>
}

/** A resource group's entry: the group module is loaded only when the command runs. */
function resourceGroup(summary: string, load: () => Promise<{ group: ResourceGroup }>): CommandEntry {
  return {
    summary,
    load: async () => {
      const [{ group }, { runGroup }] = await Promise.all([load(), import('./resources/run-group.js')])
      return { run: (argv, streams, env) => runGroup(group, argv, streams, env) }
    }
  }
}

/** Commands by name, in the order the general help lists them (after the six actions). */
export const COMMANDS: Record<string, CommandEntry> = {
  login: {
    summary:
      'log in with a browser (authorization code + PKCE) and keep the tokens in --session FILE for the next commands',
    load: async () => {
      const { login } = await import('./login.js')
      return { run: (argv, streams, env) => login(argv, streams, env) }
    }
  },
  inspect: {
    summary:
      'list what a .car or .iar holds (--json: docs/inspect-schema.md) and compare it with a target: oic-actions inspect FILE [--json] [--oic-url … --instance …]',
    load: async () => {
      const { inspect } = await import('./inspect.js')
      return { run: (argv, streams, env) => inspect(argv, streams, env) }
    }
  },
  projects: resourceGroup(
    'list, show, delete, export and import projects',
    () => import('./resources/projects.js')
  ),
  deployments: resourceGroup(
    'list, show, create, update and delete the deployments of a project',
    () => import('./resources/deployments.js')
  ),
  connections: resourceGroup(
    'list, show, update, test and delete the connections of a project',
    () => import('./resources/connections.js')
  ),
  integrations: resourceGroup(
    'list, show, activate, deactivate, delete and import the integrations of a project',
    () => import('./resources/integrations.js')
  ),
  lookups: resourceGroup(
    'list, show, create, update, delete, export and import the lookups of a project',
    () => import('./resources/lookups.js')
  ),
  libraries: resourceGroup(
    'list, show, register, replace and delete the libraries of a project',
    () => import('./resources/libraries.js')
  ),
  rbac: resourceGroup(
    'show and set who may work on a project (its ACL)',
    () => import('./resources/rbac.js')
  ),
  errors: resourceGroup(
    'list, show, resubmit and discard errored instances',
    () => import('./resources/errors.js')
  ),
  instances: resourceGroup(
    'list, show, abort instances; activity streams, large payloads, audit records',
    () => import('./resources/instances.js')
  ),
  'recovery-jobs': resourceGroup(
    'list and show error recovery jobs',
    () => import('./resources/recovery-jobs.js')
  ),
  metrics: resourceGroup(
    'historical tracking metrics, message count summary',
    () => import('./resources/metrics.js')
  )
}

/** The entry of a command that is not an action, if `name` is one. */
export function commandEntry(name: string): CommandEntry | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
}
