// Verify ${…} in the connections file: OIC's own placeholders pass through untouched, $${…} is the escape for a
// literal ${…}, and an unset variable that looks like an OIC placeholder gets the pass-through hint, not "define a
// secret named token_type".
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readConnectionsFile } from '../../../../src/actions/import-car/connections-file.js'
import { OIC_PLACEHOLDERS } from '../../../../src/actions/import-car/substitution.js'
import { expectInputError } from '../../../support/input-error.js'

const dir = mkdtempSync(join(tmpdir(), 'subst-'))
let n = 0
const read = (text: string, env: Record<string, string> = {}, masked: string[] = []) => {
  const p = join(dir, `c${n++}.yaml`)
  writeFileSync(p, text)
  return readConnectionsFile(p, 'prod.yaml', env, v => masked.push(v)).connections[0]!
}

/** A custom two-legged OAuth connection as the REST Adapter guide (seed 002, ch. 3 and 5) writes its settings. */
const CUSTOM_OAUTH = [
  'connections:',
  '  CRM:',
  '    security-policy: OAUTH_CUSTOM_TWO_LEGGED',
  '    security-properties:',
  '      access_token_request: \'-X POST -H "Authorization: Basic ${CRM_BASIC}" -d "grant_type=client_credentials" https://crm.example.com/oauth2/token\'',
  '      refresh_token_request: -X POST https://crm.example.com/oauth2/token?refresh_token=${refresh_token}&grant_type=refresh_token',
  "      access_token_usage: '-H Authorization: ${token_type} ${access_token}'",
  '      three_legged_request: https://crm.example.com/auth?code=${auth_code}&redirect_uri=${redirect_uri}&exp=${expiry}',
  "      api_key_usage: '-H Authorization: Bearer ${api_key}'",
  '      api_key_query: ?key=${api-key}',
  '      literal: $${custom_var} and $${HOME}',
  ''
].join('\n')

describe('OIC placeholders in the connections file', () => {
  it('passes every documented placeholder through untouched and still resolves the secrets around them', () => {
    const masked: string[] = []
    const crm = read(CUSTOM_OAUTH, { CRM_BASIC: 'Y3JtOnNlY3JldA==' }, masked)
    expect(Object.fromEntries(crm.securityProperties.map(p => [p.name, p.value]))).toEqual({
      access_token_request:
        '-X POST -H "Authorization: Basic Y3JtOnNlY3JldA==" -d "grant_type=client_credentials" https://crm.example.com/oauth2/token',
      refresh_token_request:
        '-X POST https://crm.example.com/oauth2/token?refresh_token=${refresh_token}&grant_type=refresh_token',
      access_token_usage: '-H Authorization: ${token_type} ${access_token}',
      three_legged_request:
        'https://crm.example.com/auth?code=${auth_code}&redirect_uri=${redirect_uri}&exp=${expiry}',
      api_key_usage: '-H Authorization: Bearer ${api_key}',
      api_key_query: '?key=${api-key}',
      literal: '${custom_var} and ${HOME}'
    })
    expect(masked).toContain('Y3JtOnNlY3JldA==')
  })

  it('never takes an OIC placeholder from the environment, even when a variable of that name is set', () => {
    const crm = read(CUSTOM_OAUTH, { CRM_BASIC: 'b', token_type: 'Leaked', access_token: 'x' })
    expect(crm.securityProperties.find(p => p.name === 'access_token_usage')?.value).toBe(
      '-H Authorization: ${token_type} ${access_token}'
    )
  })

  it('lists the placeholders the REST Adapter guide documents', () => {
    expect([...OIC_PLACEHOLDERS].sort()).toEqual(
      ['access_token', 'api_key', 'auth_code', 'expiry', 'redirect_uri', 'refresh_token', 'token_type'].sort()
    )
  })

  it('an unset lower-case variable gets the pass-through hint, not "define a secret"', () => {
    const error = expectInputError(
      () => read("connections:\n  CRM:\n    security-properties:\n      usage: '-H X-Sig: ${signature}'\n"),
      {
        input: 'connections-file',
        value: 'prod.yaml',
        message:
          "prod.yaml:4: ${signature} is not set in the environment; it looks like an OIC placeholder. Write $${signature} to pass it through to OIC as ${signature}, or add signature under the step's env: if it is a secret.",
        fix: /^Write \$\$\{signature\} to pass it through/,
        location: { file: 'prod.yaml', line: 4 }
      }
    )
    expect(error.message).not.toMatch(/secrets\.signature/)
  })

  it('an OIC name in capitals, unset, is pointed to its lower-case spelling', () => {
    expectInputError(
      () => read('connections:\n  CRM:\n    security-properties:\n      u: ${ACCESS_TOKEN}\n'),
      {
        input: 'connections-file',
        value: 'prod.yaml',
        message:
          /^prod\.yaml:4: \$\{ACCESS_TOKEN\} is not set in the environment; it looks like OIC's placeholder \$\{access_token\}\. Write \$\{access_token\} \(OIC's placeholders are lower-case/
      }
    )
  })

  it('a set variable in capitals is still a secret from the environment', () => {
    const crm = read('connections:\n  CRM:\n    security-properties:\n      u: ${ACCESS_TOKEN}\n', {
      ACCESS_TOKEN: 'from-env-9'
    })
    expect(crm.securityProperties[0]?.value).toBe('from-env-9')
  })

  it('an unset upper-case variable keeps the "add it under env:" error', () => {
    expectInputError(() => read('connections:\n  CRM:\n    security-properties:\n      p: ${CRM_SECRET}\n'), {
      input: 'connections-file',
      value: 'prod.yaml',
      message:
        "prod.yaml:4: ${CRM_SECRET} is not set in the environment: add CRM_SECRET under the step's env: (e.g. from secrets.CRM_SECRET).",
      fix: /^Add CRM_SECRET under the step's env:/
    })
  })
})
