/** Design-time state of one instance, built from the design-time part of its seed. */
import {
  newConnection,
  newIntegration,
  newProject,
  newSpace,
  type ConnectionInit,
  type IntegrationInit
} from './build.js'
import {
  integrationId,
  SAFE_NAME,
  VERSION_PATTERN,
  type CodeVersion,
  type DesignState,
  type Health,
  type IdentifierVersion,
  type Certificate,
  type PolicyDefinition,
  type Project,
  type Space,
  type Stamp
} from './model.js'
import { certificateFromFields } from './certificates.js'

export type { DesignState } from './model.js'

/** An integration in a seed (`status` defaults to CONFIGURED). */
export type IntegrationSeed = IntegrationInit

/** A connection in a seed: property values make it CONFIGURED once every required one is set. */
export type ConnectionSeed = ConnectionInit

/** A deployment in a seed; integrations as `{code, version}` or `"CODE|VERSION"`. */
export interface DeploymentSeed {
  code: string
  name?: string
  description?: string
  integrations?: Array<CodeVersion | string>
  robots?: IdentifierVersion[]
  decisions?: IdentifierVersion[]
  b2btradingpartners?: CodeVersion[]
}

/** A lookup in a seed. */
export interface LookupSeed {
  name: string
  description?: string
  columns: string[]
  rows?: string[][]
  locked?: boolean
}

/** A library in a seed (`content` is the JavaScript source). */
export interface LibrarySeed {
  code: string
  version: string
  name?: string
  description?: string
  type?: string
  content?: string
}

/** A project in a seed. */
export interface ProjectSeed {
  code: string
  name?: string
  description?: string
  keyword?: string
  integrations?: IntegrationSeed[]
  connections?: ConnectionSeed[]
  deployments?: DeploymentSeed[]
  lookups?: LookupSeed[]
  libraries?: LibrarySeed[]
}

/** The design-time part of an instance seed. */
export interface DesignSeed {
  /** Projects with their contents. */
  projects?: ProjectSeed[]
  /** Connections of the global (non-project) space. */
  connections?: ConnectionSeed[]
  /** Integrations of the global space. */
  integrations?: IntegrationSeed[]
  /** Endpoint health by connection id, for connections without their own (those that arrive by import). */
  connectionHealth?: Record<string, Health>
  /** Group names `/identifies` lists besides the identity domain's users. */
  groups?: string[]
  /** Certificates of the instance (see certificates.ts); `content` is the file's text (PEM) or base64 (`base64`). */
  certificates?: CertificateSeed[]
  /** Security policies per adapter type (e.g. `rest`), replacing the built-in catalogue (security-policies.ts). */
  securityPolicies?: Record<string, PolicyDefinition[]>
}

/** A certificate in a seed. */
export interface CertificateSeed {
  name: string
  type: string
  category: string
  installedType?: string
  description?: string
  /** PEM text, or base64 of a binary file with `base64: true`. */
  content: string
  base64?: boolean
  keystorePassword?: string
  keyPasswords?: string
  passPhrase?: string
}

/** Who seeded resources are created by. */
export const SEED_AUTHOR = 'emulator-seed'

/** Builds the design-time state from its seed; a malformed seed throws with the offending path. */
export function createDesignState(seed: DesignSeed, now: number): DesignState {
  const stamp: Stamp = { by: SEED_AUTHOR, at: now }
  const global = newSpace()
  fillSpace(global, 'global space', seed.connections, seed.integrations, stamp)
  const projects = new Map<string, Project>()
  for (const ps of seed.projects ?? []) {
    if (!ps?.code || !SAFE_NAME.test(ps.code))
      throw new Error(`Seed: project code '${ps?.code ?? ''}' is missing or invalid.`)
    if (projects.has(ps.code)) throw new Error(`Seed: project ${ps.code} is defined twice.`)
    const project = newProject(ps, stamp)
    const where = `project ${ps.code}`
    for (const ls of ps.lookups ?? []) {
      if (!ls?.name || !SAFE_NAME.test(ls.name) || !Array.isArray(ls.columns))
        throw new Error(`Seed: ${where}: lookup '${ls?.name ?? ''}' needs a valid name and columns.`)
      project.lookups.set(ls.name, {
        name: ls.name,
        description: ls.description ?? '',
        columns: ls.columns.map(String),
        rows: (ls.rows ?? []).map(r => r.map(String)),
        locked: ls.locked ?? false,
        created: stamp,
        updated: stamp
      })
    }
    for (const lb of ps.libraries ?? []) {
      checkVersion(where, lb.code, lb.version)
      project.libraries.set(integrationId(lb.code, lb.version), {
        code: lb.code,
        version: lb.version,
        name: lb.name ?? lb.code,
        description: lb.description ?? '',
        type: lb.type ?? 'API',
        fileName: `${lb.code}.js`,
        content: Buffer.from(lb.content ?? `// ${lb.code} ${lb.version}\n`),
        created: stamp,
        updated: stamp
      })
    }
    fillSpace(project, where, ps.connections, ps.integrations, stamp, global)
    for (const ds of ps.deployments ?? []) {
      if (!ds?.code || !SAFE_NAME.test(ds.code))
        throw new Error(`Seed: ${where}: deployment code '${ds?.code ?? ''}' is missing or invalid.`)
      const integrations = (ds.integrations ?? []).map(ref => toCodeVersion(ref))
      for (const ref of integrations)
        if (!project.integrations.has(integrationId(ref.code, ref.version)))
          throw new Error(
            `Seed: ${where}: deployment ${ds.code} names unknown integration ${ref.code}|${ref.version}.`
          )
      project.deployments.set(ds.code, {
        code: ds.code,
        name: ds.name ?? ds.code,
        description: ds.description ?? '',
        integrations,
        robots: ds.robots ?? [],
        decisions: ds.decisions ?? [],
        b2btradingpartners: ds.b2btradingpartners ?? [],
        updated: stamp
      })
    }
    projects.set(project.code, project)
  }
  return {
    projects,
    global,
    connectionHealth: { ...(seed.connectionHealth ?? {}) },
    groups: [...(seed.groups ?? [])],
    pending: new Map(),
    certificates: seedCertificates(seed.certificates ?? [], stamp),
    policyCatalogue: Object.fromEntries(
      Object.entries(seed.securityPolicies ?? {}).map(([adapter, list]) => {
        if (!Array.isArray(list) || list.some(d => !d?.policy || !Array.isArray(d.properties)))
          throw new Error(`Seed: securityPolicies.${adapter} must be a list of {policy, properties: [...]}.`)
        return [adapter.toLowerCase(), list]
      })
    )
  }
}

