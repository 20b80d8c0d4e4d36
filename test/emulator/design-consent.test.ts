// Verify console consent: connections on authorization-code and custom two/three-legged policies are unusable until
// consent is given (REST adapter guide ch. 3), how a test and a dependant's activation answer meanwhile, the
// consentState field, the grantConsent test hook and the switches consentState / consentBlocksActivation.
import { afterEach, describe, expect, it } from '@jest/globals'
import { grantConsent, type Emulator, type Switches } from '../../emulator/index.js'
import type { InstanceSeed } from '../../emulator/src/state.js'
import { startEmulator } from '../support/emulator.js'
import { DesignClient, type ConnectionJson, type TestResultJson } from '../support/emulator-design.js'

type Consented = ConnectionJson & { consentState?: string }

const AUTH_CODE = {
  'oauth.client.id': 'drive-client',
  'oauth.client.secret': 's3cret',
  'oauth.auth.code.uri': 'https://accounts.example.com/o/oauth2/auth',
  'oauth.access.token.uri': 'https://accounts.example.com/o/oauth2/token',
  'oauth.scope': 'drive',
  clientAuthentication: 'client_credentials_as_body'
}
const props = (values: Record<string, string>): Array<Record<string, string>> =>
  Object.entries(values).map(([propertyName, propertyValue]) => ({ propertyName, propertyValue }))

function instance(consent?: 'granted'): InstanceSeed {
  return {
    name: 'dev',
    projects: [
      {
        code: 'DOCS',
        connections: [
          {
            id: 'DRIVE',
            role: 'TARGET',
            securityPolicy: 'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
            properties: [
              { propertyName: 'connectionUrl', propertyType: 'URL', value: 'https://drive.example.com' }
            ],
            securityProperties: Object.entries(AUTH_CODE).map(([propertyName, value]) => ({
              propertyName,
              value
            })),
            ...(consent ? { consent } : {})
          },
          {
            id: 'PLAIN',
            role: 'TARGET',
            securityPolicy: 'BASIC_AUTH',
            properties: [
              { propertyName: 'connectionUrl', propertyType: 'URL', value: 'https://plain.example.com' }
            ],
            securityProperties: [
              { propertyName: 'username', value: 'u' },
              { propertyName: 'password', propertyType: 'PASSWORD', value: 'p' }
            ]
          }
        ],
        integrations: [{ code: 'UPLOAD_DOCS', version: '01.00.0000', connections: ['DRIVE'] }]
      }
    ]
  }
}

const C = '/projects/DOCS/connections'
const I = '/projects/DOCS/integrations/UPLOAD_DOCS%7C01.00.0000'
let emu: Emulator
let dev: DesignClient
async function boot(switches: Partial<Switches> = {}, consent?: 'granted'): Promise<void> {
  emu = await startEmulator({
    instances: [instance(consent)],
    switches: { activationDelayMs: 100, ...switches }
  })
  dev = await DesignClient.for(emu, 'dev')
}
afterEach(async () => {
  await emu.stop()
})

async function activationOutcome(): Promise<{ status: string; errorMessage?: string }> {
  expect((await dev.patch(I, { status: 'ACTIVATED' })).status).toBe(200)
  emu.clock.advance(200)
  const status = (await dev.get<{ status: string }>(I)).body.status
  const errors = await dev.get<{ errorMessage?: string }>(`${I}/activationErrors`)
  return { status, errorMessage: errors.body.errorMessage }
}

