/** The steps of `import-car` that talk to the target: read it, upload the archive, activate (./activation-set.ts). */
import type { CarContents } from '../../core/archive/car.js'
import { externalConnections, type TargetState } from '../../core/archive/diff.js'
import type { Collaborators } from '../../core/collaborators.js'
import { ConfigurationError, OicActionError, OicHttpError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { listConnections } from '../../core/oic/connections.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { listIntegrations, type Integration } from '../../core/oic/integrations.js'
import { listLibraries } from '../../core/oic/libraries.js'
import { listLookups } from '../../core/oic/lookups.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { getProject, importProject } from '../../core/oic/projects.js'
import { lostAnswerLine, settleLostWrite } from '../../core/settle-lost-write.js'
import { allInOrder } from '../../core/pool.js'
import { activateIntegrations, type ActivationOutcome } from '../../core/oic/activation.js'
import { activationSet } from './activation-set.js'
import type { ImportCarSettings } from './inputs.js'
import type { Prepared } from './prepare.js'
import { replaceProject, type ReplaceOutcome } from './replace.js'
import { holdForConsent, NO_CONSENT_HOLD, type ConsentHold } from './consent.js'

/** A list the target may refuse (4xx: not there, not allowed): undefined then, so the diff says "unknown". */
async function optional<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read
  } catch (error) {
    if (error instanceof OicHttpError && error.status >= 400 && error.status < 500) return undefined
    throw error
  }
}

/**
 * Reads whether the project exists in the target, then its integrations and connections; with the archive, also
 * its lookups and libraries (when the archive brings some) and the instance's connections outside the project
 * (when integrations depend on connections that are neither in the archive nor in the project).
 */
export async function readTarget(
  client: HttpClient,
  project: string | undefined,
  car?: CarContents
): Promise<TargetState> {
  const exists = project ? Boolean(await orUndefined(getProject(client, project))) : false
  if (!exists || !project) {
    const state: TargetState = { exists: false, integrations: [], connections: [] }
    return car ? withInstanceConnections(client, state, car) : state
  }
  // Independent reads, issued together (issue 21).
  const [integrations, connections, lookups, libraries] = await allInOrder([
    listIntegrations(client, project),
    listConnections(client, project),
    car?.lookups.length ? optional(listLookups(client, project)) : Promise.resolve(undefined),
    car?.libraries.length ? optional(listLibraries(client, project)) : Promise.resolve(undefined)
  ])
  const state: TargetState = { exists, integrations, connections }
  if (!car) return state
  if (car.lookups.length) state.lookups = lookups
  if (car.libraries.length) state.libraries = libraries
  return withInstanceConnections(client, state, car)
}

/** Adds the instance's connections when integrations depend on connections neither the archive nor the project has. */
async function withInstanceConnections(
  client: HttpClient,
  state: TargetState,
  car: CarContents
): Promise<TargetState> {
  const outside = [...externalConnections(car).keys()].filter(id => !state.connections.some(c => c.id === id))
  if (outside.length) state.instanceConnections = await optional(listConnections(client, undefined))
  return state
}

/**
 * Imports (POST) or replaces (PUT) the archive, once. A lost answer to an import is settled by reading the project:
 * there now, it was imported. A replacement cannot be told from the project that was there, so its lost answer
 * fails the upload (replace.ts puts back what it deactivated).
 */
export async function upload(
  deps: Pick<Collaborators, 'warn'>,
  client: HttpClient,
  file: string,
  mode: 'add' | 'replace',
  expected: string | undefined
): Promise<string> {
  const written = await settleLostWrite({
    what: mode === 'add' ? 'import the archive' : 'replace the archive',
    send: async () => {
      const code = (await importProject(client, file, mode))?.code ?? expected
      if (!code)
        throw new OicActionError(
          'The import answer named no project and the archive did not either: set the project input.'
        )
      return code
    },
    readBack: async () =>
      mode === 'add' && expected && (await orUndefined(getProject(client, expected))) ? expected : undefined,
    refused: error =>
      error instanceof OicHttpError && error.status === 409
        ? new ConfigurationError(
            `Project ${expected ?? ''} already exists in the target (409): set if-exists: replace to replace it, or skip.`,
            { input: 'if-exists', cause: error }
          )
        : undefined
  })
  if (!written.answered) {
    deps.warn(
      lostAnswerLine(
        'the import',
        written.error,
        `project ${written.state} now exists, so the archive was not sent again.`
      )
    )
    return written.state
  }
  return written.answer
}

