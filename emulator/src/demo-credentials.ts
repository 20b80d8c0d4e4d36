/**
 * What a newcomer needs to talk to a running emulator: the seed's first client with a secret (and first user with a
 * password), and a ready-to-paste CLI line that authenticates with them. Read from the seed, so the banner of
 * `npm run emulator` and `npm start` never repeat the demo secrets in code.
 */
import type { Seed } from './seed.js'

/** Credentials of a seed. */
export interface DemoCredentials {
  clientId: string
  clientSecret: string
  /** A user for the password grant, when the seed has one with a password. */
  user?: { username: string; password: string }
}

/** The first client with a secret (and the first user with a password), or undefined when the seed has none. */
export function seedCredentials(seed: Seed): DemoCredentials | undefined {
  const client = seed.identity?.clients?.find(c => c.clientSecret)
  if (!client?.clientSecret) return undefined
  const user = seed.identity?.users?.find(u => u.password)
  return {
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    ...(user?.password ? { user: { username: user.username, password: user.password } } : {})
  }
}

/** The scope of an instance's REST API: its audience followed by the consumer resource. */
export function scopeOf(audience: string): string {
  return `${audience}urn:opc:resource:consumer::all`
}

/** Quotes a value for a POSIX shell when it holds anything but safe characters. */
function quote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

/** `node bin/oic-actions.js authenticate …` against the emulator at `url` for `instance`, keeping a session file. */
export function authenticateLine(
  url: string,
  instance: { name: string; audience: string },
  credentials: DemoCredentials,
  session = '/tmp/oic.session'
): string {
  const flags: [string, string][] = [
    ['token-url', url],
    ['client-id', credentials.clientId],
    ['client-secret', credentials.clientSecret],
    ['scope', scopeOf(instance.audience)],
    ['oic-url', url],
    ['instance', instance.name],
    ['session', session]
  ]
  return `node bin/oic-actions.js authenticate ${flags.map(([k, v]) => `--${k} ${quote(v)}`).join(' ')}`
}
