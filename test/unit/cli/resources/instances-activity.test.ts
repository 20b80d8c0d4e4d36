// Verify the payload helpers: the keys an activity stream links to, and the streamed write (temp file renamed).
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { payloadKeys, streamToFile } from '../../../../src/cli/resources/instances-activity.js'

describe('payloadKeys', () => {
  it('finds every linked key, decoded, once, in any nesting', () => {
    const base = 'https://h/ic/api/integration/v1/monitoring/instances/X/activityStreamDetails/'
    const body = {
      ascList: [
        { links: [{ href: `${base}tracking-data/debug/K1?integrationInstance=prod`, rel: 'payload' }] },
        {
          links: [{ href: `${base}tracking-data%2Fdebug%2FK2` }],
          nested: { again: `${base}tracking-data/debug/K1` }
        }
      ],
      links: [{ href: 'https://h/ic/api/integration/v1/monitoring/instances/X', rel: 'self' }]
    }
    expect([...payloadKeys(body)]).toEqual(['tracking-data/debug/K1', 'tracking-data/debug/K2'])
    expect(payloadKeys({}).size).toBe(0)
  })
})

describe('streamToFile', () => {
  it('writes the whole stream and leaves no temporary file; a failed stream leaves nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stream-to-file-'))
    try {
      const file = join(dir, 'out.bin')
      expect(await streamToFile(Readable.from([Buffer.from('abc'), Buffer.from('def')]), file)).toBe(6)
      expect(readFileSync(file, 'utf8')).toBe('abcdef')
      const failing = new Readable({
        read() {
          this.push('partial')
          this.destroy(new Error('connection reset'))
        }
      })
      await expect(streamToFile(failing, join(dir, 'broken.bin'))).rejects.toThrow('connection reset')
      expect(readdirSync(dir)).toEqual(['out.bin'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
