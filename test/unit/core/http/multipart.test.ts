// The multipart body: text fields, file fields streamed from disk, and file fields whose content stays in memory
// (a certificate's passwords are never written to disk); the announced length is the length streamed.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { multipart } from '../../../../src/core/http/multipart.js'

async function text(body: ReturnType<typeof multipart>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of body.stream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

describe('multipart', () => {
  it('streams text, disk and in-memory parts with the length it announces, afresh for each attempt', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oic-mp-')), 'ca.pem')
    writeFileSync(file, 'PEM-BYTES')
    const body = multipart([
      { name: 'type', value: 'X509' },
      {
        name: 'certificate',
        content: Buffer.from('{"keystorePassword":"pw"}'),
        filename: 'certificate.json',
        contentType: 'application/json'
      },
      { name: 'file', file }
    ])
    const first = await text(body)
    expect(Buffer.byteLength(first)).toBe(body.length)
    expect(await text(body)).toBe(first)
    expect(first).toContain('name="type"\r\n\r\nX509\r\n')
    expect(first).toContain(
      'name="certificate"; filename="certificate.json"\r\nContent-Type: application/json\r\n\r\n{"keystorePassword":"pw"}\r\n'
    )
    expect(first).toContain(
      'name="file"; filename="ca.pem"\r\nContent-Type: application/octet-stream\r\n\r\nPEM-BYTES\r\n'
    )
    expect(body.contentType).toMatch(/^multipart\/form-data; boundary=/)
  })
})
