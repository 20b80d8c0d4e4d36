// Verify the redirect listener and the browser opener: 127.0.0.1 only, stray requests answered 404 while it keeps
// waiting, one callback then closed; the opener passes the URL as one argument, never through a shell.
import { describe, expect, it } from '@jest/globals'
import { openerFor } from '../../../src/cli/login-browser.js'
import { listenForRedirect } from '../../../src/cli/login-listener.js'

const forever = (): Promise<void> => new Promise<void>(() => undefined)

describe('listenForRedirect', () => {
  it('answers other paths 404 and keeps waiting; takes one callback, then closes', async () => {
    const listener = await listenForRedirect({ state: 's1', timeoutMs: 1000, sleep: forever })
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/)
    const origin = new URL(listener.redirectUri).origin
    expect((await fetch(`${origin}/favicon.ico`)).status).toBe(404)
    const res = await fetch(`${listener.redirectUri}?code=abc&state=s1`)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/close this window/)
    await expect(listener.code).resolves.toBe('abc')
    await listener.close()
    await expect(fetch(`${listener.redirectUri}?code=again&state=s1`)).rejects.toThrow()
  })

  it('a port in use is an input error naming --redirect-port', async () => {
    const first = await listenForRedirect({ state: 's', timeoutMs: 1000, sleep: forever })
    const port = Number(new URL(first.redirectUri).port)
    await expect(
      listenForRedirect({ state: 's', port, timeoutMs: 1000, sleep: forever })
    ).rejects.toMatchObject({
      input: 'redirect-port'
    })
    await first.close()
  })
})

describe('openerFor', () => {
  const url = 'https://idcs.example.com/oauth2/v1/authorize?a=1&b=2;echo'
  it.each([
    ['linux', 'xdg-open', [url]],
    ['darwin', 'open', [url]],
    ['win32', 'rundll32', ['url.dll,FileProtocolHandler', url]]
  ])('%s: %s with the URL as one argument', (platform, command, args) => {
    expect(openerFor(platform, url)).toEqual({ command, args })
  })
})
