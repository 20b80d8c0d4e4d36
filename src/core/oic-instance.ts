/**
 * The inputs every OIC action shares (`oic-url`, `instance`, `access-token`, `ca-certificate`, `request-timeout`,
 * `retries`) and the HTTP client built from them.
 */
import { DEFAULT_REQUEST_TIMEOUT_S, DEFAULT_RETRIES, ENV, OIC_API_BASE, USER_AGENT } from './constants.js'
import { inputError, type InputError } from './errors.js'
import type { Host } from './host.js'
import { HttpClient } from './http/client.js'
import { defaultRetryPolicy } from './http/retry.js'
import { parseHttpsUrl, quote, type InputReader } from './inputs.js'
import type { ActionContext } from './run-action.js'
import { readCaCertificate } from './tls-input.js'

/** Names of the common inputs. */
export const COMMON_INPUTS = [
  'oic-url',
  'instance',
  'access-token',
  'ca-certificate',
  'request-timeout',
  'retries'
] as const

/** One of {@link COMMON_INPUTS}. */
export type CommonInput = (typeof COMMON_INPUTS)[number]

/** Inputs that shape HTTP behaviour, shared with `authenticate`. */
export const TRANSPORT_INPUTS = ['ca-certificate', 'request-timeout', 'retries'] as const

/** How to reach one OIC instance. */
export interface OicInstanceSettings {
  /** Origin of the REST API: the OIC 3 design-time host, or the OIC 2 instance host. */
  url: URL
  /** `integrationInstance` sent on every call; undefined for OIC 2. */
  instance?: string
  /** Bearer token (masked). */
  token: string
  /** Transport settings. */
  transport: TransportSettings
}

/** Timeouts, retries and trust. */
export interface TransportSettings {
  /** Extra PEM CA bundle. */
  caCertificate?: string
  /** Milliseconds one request may wait for headers or for the next body chunk. */
  timeoutMs: number
  /** Attempts after the first for transient failures. */
  retries: number
}

/** Reads `ca-certificate`, `request-timeout` and `retries`. */
export function readTransportSettings(
  inputs: InputReader<(typeof TRANSPORT_INPUTS)[number]>
): TransportSettings {
  return {
    caCertificate: readCaCertificate(inputs.optional('ca-certificate')),
    timeoutMs:
      inputs.seconds('request-timeout', { fallback: DEFAULT_REQUEST_TIMEOUT_S, min: 1, max: 3600 }) * 1000,
    retries: inputs.integer('retries', { fallback: DEFAULT_RETRIES, min: 0, max: 10 })
  }
}

/** Normalises an OIC base URL to its origin, accepting a trailing `/ic/api/integration/v1`. */
export function oicOrigin(value: string, input: string): URL {
  const url = parseHttpsUrl(value, input)
  const path = url.pathname.replace(/\/+$/, '')
  if (path !== '' && path !== OIC_API_BASE) {
    throw inputError(
      `Input '${input}' must be the host of the REST API (e.g. https://design.integration.<region>.ocp.oraclecloud.com), not a page or path: got ${quote(value)}.`,
      { input, value, fix: `Set ${input} to ${url.origin}.` }
    )
  }
  if (url.username || url.password) {
    throw inputError(`Input '${input}' must not contain credentials; use access-token.`, {
      input,
      // The value holds a password: it is not carried.
      fix: `Remove the user and password from ${input}; pass the token in access-token.`
    })
  }
  return new URL(url.origin)
}

/**
 * The one line of a project-level action run without `instance` (contract K10: projects, deployments and `.car`
 * archives exist only in the OIC 3 REST reference; an empty `instance` means OIC 2).
 */
export function oic3Only(action: string): InputError {
  const fix = `set input 'instance' (or env ${ENV.instance}) to the service instance name from the instance's About page.`
  return inputError(
    `${action} needs Oracle Integration 3 (projects exist only in its REST API), but 'instance' is empty, which means OIC 2: ${fix}`,
    { input: 'instance', value: '', fix }
  )
}

/**
 * Reads the common inputs (falling back to `OIC_URL`, `OIC_INSTANCE`, `OIC_ACCESS_TOKEN`), masking the token. With
 * `oic3Only`, the name of a project-level action, an empty `instance` (OIC 2) fails with {@link oic3Only}'s line.
 */
export function readInstanceSettings(
  inputs: InputReader<CommonInput>,
  host: Pick<Host, 'env' | 'setSecret'>,
  options: { oic3Only?: string } = {}
): OicInstanceSettings {
  const env = host.env
  const token = inputs.value('access-token') || env[ENV.token] || ''
  if (token) host.setSecret(token)
  const rawUrl = inputs.value('oic-url') || env[ENV.url] || ''
  if (!rawUrl) {
    const fix = 'the design-time host, e.g. https://design.integration.us-phoenix-1.ocp.oraclecloud.com.'
    throw inputError(`Input 'oic-url' is required (or env ${ENV.url}): ${fix}`, {
      input: 'oic-url',
      value: '',
      fix: `Set oic-url to ${fix}`
    })
  }
  if (!token) {
    throw inputError(
      `Input 'access-token' is required (or env ${ENV.token}): pass \${{ steps.<authenticate step id>.outputs.access-token }}.`,
      {
        input: 'access-token',
        value: '',
        fix: `Pass \${{ steps.<authenticate step id>.outputs.access-token }} (or set env ${ENV.token}).`
      }
    )
  }
  const instance = inputs.value('instance') || env[ENV.instance] || undefined
  if (instance && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(instance)) {
    throw inputError(
      `Input 'instance' must be the service instance name from the instance's About page, got ${quote(instance)}.`,
      {
        input: 'instance',
        value: instance,
        fix: "Set instance to the service instance name from the instance's About page (letters, digits, '.', '_', '-')."
      }
    )
  }
  if (!instance && options.oic3Only) throw oic3Only(options.oic3Only)
  return { url: oicOrigin(rawUrl, 'oic-url'), instance, token, transport: readTransportSettings(inputs) }
}

/** Creates the HTTP client for an OIC instance; it is closed when the action ends. */
export function createOicClient(settings: OicInstanceSettings, ctx: ActionContext): HttpClient {
  return createHttpClient(settings.url, settings.transport, ctx, {
    instance: settings.instance,
    token: settings.token
  })
}

/** Creates an HTTP client for any base URL with the action's transport settings and injected time. */
export function createHttpClient(
  baseUrl: URL,
  transport: TransportSettings,
  ctx: ActionContext,
  auth: { instance?: string; token?: string; urlInput?: string } = {}
): HttpClient {
  const client = new HttpClient({
    baseUrl,
    ...auth,
    timeoutMs: transport.timeoutMs,
    retry: defaultRetryPolicy(transport.retries),
    caCertificate: transport.caCertificate,
    dispatcher: ctx.dispatcher,
    limits: ctx.limits,
    sleep: ms => ctx.sleep(ms),
    random: () => ctx.random(),
    now: () => ctx.now(),
    log: message => ctx.host.info(message),
    userAgent: USER_AGENT
  })
  ctx.defer(() => client.close())
  return client
}
