// Verify the certificates resource: upload (multipart name/type/category/file, 204, 409 for an existing alias),
// list with q/orderBy, get by installedType|type|category|name, update with the method override, delete, seeds.
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { Emulator } from '../../emulator/index.js'
import { createTlsMaterial } from '../../emulator/src/tls.js'
import { startEmulator } from '../support/emulator.js'
import { DesignClient, type Collection } from '../support/emulator-design.js'

interface CertificateJson {
  id: string
  name: string
  type: string
  keystore: string
  installedType: string
  description: string
  status: string
  hash: string
  issued?: string
  expires?: string
}

let pem: string
let otherPem: string
beforeAll(async () => {
  pem = (await createTlsMaterial()).ca
  otherPem = (await createTlsMaterial()).ca
})

let emu: Emulator
let dev: DesignClient
afterEach(async () => {
  await emu.stop()
})
async function boot(certificates: unknown[] = []): Promise<void> {
  emu = await startEmulator({ instances: [{ name: 'dev', certificates } as never] })
  dev = await DesignClient.for(emu, 'dev')
}

function form(fields: Record<string, string>, file?: string | Buffer, fileName = 'cert.pem'): FormData {
  const body = new FormData()
  for (const [k, v] of Object.entries(fields)) body.append(k, v)
  if (file !== undefined) body.append('file', new Blob([file]), fileName)
  return body
}
const upload = (fields: Record<string, string>, file?: string | Buffer) =>
  dev.call('POST', '/certificates', { form: form(fields, file) })
const TRUST = {
  name: 'PARTNER_CA',
  type: 'X509',
  category: 'TRUST',
  description: 'private CA of the partner'
}
const ID = '/certificates/USER%7CX509%7CTRUST%7CPARTNER_CA'

describe('upload', () => {
  it('answers 204, then GET by installedType|type|category|name shows it (no content, no passwords)', async () => {
    await boot()
    const res = await upload(TRUST, pem)
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    const got = await dev.get<CertificateJson>(ID)
    expect(got.status).toBe(200)
    expect(got.body).toMatchObject({
      id: 'USER|X509|TRUST|PARTNER_CA',
      name: 'PARTNER_CA',
      type: 'X509',
      keystore: 'TRUST',
      installedType: 'USER',
      description: 'private CA of the partner',
      status: 'CONFIGURED',
      hash: createHash('sha256').update(pem).digest('hex')
    })
    expect(got.body.expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)
    expect(got.text).not.toContain('BEGIN CERTIFICATE')
  })

  it('answers 409 when the alias exists, whatever its type or category', async () => {
    await boot()
    expect((await upload(TRUST, pem)).status).toBe(204)
    const again = await upload(TRUST, otherPem)
    expect(again.status).toBe(409)
    expect(again.body.title).toContain('PARTNER_CA already exists')
    const other = await upload({ name: 'PARTNER_CA', type: 'PGP', category: 'PUBLIC' }, 'x')
    expect(other.status).toBe(409)
  })

  it('answers 400 naming a missing field, a bad type or category, or a file that is no certificate', async () => {
    await boot()
    expect((await upload({ type: 'X509', category: 'TRUST' }, pem)).body.title).toContain("'name'")
    expect((await upload({ name: 'A', category: 'TRUST' }, pem)).body.title).toContain("'type'")
    expect((await upload({ name: 'A', type: 'X509' }, pem)).body.title).toContain("'category'")
    expect((await upload({ name: 'A', type: 'X509', category: 'TRUST' })).body.title).toContain("'file'")
    expect((await upload({ name: 'A', type: 'JWK', category: 'TRUST' }, pem)).status).toBe(400)
    const wrong = await upload({ name: 'A', type: 'X509', category: 'PUBLIC' }, pem)
    expect(wrong.body.title).toContain('valid: TRUST, IDENTITY')
    const junk = await upload({ name: 'A', type: 'X509', category: 'TRUST' }, 'not a certificate')
    expect(junk.status).toBe(400)
    expect(junk.body.title).toContain('not an X.509 certificate')
  })

  it('wants keystorePassword and keyPasswords and a keystore for an X509 IDENTITY', async () => {
    await boot()
    const keystore = Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed]), Buffer.alloc(64, 1)])
    const fields = { name: 'CLIENT_TLS', type: 'X509', category: 'IDENTITY' }
    expect((await upload(fields, keystore)).body.title).toContain("'keystorePassword'")
    const secrets = { ...fields, keystorePassword: 'ks-pass', keyPasswords: 'ks-pass' }
    expect((await upload(secrets, 'plain text')).body.title).toContain('not a JKS or PKCS#12 keystore')
    expect((await upload(secrets, keystore)).status).toBe(204)
    const got = await dev.get(`/certificates/USER%7CX509%7CIDENTITY%7CCLIENT_TLS`)
    expect(got.text).not.toContain('ks-pass')
    expect((await upload({ name: 'SIGNER', type: 'PGP', category: 'PRIVATE' }, 'k')).body.title).toContain(
      "'passPhrase'"
    )
  })
})

