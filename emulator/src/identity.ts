/**
 * The emulated OCI IAM identity domain: registered clients and users, access tokens (JWT, HS256) tied to one
 * instance audience, refresh tokens, and the role check of contract §2.5.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { jwtVerify, SignJWT } from 'jose'
import { checkAssertion, type AssertionRules, type RegisteredCertificate } from './assertion-check.js'
import { AuthorizationCodes } from './authorization-codes.js'
import { ApiError } from './http-kit.js'

/**
 * Who may call a route (contract §2.5, see the README's role table): `public` (token endpoint), `read`
 * (design-time GET), `export` (project export: not ServiceUser), `write` (create, import, update, activate,
 * test, delete), `monitor-read`, `monitor-write` (resubmit, discard, abort).
 */
export type Permission = 'public' | 'read' | 'export' | 'write' | 'monitor-read' | 'monitor-write'

/** OIC application roles (contract §2.5). */
export const ROLES = [
  'ServiceAdministrator',
  'ServiceDeveloper',
  'ServiceMonitor',
  'ServiceDeployer',
  'ServiceUser',
  'ServiceInvoker',
  'ServiceViewer'
] as const
export type Role = (typeof ROLES)[number]

/** Roles allowed per permission. ServiceInvoker may call no documented REST API; ServiceMonitor changes nothing. */
export const PERMISSIONS: Record<Exclude<Permission, 'public'>, readonly Role[]> = {
  read: ['ServiceAdministrator', 'ServiceDeveloper', 'ServiceUser', 'ServiceViewer'],
  export: ['ServiceAdministrator', 'ServiceDeveloper', 'ServiceViewer'],
  write: ['ServiceAdministrator', 'ServiceDeveloper'],
  'monitor-read': [
    'ServiceAdministrator',
    'ServiceDeveloper',
    'ServiceMonitor',
    'ServiceUser',
    'ServiceViewer'
  ],
  'monitor-write': ['ServiceAdministrator', 'ServiceDeveloper']
}

/** A confidential application registered in the identity domain. */
export interface ClientSeed {
  clientId: string
  clientSecret?: string
  /** Certificates (public keys or X.509 certificates) whose private keys sign assertions, by alias (`kid`). */
  certificates?: RegisteredCertificate[]
  /** Allowed grants (default: all four). */
  grants?: string[]
  /** Application roles per instance name. */
  roles?: Record<string, Role[]>
  /** Issue refresh tokens for user grants (default true). */
  refreshTokens?: boolean
  /** Redirect URIs registered for the authorization code grant (GET /oauth2/v1/authorize). */
  redirectUris?: string[]
  /** A public client (no secret): sends `client_id` in the token request and proves itself by PKCE alone. */
  public?: boolean
}

/** A user of the identity domain (password and jwt-bearer grants). */
export interface UserSeed {
  username: string
  password?: string
  roles?: Record<string, Role[]>
}

/** The `identity:` part of a seed. */
export interface IdentitySeed {
  clients?: ClientSeed[]
  users?: UserSeed[]
}

/** The caller of an API request. */
export interface Principal {
  /** Client id (client credentials) or user name. */
  subject: string
  clientId: string
  kind: 'client' | 'user'
  /** Instance the token's audience belongs to. */
  instance: string
  scope: string
  roles: readonly Role[]
}

/** What a token is issued for. */
export interface Grant {
  clientId: string
  subject: string
  kind: 'client' | 'user'
  instance: string
  scope: string
}

/** Clients, users, and the tokens they were issued. */
export class IdentityDomain {
  private readonly secret = randomBytes(32)
  private readonly refresh = new Map<string, Grant>()
  private readonly usedJti = new Set<string>()
  readonly clients = new Map<string, ClientSeed>()
  readonly users = new Map<string, UserSeed>()
  /** Authorization codes of the authorization code grant. */
  readonly codes: AuthorizationCodes

