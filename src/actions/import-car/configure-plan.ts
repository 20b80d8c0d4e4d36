/**
 * Planning the connections file's changes offline or against what a connection really has: each update is built and
 * every id and property name checked (errors point at the file's line) before anything is changed.
 */
import { existsSync } from 'node:fs'
import { ConfigurationError, inputError } from '../../core/errors.js'
import { resolveInsideRoots } from '../../core/paths.js'
import {
  offeredSecurityProperties,
  type Connection,
  type ConnectionProperty,
  type ConnectionUpdate
} from '../../core/oic/connections.js'
import type { ConnectionSettings, PropertySetting } from './connections-file.js'
import type { AttachmentFile } from './attachments.js'

/** Where a setting was written: `file:line`. */
export function at(setting: { location: { file: string; line?: number } }): string {
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
