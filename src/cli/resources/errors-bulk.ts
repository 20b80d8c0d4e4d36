/**
 * `errors resubmit-all` and `errors discard-all`: the Monitoring API's bulk calls ("Resubmit Errored Integration
 * Instances", "Discard Errored Integration Instances") with explicit ids — given with --id, or found by the list
 * filters and checked on the client side first (contract K6) — sent at most {@link BULK_BATCH} per request.
 */
import { selectionChecker } from '../../actions/resubmit-errors/select.js'
import { errorMessage, inputError, isNotFound } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { integrationId } from '../../core/oic/api.js'
import { collectErrors } from '../../core/oic/monitoring/collect.js'
import {
  discardErrors,
  getError,
  resubmitErrors,
  type ErrorInstance
} from '../../core/oic/monitoring/error-instances.js'
import { projectOf } from '../../core/oic/monitoring/selection.js'
import {
  FILTER_OPTIONS,
  filterOf,
  limitOption,
  oneOf,
  positiveInt,
  selectionOf,
  selects
} from './monitoring-options.js'
import type { Operation, OperationCall, OperationResult } from './resource.js'

/** Ids per bulk request: the most a third-party client says OIC takes (contract §9.5, RESUB-AGENT). */
export const BULK_BATCH = 50
const DEFAULT_MAX = 1000
const PAGE_SIZE = 100
/** Trace levels of a resubmit (D:Resubmit an Errored Integration Instance). */
export const TRACE_LEVELS = ['Production', 'Audit', 'Debug'] as const

const BULK_OPTIONS = {
  id: { description: 'an errored instance id; repeat (or comma-separate) for several' },
  ...FILTER_OPTIONS,
  limit: limitOption(DEFAULT_MAX)
}

/** The --id values. */
const idsOf = (options: Record<string, string>): string[] => [
  ...new Set(
    (options.id ?? '')
      .split(/[\n,]/)
      .map(s => s.trim())
      .filter(Boolean)
  )
]

/** A row of what is (or would be) acted on. */
export function errorRow(item: ErrorInstance): Record<string, unknown> {
  const code = item.integration?.code
  const version = item.integration?.version
  return {
    id: item.id,
    integration: code && version ? integrationId(code, version) : (code ?? ''),
    project: projectOf(item) ?? '',
    status: item.status,
    recoverable: item.recoverable,
    retries: item.retryCount,
    tracked: item.lastTrackedTime,
    primary: item.primaryValue,
    error: item.errorMessage
  }
}

const ERROR_COLUMNS = ['id', 'integration', 'status', 'recoverable', 'tracked', 'error'] as const

/** The instances a bulk call would send: the --id ones as read back (dry run), or those the filters find. */
async function pick(
  call: OperationCall,
  recoverableOnly: boolean
): Promise<{ ids: string[]; rows: Array<Record<string, unknown>> }> {
  const { client, options, log } = call
  const ids = idsOf(options)
  if (ids.length && selects(options))
    throw inputError('Give either --id or filters (--project, --integration, --q), not both.', {
      input: '--id',
      value: ids.join(','),
      fix: 'Drop the filters to act on the ids, or drop --id to act on what the filters find.'
    })
  if (ids.length) {
    if (!call.dryRun) return { ids, rows: [] }
    const rows = await Promise.all(ids.map(id => readOne(client, id)))
    return { ids, rows }
  }
  if (!selects(options))
    throw inputError('Name the errored instances: --id ID …, or --project, --integration or --q.', {
      input: '--id',
      value: '',
      fix: "Add --id, or a filter such as --integration 'ORDERS|01.00.0000' (see 'errors list')."
    })
  const checker = selectionChecker(client, selectionOf(options, recoverableOnly), { warn: log })
  const found = await collectErrors(client, filterOf(options), {
    max: positiveInt(options, 'limit', DEFAULT_MAX),
    pageSize: PAGE_SIZE,
    check: checker.check,
    now: () => Date.now(),
    log
  })
  if (found.leftAlone.length)
    log(`${found.leftAlone.length} listed instance(s) left alone: not shown to match the selection.`)
  if (found.overMax) log(`${found.overMax} more matched beyond --limit; run again for them.`)
  return { ids: found.items.map(i => i.id), rows: found.items.map(errorRow) }
}

