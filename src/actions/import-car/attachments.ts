/**
 * The `attachments` of a connection in the connections file: files uploaded to attachment properties (a private key,
 * a keystore, a WSDL). Each is a path in the workspace, or — for anything secret — the content of an environment
 * variable (`{ from-env: VAR }`, `{ from-env-base64: VAR }`: src/core/secret-file.ts), written to `RUNNER_TEMP` only
 * while it is uploaded.
 */
import type { Node } from 'yaml'
import type { SourceLocation } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { uploadConnectionAttachment } from '../../core/oic/connections.js'
import { readSecretContent, withSecretFiles, type SecretContent } from '../../core/secret-file.js'
import { isMap, mapEntries, type LocatedDocument } from '../../core/yaml-file.js'
import { resolveValue } from './substitution.js'

/** One file to upload to an attachment property, with where it was written. */
export interface AttachmentSetting {
  /** The attachment property, e.g. `PrivateKey`. */
  name: string
  location: SourceLocation
  /** A path as written (resolved against the workspace by the caller), or the file's content from a secret. */
  from: { path: string } | SecretContent
}

/** Reads a connection's `attachments:` mapping (property name → path or `{from-env…: VAR}`). */
export function readAttachments(
  doc: LocatedDocument,
  node: Node | null,
  id: string,
  env: Readonly<Record<string, string | undefined>>,
  mask: (value: string) => void
): AttachmentSetting[] {
  if (!isMap(node))
    throw doc.error(
      "'attachments' must map attachment property names to files.",
      node,
      "Write 'attachments' as name: <path> or name: { from-env: VAR } lines."
    )
  return mapEntries(node).map(([name, valueNode, keyNode]) => {
    const location = { file: doc.file, line: doc.line(keyNode) }
    const from = isMap(valueNode)
      ? readSecretContent(doc, valueNode, env, mask, `attachment ${name} of connection ${id}`)
      : { path: resolveValue(doc, valueNode, env, mask).value }
    return { name, location, from }
  })
}

/** An attachment ready to upload: a workspace file, or a secret's content to write just for the upload. */
export type AttachmentFile = { name: string; file: string } | { name: string; secret: SecretContent }

/**
 * Uploads a connection's attachments; those given as a secret's content are written to `RUNNER_TEMP` (mode 600)
 * only for the uploads and removed afterwards, whether the uploads succeeded or not.
 */
export async function uploadAttachments(
  client: HttpClient,
  project: string,
  id: string,
  files: readonly AttachmentFile[],
  env: Readonly<Record<string, string | undefined>>
): Promise<void> {
  const secrets = files.flatMap(f => ('secret' in f ? [f.secret] : []))
  await withSecretFiles(secrets, env, async paths => {
    let next = 0
    for (const f of files) {
      const file = 'secret' in f ? (paths[next++] as string) : f.file
      await uploadConnectionAttachment(client, project, id, f.name, file)
    }
  })
}
