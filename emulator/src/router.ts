/** Routes of the emulator and the context each handler gets. */
import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import type { Permission, Principal } from './identity.js'

export type { Permission } from './identity.js'
import type { InstanceState } from './state.js'

/** The per-request view handlers work with; responses go through it so faults can intercept them. */
export interface RequestContext {
  readonly req: IncomingMessage
  /** Effective method (POST + `X-HTTP-Method-Override: PATCH` is PATCH). */
  readonly method: string
  readonly path: string
  readonly params: Readonly<Record<string, string>>
  readonly query: URLSearchParams
  /** The caller (API routes only). */
  readonly principal?: Principal
  /** The instance chosen by `integrationInstance` (API routes only). */
  readonly instance?: InstanceState
  /** Current emulator time in ms. */
  now(): number
  /** Absolute URL of an API path on this instance, for `links`. */
  href(path: string): string
  json(status: number, body: unknown, headers?: Record<string, string>): Promise<void>
  empty(status: number, headers?: Record<string, string>): Promise<void>
  stream(status: number, headers: Record<string, string>, body: Readable): Promise<void>
}

/** One route. `pattern` segments starting with `:` capture (URL-decoded, so `CODE%7CVER` → `CODE|VER`). */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
  pattern: string
  permission: Permission
  handler: (ctx: RequestContext) => Promise<void>
}

/** A route table with first-match lookup. */
export class Router {
  private readonly routes: Array<Route & { parts: string[] }> = []

  add(...routes: Route[]): this {
    for (const route of routes)
      this.routes.push({ ...route, parts: route.pattern.split('/').filter(Boolean) })
    return this
  }

  /** Finds the route for a method and path; `allowed` lists methods of routes whose path matched. */
  find(method: string, path: string): { route?: Route; params: Record<string, string>; allowed: string[] } {
    const segments = path.split('/').filter(Boolean)
    const allowed: string[] = []
    for (const route of this.routes) {
      const params = matchParts(route.parts, segments)
      if (!params) continue
      if (route.method === method) return { route, params, allowed }
      allowed.push(route.method)
    }
    return { params: {}, allowed }
  }
}

function matchParts(parts: string[], segments: string[]): Record<string, string> | undefined {
  if (parts.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    const segment = segments[i] as string
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return undefined
    }
    if (part.startsWith(':')) params[part.slice(1)] = decoded
    else if (part !== decoded) return undefined
  }
  return params
}
