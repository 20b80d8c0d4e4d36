/**
 * Applying the connections file to the target: every id and property name is checked against what the connection
 * really has (errors point at the file's line), then each connection is updated and read back.
 */
import { existsSync } from 'node:fs'
import { ConfigurationError, inputError, isNotFound } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { resolveInsideRoots } from '../../core/paths.js'
import {
  getConnection,
  offeredSecurityProperties,
  updateConnection,
  type Connection,
  type ConnectionProperty,
  type ConnectionUpdate
} from '../../core/oic/connections.js'
import type { ConnectionSettings, PropertySetting } from './connections-file.js'
import { uploadAttachments, type AttachmentFile } from './attachments.js'

function at(setting: { location: { file: string; line?: number } }): string {
  return `${setting.location.file}${setting.location.line ? `:${setting.location.line}` : ''}`
}

function fill(
  settings: PropertySetting[],
  known: ConnectionProperty[] | undefined,
  unknown: (name: string, names: string) => string
): ConnectionProperty[] {
  return settings.map(p => {
    const schema = (known ?? []).find(k => k.propertyName === p.name)
    if (known && known.length > 0 && !schema) {
      const names = known.map(k => k.propertyName).join(', ')
      throw new ConfigurationError(`${at(p)}: ${unknown(p.name, names)}`, {
        input: 'connections-file',
        location: p.location,
        fix: `Use one of: ${names} (the connection's GET answer lists them; docs/connections.md).`
      })
    }
    return {
      propertyName: p.name,
      propertyValue: p.value,
      propertyType: schema?.propertyType,
      propertyGroup: schema?.propertyGroup
    }
  })
}

/**
 * The security properties of the policy the file chooses (or the connection's own), as the target offers them:
 * a security property is checked against the **chosen** policy, so a connection can move from Basic in one
 * environment to OAuth client credentials in the next. A policy the adapter does not offer is an error at the
 * connection's line; undefined when the target does not say (the names are then sent as written).
 */
function chosenPolicyProperties(
  setting: ConnectionSettings,
  target: Connection
): ConnectionProperty[] | undefined {
  const policy = setting.securityPolicy ?? target.securityPolicy
  if (!policy) return target.securityProperties
  const offered = offeredSecurityProperties(target, policy)
  if (offered !== null) return offered
  const policies = (target.securityPolicyInfo ?? []).map(i => i.securityPolicy).join(', ')
  throw new ConfigurationError(
    `${at(setting)}: connection ${setting.id} cannot use security policy '${policy}': its adapter offers ${policies}.`,
    {
      input: 'connections-file',
      location: setting.location,
      fix: `Set security-policy to one of: ${policies}.`
    }
  )
}

/** Builds the update of one connection, validating names against the target's definition of the chosen policy. */
export function buildUpdate(setting: ConnectionSettings, target: Connection): ConnectionUpdate {
  const update: ConnectionUpdate = {}
  const id = setting.id
  if (setting.properties.length)
    update.connectionProperties = fill(
      setting.properties,
      target.connectionProperties,
      (name, names) => `connection ${id} has no property '${name}' (it has: ${names}).`
    )
  const security =
    setting.securityProperties.length || setting.securityPolicy
      ? chosenPolicyProperties(setting, target)
      : undefined
  if (setting.securityProperties.length) {
    const policy = setting.securityPolicy ?? target.securityPolicy ?? 'its security policy'
    update.securityProperties = fill(
      setting.securityProperties,
      security,
      (name, names) =>
        `security policy ${policy} of connection ${id} has no security property '${name}' (it offers: ${names}).`
    )
  }
  if (setting.securityPolicy) update.securityPolicy = setting.securityPolicy
  if (setting.agentGroup) update.agentGroupId = setting.agentGroup
  return update
}

/**
 * The updates of one connection in an order OIC accepts whichever way it reads a policy change: a body that changes
 * the policy and sets its properties is RCHAFIK's (contract §6.2), but whether the properties are checked against
 * the old or the new policy is not documented [U], so a change of policy is sent first on its own, then the new
 * policy with its properties (RCHAFIK's body, now checked against the policy the connection has).
 */
export function updatesFor(setting: ConnectionSettings, target: Connection): ConnectionUpdate[] {
  const update = buildUpdate(setting, target)
  const { securityProperties, ...rest } = update
  if (!update.securityPolicy || update.securityPolicy === target.securityPolicy || !securityProperties)
    return Object.keys(update).length ? [update] : []
  return [rest, { securityPolicy: update.securityPolicy, securityProperties }]
}

