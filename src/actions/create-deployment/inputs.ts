/** Inputs of `create-deployment`, validated into {@link CreateDeploymentSettings}. */
import { inputError } from '../../core/errors.js'
import type { Host } from '../../core/host.js'
import { InputReader, mustBe } from '../../core/inputs.js'
import { COMMON_INPUTS, readInstanceSettings, type OicInstanceSettings } from '../../core/oic-instance.js'
import { resolveReadPath } from '../../core/paths.js'
import { readDeploymentConfig, type DeploymentConfig } from './config-file.js'
import { parseSpec } from './resolve.js'

/** Every input `actions/create-deployment/action.yml` declares. */
export const INPUTS = [
  'project',
  'deployment',
  'name',
  'description',
  'integrations',
  'config-file',
  'if-exists',
  'dry-run',
  ...COMMON_INPUTS
] as const

/** What to do when the deployment exists. */
export const IF_EXISTS = ['update', 'fail', 'skip'] as const

/** Validated settings of one run. */
export interface CreateDeploymentSettings {
  /** Project code. */
  project: string
  /** The deployment to create, from the inputs or the config file. */
  deployment: DeploymentConfig
  /** The config file as the user named it, when used. */
  configFile?: string
  ifExists: (typeof IF_EXISTS)[number]
  dryRun: boolean
  connection: OicInstanceSettings
}

/** Reads and validates the inputs (and the config file when given). */
export function getSettings(host: Pick<Host, 'getInput' | 'setSecret' | 'env'>): CreateDeploymentSettings {
  const inputs = new InputReader(name => host.getInput(name), INPUTS)
  const connection = readInstanceSettings(inputs, host, { oic3Only: 'create-deployment' })
  const project = inputs.required('project', 'the code of the project that holds the integrations.')
  const ifExists = inputs.choice('if-exists', IF_EXISTS, 'update')
  const dryRun = inputs.boolean('dry-run', false)
  const configFile = inputs.optional('config-file')
  let deployment: DeploymentConfig
  if (configFile) {
    const clashing = (['deployment', 'name', 'description', 'integrations'] as const).filter(n =>
      inputs.value(n)
    )
    if (clashing.length) {
      throw inputError(
        `Inputs ${clashing.map(n => `'${n}'`).join(', ')} conflict with 'config-file', which defines the whole deployment: use one or the other.`,
        {
          input: 'config-file',
          value: configFile,
          fix: `Drop ${clashing.join(', ')} (the file defines them) or drop config-file.`
        }
      )
    }
    deployment = readDeploymentConfig(resolveReadPath(configFile, host.env), configFile)
  } else {
    const code = inputs.required('deployment', "the deployment code (or give a 'config-file').")
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(code)) {
      throw mustBe('deployment', "a code of letters, digits, '_', '-' or '.'", code)
    }
    const specs = inputs.list('integrations').map(text => parseSpec(text, { input: 'integrations' }))
    if (specs.length === 0) {
      const fix =
        'CODE|VERSION, CODE (newest version) or * (every integration), one per line or comma-separated.'
      throw inputError(`Input 'integrations' is required: ${fix}`, {
        input: 'integrations',
        value: inputs.value('integrations'),
        fix: `List the integrations: ${fix}`
      })
    }
    deployment = {
      code,
      name: inputs.optional('name'),
      description: inputs.optional('description'),
      integrations: specs,
      robots: [],
      decisions: [],
      b2bTradingPartners: []
    }
  }
  return { project, deployment, configFile, ifExists, dryRun, connection }
}
