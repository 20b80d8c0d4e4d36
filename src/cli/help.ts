/** Help texts of the CLI, generated from the actions' action.yml (one source of truth with the docs). */
import { ACTION_NAMES } from '../actions/registry.js'
import { actionMeta, type ActionMeta } from './action-meta.js'
import { VERSION } from '../core/version.js'
import { envNameOf } from './args.js'
import { COMMANDS } from './commands.js'

const EXTRA = `
Options of every command:
  --session FILE   keep the token of 'authenticate' or 'login' in FILE (mode 600) and read it in later commands
                   (also env OIC_SESSION), refreshing a login's token that expires; the token is never printed;
                   a FILE that does not exist is an error except for 'login' and 'authenticate'
  --json           print the outputs as one JSON object
  --verbose        debug logging (also OIC_ACTIONS_DEBUG=true)
  --help           this help

Exit codes: 0 ok, 1 failed, 2 usage (unknown command or option, missing or invalid input).`

/** The first sentence of a description, for a one-line listing. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const end = flat.search(/[.:;](\s|$)/)
  return end < 0 ? flat : flat.slice(0, end)
}

/** The overview. */
export function generalHelp(): string {
  return `oic-actions ${VERSION}: promote Oracle Integration 3 projects from the command line (the same code as the GitHub Actions).

Usage: oic-actions <command> [--<input> <value> …]   (--name=value works too)

Commands:
${ACTION_NAMES.map(n => `  ${n.padEnd(18)} ${firstSentence(actionMeta(n).description)}`).join('\n')}
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`)
  .join('\n')}

Run 'oic-actions <command> --help' for its inputs. Every input can also be given as an environment variable
OIC_<INPUT> (e.g. OIC_PROJECT, OIC_CLIENT_SECRET); --oic-url, --instance and --access-token fall back to
OIC_URL, OIC_INSTANCE and OIC_ACCESS_TOKEN.
${EXTRA}
`
}

function wrap(text: string, indent: number, width = 100): string {
  const words = text.split(/\s+/)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - indent) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join(`\n${' '.repeat(indent)}`)
}

/** Help of one command: every input with its default and environment variable, and the outputs. */
export function commandHelp(meta: ActionMeta): string {
  const inputs = Object.entries(meta.inputs).map(([name, i]) => {
    const tags = [
      i.required ? 'required' : '',
      i.default !== undefined ? `default ${i.default}` : '',
      envNameOf(name)
    ]
      .filter(Boolean)
      .join(', ')
    return `  --${name}\n      ${wrap(`${i.description} [${tags}]`, 6)}`
  })
  const outputs = Object.entries(meta.outputs).map(
    ([name, o]) => `  ${name}: ${wrap(o.description, name.length + 4)}`
  )
  return `oic-actions ${meta.name}: ${meta.description}

Usage: oic-actions ${meta.name} [--<input> <value> …]

Inputs:
${inputs.join('\n')}

Outputs:
${outputs.join('\n')}
${EXTRA}
`
}