/** Reads every connection the file names; unknown ids are errors at their line. */
export async function readTargets(
  client: HttpClient,
  project: string,
  settings: ConnectionSettings[]
): Promise<Map<string, Connection>> {
  const targets = new Map<string, Connection>()
  for (const setting of settings) {
    try {
      targets.set(setting.id, await getConnection(client, project, setting.id))
    } catch (error) {
      if (!isNotFound(error)) throw error
      throw new ConfigurationError(
        `${at(setting)}: connection ${setting.id} is not in project ${project} on the target.`,
        {
          input: 'connections-file',
          location: setting.location
        }
      )
    }
  }
  return targets
}

/**
 * Resolves each attachment given as a path inside the workspace (a missing file is an error at its line); one given
 * as a secret's content is passed on, to be written only while it is uploaded (./attachments.ts).
 */
export function attachmentFiles(
  setting: ConnectionSettings,
  env: Readonly<Record<string, string | undefined>>
): AttachmentFile[] {
  return setting.attachments.map(a => {
    if (!('path' in a.from)) return { name: a.name, secret: a.from }
    const file = resolveInsideRoots(a.from.path, 'connections-file', env)
    if (!existsSync(file)) {
      throw inputError(`attachment ${a.name} of connection ${setting.id}: no file at '${a.from.path}'.`, {
        input: 'connections-file',
        value: a.location.file,
        fix: `Fix the path of attachment ${a.name} (relative to the workspace), or give its content from a secret: ${a.name}: { from-env: VAR }.`,
        location: a.location
      })
    }
    return { name: a.name, file }
  })
}

/** Updates each connection (and uploads its attachments), returning `{id, status}` read back afterwards. */
export async function applyConnections(
  client: HttpClient,
  project: string,
  settings: ConnectionSettings[],
  targets: Map<string, Connection>,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void
): Promise<Array<{ id: string; status: string }>> {
  const out: Array<{ id: string; status: string }> = []
  // Every entry is checked before the first is changed: a mistake in one leaves the others as they were.
  const planned = settings.map(setting => ({
    setting,
    updates: updatesFor(setting, targets.get(setting.id) as Connection),
    files: attachmentFiles(setting, env)
  }))
  for (const { setting, updates, files } of planned) {
    for (const update of updates) await updateConnection(client, project, setting.id, update)
    await uploadAttachments(client, project, setting.id, files, env)
    const after = await getConnection(client, project, setting.id)
    log(`Configured connection ${setting.id}: ${after.status ?? 'UNKNOWN'}`)
    out.push({ id: setting.id, status: after.status ?? 'UNKNOWN' })
  }
  return out
}

/**
 * Checks the file against the target's definition of the connections it already has, before anything is uploaded:
 * an archive names no security properties, so a typo there would otherwise be found only after the import. The
 * security properties are checked against the policy the file chooses (`securityPolicyInfo`).
 */
export async function checkAgainstTarget(
  client: HttpClient,
  project: string | undefined,
  settings: ConnectionSettings[],
  inTarget: ReadonlyArray<{ id: string }>
): Promise<void> {
  if (!project) return
  for (const setting of settings) {
    if (!inTarget.some(c => c.id === setting.id)) continue
    buildUpdate(setting, await getConnection(client, project, setting.id))
  }
}

/**
 * Checks the file against the archive before anything is uploaded: every connection property must exist in the
 * archive's definition of that connection (when the archive describes it). Security properties and attachments are
 * not checked here: a real archive names none of them (it carries no credentials); the target's definition is
 * checked before each update.
 */
export function checkAgainstArchive(
  settings: ConnectionSettings[],
  archive: ReadonlyArray<{ code: string; propertyNames: string[] }>
): void {
  for (const setting of settings) {
    const known = archive.find(c => c.code === setting.id)?.propertyNames ?? []
    if (!known.length) continue
    for (const p of setting.properties) {
      if (!known.includes(p.name)) {
        throw new ConfigurationError(
          `${at(p)}: connection ${setting.id} has no property '${p.name}' (it has: ${known.join(', ')}).`,
          {
            input: 'connections-file',
            location: p.location
          }
        )
      }
    }
  }
}

/** Applies the connections file (when one was given) to the imported project's connections. */
export async function configureStep(
  client: HttpClient,
  project: string,
  settings: ConnectionSettings[],
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void
): Promise<Array<{ id: string; status: string }>> {
  if (!settings.length) return []
  return applyConnections(client, project, settings, await readTargets(client, project, settings), env, log)
}