/** Certificates from the seed, checked like an upload (certificates.ts). */
function seedCertificates(list: CertificateSeed[], stamp: Stamp): Map<string, Certificate> {
  const map = new Map<string, Certificate>()
  list.forEach((cs, n) => {
    const fields: Record<string, string> = {}
    for (const [key, value] of Object.entries(cs)) if (typeof value === 'string') fields[key] = value
    const content = Buffer.from(cs.content ?? '', cs.base64 ? 'base64' : 'utf8')
    let certificate: Certificate
    try {
      certificate = certificateFromFields(
        fields,
        { fileName: `${cs.name}`, size: content.length, buffer: content },
        stamp
      )
    } catch (error) {
      throw new Error(`Seed: certificates[${n}] (${cs?.name ?? ''}): ${(error as Error).message}`)
    }
    if ([...map.values()].some(c => c.name === certificate.name))
      throw new Error(`Seed: certificates[${n}]: certificate ${certificate.name} is defined twice.`)
    map.set(certificate.id, certificate)
  })
  return map
}

function fillSpace(
  space: Space,
  where: string,
  connections: ConnectionSeed[] | undefined,
  integrations: IntegrationSeed[] | undefined,
  stamp: Stamp,
  shared?: Space
): void {
  for (const cs of connections ?? []) {
    if (!cs?.id || !SAFE_NAME.test(cs.id))
      throw new Error(`Seed: ${where}: connection id '${cs?.id ?? ''}' is missing or invalid.`)
    space.connections.set(cs.id, newConnection(cs, stamp, true))
  }
  for (const is of integrations ?? []) {
    checkVersion(where, is?.code, is?.version)
    const id = integrationId(is.code, is.version)
    if (space.integrations.has(id)) throw new Error(`Seed: ${where}: integration ${id} is defined twice.`)
    // A project's integration may use a shared connection of the instance (its global space), as OIC's
    // pre-seeded connections are used (format file §3: PRESEEDED_COLLOCATED_CONN_…).
    for (const c of is.connections ?? [])
      if (!space.connections.has(c) && !shared?.connections.has(c))
        throw new Error(`Seed: ${where}: integration ${id} uses unknown connection ${c}.`)
    for (const l of is.lookups ?? [])
      if (!space.lookups.has(l))
        throw new Error(`Seed: ${where}: integration ${id} uses unknown lookup ${l}.`)
    for (const l of is.libraries ?? [])
      if (!space.libraries.has(l))
        throw new Error(`Seed: ${where}: integration ${id} uses unknown library ${l}.`)
    space.integrations.set(id, newIntegration(is, stamp))
  }
}

function checkVersion(where: string, code: string | undefined, version: string | undefined): void {
  if (!code || !SAFE_NAME.test(code) || !version || !VERSION_PATTERN.test(version))
    throw new Error(
      `Seed: ${where}: '${code ?? ''}' needs a code and a version like 01.00.0000 (got '${version ?? ''}').`
    )
}

/** `{code, version}` from either form. */
export function toCodeVersion(ref: CodeVersion | string): CodeVersion {
  if (typeof ref === 'string') {
    const [code = '', version = ''] = ref.split('|')
    return { code, version }
  }
  return { code: String(ref.code), version: String(ref.version) }
}
