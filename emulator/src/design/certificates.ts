/**
 * Certificates of an instance (Integrations/Certificates): upload, list, get, update, delete.
 *
 * Evidence (Gen3 op pages): D:Upload a Certificate — `POST /certificates`, multipart with `name` (alias), `type`
 * (DIGITALSIGNATURE, PGP, SAML, SIGNKEY, X509), `category` ("TRUST & IDENTITY for type X509, OWSM for type SAML and
 * PRIVATE & PUBLIC for type PGP & SIGNKEY"), `file`, optional `description`, `installedType` (e.g. USER),
 * `keyPasswords` (X509 IDENTITY), `keystorePassword`, `passPhrase` (PGP/SIGNKEY PRIVATE), `ascii`, `cipher`;
 * answers **204**, **409** "Certificate already exists", 500. D:Retrieve Certificates — `q` name (exact or /contains/),
 * status (CONFIGURED, INPROGRESS), type; `orderBy` name, expiry, expiry:asc; offset/limit. D:Retrieve a Certificate /
 * D:Delete a Certificate — id `installedType|type|category|name` (e.g. `USER|PGP|PUBLIC|TESTPGPPUBLICCERT`), 200,
 * 404 "Certificate not found". D:Update a Certificate — `POST /certificates/{id}` with X-HTTP-Method-Override
 * (required), multipart `certificate` (certificate.json) and/or `file`, 204, 404. Response fields as
 * CertificateRs: `asciiArmored`, `cipherAlgorithm`, `created`, `createdBy`, `description`, `expires`, `hash`,
 * `installedType`, `issued`, … ([I] `id`, `name`, `type`, `keystore` (the category, as in the update page's
 * certificate.json), `status`, `links`).
 * [U], strict: an alias that exists under any type or category is a 409; a missing field is a 400 naming it; an
 * X509 TRUST file must parse as an X.509 certificate (PEM or DER); an X509 IDENTITY upload needs `keystorePassword`
 * and `keyPasswords` and a JKS or PKCS#12 keystore; PGP/SIGNKEY PRIVATE needs `passPhrase`. `hash` is the SHA-256
 * of the file (hex), so a client can tell whether an alias holds the same content.
 */
import { createHash, X509Certificate } from 'node:crypto'
import { ApiError, oracleDate } from '../http-kit.js'
import type { RequestContext, Route } from '../router.js'
import type { RouteDeps } from '../route-deps.js'
import { byText, listPage } from './listing.js'
import { SAFE_NAME, type Certificate, type Stamp } from './model.js'
import { readUpload, type Upload, type UploadedFile } from './multipart.js'
import { designRoute, linksOf, stampOf, V1 } from './route-kit.js'

const CATEGORIES: Record<string, string[]> = {
  X509: ['TRUST', 'IDENTITY'],
  SAML: ['OWSM'],
  PGP: ['PRIVATE', 'PUBLIC'],
  SIGNKEY: ['PRIVATE', 'PUBLIC'],
  // [U] the op page lists no category for DIGITALSIGNATURE.
  DIGITALSIGNATURE: ['TRUST', 'IDENTITY', 'PRIVATE', 'PUBLIC']
}

const CERTIFICATE_LIST = {
  q: {
    name: (c: Certificate) => c.name,
    status: () => 'CONFIGURED',
    type: (c: Certificate) => c.type
  },
  orderBy: {
    name: (a: Certificate, b: Certificate) => byText(a.name, b.name),
    expiry: (a: Certificate, b: Certificate) =>
      byText(b.expires ?? '', a.expires ?? '') || byText(a.name, b.name),
    'expiry:asc': (a: Certificate, b: Certificate) =>
      byText(a.expires ?? '', b.expires ?? '') || byText(a.name, b.name)
  }
}

/** What an X.509 file says about itself, or undefined when it is not one. */
function x509Of(content: Buffer): { issued: string; expires: string } | undefined {
  try {
    const cert = new X509Certificate(content)
    return { issued: oracleDate(Date.parse(cert.validFrom)), expires: oracleDate(Date.parse(cert.validTo)) }
  } catch {
    return undefined
  }
}

/** JKS (magic FEEDFEED) or PKCS#12 (a DER SEQUENCE). */
function isKeystore(content: Buffer): boolean {
  return content.readUInt32BE(0) === 0xfeedfeed || content[0] === 0x30
}

function required(fields: Record<string, string>, name: string): string {
  const value = fields[name]?.trim()
  if (!value) throw new ApiError(400, `Uploading a certificate requires the multipart field '${name}'.`)
  return value
}

/** A validated certificate from an upload (400 naming what is wrong). */
function certificateOf(upload: Upload, stamp: Stamp): Certificate {
  return certificateFromFields(upload.fields, upload.file, stamp)
}

