/** Inputs of `export-car`, validated into {@link ExportCarSettings}. */
import { join } from 'node:path'
import { inputError } from '../../core/errors.js'
import type { Host } from '../../core/host.js'
import { InputReader, mustBe, quote } from '../../core/inputs.js'
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

function code(name: 'project' | 'deployment', value: string): string {
  if (!CODE.test(value)) throw mustBe(name, "a code of letters, digits, '_', '-' or '.'", value)
  return value
}

/** Reads and validates the inputs. */
export function getSettings(host: Pick<Host, 'getInput' | 'setSecret' | 'env'>): ExportCarSettings {
  const inputs = new InputReader(name => host.getInput(name), INPUTS)
  const env = host.env
  const connection = readInstanceSettings(inputs, host, { oic3Only: 'export-car' })
  const project = code('project', inputs.required('project', 'the code of the project to export.'))
  const deploymentRaw = inputs.optional('deployment')
  const deployment = deploymentRaw ? code('deployment', deploymentRaw) : undefined
  const buildNumber = inputs.optional('build-number') ?? env.GITHUB_RUN_NUMBER ?? 'local'
  if (!/^[A-Za-z0-9_.-]+$/.test(buildNumber)) {
    throw inputError(
      `Input 'build-number' may hold letters, digits, '_', '-' and '.', got ${quote(buildNumber)}.`,
      {
        input: 'build-number',
        value: buildNumber,
        fix: "Use only letters, digits, '_', '-' and '.' in build-number."
      }
    )
  }
  const stem = deployment ? `${project}-${deployment}` : project
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const defaultPath = join(env.RUNNER_TEMP || workspace, `${stem}-${buildNumber}.car`)
  const path = resolveInsideRoots(inputs.optional('path') ?? defaultPath, 'path', env)
  if (!path.endsWith('.car'))
    throw inputError(`Input 'path' must name a .car file, got ${quote(inputs.value('path'))}.`, {
      input: 'path',
      value: inputs.value('path'),
      fix: 'End path with .car.'
    })
  const artifactName = inputs.optional('artifact-name') ?? `${stem}-car`
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
    throw inputError(
      `Input 'artifact-name' must not contain " : < > | * ? \\ or /, got ${quote(artifactName)}.`,
      {
        input: 'artifact-name',
        value: artifactName,
        fix: 'Remove " : < > | * ? \\ and / from artifact-name.'
      }
    )
  }
  const retention = inputs.value('retention-days')
  const gitPath = inputs.optional('git-path') ?? 'car/'
  resolveInsideRoots(gitPath, 'git-path', { ...env, RUNNER_TEMP: undefined })
  const gitPush = inputs.boolean('git-push', false)
  // git's ref rules (check-ref-format) for the tag, checked before anything is exported or committed.
  if (gitPush && /\.\.|\.$|\.lock$/.test(`${stem}-${buildNumber}`)) {
    throw inputError(
      `Input 'build-number' makes the tag ${quote(`${stem}-${buildNumber}`)}, which git refuses (no .., no trailing . or .lock).`,
      {
        input: 'build-number',
        value: buildNumber,
        fix: 'Choose a build-number without .., a trailing . or .lock.'
      }
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
