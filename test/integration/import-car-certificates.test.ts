// Verify import-car's certificates: section against the emulator: certificates given as secrets' content (a PEM
// and a base64 keystore with its password) are shown by the dry run, uploaded by a real run, left alone when the
// same, refused before the import when different, and replaced when replace: true.
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { createTlsMaterial } from '../../emulator/src/tls.js'
import { run } from '../../src/actions/import-car/index.js'
import { getCertificate } from '../../src/core/oic/certificates.js'
import { clearSecrets } from '../../src/core/secrets/registry.js'
import { runInProcess, workspace } from '../support/actions.js'
import { clientFor, QUICK_JOBS, startEmulator } from '../support/emulator.js'
import { exportTo } from '../support/promotion.js'

let emu: Emulator
let env: Record<string, string>
let pem: string
let newerPem: string
const KEYSTORE = Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed]), Buffer.alloc(64, 7)])
const PASSWORD = 'sentinel-keystore-pw-83'

beforeAll(async () => {
  emu = await startEmulator({ instances: 'demo', switches: QUICK_JOBS })
  pem = (await createTlsMaterial()).ca
  newerPem = (await createTlsMaterial()).ca
})
afterAll(async () => {
  await emu.stop()
  clearSecrets()
})
beforeEach(() => {
  env = {
    ...workspace(),
    PARTNER_CA_PEM: pem,
    CLIENT_KEYSTORE: KEYSTORE.toString('base64'),
    CLIENT_KS_PASSWORD: PASSWORD
  }
})

const file = (replace = false) => `connections: {}
certificates:
  PARTNER_CA:
    type: X509
    category: TRUST
    file: { from-env: PARTNER_CA_PEM }
    replace: ${replace}
  CLIENT_TLS:
    type: X509
    category: IDENTITY
    file: { from-env-base64: CLIENT_KEYSTORE, file-name: client.jks }
    keystore-password: \${CLIENT_KS_PASSWORD}
`

const go = (inputs: Record<string, string>) =>
  runInProcess(
    run,
    { 'connections-file': 'prod.yaml', 'if-exists': 'replace', ...inputs },
    {
      emu,
      instance: 'prod',
      env
    }
  )

const certificateRows = (host: Awaited<ReturnType<typeof go>>) =>
  (host.summaries[0]?.table?.rows ?? []).filter(r => r[0] === 'certificate')

describe('import-car certificates on the emulator', () => {
  it('dry run shows them, a real run uploads them, the same content is left alone, other content needs replace', async () => {
    await exportTo(emu, 'dev', join(env.GITHUB_WORKSPACE!, 'all.car'))
    writeFileSync(join(env.GITHUB_WORKSPACE!, 'prod.yaml'), file())

    const before = emu.counters.snapshot().mutations
    const plan = await go({ path: 'all.car', 'dry-run': 'true' })
    expect(plan.failed).toBeUndefined()
    expect(emu.counters.snapshot().mutations).toEqual(before)
    expect(certificateRows(plan)).toEqual([
      ['certificate', 'PARTNER_CA', 'X509 TRUST', 'absent', 'would upload', ''],
      ['certificate', 'CLIENT_TLS', 'X509 IDENTITY', 'absent', 'would upload', '']
    ])

    const host = await go({ path: 'all.car' })
    expect(host.failed).toBeUndefined()
    expect(JSON.parse(host.outputs.results!).certificates.map((c: { result: string }) => c.result)).toEqual([
      'uploaded',
      'uploaded'
    ])
    expect(host.logText).not.toContain(PASSWORD)
    expect(host.summaryText).not.toContain(PASSWORD)
    const client = await clientFor(emu, 'prod')
    try {
      const ca = await getCertificate(client, 'USER|X509|TRUST|PARTNER_CA')
      expect(ca.hash).toBe(createHash('sha256').update(pem).digest('hex'))
      const tls = await getCertificate(client, 'USER|X509|IDENTITY|CLIENT_TLS')
      expect(tls.hash).toBe(createHash('sha256').update(KEYSTORE).digest('hex'))
    } finally {
      await client.close()
    }

    const again = await go({ path: 'all.car', 'dry-run': 'true' })
    expect(certificateRows(again).map(r => r[4])).toEqual(['none (same content)', 'none (same content)'])

    env.PARTNER_CA_PEM = newerPem
    const mutations = emu.counters.snapshot().mutations
    const refused = await go({ path: 'all.car' })
    expect(refused.failed?.message).toMatch(
      /^prod\.yaml:3: certificate PARTNER_CA already exists in prod and content differs \((hash|expiry date|issue date)\): set replace: true for certificate PARTNER_CA/
    )
    expect(emu.counters.snapshot().mutations).toEqual(mutations)

    writeFileSync(join(env.GITHUB_WORKSPACE!, 'prod.yaml'), file(true))
    const replaced = await go({ path: 'all.car' })
    expect(replaced.failed).toBeUndefined()
    expect(certificateRows(replaced).map(r => [r[1], r[4]])).toEqual([
      ['PARTNER_CA', 'replaced'],
      ['CLIENT_TLS', 'unchanged']
    ])
    const after = await clientFor(emu, 'prod')
    try {
      expect((await getCertificate(after, 'USER|X509|TRUST|PARTNER_CA')).hash).toBe(
        createHash('sha256').update(newerPem).digest('hex')
      )
    } finally {
      await after.close()
    }
  })
})