describe('list, update, delete', () => {
  it('lists with q name/type and orderBy name', async () => {
    await boot()
    await upload(TRUST, pem)
    await upload({ name: 'BANK_CA', type: 'X509', category: 'TRUST' }, otherPem)
    await upload(
      { name: 'PGP_PUB', type: 'PGP', category: 'PUBLIC' },
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\nx\n'
    )
    const all = await dev.get<Collection<CertificateJson>>('/certificates', { orderBy: 'name' })
    expect(all.body.items.map(c => c.name)).toEqual(['BANK_CA', 'PARTNER_CA', 'PGP_PUB'])
    expect(all.body.totalResults).toBe(3)
    const pgp = await dev.get<Collection<CertificateJson>>('/certificates', { q: "{type:'PGP'}" })
    expect(pgp.body.items.map(c => c.id)).toEqual(['USER|PGP|PUBLIC|PGP_PUB'])
    const ca = await dev.get<Collection<CertificateJson>>('/certificates', { q: '{name:/_ca/}' })
    expect(ca.body.items).toHaveLength(2)
  })

  it('updates the file and description with POST + X-HTTP-Method-Override (204); plain POST is 405', async () => {
    await boot()
    await upload(TRUST, pem)
    const body = form({ certificate: JSON.stringify({ description: 'rotated' }) }, otherPem)
    const res = await dev.call('POST', ID, { form: body, headers: { 'x-http-method-override': 'PATCH' } })
    expect(res.status).toBe(204)
    const got = await dev.get<CertificateJson>(ID)
    expect(got.body).toMatchObject({
      description: 'rotated',
      hash: createHash('sha256').update(otherPem).digest('hex')
    })
    expect((await dev.call('POST', ID, { form: form({}, otherPem) })).status).toBe(405)
    const missing = await dev.call('POST', '/certificates/USER%7CX509%7CTRUST%7CNOPE', {
      form: form({}, otherPem),
      headers: { 'x-http-method-override': 'PATCH' }
    })
    expect(missing.status).toBe(404)
  })

  it('deletes (200), then 404', async () => {
    await boot()
    await upload(TRUST, pem)
    expect((await dev.del(ID)).status).toBe(200)
    expect((await dev.get(ID)).status).toBe(404)
    expect((await dev.del(ID)).status).toBe(404)
  })
})

describe('seeds', () => {
  it('declare certificates, checked like uploads', async () => {
    await boot([{ name: 'SEEDED_CA', type: 'X509', category: 'TRUST', content: pem }])
    expect((await dev.get<CertificateJson>('/certificates/USER%7CX509%7CTRUST%7CSEEDED_CA')).body.name).toBe(
      'SEEDED_CA'
    )
    await emu.stop()
    await expect(boot([{ name: 'BAD', type: 'X509', category: 'TRUST', content: 'nope' }])).rejects.toThrow(
      'certificates[0] (BAD)'
    )
    await boot()
  })

  it('the demo seed has a trust certificate in prod', async () => {
    await emu.stop()
    emu = await startEmulator({ instances: 'demo' })
    const prod = await DesignClient.for(emu, 'prod')
    const got = await prod.get<CertificateJson>('/certificates/USER%7CX509%7CTRUST%7CDEMO_PARTNER_ROOT_CA')
    expect(got.status).toBe(200)
    expect(got.body.expires).toBe('2036-01-01T00:00:00.000+0000')
  })
})
