/**
 * The options the Monitoring API's commands share (`--project`, `--integration`, `--time-window`, `--q`,
 * `--limit`), read into a monitoring filter and a client-side selection. `projectCode` is not a documented `q`
 * key (contract K6), so a server may ignore it: the project is also checked on each item.
 */
import { inputError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { integrationId } from '../../core/oic/api.js'
import { listIntegrations } from '../../core/oic/integrations.js'
import { TIME_WINDOWS, type MonitoringFilter, type TimeWindow } from '../../core/oic/monitoring/q.js'
import type { InstanceSelection } from '../../core/oic/monitoring/selection.js'
import type { OptionSpec } from './resource.js'

/** Options of a monitoring list. */
export const FILTER_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  project: { description: 'only instances of this project (checked on each item too)' },
  integration: { description: 'CODE or CODE|VERSION; repeat for several' },
  'time-window': { description: `${TIME_WINDOWS.join(', ')} (the server's default: 1h)` },
  q: {
    description:
      "the API's whole q filter, e.g. {timewindow:'1d', primaryValue:'PO-1'} (instead of the others)"
  }
}

/** `--limit`: how many items to show (or act on) at most. */
export const limitOption = (dflt: number): OptionSpec => ({
  description: `how many at most (default ${dflt})`
})

/** A positive whole number from `--name`, or `dflt` when not given. */
export function positiveInt(options: Record<string, string>, name: string, dflt: number): number {
  const raw = options[name] ?? ''
  if (!raw) return dflt
  if (!/^[1-9]\d{0,6}$/.test(raw))
    throw inputError(`Option --${name} must be a positive whole number, got '${raw}'.`, {
      input: `--${name}`,
      value: raw,
      fix: `Give --${name} a number such as ${dflt}.`
    })
  return Number(raw)
}

/** One of `allowed` (case as written there), or undefined when not given. */
export function oneOf<T extends string>(
  options: Record<string, string>,
  name: string,
  allowed: readonly T[]
): T | undefined {
  const raw = options[name] ?? ''
  if (!raw) return undefined
  const found = allowed.find(a => a.toLowerCase() === raw.toLowerCase())
  if (!found)
    throw inputError(`Option --${name} must be one of ${allowed.join(', ')}, got '${raw}'.`, {
      input: `--${name}`,
      value: raw,
      fix: `Give --${name} one of ${allowed.join(', ')}.`
    })
  return found
}

/** The `--integration` values as `{code, version?}`. */
export function integrationsOf(options: Record<string, string>): Array<{ code: string; version?: string }> {
  return (options.integration ?? '')
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
    .map(ref => {
      const [code = '', version, extra] = ref.split('|')
      if (!code || extra !== undefined || (version !== undefined && !/^\d\d\.\d\d\.\d{4}$/.test(version)))
        throw inputError(`Option --integration must be CODE or CODE|VERSION, got '${ref}'.`, {
          input: '--integration',
          value: ref,
          fix: 'Write --integration ORDERS or --integration "ORDERS|01.00.0000".'
        })
      return version ? { code, version } : { code }
    })
}

/** The monitoring filter of the options: code and version go to `q` only when one integration is named. */
export function filterOf(options: Record<string, string>): MonitoringFilter {
  const integrations = integrationsOf(options)
  const only = integrations.length === 1 ? integrations[0] : undefined
  return {
    q: options.q || undefined,
    timewindow: oneOf<TimeWindow>(options, 'time-window', TIME_WINDOWS),
    code: only?.code,
    version: only?.version,
    projectCode: options.project || undefined
  }
}

/** The client-side selection of the options. */
export function selectionOf(options: Record<string, string>, recoverableOnly: boolean): InstanceSelection {
  return { integrations: integrationsOf(options), project: options.project || undefined, recoverableOnly }
}

/** True when the options select by something (an integration, a project or a whole `q`). */
export const selects = (options: Record<string, string>): boolean =>
  Boolean(options.integration || options.project || options.q)

/**
 * A check of an instance's integration and project against the options, for lists: an item that names its project
 * is judged by it; otherwise by the project's integration list, read once from the design-time API.
 */
export function instanceMatcher(
  client: HttpClient,
  options: Record<string, string>
): (code?: string, version?: string, project?: string) => Promise<boolean> {
  const integrations = integrationsOf(options)
  const wanted = options.project
  let projectList: Promise<Set<string>> | undefined
  return async (code, version, project) => {
    if (
      integrations.length &&
      !integrations.some(s => s.code === code && (!s.version || s.version === version))
    )
      return false
    if (!wanted) return true
    if (project) return project === wanted
    projectList ??= listIntegrations(client, wanted).then(list => new Set(list.map(i => integrationId(i))))
    return Boolean(code && version && (await projectList).has(integrationId(code, version)))
  }
}
