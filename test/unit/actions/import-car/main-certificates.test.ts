// Verify import-car's certificates step in-process over a mocked OIC: an alias the target lacks is uploaded after the
// import and before the connections are configured; the same content is left alone; different content is refused
// before anything changes unless replace: true (then updated with the method override); a 409 race and a lost answer
// are settled by reading the alias back, never by a second upload; keystore passwords are masked; hostile aliases
// are escaped in the summary; the dry run shows the plan per alias.
import { createHash, X509Certificate } from 'node:crypto'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createTlsMaterial } from '../../../../emulator/src/tls.js'
import { multipart } from '../../../../src/core/http/multipart.js'
import { join } from 'node:path'
import { importCar, logged, output, P, rows, setup, writes, type Case } from './harness.js'
import { problem, type TargetReply, type TargetRequest } from './fake-target.js'

let pem: string
beforeAll(async () => {
  pem = (await createTlsMaterial()).ca
})
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

interface Held {
  id: string
  name: string
  type: string
  keystore: string
  installedType: string
  status: string
  hash?: string
  expires?: string
}

/** Certificates of the fake target; `onUpload` answers a POST /certificates (default: stores it, 204). */
function certificates(c: Case, held: Held[], onUpload?: (req: TargetRequest) => TargetReply) {
  const uploads: TargetRequest[] = []
  c.target.overrides.push(req => {
    if (req.path === '/certificates' && req.method === 'GET') {
      const name = /^\{name:'(.*)'\}$/.exec(req.query.get('q') ?? '')?.[1]
      const items = held.filter(h => name === undefined || h.name === name)
      return { status: 200, body: { items, hasMore: false, totalResults: items.length, links: [] } }
    }
    if (req.path === '/certificates' && req.method === 'POST') {
      uploads.push(req)
      return onUpload?.(req) ?? { status: 204 }
    }
    const m = /^\/certificates\/(.+)$/.exec(req.path)
    if (!m) return undefined
    const cert = held.find(h => h.id === m[1])
    if (!cert) return problem(404, `Certificate ${m[1]} not found.`)
    if (req.method === 'GET') return { status: 200, body: { ...cert, links: [] } }
    if (req.method === 'POST' && req.headers['x-http-method-override'] === 'PATCH') return { status: 204 }
    return undefined
  })
  return uploads
}

const trust = (alias: string, over: Partial<Held> = {}): Held => ({
  id: `USER|X509|TRUST|${alias}`,
  name: alias,
  type: 'X509',
  keystore: 'TRUST',
  installedType: 'USER',
  status: 'CONFIGURED',
  ...over
})

const section = (alias: string, extra = '') =>
  `connections: {}\ncertificates:\n  ${alias}:\n    type: X509\n    category: TRUST\n    file: oic/certs/ca.pem\n${extra}`

async function withFile(text: string) {
  const c = await setup()
  c.file('oic/certs/ca.pem', pem)
  return { c, file: c.file('oic/prod.yaml', text) }
}

