/**
 * The one way tests start the emulator ({@link startEmulator}), with an identity domain whose keys are generated at
 * test time, and what tests need of a running one: tokens, scopes, a typed client.
 */
import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll } from '@jest/globals'
import {
  DEMO_SEED_PATH,
  loadSeed,
  start,
  type Emulator,
  type Seed,
  type StartOptions,
  type Switches
} from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { HttpClient } from '../../src/core/http/client.js'
import { defaultRetryPolicy } from '../../src/core/http/retry.js'

/** A client and user registered in the test identity domain. */
export const TEST_CLIENT = {
  clientId: 'ci-client',
  clientSecret: 'sentinel-client-secret-5f1e9c',
  keyId: 'ci-cert',
  username: 'alice@example.com',
  password: 'sentinel-password-8a7d2b'
}

/** authenticate's inputs for the password grant of {@link TEST_CLIENT}'s user. */
export const PASSWORD_GRANT = {
  'grant-type': 'password',
  username: TEST_CLIENT.username,
  password: TEST_CLIENT.password
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

/** Activations and recovery jobs that finish after 200 ms of emulator time (the promotion and resilience runs). */
export const QUICK_JOBS: Partial<Switches> = { activationDelayMs: 200, recoveryJobDelayMs: 200 }

/** Options of {@link startEmulator}: the emulator's own (switches, faults, https…) plus what it serves. */
export interface TestEmulatorOptions extends Omit<StartOptions, 'seed'> {
  /**
   * The instances, served with the test identity ({@link testSeed}): a list, or `'demo'` for the demo seed's
   * (emulator/seeds). Default: empty `dev` and `prod`.
   */
  instances?: InstanceSeed[] | 'demo'
  /** A whole seed (or seed file) instead, identity included, e.g. `designSeed()` or `DEMO_SEED_PATH`. */
  seed?: Seed | string
}

/** The one way tests start an emulator (stop it with `emu.stop()`). */
export function startEmulator(options: TestEmulatorOptions = {}): Promise<Emulator> {
  const { instances, seed, ...rest } = options
  const served = instances === 'demo' ? loadSeed(DEMO_SEED_PATH).instances : instances
  return start({ seed: seed ?? testSeed(served), ...rest })
}

/**
 * {@link startEmulator} for a whole test file: started before its tests, stopped after them. The returned object
 * holds it (`env.emu`) once the tests run.
 */
export function useEmulator(options: TestEmulatorOptions = {}): { emu: Emulator } {
  const env = {} as { emu: Emulator }
  beforeAll(async () => {
    env.emu = await startEmulator(options)
  })
  afterAll(() => env.emu.stop())
  return env
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

/** A client for `instance` holding a token of `clientId` (default: the test client, an administrator), no retries. */
export async function clientFor(
  emulator: Emulator,
  instance: string,
  clientId = TEST_CLIENT.clientId
): Promise<HttpClient> {
  return new HttpClient({
    baseUrl: new URL(emulator.url),
    instance,
    token: await tokenFor(emulator, instance, clientId),
    timeoutMs: 30_000,
    retry: defaultRetryPolicy(0)
  })
}