async function readOne(client: HttpClient, id: string): Promise<Record<string, unknown>> {
  try {
    return errorRow(await getError(client, id))
  } catch (error) {
    if (!isNotFound(error)) throw error
    return { id, status: 'not found', error: errorMessage(error) }
  }
}

const chunks = (ids: string[]): string[][] =>
  Array.from({ length: Math.ceil(ids.length / BULK_BATCH) }, (_, i) =>
    ids.slice(i * BULK_BATCH, (i + 1) * BULK_BATCH)
  )

function planned(verb: string, rows: Array<Record<string, unknown>>, ids: string[]): OperationResult {
  return {
    kind: 'table',
    columns: ERROR_COLUMNS,
    rows,
    json: { dryRun: true, wouldSend: ids.length, requests: chunks(ids).length, verb, items: rows }
  }
}

type Answer = Record<string, unknown> | undefined
const countOf = (answer: Answer, key: string): number | string =>
  Array.isArray(answer?.[key]) ? (answer[key] as unknown[]).length : ''

async function send(
  call: OperationCall,
  verb: 'resubmit' | 'discard',
  post: (ids: string[]) => Promise<Answer>
): Promise<OperationResult> {
  const { ids, rows } = await pick(call, verb === 'resubmit')
  if (call.dryRun) return planned(verb, rows, ids)
  if (!ids.length) return { kind: 'done', message: `Nothing to ${verb}.`, json: { sent: 0, batches: [] } }
  const answers: Answer[] = []
  for (const [n, batch] of chunks(ids).entries()) {
    call.log(`Request ${n + 1}: ${verb} ${batch.length} errored instance(s)`)
    answers.push(await post(batch))
  }
  const table = answers.map((a, n) => ({
    request: n + 1,
    sent: chunks(ids)[n]?.length,
    // An empty answer (K2) means the server took the ids without saying more.
    accepted: a ? countOf(a, 'acceptedIds') : 'submitted',
    invalid: countOf(a, 'invalidIds'),
    refused: verb === 'resubmit' ? countOf(a, 'nonRecoverableIds') : countOf(a, 'nonDiscardableIds'),
    job: a?.recoveryJobId ?? a?.abortJobId ?? ''
  }))
  call.log(`Sent ${ids.length} id(s) in ${answers.length} request(s).`)
  return {
    kind: 'table',
    columns: ['request', 'sent', 'accepted', 'invalid', 'refused', 'job'],
    rows: table,
    json: { sent: ids.length, batches: answers.map((a, n) => ({ ids: chunks(ids)[n], answer: a ?? null })) }
  }
}

/** `errors resubmit-all`. */
export const resubmitAll: Operation = {
  name: 'resubmit-all',
  summary: 'resubmit errored instances by id or by filter, 50 ids per request',
  effect: 'write',
  plansDryRun: true,
  options: { ...BULK_OPTIONS, 'trace-level': { description: `${TRACE_LEVELS.join(', ')}` } },
  run: call => {
    const level = oneOf(call.options, 'trace-level', TRACE_LEVELS)
    return send(call, 'resubmit', ids => resubmitErrors(call.client, ids, level) as Promise<Answer>)
  }
}

/** `errors discard-all`. */
export const discardAll: Operation = {
  name: 'discard-all',
  summary: 'discard errored instances by id or by filter (they end ABORTED), 50 ids per request',
  effect: 'delete',
  plansDryRun: true,
  options: BULK_OPTIONS,
  describe: ({ options }) =>
    `discard ${idsOf(options).length ? `errored instances ${idsOf(options).join(', ')}` : 'the errored instances the filters find'}`,
  run: call => send(call, 'discard', ids => discardErrors(call.client, ids) as Promise<Answer>)
}
