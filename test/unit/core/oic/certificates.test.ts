// Verify the certificates client over a mocked OIC (D:Upload/Retrieve/Update/Delete a Certificate): list by exact
// name, get by installedType%7Ctype%7Ccategory%7Cname, upload as multipart with the documented fields and never
// repeated, update with X-HTTP-Method-Override and a certificate.json part (repeatable, the file removed), delete.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { multipart } from '../../../../src/core/http/multipart.js'
import { defaultRetryPolicy } from '../../../../src/core/http/retry.js'
import {
  categoryOf,
  certificateId,
  deleteCertificate,
  findCertificates,
  getCertificate,
  updateCertificate,
  uploadCertificate
} from '../../../../src/core/oic/certificates.js'
import { atPath, JSON_REPLY, mockClient, useMockNetwork } from '../../../support/http-mock.js'

const BASE = '/ic/api/integration/v1/certificates'

const net = useMockNetwork()
let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oic-certs-'))
  file = join(dir, 'partner-ca.pem')
  writeFileSync(file, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')
})
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true })
})

const sent = () =>
  (net.agent.getCallHistory()?.calls() ?? []).map(c => ({
    method: c.method,
    path: new URL(c.fullUrl).pathname,
    query: new URL(c.fullUrl).searchParams,
    headers: (c.headers ?? {}) as Record<string, string>
  }))

/** A CertificateRs as the emulator answers it (Retrieve a Certificate). */
const PARTNER = {
  id: 'USER|X509|TRUST|PARTNER_CA',
  name: 'PARTNER_CA',
  type: 'X509',
  keystore: 'TRUST',
  installedType: 'USER',
  status: 'CONFIGURED',
  hash: 'ab'.repeat(32),
  expires: '2027-12-01T12:00:00.000+0000'
}

describe('certificates client', () => {
  it('finds an alias with q {name:…} and keeps exact matches only (a server may ignore q)', async () => {
    net.oic
      .intercept({ path: atPath(BASE), method: 'GET' })
      .reply(
        200,
        { items: [PARTNER, { ...PARTNER, id: 'USER|X509|TRUST|PARTNER_CA2', name: 'PARTNER_CA2' }] },
        JSON_REPLY
      )
    expect(await findCertificates(mockClient(net), 'PARTNER_CA')).toEqual([PARTNER])
    expect(sent()[0]?.query.get('q')).toBe("{name:'PARTNER_CA'}")
  })

  it('gets a certificate by its composite id, | encoded as %7C', async () => {
    net.oic
      .intercept({ path: atPath(`${BASE}/USER%7CX509%7CTRUST%7CPARTNER_CA`), method: 'GET' })
      .reply(200, PARTNER, JSON_REPLY)
    const got = await getCertificate(
      mockClient(net),
      certificateId({ name: 'PARTNER_CA', type: 'X509', category: 'TRUST' })
    )
    expect(categoryOf(got)).toBe('TRUST')
  })

  it('uploads name, type, category, the passwords given and the file as multipart (204)', async () => {
    net.oic.intercept({ path: atPath(BASE), method: 'POST' }).reply(204, '')
    const upload = {
      name: 'CLIENT_TLS',
      type: 'X509',
      category: 'IDENTITY',
      keystorePassword: 'ks-secret',
      keyPasswords: 'ks-secret'
    }
    await uploadCertificate(mockClient(net), upload, file)
    const expected = multipart([
      ...Object.entries(upload).map(([name, value]) => ({ name, value })),
      { name: 'file', file }
    ])
    expect(sent()[0]?.headers['content-length']).toBe(String(expected.length))
    expect(sent()[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
  })

  it('never repeats an upload: a 503 fails after one request, whatever the retry policy', async () => {
    net.oic.intercept({ path: atPath(BASE), method: 'POST' }).reply(503, 'busy')
    const client = mockClient(net, { retry: defaultRetryPolicy(3) })
    await expect(
      uploadCertificate(client, { name: 'A', type: 'X509', category: 'TRUST' }, file)
    ).rejects.toMatchObject({ status: 503 })
    expect(sent()).toHaveLength(1)
  })

  it('a 409 (the alias exists) is the caller’s to settle', async () => {
    net.oic
      .intercept({ path: atPath(BASE), method: 'POST' })
      .reply(409, { title: 'Certificate already exists' }, JSON_REPLY)
    await expect(
      uploadCertificate(mockClient(net), { name: 'A', type: 'X509', category: 'TRUST' }, file)
    ).rejects.toMatchObject({ status: 409 })
  })

  it('updates with the method override and a certificate.json part sent from memory, repeatable', async () => {
    const id = `${BASE}/USER%7CX509%7CTRUST%7CPARTNER_CA`
    net.oic.intercept({ path: atPath(id), method: 'POST' }).reply(503, 'busy')
    net.oic.intercept({ path: atPath(id), method: 'POST' }).reply(204, '')
    await updateCertificate(
      mockClient(net, { retry: defaultRetryPolicy(2) }),
      'USER|X509|TRUST|PARTNER_CA',
      { name: 'PARTNER_CA', type: 'X509', keystore: 'TRUST', keystorePassword: 'sentinel-ks-pw' },
      file
    )
    expect(sent().map(c => [c.method, c.headers['x-http-method-override']])).toEqual([
      ['POST', 'PATCH'],
      ['POST', 'PATCH']
    ])
    expect(net.slept).toHaveLength(1)
  })

  it('deletes by id', async () => {
    net.oic
      .intercept({ path: atPath(`${BASE}/USER%7CX509%7CTRUST%7CPARTNER_CA`), method: 'DELETE' })
      .reply(200, '')
    await deleteCertificate(mockClient(net), 'USER|X509|TRUST|PARTNER_CA')
    expect(sent().map(c => c.method)).toEqual(['DELETE'])
    expect(existsSync(file)).toBe(true)
  })
})