describe('import-car certificates', () => {
  it('uploads an alias the target lacks after the import, before the connections, and reports it', async () => {
    const { c, file } = await withFile(
      `connections:\n  ERP_REST:\n    agent-group: AG1\ncertificates:\n  PARTNER_CA:\n    type: X509\n    category: TRUST\n    file: oic/certs/ca.pem\n`
    )
    const uploads = certificates(c, [])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([
      'POST /projects/archive',
      'POST /certificates',
      `POST /projects/${P}/connections/ERP_REST`
    ])
    const parts = [
      { name: 'name', value: 'PARTNER_CA' },
      { name: 'type', value: 'X509' },
      { name: 'category', value: 'TRUST' },
      { name: 'file', file: join(c.env.GITHUB_WORKSPACE, 'oic/certs/ca.pem') }
    ]
    expect(uploads[0]?.headers['content-length']).toBe(String(multipart(parts).length))
    expect(output<{ certificates: unknown }>(host, 'results').certificates).toEqual([
      {
        alias: 'PARTNER_CA',
        type: 'X509',
        category: 'TRUST',
        result: 'uploaded',
        reason: 'not in the target'
      }
    ])
    expect(rows(host)).toContainEqual([
      'certificate',
      'PARTNER_CA',
      '',
      'X509 TRUST: not in the target',
      'uploaded',
      ''
    ])
  })

  it('leaves an alias with the same content alone (hash = SHA-256 of the file)', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    const uploads = certificates(c, [trust('PARTNER_CA', { hash: sha256(pem) })])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(uploads).toEqual([])
    expect(writes(c)).toEqual(['POST /projects/archive'])
    expect(
      output<{ certificates: Array<{ result: string; reason: string }> }>(host, 'results').certificates[0]
    ).toMatchObject({
      result: 'unchanged',
      reason: 'same content (hash)'
    })
  })

  it('the same certificate named by its DER fingerprint (colon hex, as keytool prints it) is the same content', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    const uploads = certificates(c, [trust('PARTNER_CA', { hash: new X509Certificate(pem).fingerprint256 })])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(uploads).toEqual([])
  })

  it('refuses different content without replace before anything changes: one line naming the alias and the fix', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    certificates(c, [trust('PARTNER_CA', { expires: '2020-01-01T00:00:00.000+0000' })])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toBe(
      'oic/prod.yaml:3: certificate PARTNER_CA already exists in mock-instance and content differs (expiry date): set replace: true for certificate PARTNER_CA to replace it, or give the new certificate another alias.'
    )
    expect(host.failed?.properties).toEqual({ file: 'oic/prod.yaml', startLine: 3 })
    expect(writes(c)).toEqual([])
  })

  it('refuses an alias that holds another type or category, whatever replace says', async () => {
    const { c, file } = await withFile(section('PARTNER_CA', '    replace: true\n'))
    certificates(c, [
      { ...trust('PARTNER_CA'), id: 'USER|PGP|PUBLIC|PARTNER_CA', type: 'PGP', keystore: 'PUBLIC' }
    ])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toContain(
      'certificate PARTNER_CA already exists in mock-instance and the alias holds a PGP PUBLIC certificate: delete it in mock-instance'
    )
    expect(writes(c)).toEqual([])
  })

  it('replaces different content with replace: true (POST + X-HTTP-Method-Override: PATCH on the id)', async () => {
    const { c, file } = await withFile(section('PARTNER_CA', '    replace: true\n'))
    const uploads = certificates(c, [trust('PARTNER_CA', { hash: sha256('an older certificate') })])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(uploads).toEqual([])
    expect(writes(c)).toEqual(['POST /projects/archive', 'POST /certificates/USER|X509|TRUST|PARTNER_CA'])
    const [update] = c.target.requests('POST', /^\/certificates\//)
    expect(update?.headers['x-http-method-override']).toBe('PATCH')
    expect(rows(host)).toContainEqual([
      'certificate',
      'PARTNER_CA',
      '',
      'X509 TRUST: content differs (hash)',
      'replaced',
      ''
    ])
  })

  it('keeps an alias whose answer cannot tell (no hash, no dates) and says so', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    certificates(c, [trust('PARTNER_CA')])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual(['POST /projects/archive'])
    expect(host.summaries.at(-1)?.notes).toContain(
      "Certificate PARTNER_CA exists and OIC's answer cannot tell whether its content differs: it was left as it is; set replace: true for it to upload the file anyway."
    )
  })

  it('a 409 race (uploaded by someone since the plan) is settled by reading the alias back: same content, not sent again', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    const held: Held[] = []
    const uploads = certificates(c, held, () => {
      held.push(trust('PARTNER_CA', { hash: sha256(pem) }))
      return problem(409, 'Certificate already exists')
    })
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(uploads).toHaveLength(1)
    expect(output<{ certificates: Array<{ result: string }> }>(host, 'results').certificates[0]?.result).toBe(
      'unchanged'
    )
  })

  it('a 409 race with other content and no replace fails naming the alias', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    const held: Held[] = []
    certificates(c, held, () => {
      held.push(trust('PARTNER_CA', { hash: sha256('someone else') }))
      return problem(409, 'Certificate already exists')
    })
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toContain(
      'certificate PARTNER_CA already exists in mock-instance and content differs (hash)'
    )
  })

  it('a lost answer (503) is settled by reading the alias back: there with this content, so not sent again', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    const held: Held[] = []
    const uploads = certificates(c, held, () => {
      held.push(trust('PARTNER_CA', { hash: sha256(pem) }))
      return problem(500, 'Gateway gave up')
    })
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(uploads).toHaveLength(1)
    expect(logged(host, 'warning').join('\n')).toContain(
      'The answer to uploading certificate PARTNER_CA was lost'
    )
  })

  it('a lost answer after which the alias is absent fails with the upload’s own error', async () => {
    const { c, file } = await withFile(section('PARTNER_CA'))
    const uploads = certificates(c, [], () => problem(500, 'Gateway gave up'))
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toContain('Could not upload certificate PARTNER_CA')
    expect(host.failed?.message).toContain('Gateway gave up')
    expect(uploads).toHaveLength(1)
  })

  it('a lost answer after which the alias holds other content is not taken for this upload, even with replace', async () => {
    const { c, file } = await withFile(section('PARTNER_CA', '    replace: true\n'))
    const held: Held[] = []
    const uploads = certificates(c, held, () => {
      held.push(trust('PARTNER_CA', { hash: sha256('someone else') }))
      return problem(500, 'Gateway gave up')
    })
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed?.message).toContain('Could not upload certificate PARTNER_CA')
    expect(uploads).toHaveLength(1)
    expect(writes(c)).toEqual(['POST /projects/archive', 'POST /certificates'])
  })

  it('uploads an identity keystore with its password, masked in every log, summary and output', async () => {
    const password = 'ks-pw-sentinel-5521'
    const c = await setup()
    c.file('oic/certs/client.jks', '\u00fe\u00ed\u00fe\u00ed-keystore')
    const file = c.file(
      'oic/prod.yaml',
      'connections: {}\ncertificates:\n  CLIENT_TLS:\n    type: X509\n    category: IDENTITY\n    file: oic/certs/client.jks\n    keystore-password: ${KS_PASSWORD}\n'
    )
    const uploads = certificates(c, [])
    const host = await importCar(c, { 'connections-file': file }, { KS_PASSWORD: password })
    expect(host.failed).toBeUndefined()
    const parts = [
      { name: 'name', value: 'CLIENT_TLS' },
      { name: 'type', value: 'X509' },
      { name: 'category', value: 'IDENTITY' },
      { name: 'keystorePassword', value: password },
      { name: 'keyPasswords', value: password },
      { name: 'file', file: join(c.env.GITHUB_WORKSPACE, 'oic/certs/client.jks') }
    ]
    expect(uploads[0]?.headers['content-length']).toBe(String(multipart(parts).length))
    expect(host.secrets).toContain(password)
    expect(host.logText).not.toContain(password)
    expect(host.summaryText).not.toContain(password)
    expect(JSON.stringify(host.outputs)).not.toContain(password)
  })

  it('escapes a hostile alias in the summary', async () => {
    const alias = 'CA_<img src=x onerror=alert(1)>_[x](javascript:alert(2))_`code`'
    const { c, file } = await withFile(section(`'${alias}'`))
    certificates(c, [])
    const host = await importCar(c, { 'connections-file': file })
    expect(host.failed).toBeUndefined()
    expect(host.summaryText).not.toContain('<img')
    expect(host.summaryText).not.toContain('[x](')
    expect(host.summaryText).toContain(
      'CA_&lt;img src=x onerror=alert(1)&gt;_\\[x\\](javascript:alert(2))_\\`code\\`'
    )
  })

  it('the dry run shows what would happen per alias and changes nothing', async () => {
    const { c, file } = await withFile(
      `${section('NEW_CA')}  SAME_CA:\n    type: X509\n    category: TRUST\n    file: oic/certs/ca.pem\n  OLD_CA:\n    type: X509\n    category: TRUST\n    file: oic/certs/ca.pem\n`
    )
    certificates(c, [
      trust('SAME_CA', { hash: sha256(pem) }),
      trust('OLD_CA', { expires: '2020-01-01T00:00:00.000+0000' })
    ])
    const host = await importCar(c, { 'connections-file': file, 'dry-run': 'true' })
    expect(host.failed).toBeUndefined()
    expect(writes(c)).toEqual([])
    expect(rows(host).filter(r => r[0] === 'certificate')).toEqual([
      ['certificate', 'NEW_CA', 'X509 TRUST', 'absent', 'would upload', ''],
      ['certificate', 'SAME_CA', 'X509 TRUST', 'same content (hash)', 'none (same content)', ''],
      [
        'certificate',
        'OLD_CA',
        'X509 TRUST',
        'content differs (expiry date)',
        'would fail: set replace: true or another alias',
        'no'
      ]
    ])
    expect(
      output<{ certificates: Array<{ action: string }> }>(host, 'results').certificates.map(x => x.action)
    ).toEqual(['upload', 'unchanged', 'refuse'])
    expect(host.summaries.at(-1)?.notes?.join('\n')).toContain(
      'Would fail: oic/prod.yaml:11: certificate OLD_CA already exists in mock-instance and content differs (expiry date)'
    )
  })
})