  constructor(
    seed: IdentitySeed,
    /** Audience of each instance by name. */
    readonly audiences: ReadonlyMap<string, string>,
    private readonly now: () => number,
    private readonly ttlSeconds: () => number
  ) {
    this.codes = new AuthorizationCodes(now)
    for (const c of seed.clients ?? []) this.clients.set(c.clientId, c)
    for (const u of seed.users ?? []) this.users.set(u.username, u)
  }

  /** Issues an access token (and a refresh token when asked). */
  async issue(grant: Grant, withRefresh: boolean, ttlOverride?: number): Promise<Record<string, unknown>> {
    const iat = Math.floor(this.now() / 1000)
    const ttl = Math.min(ttlOverride ?? this.ttlSeconds(), this.ttlSeconds())
    const token = await new SignJWT({
      client_id: grant.clientId,
      scope: grant.scope,
      kind: grant.kind,
      inst: grant.instance
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(grant.subject)
      .setAudience(this.audiences.get(grant.instance) ?? grant.instance)
      .setIssuer('https://identity.oraclecloud.com/')
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttl)
      .setJti(randomUUID())
      .sign(this.secret)
    const body: Record<string, unknown> = { access_token: token, token_type: 'Bearer', expires_in: ttl }
    if (withRefresh) {
      const rt = `rt-${randomBytes(24).toString('base64url')}`
      this.refresh.set(rt, grant)
      body.refresh_token = rt
    }
    return body
  }

  /** Takes a refresh token (removing it when `rotate`), or undefined when unknown. */
  takeRefreshToken(token: string, rotate: boolean): Grant | undefined {
    const grant = this.refresh.get(token)
    if (grant && rotate) this.refresh.delete(token)
    return grant
  }

  /** Verifies an `Authorization` header for `instance`; 401 for anything wrong with the token itself. */
  async verifyBearer(header: string | undefined, instance: string): Promise<Principal> {
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1]
    if (!token) throw unauthorized('A bearer token is required (Authorization: Bearer <token>).')
    let payload: Record<string, unknown>
    try {
      payload = (
        await jwtVerify(token, this.secret, { currentDate: new Date(this.now()), algorithms: ['HS256'] })
      ).payload
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED'
      throw unauthorized(expired ? 'The access token has expired.' : 'The access token is not valid.')
    }
    const audience = this.audiences.get(instance)
    if (payload.inst !== instance || payload.aud !== audience) {
      throw unauthorized(`The access token was issued for another audience than instance '${instance}'.`)
    }
    const grant: Grant = {
      clientId: String(payload.client_id),
      subject: String(payload.sub),
      kind: payload.kind === 'user' ? 'user' : 'client',
      instance,
      scope: String(payload.scope)
    }
    return { ...grant, roles: this.rolesOf(grant) }
  }

  /** Roles of the token's subject on its instance. */
  rolesOf(grant: Grant): Role[] {
    const holder = grant.kind === 'user' ? this.users.get(grant.subject) : this.clients.get(grant.clientId)
    return holder?.roles?.[grant.instance] ?? []
  }

  /** 403 unless the principal holds a role that grants `permission`. */
  authorize(principal: Principal, permission: Permission): void {
    if (permission === 'public') return
    const allowed = PERMISSIONS[permission]
    if (!principal.roles.some(role => allowed.includes(role))) {
      throw new ApiError(
        403,
        `'${principal.subject}' has none of the roles ${allowed.join(', ')} on instance '${principal.instance}' (has: ${principal.roles.join(', ') || 'none'}).`
      )
    }
  }

  /** Verifies a signed assertion (user or client) against the client's registered certificates, once per `jti`. */
  async verifyAssertion(
    client: ClientSeed,
    assertion: string,
    rules: AssertionRules
  ): Promise<Record<string, unknown>> {
    const payload = await checkAssertion(
      client.clientId,
      client.certificates ?? [],
      assertion,
      rules,
      this.now()
    )
    if (payload.jti) {
      if (this.usedJti.has(payload.jti)) throw new Error('the assertion jti was already used')
      this.usedJti.add(payload.jti)
    }
    return payload
  }
}

function unauthorized(detail: string): ApiError {
  return new ApiError(401, detail, { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } })
}
