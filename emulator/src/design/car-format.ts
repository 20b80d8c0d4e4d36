/**
 * Small shared facts of OIC's archive format (`../shared/oic-car-format.md`, "the format file" below): the
 * `project/` prefix, folder names `<CODE>_<NN.NN.NNNN>` split at the last underscore, the date form of
 * `project.yaml`, and the service version archives are stamped with.
 */
import { createHash } from 'node:crypto'
import { VERSION_PATTERN } from './model.js'

/** The one top folder of a project archive (format file §1). */
export const CAR_ROOT = 'project/'

/** The top folder of an integration archive (format file §5). */
export const IAR_ROOT = 'icspackage/'

/** The service version archives claim (format file §3 shows `26.01.0.8-EC`). */
export const ICS_VERSION = '26.01.0.8-EC'

/** Where the emulator puts an integration's synthetic `payloadBytes` (inside `resources/`, format file §2). */
export const PAYLOAD_ENTRY = 'resources/application_1/payload.bin'

/** `<CODE>_<VERSION>`, the folder of one integration or library version (format file §2). */
export function folderOf(code: string, version: string): string {
  return `${code}_${version}`
}

/**
 * Splits `<CODE>_<VERSION>` at the **last** underscore (codes may hold underscores, format file §2); undefined
 * when what follows is not `NN.NN.NNNN`.
 */
export function splitFolder(folder: string): { code: string; version: string } | undefined {
  const at = folder.lastIndexOf('_')
  if (at <= 0) return undefined
  const code = folder.slice(0, at)
  const version = folder.slice(at + 1)
  return VERSION_PATTERN.test(version) ? { code, version } : undefined
}

/** `2026-03-12T09:52:23.265+0000`, the date form of `project.yaml` (format file §3). */
export function carDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000')
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `Thu Mar 12 09:52:23 UTC 2026`: Java's `Date.toString()`, which `.properties` files carry as their comment. */
export function javaDate(ms: number): string {
  const d = new Date(ms)
  const pad = (n: number): string => String(n).padStart(2, '0')
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`
}

/** A stable UUID-shaped id derived from `text` (connections carry a UUID `id`, format file §3). */
export function uuidOf(text: string): string {
  const h = createHash('sha256').update(text).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase()
}

/** A base64 digest of `text`, 24 bytes so without padding (`mod` values and the `csfkey` reference). */
export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest().subarray(0, 24).toString('base64')
}

/** Escapes text for XML content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    c => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`
  )
}

/** Escapes a Java `.properties` value (`\`, `:`, `=`, a leading space, line breaks). */
function propertyEscape(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/[:=]/g, c => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/^ /, '\\ ')
}

/** A Java `.properties` file: the timestamp comment, then `key=value` lines. */
export function propertiesText(values: Record<string, string>, now: number): string {
  const lines = Object.entries(values).map(([k, v]) => `${k}=${propertyEscape(v)}`)
  return `#${javaDate(now)}\n${lines.join('\n')}\n`
}

/** Parses a Java `.properties` file (comments, `=` or `:` separators, backslash escapes). */
export function parseProperties(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (!line || line.startsWith('#') || line.startsWith('!')) continue
    const match = /^((?:\\.|[^=:\\])*?)\s*[=:]\s*(.*)$/.exec(line)
    const unescape = (s: string): string =>
      s.replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c)
    if (match) out[unescape(match[1] ?? '').trim()] = unescape(match[2] ?? '')
    else out[unescape(line)] = ''
  }
  return out
}