/** What {@link importOrReplace} needs to know. */
export interface ImportPlan {
  car: CarContents
  target: TargetState
  expected: string | undefined
  instance: string
  /** The archive file. */
  path: string
  imported: VersionRef[]
}

/**
 * Imports the archive (POST) when the project is new, or, when it exists, fails (`if-exists: fail`), skips, or
 * replaces it safely (deactivate, PUT, reactivate).
 */
export async function importOrReplace(
  deps: Collaborators,
  client: HttpClient,
  s: ImportCarSettings,
  run: ImportPlan
): Promise<{
  project: string
  result: 'imported' | 'replaced' | 'skipped'
  reactivate: VersionRef[]
  replaced?: ReplaceOutcome
}> {
  const { car, target, expected, instance, imported } = run
  let result: 'imported' | 'replaced' | 'skipped'
  let project: string
  let reactivate: VersionRef[] = []
  let replaced: ReplaceOutcome | undefined
  if (target.exists && expected) {
    if (s.ifExists === 'fail') {
      throw new ConfigurationError(
        `Project ${expected} already exists in ${instance} (409): set if-exists: replace to replace it, or skip.`,
        { input: 'if-exists' }
      )
    }
    project = expected
    if (s.ifExists === 'skip') {
      result = 'skipped'
      deps.log(`Project ${expected} exists in ${instance}: import skipped (if-exists: skip)`)
    } else {
      replaced = await replaceProject(client, project, target.integrations, imported, {
        prune: s.source.kind === 'release',
        wholeProject: car.kind === 'project',
        upload: async () => void (await upload(deps, client, run.path, 'replace', expected)),
        deps,
        acceptUnchanged: s.acceptUnchanged,
        concurrency: s.activationConcurrency
      })
      reactivate = replaced.reactivate
      result = 'replaced'
    }
  } else {
    project = await upload(deps, client, run.path, 'add', expected)
    result = 'imported'
  }
  return { project, result, reactivate, replaced }
}

/** The import done: the project it went into, how, and what a replace deactivated. */
export type Imported = Awaited<ReturnType<typeof importOrReplace>>

/** Imports or replaces (or skips) per `if-exists`, and checks the project the import went into. */
export async function importStep(
  deps: Collaborators,
  client: HttpClient,
  s: ImportCarSettings,
  { archive, car, expected }: Prepared,
  plan: { target: TargetState; instance: string; imported: VersionRef[] }
): Promise<Imported> {
  const done = await importOrReplace(deps, client, s, { car, expected, path: archive.path, ...plan })
  if (s.project && done.project !== s.project)
    throw new OicActionError(`The import created project ${done.project}, not ${s.project}.`)
  deps.log(`Project ${done.project} ${done.result} in ${plan.instance}`)
  return done
}

/**
 * Activates what `activate` asks for, plus what a replace deactivated, one version per integration code; a version
 * using a connection that waits for console consent is SKIPPED instead (./consent.ts). `listed` is the project's
 * integrations read after configuration (their statuses before the requests), when already read.
 */
export async function activateStep(
  deps: Collaborators,
  client: HttpClient,
  s: ImportCarSettings,
  done: Imported,
  imported: VersionRef[],
  consent: ConsentHold = NO_CONSENT_HOLD,
  listed?: readonly Integration[]
): Promise<ActivationOutcome[]> {
  const wanted = await activationSet(client, done.project, s, imported, listed)
  const refs = [...done.reactivate, ...wanted.filter(w => !done.reactivate.some(r => r.code === w.code))]
  const { go, held } = holdForConsent(refs, consent)
  const outcomes = go.length
    ? await activateIntegrations(client, done.project, go, s.activationTimeoutMs, deps, {
        concurrency: s.activationConcurrency,
        listed
      })
    : []
  return refs.map(
    r => [...held, ...outcomes].find(o => o.code === r.code && o.version === r.version) as ActivationOutcome
  )
}
