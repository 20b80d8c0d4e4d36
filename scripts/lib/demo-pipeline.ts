/**
 * The seven steps `npm start` runs on the emulator's demo seed, each with what it does in one sentence, the files
 * it leaves in the workspace, and the output worth a line in the recap.
 */
import type { DemoCredentials } from '../../emulator/src/demo-credentials.js'
import { scopeOf } from '../../emulator/src/demo-credentials.js'
import type { StepResult } from './run-step.js'

/** The project and release the demo promotes. */
export const PROJECT = 'SALES_ORDERS'
export const RELEASE = 'REL_2026_11'
/** resubmit-errors' time window (and how the end of the run names it). */
export const WINDOW = { input: '1h', text: 'hour', ms: 3_600_000 }

/** One step of the demo pipeline. */
export interface PipelineStep {
  id: string
  title: string
  action: string
  inputs: (previous: Record<string, StepResult>) => Record<string, string>
  env?: Record<string, string>
  /** What the step did, in one sentence. */
  did: (result: StepResult) => string
  /** Files it wrote in the workspace, labelled. */
  files?: (result: StepResult) => Record<string, string>
  /** The output the recap shows. */
  key: (result: StepResult) => string
}

/** Where the emulator is and who the demo is. */
export interface DemoTarget {
  url: string
  audience: (instance: string) => string
  credentials: DemoCredentials
}

const json = <T>(text: string | undefined, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback)

function authenticate(target: DemoTarget, instance: string): PipelineStep {
  return {
    id: `auth-${instance}`,
    title: `authenticate (${instance})`,
    action: 'authenticate',
    inputs: () => ({
      'token-url': target.url,
      'client-id': target.credentials.clientId,
      'client-secret': target.credentials.clientSecret,
      scope: scopeOf(target.audience(instance)),
      'oic-url': target.url,
      instance
    }),
    did: () =>
      `Got an OAuth token for ${instance} from the identity domain (masked) and passed it to the next steps as OIC_ACCESS_TOKEN.`,
    key: r => `token for ${instance}, ${r.outputs['expires-in'] ?? '?'} s`
  }
}

/** The steps, in order: build the release on dev, then promote it to prod. */
export function demoPipeline(target: DemoTarget): PipelineStep[] {
  return [
    authenticate(target, 'dev'),
    {
      id: 'deployment',
      title: 'create-deployment (dev)',
      action: 'create-deployment',
      inputs: () => ({
        project: PROJECT,
        deployment: RELEASE,
        name: 'November release',
        integrations: 'SO_CREATE_ORDER\nSO_SYNC_CUSTOMER|01.00.0000\nSO_NOTIFY_SHIPMENT'
      }),
      did: r =>
        `Defined deployment ${RELEASE} (the integration versions to promote) in project ${PROJECT} on dev: ${json<unknown[]>(r.outputs.integrations, []).length} integrations.`,
      key: r => `${RELEASE} ${r.outputs.result ?? ''}`
    },
    {
      id: 'export',
      title: 'export-car (dev)',
      action: 'export-car',
      inputs: () => ({
        project: PROJECT,
        deployment: RELEASE,
        'build-number': '42',
        path: 'build/sales-orders.car'
      }),
      did: () => `Exported the deployment from dev as a .car archive (what moves between instances).`,
      files: r => ({ archive: r.outputs.path ?? '' }),
      key: r => `${r.outputs.size ?? '?'} bytes, sha256 ${(r.outputs.sha256 ?? '').slice(0, 12)}…`
    },
    authenticate(target, 'prod'),
    {
      id: 'import',
      title: 'import-car (prod)',
      action: 'import-car',
      inputs: prev => ({
        path: prev.export?.outputs.path ?? '',
        project: PROJECT,
        'connections-file': 'prod-connections.yaml',
        activate: RELEASE,
        'activation-timeout': '60'
      }),
      env: {
        ERP_PASSWORD: 'erp-prod-password-demo',
        CRM_CLIENT_SECRET: 'crm-prod-secret-demo',
        // The key's content, as a secret holds it (examples/config/prod-connections.yaml: { from-env: SFTP_KEY }).
        SFTP_KEY:
          '-----BEGIN OPENSSH PRIVATE KEY-----\ndemo-key-not-for-production\n-----END OPENSSH PRIVATE KEY-----\n'
      },
      did: () =>
        `Imported the archive into prod, set prod's connection settings from the connections file, activated ${RELEASE}'s integrations.`,
      files: () => ({ 'connections file': 'prod-connections.yaml' }),
      key: r => {
        const integrations = json<{ status?: string }[]>(r.outputs.integrations, [])
        const active = integrations.filter(i => i.status === 'ACTIVATED').length
        return `${r.outputs.result ?? ''}, ${active} of ${integrations.length} activated`
      }
    },
    {
      id: 'test',
      title: 'test-connections (prod)',
      action: 'test-connections',
      inputs: () => ({ project: PROJECT, 'junit-path': 'reports/connections.xml' }),
      did: () => `Tested the project's connections on prod.`,
      files: r => ({ 'JUnit report': r.outputs['junit-path'] ?? '' }),
      key: r => `${r.outputs.passed ?? '?'} passed, ${r.outputs.failed ?? '?'} failed`
    },
    {
      id: 'resubmit',
      title: 'resubmit-errors (prod)',
      action: 'resubmit-errors',
      inputs: () => ({
        project: PROJECT,
        'time-window': WINDOW.input,
        'max-instances': '500',
        'wait-timeout': '60'
      }),
      did: () =>
        `Resubmitted the recoverable errored instances of the last ${WINDOW.text} on prod and followed the recovery jobs.`,
      key: r =>
        `${r.outputs.resubmitted ?? '?'} resubmitted, ${r.outputs['still-failing'] ?? '?'} still failing`
    }
  ]
}
