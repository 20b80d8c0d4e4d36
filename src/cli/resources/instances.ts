/**
 * `oic-actions instances …`: the Monitoring API's integration instances (seed 000 "Retrieve Integration
 * Instances", "Retrieve an Integration Instance", "Abort an Integration Instance", the activity stream calls,
 * "Download Large Payload in an Integration Instance") and "Retrieve Audit Records" (the design-time audit trail
 * of the integrations those instances run, in the same Monitoring API).
 */
import { auditRecordsPage, type AuditRecord } from '../../core/oic/monitoring/metrics.js'
import {
  abortInstance,
  getInstance,
  listInstances,
  type Instance
} from '../../core/oic/monitoring/instances.js'
import type { MonitoringCollection } from '../../core/oic/monitoring/error-instances.js'
import { readPages } from '../../core/oic/monitoring/paging.js'
import { TIME_WINDOWS, type TimeWindow } from '../../core/oic/monitoring/q.js'
import { maxPagesOf } from '../../core/oic/page-guard.js'
import { activityStream, activityStreamDetails, payload } from './instances-activity.js'
import {
  FILTER_OPTIONS,
  filterOf,
  instanceMatcher,
  integrationsOf,
  limitOption,
  oneOf,
  positiveInt
} from './monitoring-options.js'
import type { Operation, OperationResult, ResourceGroup } from './resource.js'

const DEFAULT_SHOWN = 50
const DEFAULT_AUDIT = 15
const PAGE_SIZE = 100
/** Statuses the instance list filters by (contract §9.1, K12). */
const STATUSES = [
  'COMPLETED',
  'FAILED',
  'ABORTED',
  'IN_PROGRESS',
  'QUEUED',
  'SCHEDULE_WAITING',
  'PAUSED'
] as const

type Loose = Instance & Record<string, unknown>
const integrationOf = (i: Loose): { code?: string; version?: string } => {
  const nested: Record<string, unknown> =
    typeof i.integration === 'object' && i.integration !== null
      ? (i.integration as Record<string, unknown>)
      : {}
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)
  return {
    code: text(nested.code) ?? i.integrationId,
    version: text(nested.version) ?? i.integrationVersion
  }
}

const list: Operation = {
  name: 'list',
  summary: 'integration instances, newest first (default: the last hour)',
  effect: 'read',
  options: {
    ...FILTER_OPTIONS,
    status: { description: STATUSES.join(', ') },
    limit: limitOption(DEFAULT_SHOWN)
  },
  run: async ({ client, options }) => {
    const max = positiveInt(options, 'limit', DEFAULT_SHOWN)
    const filter = { ...filterOf(options), status: oneOf(options, 'status', STATUSES) }
    const matches = instanceMatcher(client, options)
    const shown = new Map<string, Loose>()
    // Matched here, page by page, so readPages still sees the server's pages as they are.
    const fetch = async (offset: number, limit: number): Promise<MonitoringCollection<Loose>> => {
      const page = (await listInstances(client, filter, { offset, limit })) as MonitoringCollection<Loose>
      for (const item of page.items ?? []) {
        const { code, version } = integrationOf(item)
        // K12: only COMPLETED, FAILED and ABORTED are documented status filters; a server may ignore others.
        const statusOk = !filter.status || String(item.status).toUpperCase() === filter.status
        if (
          shown.size < max &&
          !shown.has(item.id) &&
          statusOk &&
          (await matches(code, version, item.projectCode))
        )
          shown.set(item.id, item)
      }
      return page
    }
    await readPages<Loose>(fetch, {
      pageSize: PAGE_SIZE,
      label: 'list instances',
      maxPages: maxPagesOf(client),
      onItems: () => shown.size < max
    })
    return table([...shown.values()])
  }
}

function table(items: Loose[]): OperationResult {
  return {
    kind: 'table',
    columns: ['id', 'integration', 'project', 'status', 'created', 'tracked', 'primary'],
    rows: items.map(i => {
      const { code, version } = integrationOf(i)
      return {
        id: i.id,
        integration: version ? `${code ?? ''}|${version}` : code,
        project: i.projectCode,
        status: i.status,
        created: i.creationDate,
        tracked: i.lastTrackedTime,
        primary: i.pkValue ?? i.primaryValue
      }
    }),
    json: items
  }
}

const audit: Operation = {
  name: 'audit',
  summary: 'design-time audit records: who created, changed, activated or deleted what',
  effect: 'read',
  options: {
    integration: { description: 'CODE or CODE|VERSION' },
    type: {
      description: 'ICS_AppInstance, ICS_DVM, ICS_ProjectV2, ICS_Schedule, API_LIBRARY, ICS_PACKAGE, …'
    },
    'time-window': { description: `${TIME_WINDOWS.join(', ')} (the server's default: 1h)` },
    distinct: { description: 'one record per resource, the newest', boolean: true },
    limit: limitOption(DEFAULT_AUDIT)
  },
  run: async ({ client, options }) => {
    const limit = positiveInt(options, 'limit', DEFAULT_AUDIT)
    const [only] = integrationsOf(options)
    const filter = {
      limit,
      code: only?.code,
      version: only?.version,
      type: options.type || undefined,
      timewindow: oneOf<TimeWindow>(options, 'time-window', TIME_WINDOWS),
      distinct: options.distinct === 'true' ? true : undefined
    }
    const records: AuditRecord[] = []
    await readPages<AuditRecord>(
      (offset, size) => auditRecordsPage(client, filter, { offset, limit: size }),
      {
        pageSize: Math.min(PAGE_SIZE, limit),
        label: 'list audit records',
        maxPages: maxPagesOf(client),
        onItems: page => {
          records.push(...page.slice(0, limit - records.length))
          return records.length < limit
        }
      }
    )
    return {
      kind: 'table',
      columns: ['date', 'type', 'code', 'version', 'action', 'user', 'project'],
      rows: records.map(r => ({
        date: r.date ?? r.timestamp,
        type: r.type,
        code: r.code,
        version: r.version,
        action: r.action,
        user: r.user,
        project: r.projectCode
      })),
      json: records
    }
  }
}

/** The instances group. */
export const group: ResourceGroup = {
  name: 'instances',
  summary: 'list, show and abort integration instances; activity streams, large payloads, audit records',
  operations: [
    list,
    {
      name: 'get',
      summary: 'one integration instance, as the API returns it',
      args: ['ID'],
      effect: 'read',
      options: { minimal: { description: 'return=minimal (faster)', boolean: true } },
      run: async ({ client, args, options }) => ({
        kind: 'object',
        value: await getInstance(client, args.ID ?? '', options.minimal === 'true')
      })
    },
    {
      name: 'abort',
      summary: 'abort a waiting or paused scheduled instance, or any in-progress asynchronous one',
      args: ['ID'],
      effect: 'delete',
      describe: ({ args }) => `abort integration instance ${args.ID ?? ''}`,
      run: async ({ client, args }) => {
        const answer = await abortInstance(client, args.ID ?? '')
        const status = answer.status ? ` (${answer.status})` : ''
        return {
          kind: 'done',
          message: `Aborted integration instance ${args.ID ?? ''}${status}.`,
          json: answer
        }
      }
    },
    activityStream,
    activityStreamDetails,
    payload,
    audit
  ]
}
