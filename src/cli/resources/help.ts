/** Help texts of the resource commands, from their {@link ResourceGroup} definitions. */
import type { Operation, ResourceGroup } from './resource.js'

/** The options every resource command takes. */
export const SHARED_HELP = `Options of every resource command:
  --oic-url URL          design-time host (env OIC_URL, or the session)
  --instance NAME        service instance name (env OIC_INSTANCE, or the session)
  --access-token TOKEN   bearer token (env OIC_ACCESS_TOKEN, or the session: see 'login' and 'authenticate')
  --session FILE         read (and refresh) the token kept by 'login' or 'authenticate' (env OIC_SESSION)
  --ca-certificate, --request-timeout, --retries   as for the actions
  --json                 print JSON instead of a table
  --verbose, --help

Exit codes: 0 ok, 1 failed (the server refused or an error), 2 usage (unknown option, missing argument, input error).`

function usageLine(group: ResourceGroup, op: Operation): string {
  const args = (op.args ?? []).join(' ')
  const required = Object.entries(op.options ?? {})
    .filter(([, o]) => o.required)
    .map(([n, o]) => (o.boolean ? `--${n}` : `--${n} VALUE`))
  const flags = [
    ...required,
    op.effect !== 'read' ? '[--dry-run]' : '',
    op.effect === 'delete' ? '--yes' : ''
  ].filter(Boolean)
  return ['oic-actions', group.name, op.name, args, ...flags].filter(Boolean).join(' ')
}

/** The group's help: one line per operation. */
export function groupHelp(group: ResourceGroup): string {
  const width = Math.max(...group.operations.map(o => o.name.length))
  const lines = group.operations.map(
    o => `  ${o.name.padEnd(width)}  ${o.summary}${o.deprecated ? ' (deprecated)' : ''}`
  )
  return `oic-actions ${group.name}: ${group.summary}

Usage: oic-actions ${group.name} <operation> [ARGS…] [--option value …]

Operations:
${lines.join('\n')}

Run 'oic-actions ${group.name} <operation> --help' for its arguments and options.
`
}

/** One operation's help: usage, options, what --dry-run and --yes do. */
export function operationHelp(group: ResourceGroup, op: Operation): string {
  const options = Object.entries(op.options ?? {}).map(
    ([name, o]) =>
      `  --${name}${o.boolean ? '' : ' VALUE'}\n      ${o.description}${o.required ? ' [required]' : ''}`
  )
  if (op.effect !== 'read') options.push('  --dry-run\n      say what would change and change nothing')
  if (op.effect === 'delete') options.push('  --yes\n      confirm the deletion (required)')
  return `oic-actions ${group.name} ${op.name}: ${op.summary}${op.deprecated ? `\nDeprecated: ${op.deprecated}` : ''}

Usage: ${usageLine(group, op)}
${options.length ? `\nOptions:\n${options.join('\n')}\n` : ''}
${SHARED_HELP}
`
}
