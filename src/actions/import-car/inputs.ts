/** Inputs of `import-car`, validated into {@link ImportCarSettings}. */
import { inputError } from '../../core/errors.js'
import type { Host } from '../../core/host.js'
import { InputReader, mustBe } from '../../core/inputs.js'
import {
  COMMON_INPUTS,
  readInstanceSettings,
  type OicInstanceSettings,
  type TransportSettings
} from '../../core/oic-instance.js'
import { parseArchiveSize } from '../../core/archive-size.js'
import { resolveReadPath } from '../../core/paths.js'
import { DEFAULT_ACTIVATION_CONCURRENCY } from '../../core/oic/activation.js'

/** Every input `actions/import-car/action.yml` declares. */
export const INPUTS = [
  'path',
  'artifact-name',
  'artifact-run-id',
  'artifact-repository',
  'github-token',
  'release-tag',
  'project',
  'if-exists',
  'accept-unchanged',
  'connections-file',
  'activate',
  'activate-without-consent',
  'activation-timeout',
  'activation-concurrency',
  'dry-run',
  'max-archive-size',
  'pr-comment',
  ...COMMON_INPUTS
] as const

/** Most `activation-concurrency` accepted: more requests at once would only meet the instance's throttling. */
const MAX_ACTIVATION_CONCURRENCY = 64

/** What to do when the project exists in the target. */
export const IF_EXISTS = ['fail', 'replace', 'skip'] as const

/** Where the archive comes from. */
export type ArchiveSource =
  | { kind: 'path'; path: string; shownAs: string }
  | {
      kind: 'artifact'
      name: string
      runId?: number
      repository?: { owner: string; name: string }
      token?: string
    }
  | {
      kind: 'release'
      tag: string
      repository: { owner: string; name: string }
      token: string
      apiUrl: string
      /** The transport inputs, applied to the GitHub API and the asset download too. */
      transport: TransportSettings
    }

/** Validated settings of one run. */
export interface ImportCarSettings {
  source: ArchiveSource
  /** Expected project code. */
  project?: string
  ifExists: (typeof IF_EXISTS)[number]
  /** Accept archive integrations a replacement did not visibly change (contract K8) instead of failing. */
  acceptUnchanged: boolean
  /** The connections file (absolute path and as named), when given. */
  connectionsFile?: { path: string; shownAs: string }
  /** `none`, `all`, or a deployment code. */
  activate: { kind: 'none' } | { kind: 'all' } | { kind: 'deployment'; code: string }
  activationTimeoutMs: number
  /** Most activations in progress at once, counted until their end is seen (`activation-concurrency`). */
  activationConcurrency: number
  /** Activate integrations whose connections wait for console consent instead of skipping them (./consent.ts). */
  activateWithoutConsent: boolean
  dryRun: boolean
  /** Bytes the archive may have (`max-archive-size`); undefined = no bound. */
  maxArchiveSize?: number
  /** Post the report as one sticky pull-request comment with this token (`pr-comment`; ./pr-comment-step.ts). */
  prComment?: { token: string }
  workspace: string
  connection: OicInstanceSettings
}

