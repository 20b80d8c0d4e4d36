/** Inputs of `export-car`, validated into {@link ExportCarSettings}. */
import { join } from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import type { Host } from '../../core/host.js'
import { InputReader, quote } from '../../core/inputs.js'
import { COMMON_INPUTS, readInstanceSettings, type OicInstanceSettings } from '../../core/oic-instance.js'
import { parseArchiveSize } from '../../core/archive-size.js'
import { resolveInsideRoots } from '../../core/paths.js'

/** Every input `actions/export-car/action.yml` declares. */
export const INPUTS = [
  'project',
  'deployment',
  'path',
  'build-number',
  'upload-artifact',
  'artifact-name',
  'retention-days',
  'git-push',
  'git-path',
  'max-archive-size',
  ...COMMON_INPUTS
] as const

const CODE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

/** Validated settings of one run. */
export interface ExportCarSettings {
  project: string
  /** Deployment code (the export label); undefined exports the whole project. */
  deployment?: string
  /** Absolute path of the archive to write (inside the workspace or runner temp). */
  path: string
  buildNumber: string
  /** `<project>[-<deployment>]`, the stem of default names. */
  stem: string
  uploadArtifact: boolean
  artifactName: string
  /** Days to keep the artifact; undefined = repository default. */
  retentionDays?: number
  gitPush: boolean
  /** Folder (relative to the workspace) the archive is committed under. */
  gitPath: string
  /** The workspace (git repository for git-push). */
  workspace: string
  /** Bytes the archive may have (`max-archive-size`); undefined = no bound. */
  maxArchiveSize?: number
  connection: OicInstanceSettings
}

function code(
  inputs: InputReader<(typeof INPUTS)[number]>,
  name: 'project' | 'deployment',
  value: string
): string {
  if (!CODE.test(value))
    throw new ConfigurationError(
      `Input '${name}' must be a code of letters, digits, '_', '-' or '.', got ${quote(value)}.`,
      { input: name }
    )
  return value
}

/** Reads and validates the inputs. */
export function getSettings(host: Pick<Host, 'getInput' | 'setSecret' | 'env'>): ExportCarSettings {
  const inputs = new InputReader(name => host.getInput(name), INPUTS)
  const env = host.env
  const connection = readInstanceSettings(inputs, host, { oic3Only: 'export-car' })
  const project = code(inputs, 'project', inputs.required('project', 'the code of the project to export.'))
  const deploymentRaw = inputs.optional('deployment')
  const deployment = deploymentRaw ? code(inputs, 'deployment', deploymentRaw) : undefined
  const buildNumber = inputs.optional('build-number') ?? env.GITHUB_RUN_NUMBER ?? 'local'
  if (!/^[A-Za-z0-9_.-]+$/.test(buildNumber)) {
    throw new ConfigurationError(
      `Input 'build-number' may hold letters, digits, '_', '-' and '.', got ${quote(buildNumber)}.`,
      { input: 'build-number' }
    )
  }
  const stem = deployment ? `${project}-${deployment}` : project
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const defaultPath = join(env.RUNNER_TEMP || workspace, `${stem}-${buildNumber}.car`)
  const path = resolveInsideRoots(inputs.optional('path') ?? defaultPath, 'path', env)
  if (!path.endsWith('.car'))
    throw new ConfigurationError(`Input 'path' must name a .car file, got ${quote(inputs.value('path'))}.`, {
      input: 'path'
    })
  const artifactName = inputs.optional('artifact-name') ?? `${stem}-car`
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
    throw new ConfigurationError(
      `Input 'artifact-name' must not contain " : < > | * ? \\ or /, got ${quote(artifactName)}.`,
      { input: 'artifact-name' }
    )
  }
  const retention = inputs.value('retention-days')
  const gitPath = inputs.optional('git-path') ?? 'car/'
  resolveInsideRoots(gitPath, 'git-path', { ...env, RUNNER_TEMP: undefined })
  const gitPush = inputs.boolean('git-push', false)
  // git's ref rules (check-ref-format) for the tag, checked before anything is exported or committed.
  if (gitPush && /\.\.|\.$|\.lock$/.test(`${stem}-${buildNumber}`)) {
    throw new ConfigurationError(
      `Input 'build-number' makes the tag ${quote(`${stem}-${buildNumber}`)}, which git refuses (no .., no trailing . or .lock).`,
      { input: 'build-number' }
    )
  }
  return {
    project,
    deployment,
    path,
    buildNumber,
    stem,
    uploadArtifact: inputs.boolean('upload-artifact', true),
    artifactName,
    retentionDays: retention ? inputs.integer('retention-days', { fallback: 0, min: 1, max: 90 }) : undefined,
    gitPush,
    gitPath,
    workspace,
    maxArchiveSize: parseArchiveSize(inputs.optional('max-archive-size')),
    connection
  }
}
