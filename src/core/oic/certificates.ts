/**
 * Certificates of an instance (Settings > Certificates): list, get, upload, update, delete.
 *
 * Evidence, Gen3 op pages: D:Upload a Certificate — `POST /certificates`, multipart `name` (the alias), `type`
 * (DIGITALSIGNATURE, PGP, SAML, SIGNKEY, X509), `category` (TRUST and IDENTITY for X509, OWSM for SAML, PRIVATE and
 * PUBLIC for PGP and SIGNKEY), `file`, optional `description`, `keyPasswords` and `keystorePassword` (X509
 * IDENTITY), `passPhrase` (PGP/SIGNKEY PRIVATE); answers 204, **409** "Certificate already exists", 500.
 * D:Retrieve Certificates — `q` name (exact `'…'` or `/…/` contains), status, type. D:Retrieve a Certificate and
 * D:Delete a Certificate — id `installedType|type|category|name`. D:Update a Certificate — `POST /certificates/{id}`
 * with `X-HTTP-Method-Override` (required), multipart `certificate` (certificate.json: the properties, as
 * `{id, name, keystore, type, …}`) and/or `file`; 204, 404. CertificateRs: `created`, `createdBy`, `description`,
 * `expires`, `hash` (undocumented meaning), `installedType`, `issued`, … — no subject and no documented fingerprint.
 */
import type { HttpClient } from '../http/client.js'
import { multipart, type Part } from '../http/multipart.js'
import { apiPath, getJson, listAll, qFilter } from './api.js'

/** A certificate as OIC answers it (CertificateRs). */
export interface Certificate {
  /** `installedType|type|category|name`. */
  id?: string
  name?: string
  type?: string
  /** The category (TRUST, IDENTITY, OWSM, PRIVATE, PUBLIC), named `keystore` as in the update's certificate.json. */
  keystore?: string
  category?: string
  installedType?: string
  description?: string
  status?: string
  /** Undocumented digest of the certificate (the emulator: SHA-256 of the file, hex). */
  hash?: string
  issued?: string
  expires?: string
}

/** What an upload sends besides the file. */
export interface CertificateUpload {
  name: string
  type: string
  category: string
  description?: string
  /** X509 IDENTITY. */
  keystorePassword?: string
  /** X509 IDENTITY: the passwords of the keys, comma-separated. */
  keyPasswords?: string
  /** PGP/SIGNKEY PRIVATE. */
  passPhrase?: string
}

/** The id OIC gives a certificate: `installedType|type|category|name` (USER for uploaded ones). */
export function certificateId(
  c: { name: string; type: string; category: string },
  installedType = 'USER'
): string {
  return [installedType, c.type, c.category, c.name].join('|')
}

/** The category of a certificate answer (`keystore` in OIC's answers, `category` accepted too). */
export function categoryOf(c: Certificate): string | undefined {
  return c.keystore ?? c.category ?? c.id?.split('|')[2]
}

const path = (...rest: string[]): string => apiPath('certificates', ...rest)

/** Certificates whose name is exactly `name` (q `{name:'…'}`; a server that ignores q is filtered here). */
export async function findCertificates(client: HttpClient, name: string): Promise<Certificate[]> {
  const all = await listAll<Certificate>(client, path(), `list certificates named ${name}`, {
    q: qFilter({ name })
  })
  return all.filter(c => (c.name ?? c.id?.split('|').slice(3).join('|')) === name)
}

/** Every certificate of the instance. */
export const listCertificates = (client: HttpClient): Promise<Certificate[]> =>
  listAll(client, path(), 'list certificates')

/** `GET /certificates/{installedType|type|category|name}`. */
export const getCertificate = (client: HttpClient, id: string): Promise<Certificate> =>
  getJson(client, path(id), `get certificate ${id}`)

const fields = (upload: Partial<CertificateUpload>): Part[] =>
  Object.entries(upload).flatMap(([name, value]) => (value === undefined ? [] : [{ name, value }]))

/**
 * Uploads a certificate (204). Sent once: an upload is not repeated (a lost answer is for the caller to settle by
 * reading the alias back); a 409 means the alias exists.
 */
export async function uploadCertificate(
  client: HttpClient,
  upload: CertificateUpload,
  file: string
): Promise<void> {
  await client.json({
    method: 'POST',
    path: path(),
    multipart: multipart([...fields(upload), { name: 'file', file }]),
    label: `upload certificate ${upload.name}`
  })
}

/**
 * Replaces the file (and the passwords or description given) of certificate `id`: POST with
 * `X-HTTP-Method-Override: PATCH`, the properties as the part `certificate` (certificate.json). Sending the same file
 * twice leaves the same certificate, so it may repeat. The properties hold passwords: the part is sent from memory,
 * never written to disk.
 */
export async function updateCertificate(
  client: HttpClient,
  id: string,
  properties: Omit<Partial<CertificateUpload>, 'category'> & { keystore?: string },
  file: string
): Promise<void> {
  const json = Buffer.from(JSON.stringify({ id, ...properties }))
  await client.json({
    method: 'POST',
    path: path(id),
    headers: { 'x-http-method-override': 'PATCH' },
    multipart: multipart([
      { name: 'certificate', content: json, filename: 'certificate.json', contentType: 'application/json' },
      { name: 'file', file }
    ]),
    safeToRetry: true,
    label: `replace certificate ${id}`
  })
}

/** `DELETE /certificates/{id}`. */
export async function deleteCertificate(client: HttpClient, id: string): Promise<void> {
  await client.json({ method: 'DELETE', path: path(id), label: `delete certificate ${id}` })
}
