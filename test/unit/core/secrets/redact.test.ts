// Verify redaction of URLs, headers and registered secrets in plain, URL-encoded and base64 forms.
import { afterEach, describe, expect, it } from '@jest/globals'
import { redactHeaders, redactText, redactUrl } from '../../../../src/core/secrets/redact.js'
import { clearSecrets, registerSecret, secretForms } from '../../../../src/core/secrets/registry.js'

afterEach(() => clearSecrets())

describe('redaction', () => {
  it('removes secret query parameters and userinfo from URLs', () => {
    const url = redactUrl(
      'https://u:p@h.example.com/x?integrationInstance=dev&access_token=abc&client_secret=s&q=1&sig=zz'
    )
    expect(url).toBe(
      'https://***@h.example.com/x?integrationInstance=dev&access_token=***&client_secret=***&q=1&sig=***'
    )
  })

  it('keeps the scheme of Authorization and drops cookies', () => {
    expect(redactHeaders({ Authorization: 'Bearer abc.def', cookie: 'a=b', accept: 'json' })).toEqual({
      Authorization: 'Bearer ***',
      cookie: '***',
      accept: 'json'
    })
  })

  it('replaces registered secrets in every form, longest first', () => {
    const secret = 'p@ss w/rd+1'
    registerSecret(secret)
    const text = `plain ${secret} url ${encodeURIComponent(secret)} b64 ${Buffer.from(secret).toString('base64')}`
    expect(redactText(text)).toBe('plain *** url *** b64 ***')
  })

  it('masks each long line of a multi-line secret', () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nshort\n-----END PRIVATE KEY-----'
    expect(secretForms(pem)).toEqual(expect.arrayContaining(['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC']))
    expect(secretForms(pem)).not.toContain('short')
    registerSecret(pem)
    expect(redactText('line MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')).toBe('line ***')
  })

  it('ignores values too short to mask safely', () => {
    registerSecret('ab')
    expect(redactText('abc')).toBe('abc')
  })
})

describe('escaped forms a server echoes (issue 16)', () => {
  const secret = 'Pa"ss\\w=rd/é'
  it.each([
    ['JSON-escaped', 'Pa\\"ss\\\\w=rd/é'],
    ['JSON-escaped with \\/', 'Pa\\"ss\\\\w=rd\\/é'],
    ['escaped twice', 'Pa\\\\\\"ss\\\\\\\\w=rd/é'],
    ['HTML-safe \\u003d', 'Pa\\u0022ss\\\\w\\u003drd/é'],
    ['HTML-safe \\u003D', 'Pa\\u0022ss\\\\w\\u003Drd/é'],
    ['ASCII-only', 'Pa\\"ss\\\\w=rd/\\u00e9'],
    [
      'every character \\u-escaped',
      [...secret].map(c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
    ],
    ['a mix no encoder writes', 'P\\u0061\\"ss\\\\\\\\w\\u003Drd\\/\\u00E9']
  ])('%s is redacted', (_form, echoed) => {
    registerSecret(secret)
    expect(redactText(`{"detail":"bad password ${echoed} in request"}`)).toBe(
      '{"detail":"bad password *** in request"}'
    )
  })

  it('registers the usual escaped forms with the runner (secretForms)', () => {
    expect(secretForms(secret)).toEqual(
      expect.arrayContaining(['Pa\\"ss\\\\w=rd/é', 'Pa\\u0022ss\\\\w\\u003drd/é', 'Pa\\"ss\\\\w=rd/\\u00e9'])
    )
  })

  it('stays linear on a text of backslashes', () => {
    registerSecret(secret)
    const started = Date.now()
    redactText('\\'.repeat(64 * 1024))
    expect(Date.now() - started).toBeLessThan(500)
  })
})
