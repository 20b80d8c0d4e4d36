/**
 * `instances activity-stream`, `activity-stream-details` and `payload`: an instance's activity stream (the
 * deprecated call and its replacement) and "Download Large Payload in an Integration Instance", streamed to disk
 * through a temporary file renamed into place.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, realpathSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ConfigurationError, inputError } from '../../core/errors.js'
import {
  downloadLargePayload,
  getActivityStream,
  getActivityStreamDetails
} from '../../core/oic/monitoring/instances.js'
import { checkWriteTarget } from '../../core/safe-write.js'
import { oneOf } from './monitoring-options.js'
import type { Operation, OperationResult } from './resource.js'

const ACTIVITY_COLUMNS = ['timestamp', 'step', 'message', 'error'] as const
const KEY_MARK = '/activityStreamDetails/'

type Entry = Record<string, unknown>
const pick = (e: Entry, ...names: string[]): unknown => names.map(n => e[n]).find(v => v !== undefined)

function activityRows(list: unknown): Entry[] {
  return (Array.isArray(list) ? (list as Entry[]) : []).map(e => ({
    timestamp: pick(e, 'timestamp', 'modifiedTimestamp', 'endTimestamp'),
    step: pick(e, 'mileStone', 'identifier', 'action'),
    message: e.message,
    error: e.errorMileStone === true ? 'yes' : ''
  }))
}

/** The large-payload keys an activity stream links to (`…/activityStreamDetails/{+key}`). */
export function payloadKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const at = value.indexOf(KEY_MARK)
    if (at >= 0) {
      const raw = value.slice(at + KEY_MARK.length).split(/[?#]/)[0] ?? ''
      if (raw) keys.add(raw.split('/').map(decodeURIComponent).join('/'))
    }
  } else if (Array.isArray(value)) value.forEach(v => payloadKeys(v, keys))
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach(v => payloadKeys(v, keys))
  return keys
}

/** Streams `body` to `path` through a new temporary file beside it, renamed into place when complete. */
export async function streamToFile(body: Readable, path: string): Promise<number> {
  const options = { input: '--file', shownAs: path }
  const target = resolve(path)
  checkWriteTarget(target, options)
  const folder = realpathSync(dirname(target))
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let bytes = 0
  body.on('data', (chunk: Buffer) => void (bytes += chunk.length))
  try {
    await pipeline(body, createWriteStream(temp, { flags: 'wx', mode: 0o600 }))
    checkWriteTarget(target, options)
    renameSync(temp, join(folder, basename(target)))
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  return bytes
}

/** `instances activity-stream` (deprecated). */
export const activityStream: Operation = {
  name: 'activity-stream',
  summary: "an instance's activity stream and audit trail",
  args: ['ID'],
  effect: 'read',
  deprecated:
    "Oracle's reference marks 'Retrieve Integration Instance Activity Stream' (Deprecated); use 'instances activity-stream-details' (Retrieve Integration Instance Activity Stream Details).",
  options: {
    order: { description: 'asc (default) or desc' },
    timezone: { description: 'e.g. Europe/London' }
  },
  run: async ({ client, args, options }): Promise<OperationResult> => {
    const order = oneOf(options, 'order', ['asc', 'desc'] as const) ?? 'asc'
    const body = (await getActivityStream(
      client,
      args.ID ?? '',
      order,
      options.timezone || undefined
    )) as Entry
    return {
      kind: 'table',
      columns: ACTIVITY_COLUMNS,
      rows: activityRows(pick(body ?? {}, 'activityStream', 'activity-stream')),
      json: body
    }
  }
}

/** `instances activity-stream-details`. */
export const activityStreamDetails: Operation = {
  name: 'activity-stream-details',
  summary: "an instance's activity stream: each step, its time and error, links to large payloads",
  args: ['ID'],
  effect: 'read',
  options: { timezone: { description: 'e.g. Europe/London' } },
  run: async ({ client, args, options }): Promise<OperationResult> => {
    const body = (await getActivityStreamDetails(
      client,
      args.ID ?? '',
      options.timezone || undefined
    )) as Entry
    return { kind: 'table', columns: ACTIVITY_COLUMNS, rows: activityRows(body?.ascList), json: body }
  }
}

/** `instances payload`: Download Large Payload in an Integration Instance. */
export const payload: Operation = {
  name: 'payload',
  summary: 'download a large payload (over 32 KB) of an instance to a file',
  args: ['ID'],
  effect: 'read',
  options: {
    file: {
      description: 'where to write it (a temporary file beside it is renamed into place)',
      required: true
    },
    force: { description: 'replace the file when it exists', boolean: true },
    key: {
      description: 'the payload key (tracking-data/debug/…); default: the one the activity stream links to'
    }
  },
  run: async ({ client, args, options, log }): Promise<OperationResult> => {
    const id = args.ID ?? ''
    if (options.force !== 'true' && existsSync(options.file ?? ''))
      throw inputError(
        `--file: ${options.file ?? ''} exists; nothing was downloaded (add --force to replace it).`,
        {
          input: '--file',
          value: options.file ?? '',
          fix: 'Name a new file, or add --force to replace it.'
        }
      )
    let key = options.key
    if (!key) {
      const keys = [...payloadKeys(await getActivityStreamDetails(client, id))]
      if (keys.length === 0)
        throw new ConfigurationError(`Instance ${id} links to no large payload in its activity stream.`)
      if (keys.length > 1)
        throw inputError(`Instance ${id} has ${keys.length} large payloads: ${keys.join(', ')}.`, {
          input: '--key',
          value: '',
          fix: 'Choose one with --key.'
        })
      key = keys[0] ?? ''
    }
    log(`Downloading payload ${key} of instance ${id}`)
    const bytes = await downloadLargePayload(client, id, key, body => streamToFile(body, options.file ?? ''))
    return {
      kind: 'done',
      message: `Wrote ${bytes} bytes of payload ${key} to ${options.file ?? ''}.`,
      json: { id, key, path: resolve(options.file ?? ''), bytes }
    }
  }
}
