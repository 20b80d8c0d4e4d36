/** `authenticate`: gets an OAuth 2.0 token for the OIC REST API and hands it to later steps, masked. */
import { requestToken } from '../../core/auth/token.js'
import { ENV } from '../../core/constants.js'
import { createHttpClient } from '../../core/oic-instance.js'
import type { ActionContext } from '../../core/run-action.js'
import type { Host } from '../../core/host.js'
import { getSettings, type AuthenticateSettings } from './inputs.js'

/** Output names. */
export const OUTPUTS = [
  'access-token',
  'token-type',
  'expires-in',
  'expires-at',
  'refresh-token',
  'results'
] as const

/** Runs the action. */
export async function main(ctx: ActionContext): Promise<void> {
  const { host } = ctx
  const settings = getSettings(host)
  for (const warning of settings.warnings) host.warning(warning)
  const client = createHttpClient(new URL(settings.tokenUrl.origin), settings.transport, ctx, {
    urlInput: 'token-url'
  })
  host.info(
    `Requesting a ${settings.grantType} token from ${settings.tokenUrl.origin} for client ${settings.clientId}`
  )
  // requestToken checks the whole answer (lifetime, type) before any output is written.
  const token = await requestToken(client, settings, { now: ctx.now(), mask: value => host.setSecret(value) })
  const expiresAt = token.expiresAt.toISOString()

  host.setOutput('access-token', token.accessToken)
  host.setOutput('token-type', token.tokenType)
  host.setOutput('expires-in', String(token.expiresIn))
  host.setOutput('expires-at', expiresAt)
  if (token.refreshToken) host.setOutput('refresh-token', token.refreshToken)

  const exported = settings.exportEnv ? exportToEnv(host, settings, token.accessToken) : []
  host.setOutput(
    'results',
    JSON.stringify({
      grantType: settings.grantType,
      clientAuth: settings.clientAuth,
      scope: settings.scope,
      tokenType: token.tokenType,
      expiresIn: token.expiresIn,
      expiresAt: token.expiresAt.toISOString(),
      refreshToken: Boolean(token.refreshToken),
      exported
    })
  )
  host.info(
    `Token issued (${token.tokenType}), valid for ${token.expiresIn} s until ${token.expiresAt.toISOString()}`
  )
  await ctx.report({
    title: 'OIC authenticate',
    status: 'success',
    statusLine: `Token issued for client ${settings.clientId}, valid until ${token.expiresAt.toISOString()}.`,
    table: {
      headers: ['Item', 'Value'],
      rows: [
        ['Identity domain', settings.tokenUrl.origin],
        ['Grant type', settings.grantType],
        ['Client authentication', settings.clientAuth],
        ['Scope', settings.scope],
        ['Token type', token.tokenType],
        ['Expires in', `${token.expiresIn} s`],
        ['Refresh token', token.refreshToken ? 'issued (masked output)' : 'none'],
        ['Exported to env', exported.length ? exported.join(', ') : 'nothing (export-env: false)']
      ]
    }
  })
}

/** Exports the token, and the URL and instance when given, to later steps; returns the variable names. */
function exportToEnv(
  host: Pick<Host, 'exportVariable'>,
  settings: Pick<AuthenticateSettings, 'oicUrl' | 'instance'>,
  accessToken: string
): string[] {
  const values: Array<[string, string | undefined]> = [
    [ENV.token, accessToken],
    [ENV.url, settings.oicUrl?.origin],
    [ENV.instance, settings.instance]
  ]
  const exported: string[] = []
  for (const [name, value] of values) {
    if (!value) continue
    host.exportVariable(name, value)
    exported.push(name)
  }
  return exported
}
