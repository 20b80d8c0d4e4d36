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
  kind: string,
  id: string
): ConnectionProperty[] {
  return settings.map(p => {
    const schema = (known ?? []).find(k => k.propertyName === p.name)
    if (known && known.length > 0 && !schema) {
      throw new ConfigurationError(
        `${at(p)}: connection ${id} has no ${kind} '${p.name}' (it has: ${known.map(k => k.propertyName).join(', ')}).`,
        { input: 'connections-file', location: p.location }
      )
    }
    return {
      propertyName: p.name,
      propertyValue: p.value,
      propertyType: schema?.propertyType,
      propertyGroup: schema?.propertyGroup
    }
  })
}

/** Builds the update of one connection, validating names against the target's definition. */
export function buildUpdate(setting: ConnectionSettings, target: Connection): ConnectionUpdate {
  const update: ConnectionUpdate = {}
  if (setting.properties.length)
    update.connectionProperties = fill(
      setting.properties,
      target.connectionProperties,
      'property',
      setting.id
    )
  if (setting.securityProperties.length)
    update.securityProperties = fill(
      setting.securityProperties,
      target.securityProperties,
      'security property',
      setting.id
    )
  if (setting.securityPolicy) update.securityPolicy = setting.securityPolicy
  if (setting.agentGroup) update.agentGroupId = setting.agentGroup
  return update
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
  for (const setting of settings) {
    const update = buildUpdate(setting, targets.get(setting.id) as Connection)
    const files = attachmentFiles(setting, env)
    if (Object.keys(update).length) await updateConnection(client, project, setting.id, update)
    await uploadAttachments(client, project, setting.id, files, env)
    const after = await getConnection(client, project, setting.id)
    log(`Configured connection ${setting.id}: ${after.status ?? 'UNKNOWN'}`)
    out.push({ id: setting.id, status: after.status ?? 'UNKNOWN' })
  }
  return out
}

/**
 * Checks the file against the target's current definition of the connections it already has, before anything is
 * uploaded: an archive names no security properties, so a typo there would otherwise be found only after the
 * import. A file that changes a connection's security policy is checked for its connection properties only.
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
    const current = await getConnection(client, project, setting.id)
    const samePolicy = !setting.securityPolicy || setting.securityPolicy === current.securityPolicy
    buildUpdate(samePolicy ? setting : { ...setting, securityProperties: [] }, current)
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
