/**
 * `oic-actions errors …`: the Monitoring API's errored instances (seed 000 "Retrieve Errored Instances",
 * "Retrieve an Errored Integration Instance", "Resubmit …", "Discard …", one and many).
 */
import { collectErrors } from '../../core/oic/monitoring/collect.js'
import { discardError, getError, resubmitError } from '../../core/oic/monitoring/error-instances.js'
import { checkInstance } from '../../core/oic/monitoring/selection.js'
import { discardAll, errorRow, resubmitAll, TRACE_LEVELS } from './errors-bulk.js'
import {
  FILTER_OPTIONS,
  filterOf,
  instanceMatcher,
  limitOption,
  oneOf,
  positiveInt,
  selectionOf
} from './monitoring-options.js'
import { projectOf } from '../../core/oic/monitoring/selection.js'
import type { ResourceGroup } from './resource.js'

const DEFAULT_SHOWN = 50
const PAGE_SIZE = 100

/** The errors group. */
export const group: ResourceGroup = {
  name: 'errors',
  summary: 'list, show, resubmit and discard errored integration instances',
  operations: [
    {
      name: 'list',
      summary: 'errored instances, newest first (default: the last hour)',
      effect: 'read',
      options: {
        ...FILTER_OPTIONS,
        'recoverable-only': { description: 'only those that can be resubmitted', boolean: true },
        limit: limitOption(DEFAULT_SHOWN)
      },
      run: async ({ client, options, log }) => {
        const matches = instanceMatcher(client, options)
        const recoverable = options['recoverable-only'] === 'true'
        const found = await collectErrors(client, filterOf(options), {
          max: positiveInt(options, 'limit', DEFAULT_SHOWN),
          pageSize: PAGE_SIZE,
          now: () => Date.now(),
          log,
          check: async item => {
            const ok = await matches(item.integration?.code, item.integration?.version, projectOf(item))
            if (!ok) return 'other-integration'
            return recoverable ? checkInstance(item, selectionOf({}, true)) : undefined
          }
        })
        const more = found.overMax + found.unread
        if (more) log(`Showing ${found.items.length}; at least ${more} more match (raise --limit).`)
        return {
          kind: 'table',
          columns: ['id', 'integration', 'project', 'status', 'recoverable', 'retries', 'tracked', 'error'],
          rows: found.items.map(errorRow),
          json: found.items
        }
      }
    },
    {
      name: 'get',
      summary: 'one errored instance, as the API returns it',
      args: ['ID'],
      effect: 'read',
      options: {
        minimal: { description: 'return=minimal: without connection details (faster)', boolean: true }
      },
      run: async ({ client, args, options }) => ({
        kind: 'object',
        value: await getError(client, args.ID ?? '', options.minimal === 'true')
      })
    },
    {
      name: 'resubmit',
      summary: 'resubmit one errored instance',
      args: ['ID'],
      effect: 'write',
      options: {
        'trace-level': { description: `${TRACE_LEVELS.join(', ')} (the server's default otherwise)` }
      },
      describe: ({ args }) => `resubmit errored instance ${args.ID ?? ''}`,
      run: async ({ client, args, options }) => {
        const id = args.ID ?? ''
        const answer = await resubmitError(client, id, oneOf(options, 'trace-level', TRACE_LEVELS))
        const job = answer.recoveryJobId ? `: recovery job ${answer.recoveryJobId}` : ''
        return { kind: 'done', message: `Resubmitted errored instance ${id}${job}.`, json: answer }
      }
    },
    resubmitAll,
    {
      name: 'discard',
      summary: 'discard one errored instance (it ends ABORTED and cannot be resubmitted)',
      args: ['ID'],
      effect: 'delete',
      describe: ({ args }) => `discard errored instance ${args.ID ?? ''}`,
      run: async ({ client, args }) => {
        await discardError(client, args.ID ?? '')
        return {
          kind: 'done',
          message: `Discarded errored instance ${args.ID ?? ''}.`,
          json: { discarded: args.ID }
        }
      }
    },
    discardAll
  ]
}
