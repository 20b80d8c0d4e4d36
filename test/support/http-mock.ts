/**
 * The mocked network of unit tests: an undici `MockAgent` in place of OIC (no emulator). Run an action over it with
 * `runInProcess(run, inputs, { net })` from ./actions.ts; declare intercepts per test on {@link UnitRun.oic}.
 */
import { MockAgent, type Interceptable } from 'undici'

/** Origin of the mocked OIC instance. */
export const OIC_ORIGIN = 'https://oic.mock.example.com'
/** Instance name sent as `integrationInstance`. */
export const OIC_INSTANCE = 'mock-instance'
/** Bearer token the mocked calls carry. */
export const OIC_TOKEN = 'tok-unit-0123456789'

/** A mocked network and the clock the action saw. */
export interface UnitRun {
  agent: MockAgent
  /** The mocked OIC origin, for `.intercept({...}).reply(...)`. */
  oic: Interceptable
  /** Milliseconds the action asked to sleep, in order. */
  slept: number[]
}

/** A MockAgent refusing every request nobody intercepted. */
export function mockNetwork(): UnitRun {
  const agent = new MockAgent({ enableCallHistory: true })
  agent.disableNetConnect()
  return { agent, oic: agent.get(OIC_ORIGIN), slept: [] }
}
