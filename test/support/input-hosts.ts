/** Hosts for input tests: the connection inputs of an OIC 3 instance plus a temporary workspace. */
import { FakeHost } from './fake-host.js'
import { workspace } from './actions.js'

/** `oic-url`, `instance` and `access-token` of a valid OIC 3 target. */
export const CONNECTION = {
  'oic-url': 'https://design.integration.us-phoenix-1.ocp.oraclecloud.com',
  instance: 'dev-instance',
  'access-token': 'tok-0123456789abcdef'
} as const

/** A FakeHost with {@link CONNECTION}, `inputs` on top, and a fresh workspace and runner temp (plus `env`). */
export function inputHost(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {}
): FakeHost {
  return new FakeHost({ ...CONNECTION, ...inputs }, { ...workspace(), ...env })
}
