/**
 * `npm start`: the whole pipeline on the embedded emulator. Starts the emulator with the demo seed, then runs the
 * real dist bundles one after another exactly as a GitHub runner would (INPUT_* variables, output/env/summary
 * files, GITHUB_ENV carried to later steps), printing each step's outputs and job summary:
 * authenticate → create-deployment → export-car (dev) → authenticate → import-car → test-connections →
 * resubmit-errors (prod).
 */
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { start } from '../emulator/index.js'
import { ROOT, runStep, type StepResult } from './lib/run-step.js'
import { describeStep } from './lib/terminal.js'

const DEMO_CLIENT = { id: 'oic-cicd-demo', secret: 'demo-secret-not-for-production' }
const PROJECT = 'SALES_ORDERS'
const RELEASE = 'REL_2026_11'

interface PipelineStep {
  id: string
  title: string
  action: string
  inputs: (previous: Record<string, StepResult>) => Record<string, string>
  env?: Record<string, string>
}

const emulator = await start({ log: line => console.error(`[emulator] ${line}`) })
const workspace = mkdtempSync(join(tmpdir(), 'oic-demo-'))
copyFileSync(
  join(ROOT, 'examples', 'config', 'prod-connections.yaml'),
  join(workspace, 'prod-connections.yaml')
)
const scope = (instance: string): string => `${emulator.audience(instance)}urn:opc:resource:consumer::all`
const auth = (instance: string): Record<string, string> => ({
  'token-url': emulator.url,
  'client-id': DEMO_CLIENT.id,
  'client-secret': DEMO_CLIENT.secret,
  scope: scope(instance),
  'oic-url': emulator.url,
  instance
})

const steps: PipelineStep[] = [
  { id: 'auth-dev', title: 'authenticate (dev)', action: 'authenticate', inputs: () => auth('dev') },
  {
    id: 'deployment',
    title: 'create-deployment (dev)',
    action: 'create-deployment',
    inputs: () => ({
      project: PROJECT,
      deployment: RELEASE,
      name: 'November release',
      integrations: 'SO_CREATE_ORDER\nSO_SYNC_CUSTOMER|01.00.0000\nSO_NOTIFY_SHIPMENT'
    })
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
    })
  },
  { id: 'auth-prod', title: 'authenticate (prod)', action: 'authenticate', inputs: () => auth('prod') },
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
    }
  },
  {
    id: 'test',
    title: 'test-connections (prod)',
    action: 'test-connections',
    inputs: () => ({ project: PROJECT, 'junit-path': 'reports/connections.xml' })
  },
  {
    id: 'resubmit',
    title: 'resubmit-errors (prod)',
    action: 'resubmit-errors',
    inputs: () => ({ project: PROJECT, 'time-window': '1h', 'max-instances': '500', 'wait-timeout': '60' })
  }
]

console.log(`OIC emulator (demo seed) at ${emulator.url}; workspace ${workspace}\n`)
const results: Record<string, StepResult> = {}
let jobEnv: Record<string, string> = {}
let failed = false
const started = Date.now()
try {
  for (const step of steps) {
    const result = await runStep(step.action, step.inputs(results), {
      env: { ...jobEnv, ...step.env, GITHUB_WORKSPACE: workspace },
      cwd: workspace
    })
    results[step.id] = result
    jobEnv = { ...jobEnv, ...result.env }
    console.log(
      `── ${step.title}: ${result.exitCode === 0 ? 'ok' : `FAILED (exit ${result.exitCode})`} in ${result.durationMs} ms`
    )
    console.log(describeStep(result))
    if (result.exitCode !== 0) {
      console.log(result.errors.map(e => `error: ${e}`).join('\n'))
      failed = true
      break
    }
  }
} finally {
  await emulator.stop()
}
console.log(`Pipeline ${failed ? 'FAILED' : 'finished'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
process.exitCode = failed ? 1 : 0
