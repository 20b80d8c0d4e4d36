/**
 * `${VAR}` substitution in the connections file's values. `${NAME}` takes the value of environment variable NAME
 * (a secret set under the step's `env:`); `$$` is a literal `$`, so `$${name}` passes `${name}` through untouched.
 * OIC's own placeholders ({@link OIC_PLACEHOLDERS}) always pass through as written: OIC fills them in at run time.
 */
import type { Node } from 'yaml'
import type { LocatedDocument } from '../../core/yaml-file.js'
import { scalarText } from '../../core/yaml-file.js'

/**
 * The placeholders OIC itself resolves in custom OAuth and API-key security properties (access token request, access
 * token usage, refresh token request, authorization request), from Oracle's REST Adapter guide (seed 002; docs page
 * rest-adapter/oauth-protection.html): chapter 3 "Selected Security Policy Fields" (`${token_type}`,
 * `${access_token}`, `${api_key}`) and chapter 5 "OAuth-Protected Patterns" (the `$variables` of the fetch rules:
 * `$access_token`, `$refresh_token`, `$expiry`, `$token_type`, `$auth_code`; `${redirect_uri}` resolved by the
 * platform). The guide's `${api-key}` holds a `-`, which is no variable name here, so it passes through as well.
 */
export const OIC_PLACEHOLDERS: readonly string[] = [
  'access_token',
  'refresh_token',
  'expiry',
  'token_type',
  'auth_code',
  'redirect_uri',
  'api_key'
]

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/** A value as written and whether any of it came from the environment. */
export interface ResolvedValue {
  value: string
  fromEnv: boolean
}

/** The error text of an unset `${name}`: OIC-looking names get the pass-through hint, others "add it to env:". */
function unsetMessage(name: string): { message: string; fix: string } {
  const known = OIC_PLACEHOLDERS.find(p => p === name.toLowerCase())
  if (known || name === name.toLowerCase()) {
    const oic = known ? `OIC's placeholder \${${known}}` : 'an OIC placeholder'
    const write =
      known && known !== name
        ? `Write \${${known}} (OIC's placeholders are lower-case; they pass through as written)`
        : `Write $\${${name}} to pass it through to OIC as \${${name}}`
    const fix = `${write}, or add ${name} under the step's env: if it is a secret.`
    return { message: `\${${name}} is not set in the environment; it looks like ${oic}. ${fix}`, fix }
  }
  return {
    message: `\${${name}} is not set in the environment: add ${name} under the step's env: (e.g. from secrets.${name}).`,
    fix: `Add ${name} under the step's env: (e.g. from secrets.${name}).`
  }
}

/**
 * Resolves one scalar of the file: `${NAME}` from `env` (masked the moment it is read), `$$` as `$`, OIC's own
 * placeholders kept. An unset variable is an input error at the value's line.
 */
export function resolveValue(
  doc: LocatedDocument,
  node: Node | null,
  env: Readonly<Record<string, string | undefined>>,
  mask: (v: string) => void
): ResolvedValue {
  const raw = scalarText(node)
  if (raw === undefined)
    throw doc.error(
      'expected a value (a string, or ${VAR} from the environment).',
      node,
      'Give a string, or ${VAR} from the environment.'
    )
  let fromEnv = false
  const value = raw.replace(VARIABLE, (match, name: string | undefined) => {
    if (match === '$$') return '$'
    if (OIC_PLACEHOLDERS.includes(name as string)) return match
    const v = env[name as string]
    if (v === undefined) {
      const { message, fix } = unsetMessage(name as string)
      throw doc.error(message, node, fix)
    }
    fromEnv = true
    mask(v)
    return v
  })
  if (fromEnv) mask(value)
  return { value, fromEnv }
}
