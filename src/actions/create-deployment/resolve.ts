/** Resolving requested integrations (`CODE|VERSION`, `CODE`, `*`) against what a project holds. */
import { ConfigurationError, inputError, type SourceLocation } from '../../core/errors.js'
import { integrationId } from '../../core/oic/api.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { compareVersions, isVersion, newestByCode } from '../../core/oic/versions.js'

/** One requested entry, with where it was written. */
export type IntegrationSpec = (
  { kind: 'all' } | { kind: 'newest'; code: string } | { kind: 'exact'; code: string; version: string }
) & { text: string; location?: SourceLocation; input?: string }

/** A resolved entry and how it was asked for. */
export interface ResolvedIntegration extends VersionRef {
  requestedAs: string
}

/** Parses `CODE|VERSION`, `CODE` or `*`; a malformed entry is an input error at its input or file line. */
export function parseSpec(
  text: string,
  where: { input?: string; location?: SourceLocation }
): IntegrationSpec {
  const value = text.trim()
  if (value === '*') return { kind: 'all', text: value, ...where }
  const [code, version, extra] = value.split('|').map(s => s.trim())
  const fail = (why: string): never => {
    const { location } = where
    const input = where.input ?? (location ? 'config-file' : 'integrations')
    throw inputError(location ? why : `Input '${input}': ${why}`, {
      input,
      // A file's entry is named by its line; the value is the input's, the file.
      value: location ? location.file : value,
      fix: 'Write the entry as CODE|VERSION (e.g. ORDER_SYNC|01.00.0000), CODE (its newest version) or *.',
      location
    })
  }
  if (!code || !/^[A-Z0-9_][A-Z0-9_-]*$/i.test(code) || extra !== undefined) {
    fail(`'${value}' is not CODE|VERSION, CODE or * (e.g. ORDER_SYNC|01.00.0000).`)
  }
  if (version === undefined) return { kind: 'newest', code: code as string, text: value, ...where }
  if (!isVersion(version)) fail(`'${value}' has version '${version}', expected NN.NN.NNNN (e.g. 01.00.0000).`)
  return { kind: 'exact', code: code as string, version: version, text: value, ...where }
}

function locate(spec: IntegrationSpec): string {
  if (spec.location) return `${spec.location.file}${spec.location.line ? `:${spec.location.line}` : ''}: `
  return `Input '${spec.input ?? 'integrations'}': `
}

/** Resolves specs against the project's integrations; unknown codes/versions and duplicates are user errors. */
export function resolveIntegrations(
  specs: readonly IntegrationSpec[],
  available: readonly VersionRef[],
  project: string
): ResolvedIntegration[] {
  const newest = newestByCode(available)
  const versions = (code: string): string =>
    available
      .filter(i => i.code === code)
      .map(i => i.version)
      .sort(compareVersions)
      .join(', ')
  const chosen = new Map<string, ResolvedIntegration>()
  const add = (ref: ResolvedIntegration, spec: IntegrationSpec): void => {
    const seen = chosen.get(ref.code)
    if (seen && seen.version !== ref.version) {
      throw new ConfigurationError(
        `${locate(spec)}integration ${ref.code} is requested twice with different versions (${seen.version} as '${seen.requestedAs}', ${ref.version} as '${ref.requestedAs}'); a deployment holds one version per integration.`,
        { input: spec.input, location: spec.location }
      )
    }
    if (!seen) chosen.set(ref.code, ref)
  }
  for (const spec of specs) {
    if (spec.kind === 'all') {
      for (const ref of newest.values()) add({ code: ref.code, version: ref.version, requestedAs: '*' }, spec)
      continue
    }
    if (!newest.has(spec.code)) {
      const known = [...newest.keys()].sort().join(', ') || 'none'
      throw new ConfigurationError(
        `${locate(spec)}integration ${spec.code} is not in project ${project} (integrations there: ${known}).`,
        {
          input: spec.input,
          location: spec.location
        }
      )
    }
    if (spec.kind === 'newest') {
      const ref = newest.get(spec.code) as VersionRef
      add({ code: ref.code, version: ref.version, requestedAs: spec.text }, spec)
    } else {
      if (!available.some(i => i.code === spec.code && i.version === spec.version)) {
        throw new ConfigurationError(
          `${locate(spec)}integration ${integrationId(spec)} is not in project ${project} (versions there: ${versions(spec.code)}).`,
          { input: spec.input, location: spec.location }
        )
      }
      add({ code: spec.code, version: spec.version, requestedAs: spec.text }, spec)
    }
  }
  return [...chosen.values()]
}