/** A validated certificate from its fields and file (400 naming what is wrong); also used by the seed. */
export function certificateFromFields(
  fields: Record<string, string>,
  file: UploadedFile | undefined,
  stamp: Stamp
): Certificate {
  const name = required(fields, 'name')
  if (!SAFE_NAME.test(name))
    throw new ApiError(400, `Certificate name '${name}' may only contain letters, digits, '_', '-' and '.'.`)
  const type = required(fields, 'type').toUpperCase()
  const categories = CATEGORIES[type]
  if (!categories)
    throw new ApiError(400, `Certificate type '${type}' is not one of ${Object.keys(CATEGORIES).join(', ')}.`)
  const category = required(fields, 'category').toUpperCase()
  if (!categories.includes(category))
    throw new ApiError(
      400,
      `Category '${category}' is not valid for type ${type} (valid: ${categories.join(', ')}).`
    )
  const content = file?.buffer ?? Buffer.alloc(0)
  if (!file || content.length === 0)
    throw new ApiError(
      400,
      "Uploading a certificate requires the certificate in a multipart part named 'file'."
    )
  const secrets: Record<string, string> = {}
  for (const key of ['keystorePassword', 'keyPasswords', 'passPhrase'])
    if (fields[key]) secrets[key] = fields[key]
  let dates: { issued: string; expires: string } | undefined
  if (type === 'X509' && category === 'TRUST') {
    dates = x509Of(content)
    if (!dates)
      throw new ApiError(400, `The file of certificate ${name} is not an X.509 certificate (PEM or DER).`)
  }
  if (type === 'X509' && category === 'IDENTITY') {
    for (const key of ['keystorePassword', 'keyPasswords'])
      if (!secrets[key])
        throw new ApiError(
          400,
          `An X509 IDENTITY certificate (a keystore) requires the multipart field '${key}'.`
        )
    if (!isKeystore(content))
      throw new ApiError(400, `The file of identity certificate ${name} is not a JKS or PKCS#12 keystore.`)
  }
  if ((type === 'PGP' || type === 'SIGNKEY') && category === 'PRIVATE' && !secrets.passPhrase)
    throw new ApiError(400, `A ${type} PRIVATE key requires the multipart field 'passPhrase'.`)
  const installedType = (fields.installedType?.trim() || 'USER').toUpperCase()
  const certificate: Certificate = {
    id: [installedType, type, category, name].join('|'),
    name,
    type,
    category,
    installedType,
    description: fields.description ?? '',
    fileName: file.fileName,
    content,
    secrets,
    hash: createHash('sha256').update(content).digest('hex'),
    created: stamp,
    updated: stamp
  }
  if (dates) Object.assign(certificate, dates)
  return certificate
}

/** CertificateRs (passwords and content are never returned). */
function certificateView(ctx: RequestContext, c: Certificate): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: c.id,
    name: c.name,
    type: c.type,
    keystore: c.category,
    installedType: c.installedType,
    description: c.description,
    status: 'CONFIGURED',
    hash: c.hash,
    created: oracleDate(c.created.at),
    createdBy: c.created.by,
    lastUpdated: oracleDate(c.updated.at),
    lastUpdatedBy: c.updated.by,
    links: linksOf(ctx, `${V1}/certificates/${encodeURIComponent(c.id)}`)
  }
  if (c.issued) view.issued = c.issued
  if (c.expires) view.expires = c.expires
  if (c.type === 'PGP' && c.category === 'PUBLIC')
    view.asciiArmored = /-----BEGIN PGP/.test(c.content.toString('latin1'))
  return view
}

/** Certificate routes (instance-wide, no project). */
export function certificateRoutes(deps: RouteDeps): Route[] {
  const base = '/certificates'
  const find = (certificates: Map<string, Certificate>, id: string): Certificate => {
    const c = certificates.get(id)
    if (!c) throw new ApiError(404, `Certificate ${id} was not found.`)
    return c
  }
  const upload = async (ctx: RequestContext): Promise<Upload> =>
    readUpload(ctx.req, { mode: 'memory', maxBytes: deps.switches.maxArchiveBytes })
  return [
    designRoute('GET', base, 'read', async (ctx, design) => {
      await listPage(ctx, design.certificates.values(), CERTIFICATE_LIST, c => certificateView(ctx, c))
    }),
    designRoute('POST', base, 'write', async (ctx, design) => {
      const certificate = certificateOf(await upload(ctx), stampOf(ctx))
      const same = [...design.certificates.values()].find(c => c.name === certificate.name)
      if (same) throw new ApiError(409, `Certificate ${certificate.name} already exists (${same.id}).`)
      design.certificates.set(certificate.id, certificate)
      await ctx.empty(204)
    }),
    designRoute('GET', `${base}/:id`, 'read', async (ctx, design) => {
      await ctx.json(200, certificateView(ctx, find(design.certificates, ctx.params.id ?? '')))
    }),
    // D:Update a Certificate: POST with X-HTTP-Method-Override (required; a plain POST answers 405).
    designRoute('PATCH', `${base}/:id`, 'write', async (ctx, design) => {
      const current = find(design.certificates, ctx.params.id ?? '')
      const parts = await upload(ctx)
      let properties: Record<string, unknown> = {}
      if (parts.fields.certificate) {
        try {
          properties = JSON.parse(parts.fields.certificate) as Record<string, unknown>
        } catch {
          throw new ApiError(400, "The multipart part 'certificate' is not valid JSON (certificate.json).")
        }
      }
      if (!parts.file && !parts.fields.certificate)
        throw new ApiError(
          400,
          "Send the new certificate in the part 'file' and/or its properties in 'certificate'."
        )
      const fields: Record<string, string> = {
        name: current.name,
        type: current.type,
        category: current.category,
        installedType: current.installedType,
        description:
          typeof properties.description === 'string' ? properties.description : current.description,
        ...current.secrets
      }
      for (const key of ['keystorePassword', 'keyPasswords', 'passPhrase'])
        if (typeof properties[key] === 'string') fields[key] = properties[key]
      const next = certificateOf(
        {
          fields,
          file: parts.file ?? {
            fileName: current.fileName,
            size: current.content.length,
            buffer: current.content
          },
          cleanup: () => parts.cleanup()
        },
        stampOf(ctx)
      )
      next.created = current.created
      design.certificates.set(current.id, { ...next, id: current.id })
      await ctx.empty(204)
    }),
    designRoute('DELETE', `${base}/:id`, 'write', async (ctx, design) => {
      const c = find(design.certificates, ctx.params.id ?? '')
      design.certificates.delete(c.id)
      await ctx.empty(200)
    })
  ]
}