/** Reads and validates the inputs. */
export function getSettings(host: Pick<Host, 'getInput' | 'setSecret' | 'env'>): ImportCarSettings {
  const inputs = new InputReader(name => host.getInput(name), INPUTS)
  const env = host.env
  const token = inputs.optional('github-token')
  if (token) host.setSecret(token)
  const connection = readInstanceSettings(inputs, host, { oic3Only: 'import-car' })
  const path = inputs.optional('path')
  const artifact = inputs.optional('artifact-name')
  const releaseTag = inputs.optional('release-tag')
  const given = (['path', 'artifact-name', 'release-tag'] as const).filter(n => inputs.value(n))
  if (given.length > 1) {
    const input = given[1] as (typeof given)[number]
    throw inputError(
      `Inputs ${given.map(n => `'${n}'`).join(' and ')} conflict: give one source for the archive.`,
      { input, value: inputs.value(input), fix: `Give only one of ${given.join(', ')}.` }
    )
  }
  if (given.length === 0) {
    throw inputError(
      "One of the inputs 'path', 'artifact-name' or 'release-tag' is required: the .car to import.",
      {
        input: 'path',
        value: '',
        fix: 'Set path (the path output of export-car), artifact-name or release-tag.'
      }
    )
  }
  let source: ArchiveSource
  if (releaseTag) {
    const repository = inputs.optional('artifact-repository') ?? env.GITHUB_REPOSITORY ?? ''
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw inputError(
        "Input 'release-tag' needs the repository (GITHUB_REPOSITORY, or artifact-repository as owner/repo).",
        { input: 'artifact-repository', value: repository, fix: 'Set artifact-repository to owner/repo.' }
      )
    }
    if (!token)
      throw inputError("Input 'github-token' is required with 'release-tag': a token with contents:read.", {
        input: 'github-token',
        value: '',
        fix: 'Pass a token with contents:read in github-token (e.g. ${{ github.token }}).'
      })
    const [owner, name] = repository.split('/')
    source = {
      kind: 'release',
      tag: releaseTag,
      repository: { owner: owner as string, name: name as string },
      token,
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      transport: connection.transport
    }
  } else if (path) {
    source = { kind: 'path', path: resolveReadPath(path, env), shownAs: path }
  } else {
    const runRaw = inputs.optional('artifact-run-id')
    const repoRaw = inputs.optional('artifact-repository') ?? (runRaw ? env.GITHUB_REPOSITORY : undefined)
    if (repoRaw !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoRaw)) {
      throw mustBe('artifact-repository', 'owner/repo', repoRaw)
    }
    if (inputs.optional('artifact-repository') && !runRaw) {
      throw inputError(
        "Input 'artifact-repository' needs 'artifact-run-id' (the run that uploaded the artifact).",
        {
          input: 'artifact-run-id',
          value: '',
          fix: 'Set artifact-run-id to the run that uploaded the artifact.'
        }
      )
    }
    if (runRaw && !token) {
      throw inputError(
        "Input 'github-token' is required with 'artifact-run-id': a token with actions:read on that repository.",
        {
          input: 'github-token',
          value: '',
          fix: 'Pass a token with actions:read on that repository in github-token.'
        }
      )
    }
    const [owner, name] = (repoRaw ?? '/').split('/')
    source = {
      kind: 'artifact',
      name: artifact as string,
      runId: runRaw
        ? inputs.integer('artifact-run-id', { fallback: 0, min: 1, max: Number.MAX_SAFE_INTEGER })
        : undefined,
      repository: runRaw ? { owner: owner as string, name: name as string } : undefined,
      token
    }
  }
  const activateRaw = inputs.optional('activate') ?? 'none'
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(activateRaw)) {
    throw mustBe('activate', 'none, all or a deployment code', activateRaw)
  }
  const filePath = inputs.optional('connections-file')
  const project = inputs.optional('project')
  if (project && !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(project)) {
    throw mustBe('project', 'a project code', project)
  }
  return {
    source,
    project,
    ifExists: releaseIfExists(inputs.choice('if-exists', IF_EXISTS, 'fail'), Boolean(releaseTag)),
    acceptUnchanged: inputs.boolean('accept-unchanged', false),
    connectionsFile: filePath ? { path: resolveReadPath(filePath, env), shownAs: filePath } : undefined,
    activate:
      activateRaw === 'none'
        ? { kind: 'none' }
        : activateRaw === 'all'
          ? { kind: 'all' }
          : { kind: 'deployment', code: activateRaw },
    activationTimeoutMs:
      inputs.seconds('activation-timeout', { fallback: 600, min: 1, max: 6 * 3600 }) * 1000,
    activationConcurrency: inputs.integer('activation-concurrency', {
      fallback: DEFAULT_ACTIVATION_CONCURRENCY,
      min: 1,
      max: MAX_ACTIVATION_CONCURRENCY
    }),
    activateWithoutConsent: inputs.boolean('activate-without-consent', false),
    dryRun: inputs.boolean('dry-run', false),
    maxArchiveSize: parseArchiveSize(inputs.optional('max-archive-size')),
    prComment: prCommentSettings(inputs.boolean('pr-comment', false), token),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    connection
  }
}

/** `pr-comment: true` needs a token to comment with (the default `github-token` is the job's). */
function prCommentSettings(enabled: boolean, token: string | undefined): ImportCarSettings['prComment'] {
  if (!enabled) return undefined
  if (!token)
    throw inputError("Input 'pr-comment' needs 'github-token': a token with pull-requests: write.", {
      input: 'github-token',
      value: '',
      fix: 'Leave github-token at its default (${{ github.token }}) and give the job permissions: pull-requests: write.'
    })
  return { token }
}

/** A rollback always replaces: `fail` (the default) becomes `replace`; `skip` contradicts it. */
function releaseIfExists(value: (typeof IF_EXISTS)[number], release: boolean): (typeof IF_EXISTS)[number] {
  if (!release) return value
  if (value === 'skip')
    throw inputError("Inputs 'release-tag' and if-exists: skip conflict: a rollback replaces the project.", {
      input: 'if-exists',
      value,
      fix: 'Drop if-exists (a rollback replaces) or drop release-tag.'
    })
  return 'replace'
}
