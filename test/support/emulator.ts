/** Starting the emulator for tests, with an identity domain whose keys are generated at test time. */
import { generateKeyPairSync } from 'node:crypto'
import { start, type Emulator, type Seed, type StartOptions } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'

/** A client and user registered in the test identity domain. */
export const TEST_CLIENT = {
  clientId: 'ci-client',
  clientSecret: 'sentinel-client-secret-5f1e9c',
  keyId: 'ci-cert',
  username: 'alice@example.com',
  password: 'sentinel-password-8a7d2b'
}

let keys: { privateKey: string; publicKey: string; otherPrivateKey: string } | undefined

/** RSA keys for assertions: the registered one, and another one the identity domain does not know. */
export function testKeys(): { privateKey: string; publicKey: string; otherPrivateKey: string } {
  if (!keys) {
    const a = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const b = generateKeyPairSync('rsa', { modulusLength: 2048 })
    keys = {
      privateKey: a.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKey: a.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      otherPrivateKey: b.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    }
  }
  return keys
}

/** A seed with the test identity and the given instances (default: empty dev and prod). */
export function testSeed(
  instances: InstanceSeed[] = [{ name: 'dev' }, { name: 'prod' }],
  roles: Record<string, string[]> = {}
): Seed {
  const allInstances = Object.fromEntries(instances.map(i => [i.name, ['ServiceAdministrator']]))
  return {
    identity: {
      clients: [
        {
          clientId: TEST_CLIENT.clientId,
          clientSecret: TEST_CLIENT.clientSecret,
          certificates: [{ keyId: TEST_CLIENT.keyId, publicKey: testKeys().publicKey }],
          roles: { ...allInstances, ...roles } as never
        },
        {
          clientId: 'viewer-client',
          clientSecret: 'viewer-secret-0000',
          roles: Object.fromEntries(instances.map(i => [i.name, ['ServiceViewer']])) as never
        },
        {
          clientId: 'invoker-client',
          clientSecret: 'invoker-secret-0000',
          roles: Object.fromEntries(instances.map(i => [i.name, ['ServiceInvoker']])) as never
        }
      ],
      users: [
        { username: TEST_CLIENT.username, password: TEST_CLIENT.password, roles: allInstances as never }
      ]
    },
    instances
  }
}

/** Starts an emulator with {@link testSeed} unless a seed is given. */
export function startEmulator(options: StartOptions = {}): Promise<Emulator> {
  return start({ seed: testSeed(), ...options })
}

/** The `…urn:opc:resource:consumer::all` scope of an instance. */
export function scopeOf(emulator: Emulator, instance: string): string {
  return `${emulator.audience(instance)}urn:opc:resource:consumer::all`
}

/** `authenticate`'s inputs for the test client and the `dev` scope (no retries), with `overrides` applied. */
export function authenticateInputs(
  emulator: Emulator,
  overrides: Record<string, string> = {}
): Record<string, string> {
  return {
    'token-url': emulator.url,
    'client-id': TEST_CLIENT.clientId,
    'client-secret': TEST_CLIENT.clientSecret,
    scope: scopeOf(emulator, 'dev'),
    retries: '0',
    ...overrides
  }
}

/** A token for the test client on `instance`, straight from the emulator's identity domain. */
export async function tokenFor(
  emulator: Emulator,
  instance: string,
  clientId = TEST_CLIENT.clientId
): Promise<string> {
  const body = await emulator.identity.issue(
    { clientId, subject: clientId, kind: 'client', instance, scope: scopeOf(emulator, instance) },
    false
  )
  return String(body.access_token)
}
