/**
 * Reading an error response: Oracle's problem documents (`title`, `detail`, `o:errorCode`, `o:errorDetails`),
 * RFC 6749 token errors, and the HTML pages load balancers send; plus the hint each status deserves.
 */
import type { ApiProblem } from '../errors.js'

/** Longest error body read into memory; anything beyond is irrelevant to the message. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024
const MAX_TEXT = 300

type Json = Record<string, unknown>

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim().slice(0, MAX_TEXT)
  if (typeof value === 'number') return String(value)
  return undefined
}

function detailsOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  const out = value
    .map(item => {
      if (typeof item === 'string') return item
      const o = (item ?? {}) as Json
      return [str(o.title), str(o['o:errorPath'] ?? o.errorPath), str(o.instance)].filter(Boolean).join(': ')
    })
    .filter(s => s.length > 0)
  return out.length ? out : undefined
}

/** Extracts what an error body says. Unknown shapes yield a short text excerpt as `detail`. */
export function parseProblem(body: string, contentType: string | undefined): ApiProblem {
  const text = body.trim()
  if (!text) return {}
  if (/json/i.test(contentType ?? '') || text.startsWith('{')) {
    try {
      const o = JSON.parse(text) as Json
      if (o && typeof o === 'object') {
        const problem: ApiProblem = {
          title: str(o.title) ?? str(o.error),
          detail: str(o.detail) ?? str(o.error_description) ?? str(o.message),
          errorCode: str(o['o:errorCode']) ?? str(o.errorCode),
          errorDetails: detailsOf(o['o:errorDetails'] ?? o.errorDetails)
        }
        return problem
      }
    } catch {
      // not JSON after all: fall through to the text excerpt
    }
  }
  if (/html/i.test(contentType ?? '') || /^<(!doctype|html)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim()
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1]?.trim()
    return { detail: `an HTML page${title || h1 ? ` ("${title || h1}")` : ''} instead of an API response` }
  }
  return { detail: text.replace(/\s+/g, ' ').slice(0, MAX_TEXT) }
}

/** What to do about a status, in the words of the failure modes users meet. */
export function hintForStatus(status: number): string | undefined {
  switch (status) {
    case 401:
      return "The access token was rejected: it may have expired, or its scope/audience does not match this instance (run authenticate with the instance's scope, e.g. https://<id>.integration.<region>.ocp.oraclecloud.com:443/ic/api/)"
    case 403:
      return 'The token is valid but lacks a role for this operation: assign ServiceDeveloper (or ServiceAdministrator) to the confidential application on this instance'
    case 412:
      return 'A precondition failed: the resource is locked (close it in the OIC designer) or in a state that does not allow this change (e.g. active)'
    case 423:
      return 'The resource is locked or prebuilt: unlock it in the OIC designer and retry'
    case 413:
      return 'The archive is larger than the server accepts'
    case 429:
      return 'OIC is throttling requests: lower concurrency or retry later'
    default:
      return undefined
  }
}

/** What to check when no response arrived: the CA for TLS failures, else the proxy the request went through. */
export function hintForNetworkError(
  url: URL,
  code: string | undefined,
  proxy: { url: string; variable: string } | undefined
): string | undefined {
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS/i.test(code ?? ''))
    return 'TLS verification failed: give the PEM of your private CA or TLS-inspecting proxy in ca-certificate'
  return proxy
    ? `The request went through the proxy ${proxy.url} (${proxy.variable}): check that proxy, or list ${url.hostname} in NO_PROXY`
    : undefined
}
