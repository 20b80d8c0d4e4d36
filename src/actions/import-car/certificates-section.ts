/**
 * The `certificates:` section of the connections file: per alias, the `type` and `category` as Oracle names them
 * (D:Upload a Certificate: X509 TRUST/IDENTITY, SAML OWSM, PGP and SIGNKEY PRIVATE/PUBLIC, DIGITALSIGNATURE), the
 * `file` (a path inside the workspace, or a secret's content: `{ from-env: VAR }` for a PEM,
 * `{ from-env-base64: VAR, file-name: identity.jks }` for a keystore — src/core/secret-file.ts), an optional `description`, the keystore's passwords for an X509 IDENTITY
 * (`keystore-password`, `key-passwords`, by default the keystore password) or the `pass-phrase` of a PGP/SIGNKEY
 * private key — masked the moment they are read — and `replace` (default false): whether an alias that holds other
 * content is replaced.
 */
import type { Node } from 'yaml'
import type { SourceLocation } from '../../core/errors.js'
import { readSecretContent, type SecretContent } from '../../core/secret-file.js'
import { isMap, knownFields, readSection, type LocatedDocument, type TopEntry } from '../../core/yaml-file.js'
import { resolveValue } from './substitution.js'

/** One certificate to have in the target, with where it was written. */
export interface CertificateSetting {
  /** The alias (OIC's `name`). */
  alias: string
  type: string
  category: string
  /** A path as written (resolved against the workspace when planned), or the file's content from a secret. */
  from: { path: string } | SecretContent
  description?: string
  keystorePassword?: string
  keyPasswords?: string
  passPhrase?: string
  replace: boolean
  location: SourceLocation
}

/** Categories per type (D:Upload a Certificate); DIGITALSIGNATURE's are not documented, so any is passed on. */
const CATEGORIES: Record<string, string[] | undefined> = {
  X509: ['TRUST', 'IDENTITY'],
  SAML: ['OWSM'],
  PGP: ['PRIVATE', 'PUBLIC'],
  SIGNKEY: ['PRIVATE', 'PUBLIC'],
  DIGITALSIGNATURE: undefined
}
const SECRET_KEYS = ['keystore-password', 'key-passwords', 'pass-phrase']
const KEYS = ['type', 'category', 'file', 'description', 'replace', ...SECRET_KEYS]
/** The id is `installedType|type|category|name` and a path segment: no `|`, no slash, no control character. */
const BAD_ALIAS = /[|/\\\u0000-\u001f\u007f]|^\.{1,2}$|^\s|\s$/

type Env = Readonly<Record<string, string | undefined>>

function checkKind(
  doc: LocatedDocument,
  alias: string,
  fields: Map<string, Node | null>,
  get: (k: string) => string | undefined,
  keyNode: Node | null
) {
  const type = get('type')?.toUpperCase()
  const category = get('category')?.toUpperCase()
  if (!type || !(type in CATEGORIES))
    throw doc.error(
      `certificate ${alias}: type ${type ? `'${type}' ` : ''}must be one of ${Object.keys(CATEGORIES).join(', ')}.`,
      fields.get('type') ?? keyNode,
      `Give certificate ${alias} a type: X509 for SSL certificates and keystores.`
    )
  const allowed = CATEGORIES[type]
  if (!category || (allowed && !allowed.includes(category)))
    throw doc.error(
      `certificate ${alias}: category ${category ? `'${category}' ` : ''}must be one of ${(allowed ?? ['TRUST', 'IDENTITY', 'PRIVATE', 'PUBLIC']).join(', ')} for type ${type}.`,
      fields.get('category') ?? keyNode,
      `Give certificate ${alias} a category, e.g. TRUST for a CA certificate, IDENTITY for a keystore.`
    )
  return { type, category }
}

function secrets(
  doc: LocatedDocument,
  s: { alias: string; type: string; category: string },
  get: (k: string) => string | undefined,
  keyNode: Node | null
) {
  const needs =
    s.type === 'X509' && s.category === 'IDENTITY'
      ? 'keystore-password'
      : (s.type === 'PGP' || s.type === 'SIGNKEY') && s.category === 'PRIVATE'
        ? 'pass-phrase'
        : undefined
  for (const key of SECRET_KEYS)
    if (
      get(key) !== undefined &&
      key !== needs &&
      !(key === 'key-passwords' && needs === 'keystore-password')
    )
      throw doc.error(
        `certificate ${s.alias}: '${key}' does not apply to a ${s.type} ${s.category} certificate.`,
        keyNode,
        `Remove '${key}' from certificate ${s.alias}.`
      )
  if (needs && !get(needs))
    throw doc.error(
      `certificate ${s.alias} (${s.type} ${s.category}) needs '${needs}'.`,
      keyNode,
      `Add ${needs}: \${SECRET_NAME} to certificate ${s.alias}, the secret under the step's env:.`
    )
  const keystorePassword = get('keystore-password')
  return {
    keystorePassword,
    keyPasswords: needs === 'keystore-password' ? (get('key-passwords') ?? keystorePassword) : undefined,
    passPhrase: get('pass-phrase')
  }
}

function certificate(
  doc: LocatedDocument,
  alias: string,
  node: Node | null,
  keyNode: Node | null,
  env: Env,
  mask: (v: string) => void
): CertificateSetting {
  if (BAD_ALIAS.test(alias) || alias.length > 200)
    throw doc.error(
      `certificate alias ${JSON.stringify(alias)} cannot be used: no '|', '/', '\\', control characters or outer spaces.`,
      keyNode,
      'Write the alias as OIC shows it under Settings > Certificates.'
    )
  const fields = knownFields(
    doc,
    `certificate ${alias}`,
    node,
    keyNode,
    KEYS,
    `Give certificate ${alias} a type, a category and a file.`
  )
  const get = (key: string): string | undefined => {
    if (!fields.has(key)) return undefined
    const { value } = resolveValue(doc, fields.get(key) ?? null, env, mask)
    if (SECRET_KEYS.includes(key)) mask(value)
    return value
  }
  const kind = checkKind(doc, alias, fields, get, keyNode)
  const fileNode = fields.get('file') ?? null
  const from = isMap(fileNode)
    ? readSecretContent(doc, fileNode, env, mask, `file of certificate ${alias}`)
    : { path: get('file') ?? '' }
  if ('path' in from && !from.path)
    throw doc.error(
      `certificate ${alias} has no file.`,
      keyNode,
      `Add file: <path inside the workspace> (or file: { from-env: VAR }) to certificate ${alias}.`
    )
  const replace = get('replace') ?? 'false'
  if (replace !== 'true' && replace !== 'false')
    throw doc.error(
      `certificate ${alias}: replace must be true or false, got '${replace}'.`,
      fields.get('replace') ?? keyNode,
      'Write replace: true or replace: false.'
    )
  return {
    alias,
    ...kind,
    from,
    description: get('description'),
    ...secrets(doc, { alias, ...kind }, get, keyNode),
    replace: replace === 'true',
    location: { file: doc.file, line: doc.line(keyNode) }
  }
}

/** The `certificates:` section of the file's top-level entries, or none. */
export function certificatesOf(
  doc: LocatedDocument,
  top: readonly TopEntry[],
  env: Env,
  mask: (value: string) => void
): CertificateSetting[] {
  const describe = {
    what: 'certificate aliases to their settings',
    shape: '<alias>: {type: X509, category: TRUST, file: <path>} entries'
  }
  return readSection(doc, top, 'certificates', describe, (alias, value, k) =>
    certificate(doc, alias, value, k, env, mask)
  )
}
