/**
 * `oic-actions login --session FILE --token-url … --client-id … --scope '… offline_access'`: an interactive login
 * with the OAuth 2.0 authorization code flow (PKCE S256, state, nonce with `openid`) against an OCI IAM identity
 * domain. The tokens go to the session file (mode 600), never to the terminal; later commands given the same
 * `--session` refresh the access token when it expires (./session.ts).
 */
import { errorMessage } from '../core/errors.js'
import { terminalText } from '../core/escape.js'
import { redactText } from '../core/secrets/redact.js'
import { parseArgs, type ParsedArgs } from './args.js'
import { EXIT, exitCodeOf } from './exit.js'
import { openBrowser } from './login-browser.js'
import { performLogin, type LoginDeps } from './login-flow.js'
import { getLoginSettings, LOGIN_INPUTS } from './login-inputs.js'
import { checkSessionFile, writeSession } from './session.js'
import { createTerminalHost, type TerminalStreams } from './terminal-host.js'

/** The help of `login`. */
export const LOGIN_HELP = `oic-actions login: log in from a terminal with a browser (OAuth 2.0 authorization code with PKCE)
and keep the tokens in a session file for the next commands.

Usage: oic-actions login --session FILE --token-url URL --client-id ID --scope 'SCOPE offline_access'
                         [--client-secret SECRET] [--oic-url URL --instance NAME] [--no-browser]

Options (each also as an environment variable OIC_<NAME>, e.g. OIC_CLIENT_SECRET):
  --session FILE       where the tokens are kept (mode 600; also OIC_SESSION); required; never printed
  --token-url URL      identity domain URL (https://idcs-<guid>.identity.oraclecloud.com) or its token endpoint
  --client-id ID       the application registered for the login (grant types Authorization Code, Refresh Token)
  --client-secret S    the secret of a confidential application (HTTP Basic); omit it for a public client (PKCE
                       only). Never stored: a later refresh takes it from --client-secret or OIC_CLIENT_SECRET
  --scope SCOPE        the instance audience + urn:opc:resource:consumer::all; add offline_access for a refresh
                       token (without it the login ends when the access token expires); add openid for an id_token
  --oic-url URL        OIC REST host kept in the session for the next commands (OIC_URL)
  --instance NAME      OIC service instance name kept in the session (OIC_INSTANCE)
  --redirect-port N    port of the redirect listener on 127.0.0.1 (default 0: a free port); the application must
                       allow the redirect URL http://127.0.0.1:<port>/callback
  --timeout SECONDS    how long to wait for the browser's redirect (default 300)
  --no-browser         only print the URL (open it on any machine whose browser can reach 127.0.0.1 here)
  --ca-certificate, --request-timeout, --retries   as for authenticate
  --help               this help

Exit codes: 0 logged in, 1 refused or timed out, 2 usage (missing or invalid option).
`

function usage(streams: TerminalStreams, message: string): number {
  streams.stderr(`error: ${redactText(message)}\nRun 'oic-actions login --help' for its options.\n`)
  return EXIT.usage
}

/** Runs `login`; `deps` replace the clock, the browser and the network in tests. Returns the exit code. */
export async function login(
  argv: readonly string[],
  streams: TerminalStreams,
  env: NodeJS.ProcessEnv,
  deps: Partial<LoginDeps> = {}
): Promise<number> {
  let args: ParsedArgs
  try {
    args = parseArgs(argv, new Set(['no-browser']))
  } catch (error) {
    return usage(streams, errorMessage(error))
  }
  if (args.help) {
    streams.stdout(LOGIN_HELP)
    return EXIT.ok
  }
  const known: readonly string[] = LOGIN_INPUTS
  const unknown = Object.keys(args.inputs).filter(name => !known.includes(name))
  if (unknown.length)
    return usage(streams, `Unknown option ${unknown.map(n => `--${n}`).join(', ')} for 'login'.`)
  if (args.positionals.length) return usage(streams, `Unexpected argument '${args.positionals[0] ?? ''}'.`)
  const session = args.session ?? env.OIC_SESSION
  if (!session)
    return usage(streams, 'login needs --session FILE (or OIC_SESSION): the file the tokens are kept in.')
  const host = createTerminalHost(args.inputs, { ...env }, streams, { verbose: args.verbose })
  try {
    checkSessionFile(session)
    const settings = getLoginSettings(host)
    for (const warning of settings.warnings) host.warning(warning)
    const token = await performLogin(settings, {
      now: Date.now,
      sleep: ms => new Promise(resolve => setTimeout(resolve, ms).unref()),
      log: line => host.info(line),
      showUrl: url => streams.stderr(`${terminalText(url)}\n`),
      open: openBrowser,
      ...deps
    })
    writeSession(session, {
      OIC_ACCESS_TOKEN: token.accessToken,
      OIC_URL: settings.oicUrl?.origin,
      OIC_INSTANCE: settings.instance,
      login: {
        tokenUrl: settings.tokenUrl.toString(),
        clientId: settings.clientId,
        clientAuth: settings.clientSecret === undefined ? 'none' : 'client_secret_basic',
        scope: settings.scope,
        expiresAt: token.expiresAt.toISOString(),
        refreshToken: token.refreshToken
      }
    })
    host.info(
      `Logged in: token valid until ${token.expiresAt.toISOString()}, ${token.refreshToken ? 'refreshed by later commands' : 'no refresh token'}; kept in ${session} (not printed).`
    )
    return EXIT.ok
  } catch (error) {
    streams.stderr(`error: ${redactText(errorMessage(error))}\n`)
    return exitCodeOf(error)
  }
}