describe('a connection waiting for consent (default consentState: draft)', () => {
  it('is a draft with consentState NEEDED, and its test is a 409 naming the console path', async () => {
    await boot()
    const drive = (await dev.get<Consented>(`${C}/DRIVE`)).body
    expect(drive).toMatchObject({ status: 'INPROGRESS', consentState: 'NEEDED' })
    expect((await dev.get<Consented>(`${C}/PLAIN`)).body).not.toHaveProperty('consentState')
    const test = await dev.post(`${C}/DRIVE/test`)
    expect(test.status).toBe(409)
    expect(test.body.title).toContain('needs consent')
    expect(test.body.title).toContain('Design > Connections')
    expect(test.body.title).toContain('Provide Consent')
  })

  it("fails a dependant's activation (FAILEDACTIVATION) with the consent as the activation error", async () => {
    await boot()
    const outcome = await activationOutcome()
    expect(outcome.status).toBe('FAILEDACTIVATION')
    expect(outcome.errorMessage).toContain('DRIVE need consent')
  })

  it('becomes CONFIGURED once consent is given (grantConsent), then tests and activates', async () => {
    await boot()
    grantConsent(emu, 'dev', 'DRIVE', 'DOCS')
    expect((await dev.get<Consented>(`${C}/DRIVE`)).body).toMatchObject({
      status: 'CONFIGURED',
      consentState: 'GRANTED'
    })
    const test = await dev.post<TestResultJson>(`${C}/DRIVE/test`)
    expect(test.status).toBe(200)
    expect(test.body.status).toBe('SUCCESS')
    expect((await activationOutcome()).status).toBe('ACTIVATED')
  })

  it('takes consent from the seed (consent: granted)', async () => {
    await boot({}, 'granted')
    expect((await dev.get<Consented>(`${C}/DRIVE`)).body).toMatchObject({
      status: 'CONFIGURED',
      consentState: 'GRANTED'
    })
  })

  it('needs consent again after its security values or its policy change', async () => {
    await boot({}, 'granted')
    const changed = await dev.patch<Consented>(`${C}/DRIVE`, {
      securityProperties: props({ 'oauth.client.secret': 'rotated' })
    })
    expect(changed.body).toMatchObject({ status: 'INPROGRESS', consentState: 'NEEDED' })
    const moved = await dev.patch<Consented>(`${C}/PLAIN`, {
      securityPolicy: 'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
      securityProperties: props({
        authRequest: 'https://auth.example.com/authorize',
        accessTokenRequest: '-X POST https://auth.example.com/token'
      })
    })
    expect(moved.body).toMatchObject({ status: 'INPROGRESS', consentState: 'NEEDED' })
    const back = await dev.patch<Consented>(`${C}/PLAIN`, {
      securityPolicy: 'BASIC_AUTH',
      securityProperties: props({ username: 'u', password: 'p' })
    })
    expect(back.body.status).toBe('CONFIGURED')
    expect(back.body).not.toHaveProperty('consentState')
  })

  it('applies to custom two-legged flows too (the guide names them with three-legged)', async () => {
    await boot()
    const res = await dev.patch<Consented>(`${C}/PLAIN`, {
      securityPolicy: 'OAUTH_CUSTOM_TWO_LEGGED_FLOW',
      securityProperties: props({ accessTokenRequest: '-X POST https://auth.example.com/token' })
    })
    expect(res.body).toMatchObject({ status: 'INPROGRESS', consentState: 'NEEDED' })
  })

  it('refuses grantConsent for a policy that needs none, or an unknown connection', async () => {
    await boot()
    expect(() => grantConsent(emu, 'dev', 'PLAIN', 'DOCS')).toThrow('needs no consent')
    expect(() => grantConsent(emu, 'dev', 'NOPE', 'DOCS')).toThrow('no connection NOPE')
  })
})

describe('switches', () => {
  it('consentState: configured — CONFIGURED, but a test answers 200 FAILED naming the consent', async () => {
    await boot({ consentState: 'configured' })
    // Seeded connections settle on their first change; a no-op update settles this one.
    const drive = await dev.patch<Consented>(`${C}/DRIVE`, {})
    expect(drive.body).toMatchObject({ status: 'CONFIGURED', consentState: 'NEEDED' })
    const test = await dev.post<TestResultJson>(`${C}/DRIVE/test`)
    expect(test.status).toBe(200)
    expect(test.body.status).toBe('FAILED')
    expect(test.body.details).toContain('Provide Consent')
    expect((await activationOutcome()).status).toBe('FAILEDACTIVATION')
  })

  it('consentBlocksActivation: false — a configured, unconsented connection does not fail the activation', async () => {
    await boot({ consentState: 'configured', consentBlocksActivation: false })
    await dev.patch(`${C}/DRIVE`, {})
    expect((await activationOutcome()).status).toBe('ACTIVATED')
  })
})
