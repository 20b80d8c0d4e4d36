/**
 * Which proxy the environment routes a URL through, with the rules undici's `EnvHttpProxyAgent` applies: lower-case
 * variables first, `https:` falls back to the HTTP proxy, and `NO_PROXY` entries match a host exactly, or as a
 * suffix when they start with `.` or `*`, optionally with a port; `*` alone bypasses every host.
 */
import { redactUrl } from '../secrets/redact.js'

type Env = Readonly<Record<string, string | undefined>>

/** A proxy in use, for messages (credentials removed). */
export interface ProxyRoute {
  url: string
  variable: string
}

function pick(env: Env, ...names: string[]): ProxyRoute | undefined {
  for (const name of names) {
    const value = env[name]
    if (value) return { url: redactUrl(value), variable: name }
  }
  return undefined
}

function bypassed(url: URL, noProxy: string): boolean {
  if (noProxy.trim() === '*') return true
  const host = url.hostname.toLowerCase()
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  for (const entry of noProxy.split(/[,\s]+/).filter(Boolean)) {
    const parsed = /^(.+):(\d+)$/.exec(entry)
    const name = (parsed?.[1] ?? entry).toLowerCase()
    if (parsed && Number(parsed[2]) !== port) continue
    if (/^[.*]/.test(name) ? host.endsWith(name.replace(/^\*/, '')) : host === name) return true
  }
  return false
}

/** True when the environment names an HTTP(S) proxy. */
export function proxyConfigured(env: Env): boolean {
  return Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY)
}

/** The proxy `url` goes through, or undefined when none is set or NO_PROXY lists the host. */
export function proxyFor(url: URL, env: Env): ProxyRoute | undefined {
  const route =
    url.protocol === 'https:'
      ? (pick(env, 'https_proxy', 'HTTPS_PROXY') ?? pick(env, 'http_proxy', 'HTTP_PROXY'))
      : pick(env, 'http_proxy', 'HTTP_PROXY')
  if (!route || bypassed(url, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined
  return route
}
