/**
 * The deployment a `deployments create` or `update` sends (LabelRs: contract §5.8): from --config (the file
 * create-deployment reads) or from --name, --description and --integrations (CODE|VERSION, CODE for its newest
 * version, or *).
 */
import { errorMessage, inputError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import type { Deployment } from '../../core/oic/deployments.js'
import { listIntegrations } from '../../core/oic/integrations.js'
import { readDeploymentConfig, type DeploymentConfig } from '../../actions/create-deployment/config-file.js'
import {
  parseSpec,
  resolveIntegrations,
  type IntegrationSpec
} from '../../actions/create-deployment/resolve.js'
import { inputFile } from './factory-files.js'
import type { OptionSpec } from './resource.js'

/** The options of create and update. */
export const DEPLOYMENT_OPTIONS: Record<string, OptionSpec> = {
  name: { description: 'display name (default: the code; update: unchanged)' },
  description: { description: 'description (update: unchanged when not given)' },
  integrations: {
    description:
      "integration versions: CODE|VERSION, CODE (its newest version) or *, repeated or comma-separated (quote '|' in a shell)"
  },
  config: {
    description: 'a deployment config file (YAML or JSON) as create-deployment reads; its code must be CODE'
  }
}

/** What the options ask for, before any integration is resolved against the project. */
export interface DeploymentRequest {
  code: string
  name?: string
  description?: string
  specs?: IntegrationSpec[]
  config?: DeploymentConfig
}

/** Reads the options (an input error for a config that names another code or both --config and --integrations). */
export function deploymentRequest(code: string, options: Record<string, string>): DeploymentRequest {
  if (options.config && options.integrations)
    throw inputError('Give either --config or --integrations, not both.', {
      input: '--integrations',
      value: options.integrations,
      fix: 'List the integrations in the config file, or drop --config.'
    })
  if (options.config) {
    const config = readDeploymentConfig(inputFile(options.config, '--config'))
    if (config.code !== code)
      throw inputError(`--config names deployment ${config.code}, not ${code}.`, {
        input: '--config',
        value: options.config,
        fix: `Give CODE ${config.code}, or change 'code' in the file.`
      })
    return {
      code,
      name: options.name || config.name,
      description: options.description || config.description,
      specs: config.integrations,
      config
    }
  }
  const specs = (options.integrations ?? '')
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
    .map(s => parseSpec(s, { input: '--integrations' }))
  return {
    code,
    name: options.name || undefined,
    description: options.description || undefined,
    specs: specs.length ? specs : undefined
  }
}

/** One line naming what the options set, for --dry-run (never throws: the run reports a bad option). */
export function describeRequest(code: string, options: Record<string, string>): string {
  try {
    const request = deploymentRequest(code, options)
    const list = request.specs?.map(s => s.text).join(', ')
    return `${code}${request.name ? ` "${request.name}"` : ''}${list ? ` with ${list}` : ''}`
  } catch (error) {
    return `${code} (not as given: ${errorMessage(error)})`
  }
}

/**
 * The full LabelRs body: `base` (the current deployment, for update) with what the request changes; CODE and `*`
 * resolved against the project's integrations.
 */
export async function deploymentBody(
  client: HttpClient,
  project: string,
  request: DeploymentRequest,
  base?: Deployment
): Promise<Deployment> {
  const specs = request.specs ?? []
  const exact = specs.flatMap(s => (s.kind === 'exact' ? [{ code: s.code, version: s.version }] : []))
  const integrations = !request.specs
    ? (base?.integrations ?? [])
    : exact.length === specs.length
      ? exact
      : resolveIntegrations(specs, await listIntegrations(client, project), project).map(r => ({
          code: r.code,
          version: r.version
        }))
  const config = request.config
  const keep = <K extends 'robots' | 'decisions' | 'b2btradingpartners'>(key: K, given?: Deployment[K]) =>
    given?.length ? { [key]: given } : base?.[key] ? { [key]: base[key] } : {}
  return {
    code: request.code,
    name: request.name ?? base?.name ?? request.code,
    ...((request.description ?? base?.description) !== undefined
      ? { description: request.description ?? base?.description }
      : {}),
    integrations,
    ...keep('robots', config?.robots),
    ...keep('decisions', config?.decisions),
    ...keep('b2btradingpartners', config?.b2bTradingPartners)
  }
}
