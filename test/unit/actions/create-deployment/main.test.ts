// Verify create-deployment's main in-process against a mocked OIC answering with recorded Oracle shapes: created,
// updated, unchanged, skipped and planned (dry run) with their exact outputs and summaries; the config file; a lost
// create answer settled by reading back (the POST is never repeated); and one line for every refusal.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../../../../src/actions/create-deployment/index.js'
import { runInProcess } from '../../../support/actions.js'
import { mockNetwork, OIC_INSTANCE, OIC_TOKEN, type UnitRun } from '../../../support/http-mock.js'
import {
  answer,
  API,
  at,
  cells,
  oracleError,
  recorded,
  sent,
  tableRows
} from '../../../support/recorded-replies.js'

const PROJECT = 'SALES'
const CODE = 'REL_2026_12'
const LIST = `${API}/projects/${PROJECT}/integrations`
const DEPLOYMENTS = `${API}/projects/${PROJECT}/deployments`
const DEPLOYMENT = `${DEPLOYMENTS}/${CODE}`

type Ref = { code: string; version: string }

/** Integrations of the project: ORDER_SYNC in two versions, INVOICE_PUSH in one. */
const AVAILABLE: Ref[] = [
  { code: 'ORDER_SYNC', version: '01.00.0000' },
  { code: 'ORDER_SYNC', version: '01.00.0001' },
  { code: 'INVOICE_PUSH', version: '02.01.0003' }
]
const INPUTS = {
  project: PROJECT,
  deployment: CODE,
  integrations: 'ORDER_SYNC|01.00.0000\nINVOICE_PUSH'
}
/** What INPUTS resolve to against AVAILABLE. */
const WANTED: Ref[] = [
  { code: 'ORDER_SYNC', version: '01.00.0000' },
  { code: 'INVOICE_PUSH', version: '02.01.0003' }
]

/** A page of the design-time integrations collection (integrations-list-page.json) holding `refs`. */
function integrationsPage(refs: Ref[]): unknown {
  const page = recorded('integrations-list-page')
  const [template] = page.items
  return {
    ...page,
    hasMore: false,
    totalResults: refs.length,
    items: refs.map(r => ({ ...template, code: r.code, version: r.version, id: `${r.code}|${r.version}` }))
  }
}

/** A deployment as GET answers it (deployment-get.json), holding `refs`. */
function deploymentAnswer(refs: Ref[], fields: Record<string, unknown> = {}): unknown {
  const body = recorded('deployment-get')
  const [template] = body.integrations
  return {
    ...body,
    code: CODE,
    name: CODE,
    integrations: refs.map(r => ({ ...template, code: r.code, version: r.version })),
    ...fields
  }
}

/** GET of the deployment answers it with `refs` (and `fields`). */
const answerDeployment = (refs: Ref[], fields: Record<string, unknown> = {}): void =>
  answer(net.oic, 'GET', DEPLOYMENT, 200, deploymentAnswer(refs, fields))

const notFound = oracleError(404, 'Not Found', `Deployment ${CODE} not found.`)

let net: UnitRun

beforeEach(() => {
  net = mockNetwork()
})
afterEach(async () => {
  net.agent.assertNoPendingInterceptors()
  await net.agent.close()
})

const listAnswers = (refs: Ref[] = AVAILABLE): void =>
  answer(net.oic, 'GET', LIST, 200, integrationsPage(refs))
const posts = (): ReturnType<typeof sent> => sent(net).filter(r => r.method === 'POST')
/** The reads of the project's integration list (the deployment is read together with it). */
const listReads = (): ReturnType<typeof sent> => sent(net).filter(r => r.path.endsWith('/integrations'))

describe('create-deployment: a new deployment', () => {
  it('is created with the resolved versions; outputs, request and summary are exact', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    answer(net.oic, 'POST', DEPLOYMENTS, 201, {
      ...recorded('deployment-create-201'),
      code: CODE,
      name: CODE,
      description: ''
    })
    answerDeployment(WANTED)
    const host = await runInProcess(run, INPUTS, { net })

    expect(host.failed).toBeUndefined()
    expect(host.outputs).toEqual({
      deployment: CODE,
      result: 'created',
      integrations: JSON.stringify(WANTED),
      results: JSON.stringify({
        project: PROJECT,
        deployment: CODE,
        result: 'created',
        integrations: WANTED,
        dryRun: false
      })
    })
    expect(host.secrets).toContain(OIC_TOKEN)

    const requests = sent(net)
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `GET ${LIST}`,
      `GET ${DEPLOYMENT}`,
      `POST ${DEPLOYMENTS}`,
      `GET ${DEPLOYMENT}`
    ])
    for (const r of requests) {
      expect(r.query.integrationInstance).toBe(OIC_INSTANCE)
      expect(r.headers.authorization).toBe(`Bearer ${OIC_TOKEN}`)
    }
    expect(JSON.parse(posts()[0]?.body ?? '')).toEqual({
      code: CODE,
      name: CODE,
      description: '',
      integrations: WANTED,
      robots: [],
      decisions: [],
      b2btradingpartners: []
    })

    expect(host.summaries[0]?.status).toBe('success')
    const md = host.summaryText
    expect(md).toContain(`Deployment ${CODE} in project ${PROJECT} on ${OIC_INSTANCE}: created.`)
    expect(tableRows(md)).toEqual([
      '| ORDER_SYNC | 01.00.0000 | ORDER_SYNC\\|01.00.0000 | added |',
      '| INVOICE_PUSH | 02.01.0003 | INVOICE_PUSH | added |'
    ])
    expect(md).not.toContain(OIC_TOKEN)
  })

  it('takes every integration at its newest version for *', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    answer(net.oic, 'POST', DEPLOYMENTS, 201, recorded('deployment-create-201'))
    answerDeployment([
      { code: 'ORDER_SYNC', version: '01.00.0001' },
      { code: 'INVOICE_PUSH', version: '02.01.0003' }
    ])
    const host = await runInProcess(
      run,
      { ...INPUTS, integrations: '*', name: 'December', description: 'd' },
      { net }
    )
    expect(host.failed).toBeUndefined()
    const body = JSON.parse(posts()[0]?.body ?? '')
    expect(body.integrations).toEqual([
      { code: 'ORDER_SYNC', version: '01.00.0001' },
      { code: 'INVOICE_PUSH', version: '02.01.0003' }
    ])
    expect(body.name).toBe('December')
    expect(body.description).toBe('d')
    expect(tableRows(host.summaryText).map(r => cells(r)[2])).toEqual(['*', '*'])
  })

  it('dry run: planned, nothing sent but reads, outputs name what would be in it', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    const host = await runInProcess(run, { ...INPUTS, 'dry-run': 'true' }, { net })
    expect(host.failed).toBeUndefined()
    expect(posts()).toEqual([])
    expect(host.outputs.result).toBe('planned')
    expect(host.outputs.integrations).toBe(JSON.stringify(WANTED))
    expect(JSON.parse(host.outputs.results ?? '{}').dryRun).toBe(true)
    expect(host.summaries[0]?.status).toBe('planned')
    expect(host.summaries[0]?.statusLine).toBe(
      `Deployment ${CODE} in project ${PROJECT} on ${OIC_INSTANCE}: planned (dry run: nothing changed).`
    )
  })
})

describe('create-deployment: the deployment exists', () => {
  const OLD: Ref[] = [
    { code: 'ORDER_SYNC', version: '01.00.0001' },
    { code: 'LEGACY_FEED', version: '01.00.0000' }
  ]

  it('if-exists update (default): sends the full body with the PATCH override, reports each change', async () => {
    listAnswers()
    answerDeployment(OLD)
    answer(net.oic, 'POST', DEPLOYMENT, 200, { ...recorded('deployment-update'), code: CODE, name: CODE })
    answerDeployment(WANTED)
    const host = await runInProcess(run, INPUTS, { net })

    expect(host.failed).toBeUndefined()
    expect(host.outputs.result).toBe('updated')
    expect(host.outputs.integrations).toBe(JSON.stringify(WANTED))
    const [update] = posts()
    expect(update?.path).toBe(DEPLOYMENT)
    expect(update?.headers['x-http-method-override']).toBe('PATCH')
    expect(JSON.parse(update?.body ?? '').integrations).toEqual(WANTED)
    expect(tableRows(host.summaryText).map(cells)).toEqual([
      ['ORDER_SYNC', '01.00.0000', 'ORDER_SYNC\\|01.00.0000', 'version 01.00.0001 → 01.00.0000'],
      ['INVOICE_PUSH', '02.01.0003', 'INVOICE_PUSH', 'added'],
      ['LEGACY_FEED', '01.00.0000', '', 'removed']
    ])
  })

  it('repeats an update answered 503 (the same full body twice is harmless)', async () => {
    listAnswers()
    answerDeployment(OLD)
    answer(net.oic, 'POST', DEPLOYMENT, 503, '')
    answer(net.oic, 'POST', DEPLOYMENT, 200, recorded('deployment-update'))
    answerDeployment(WANTED)
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed).toBeUndefined()
    expect(posts()).toHaveLength(2)
    expect(net.slept).toHaveLength(1)
    expect(host.outputs.result).toBe('updated')
  })

  it('reports a locked deployment (412) with what the server said', async () => {
    listAnswers()
    answerDeployment(OLD)
    answer(net.oic, 'POST', DEPLOYMENT, 412, recorded('error-412-schedule-cancelled'))
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed?.message).toMatch(
      new RegExp(
        `^Could not update deployment ${CODE} in project ${PROJECT}: POST \\S+/deployments/${CODE}\\S* failed: HTTP 412 Precondition Failed: Schedule is in CANCELLED state\\. It can be stopped only when in ACTIVE or HOLD state\\. A precondition failed`
      )
    )
    expect(posts()).toHaveLength(1)
    expect(host.outputs).toEqual({})
  })

  it('is unchanged when it already holds exactly the requested versions (nothing sent)', async () => {
    listAnswers()
    answerDeployment([...WANTED].reverse())
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed).toBeUndefined()
    expect(posts()).toEqual([])
    expect(host.outputs.result).toBe('unchanged')
    expect(host.outputs.integrations).toBe(JSON.stringify([...WANTED].reverse()))
    expect(host.summaries[0]?.status).toBe('success')
    expect(tableRows(host.summaryText).map(r => cells(r)[3])).toEqual(['unchanged', 'unchanged'])
  })

  it('a different name or description is a change', async () => {
    listAnswers()
    answerDeployment(WANTED, { name: 'Old name' })
    const host = await runInProcess(run, { ...INPUTS, 'dry-run': 'true' }, { net })
    expect(host.outputs.result).toBe('planned')
    expect(posts()).toEqual([])
  })

  it('robots or decisions the request drops are a change', async () => {
    listAnswers()
    answerDeployment(WANTED, { robots: [{ identifier: 'ROBOT_A', version: '01.00.0000' }] })
    const host = await runInProcess(run, { ...INPUTS, 'dry-run': 'true' }, { net })
    expect(host.outputs.result).toBe('planned')
  })

  it('if-exists skip: leaves it as it is', async () => {
    listAnswers()
    answerDeployment(OLD)
    const host = await runInProcess(run, { ...INPUTS, 'if-exists': 'skip' }, { net })
    expect(host.failed).toBeUndefined()
    expect(posts()).toEqual([])
    expect(host.outputs.result).toBe('skipped')
    expect(host.outputs.integrations).toBe(JSON.stringify(OLD))
    expect(host.summaries[0]?.status).toBe('skipped')
    expect(tableRows(host.summaryText).map(r => cells(r)[3])).toEqual(['skipped', 'skipped'])
  })

  it('if-exists fail: one line naming the fix, no outputs', async () => {
    listAnswers()
    answerDeployment(OLD)
    const host = await runInProcess(run, { ...INPUTS, 'if-exists': 'fail' }, { net })
    expect(host.failed?.message).toBe(
      `Deployment '${CODE}' already exists in project ${PROJECT} (2 integrations): set if-exists to update or skip.`
    )
    expect(host.outputs).toEqual({})
    expect(posts()).toEqual([])
    expect(host.summaries[0]?.status).toBe('failure')
  })

  it('dry run of an update: planned, nothing sent', async () => {
    listAnswers()
    answerDeployment(OLD)
    const host = await runInProcess(run, { ...INPUTS, 'dry-run': 'true' }, { net })
    expect(posts()).toEqual([])
    expect(host.outputs.result).toBe('planned')
    expect(host.outputs.integrations).toBe(JSON.stringify(WANTED))
    expect(tableRows(host.summaryText).map(r => cells(r)[3])).toEqual([
      'version 01.00.0001 → 01.00.0000',
      'added',
      'removed'
    ])
  })
})

describe('create-deployment: a create whose answer is lost is never sent twice', () => {
  it('500: reads back, finds the requested content, warns and reports created', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    answer(net.oic, 'POST', DEPLOYMENTS, 500, recorded('rest-adapter-error-20-4-2'))
    answerDeployment(WANTED)
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed).toBeUndefined()
    expect(posts()).toHaveLength(1)
    expect(host.outputs.result).toBe('created')
    const warnings = host.logs.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      new RegExp(
        `^The answer to creating deployment ${CODE} was lost \\(.*HTTP 500.*\\); it exists with the requested content, so it was not sent again\\.$`
      )
    )
  })

  it('connection reset: reads back and reports created', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    net.oic
      .intercept({ path: at(DEPLOYMENTS), method: 'POST' })
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    answerDeployment(WANTED)
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed).toBeUndefined()
    expect(posts()).toHaveLength(1)
    expect(host.outputs.result).toBe('created')
  })

  it('502 and nothing there: fails without a second POST', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    answer(net.oic, 'POST', DEPLOYMENTS, 502, '<html><title>502 Bad Gateway</title></html>', {
      headers: { 'content-type': 'text/html' }
    })
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    const host = await runInProcess(run, INPUTS, { net })
    expect(posts()).toHaveLength(1)
    expect(net.slept).toEqual([])
    expect(host.failed?.message).toMatch(
      new RegExp(`^Could not create deployment ${CODE} in project ${PROJECT}: POST \\S+ failed: HTTP 502`)
    )
    expect(host.outputs).toEqual({})
  })

  it('500 and something else there: fails', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    answer(net.oic, 'POST', DEPLOYMENTS, 500, '')
    answerDeployment([{ code: 'ORDER_SYNC', version: '01.00.0001' }])
    const host = await runInProcess(run, INPUTS, { net })
    expect(posts()).toHaveLength(1)
    expect(host.failed?.message).toMatch(
      /^Could not create deployment REL_2026_12 in project SALES: .*HTTP 500/
    )
  })

  it('409 (it exists after all): no read-back, the conflict is reported', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 404, notFound)
    answer(
      net.oic,
      'POST',
      DEPLOYMENTS,
      409,
      oracleError(409, 'Conflict', `Deployment ${CODE} already exists.`)
    )
    const host = await runInProcess(run, INPUTS, { net })
    expect(sent(net).map(r => r.method)).toEqual(['GET', 'GET', 'POST'])
    expect(host.failed?.message).toMatch(
      new RegExp(
        `^Could not create deployment ${CODE} in project ${PROJECT}: POST \\S+ failed: HTTP 409 Conflict: Deployment ${CODE} already exists\\.`
      )
    )
  })
})

describe('create-deployment: failures of the reads', () => {
  it('a project that does not exist (404 on its integrations)', async () => {
    answer(net.oic, 'GET', LIST, 404, oracleError(404, 'Not Found', 'Project SALES not found.'))
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed?.message).toBe(
      `Project '${PROJECT}' does not exist in instance '${OIC_INSTANCE}': check the project input.`
    )
    expect(host.failed?.properties).toBeUndefined()
  })

  it('401 is not retried and says to authenticate again', async () => {
    answer(net.oic, 'GET', LIST, 401, '')
    const host = await runInProcess(run, INPUTS, { net })
    expect(listReads()).toHaveLength(1)
    expect(host.failed?.message).toMatch(
      /^Could not list the integrations of project SALES: GET \S+ failed: HTTP 401\. The access token was rejected/
    )
    expect(host.failed?.message).not.toContain(OIC_TOKEN)
  })

  it('403 names the missing role', async () => {
    answer(net.oic, 'GET', LIST, 403, oracleError(403, 'Forbidden', 'Forbidden'))
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed?.message).toMatch(/HTTP 403 Forbidden\. The token is valid but lacks a role/)
  })

  it('503 on every attempt: retried `retries` times, then one line', async () => {
    answer(net.oic, 'GET', LIST, 503, '', { times: 3 })
    const host = await runInProcess(run, { ...INPUTS, retries: '2' }, { net })
    expect(listReads()).toHaveLength(3)
    expect(net.slept).toHaveLength(2)
    expect(host.failed?.message).toMatch(
      /^Could not list the integrations of project SALES: GET \S+ failed: HTTP 503$/
    )
  })

  it('500 on a read is reported at once', async () => {
    answer(net.oic, 'GET', LIST, 500, recorded('rest-adapter-error-20-4-2'))
    const host = await runInProcess(run, INPUTS, { net })
    expect(listReads()).toHaveLength(1)
    expect(host.failed?.message).toMatch(/HTTP 500 Internal Server Error: An internal error occurred/)
  })

  it('a refused read of the deployment (403) is not taken for "absent"', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 403, oracleError(403, 'Forbidden', 'Forbidden'))
    const host = await runInProcess(run, INPUTS, { net })
    expect(posts()).toEqual([])
    expect(host.failed?.message).toMatch(/^GET \S+\/deployments\/REL_2026_12\S* failed: HTTP 403/)
  })

  it('the list and the deployment are read together: a failed list still finds the deployment read sent', async () => {
    answer(net.oic, 'GET', LIST, 500, recorded('rest-adapter-error-20-4-2'))
    answer(net.oic, 'GET', DEPLOYMENT, 404, oracleError(404, 'Not Found', 'Not found'))
    const host = await runInProcess(run, INPUTS, { net })
    expect(host.failed?.message).toMatch(/^Could not list the integrations of project SALES/)
    expect(sent(net).map(r => r.path.replace(`${API}/projects/${PROJECT}`, ''))).toEqual([
      '/integrations',
      `/deployments/${CODE}`
    ])
  })

  it('a mistake in the integrations input is reported before a failed read of the deployment', async () => {
    listAnswers()
    answer(net.oic, 'GET', DEPLOYMENT, 500, recorded('rest-adapter-error-20-4-2'))
    const host = await runInProcess(run, { ...INPUTS, integrations: 'NOPE' }, { net })
    expect(host.failed?.message).toMatch(/^Input 'integrations': integration NOPE is not in project SALES/)
  })

  it('an integration the project does not hold names what it holds', async () => {
    listAnswers()
    const host = await runInProcess(run, { ...INPUTS, integrations: 'NOPE' }, { net })
    expect(host.failed?.message).toBe(
      "Input 'integrations': integration NOPE is not in project SALES (integrations there: INVOICE_PUSH, ORDER_SYNC)."
    )
  })

  it('a version the project does not hold names the versions there', async () => {
    listAnswers()
    const host = await runInProcess(run, { ...INPUTS, integrations: 'ORDER_SYNC|09.00.0000' }, { net })
    expect(host.failed?.message).toBe(
      "Input 'integrations': integration ORDER_SYNC|09.00.0000 is not in project SALES (versions there: 01.00.0000, 01.00.0001)."
    )
  })
})

describe('create-deployment: inputs', () => {
  const cases: Array<[string, Record<string, string>, string | RegExp]> = [
    [
      'OIC 2 (no instance)',
      { instance: '' },
      /^create-deployment needs Oracle Integration 3 .*set input 'instance'/
    ],
    ['no project', { project: '' }, /^Input 'project' is required/],
    [
      'a bad code',
      { deployment: 'REL 1;rm' },
      "Input 'deployment' must be a code of letters, digits, '_', '-' or '.', got 'REL 1;rm'."
    ],
    ['no integrations', { integrations: ' , ' }, /^Input 'integrations' is required: CODE\|VERSION/],
    [
      'a malformed entry',
      { integrations: 'A|1.0' },
      /^Input 'integrations': 'A\|1\.0' has version '1\.0', expected NN\.NN\.NNNN/
    ],
    ['an unknown if-exists', { 'if-exists': 'replace' }, /^Input 'if-exists' must be one of/],
    [
      'config-file beside the inputs',
      { 'config-file': 'd.yaml' },
      /^Inputs 'deployment', 'integrations' conflict with 'config-file'/
    ]
  ]
  it.each(cases)('%s: one line, nothing sent', async (_name, inputs, message) => {
    const host = await runInProcess(run, { ...INPUTS, ...inputs }, { net })
    expect(host.failed?.message).toMatch(message)
    expect(sent(net)).toEqual([])
    expect(host.outputs).toEqual({})
  })
})

describe('create-deployment: config-file', () => {
  function workspaceWith(text: string): Record<string, string> {
    const root = mkdtempSync(join(tmpdir(), 'oic-cd-'))
    mkdirSync(join(root, 'ws', 'oic'), { recursive: true })
    mkdirSync(join(root, 'tmp'))
    writeFileSync(join(root, 'ws', 'oic', 'deployment.yaml'), text)
    return { GITHUB_WORKSPACE: join(root, 'ws'), RUNNER_TEMP: join(root, 'tmp') }
  }
  const FILE_INPUTS = { project: PROJECT, 'config-file': 'oic/deployment.yaml' }

  it('defines the whole deployment, robots included, and is named in the summary', async () => {
    const env = workspaceWith(
      [
        'code: REL_CFG',
        'name: From the file',
        'description: Built by CI',
        'integrations:',
        '  - ORDER_SYNC|01.00.0001',
        '  - code: INVOICE_PUSH',
        'robots:',
        '  - identifier: ROBOT_A',
        '    version: 01.00.0000',
        'decisions:',
        '  - identifier: DECIDE_B',
        '    version: 02.00.0000',
        'b2b-trading-partners:',
        '  - code: TP_ACME',
        '    version: 01.00.0000',
        ''
      ].join('\n')
    )
    const path = `${DEPLOYMENTS}/REL_CFG`
    listAnswers()
    answer(net.oic, 'GET', path, 404, notFound)
    answer(net.oic, 'POST', DEPLOYMENTS, 201, recorded('deployment-create-201'))
    answer(net.oic, 'GET', path, 200, deploymentAnswer(WANTED, { code: 'REL_CFG' }))
    const host = await runInProcess(run, FILE_INPUTS, { net, env })
    expect(host.failed).toBeUndefined()
    expect(JSON.parse(posts()[0]?.body ?? '')).toEqual({
      code: 'REL_CFG',
      name: 'From the file',
      description: 'Built by CI',
      integrations: [
        { code: 'ORDER_SYNC', version: '01.00.0001' },
        { code: 'INVOICE_PUSH', version: '02.01.0003' }
      ],
      robots: [{ identifier: 'ROBOT_A', version: '01.00.0000' }],
      decisions: [{ identifier: 'DECIDE_B', version: '02.00.0000' }],
      b2btradingpartners: [{ code: 'TP_ACME', version: '01.00.0000' }]
    })
    expect(host.outputs.deployment).toBe('REL_CFG')
    expect(host.summaries[0]?.notes).toEqual(['Defined by oic/deployment.yaml.'])
  })

  it('an integration the project lacks points at its file and line', async () => {
    const env = workspaceWith('code: REL_CFG\nintegrations:\n  - ORDER_SYNC\n  - NOPE|01.00.0000\n')
    listAnswers()
    const host = await runInProcess(run, FILE_INPUTS, { net, env })
    expect(host.failed).toEqual({
      message:
        'oic/deployment.yaml:4: integration NOPE is not in project SALES (integrations there: INVOICE_PUSH, ORDER_SYNC).',
      properties: { file: 'oic/deployment.yaml', startLine: 4 }
    })
  })

  it('a validation error points at its line before anything is sent', async () => {
    const env = workspaceWith('code: REL_CFG\nintegrations: []\nflavour: x\n')
    const host = await runInProcess(run, FILE_INPUTS, { net, env })
    expect(host.failed?.message).toBe(
      "oic/deployment.yaml:3: unknown key 'flavour' (expected code, name, description, integrations, robots, decisions, b2b-trading-partners)."
    )
    expect(host.failed?.properties).toEqual({ file: 'oic/deployment.yaml', startLine: 3 })
    expect(sent(net)).toEqual([])
  })

  const invalid: Array<[string, string, number, RegExp]> = [
    [
      'a list at the root',
      '- a\n- b\n',
      1,
      /expected a mapping with code, name, description and integrations\./
    ],
    ['no code', 'integrations:\n  - ORDER_SYNC\n', 1, /'code' \(the deployment code\) is required\./],
    [
      'an empty integrations list',
      'code: X\nintegrations: []\n',
      2,
      /'integrations' must be a non-empty list/
    ],
    [
      'an entry without a code',
      'code: X\nintegrations:\n  - version: 01.00.0000\n',
      3,
      /an integration entry needs a code\./
    ],
    [
      'an empty entry',
      'code: X\nintegrations:\n  - ""\n',
      3,
      /an integration entry must be CODE\|VERSION, CODE or \*\./
    ],
    [
      'an empty name',
      'code: X\nname: "  "\nintegrations:\n  - A\n',
      2,
      /'name' must be a non-empty string\./
    ],
    [
      'robots not a list',
      'code: X\nintegrations:\n  - A\nrobots: ROBOT_A\n',
      4,
      /'robots' must be a list of \{identifier, version\}\./
    ],
    [
      'a decision without a proper version',
      'code: X\nintegrations:\n  - A\ndecisions:\n  - identifier: D\n    version: "1"\n',
      5,
      /each entry of 'decisions' needs identifier and a version NN\.NN\.NNNN\./
    ],
    ['broken YAML', 'code: [X\nintegrations:\n', 0, /invalid YAML/]
  ]
  it.each(invalid)('%s: one located line before anything is sent', async (_name, text, line, message) => {
    const host = await runInProcess(run, FILE_INPUTS, { net, env: workspaceWith(text) })
    const prefix = line ? `oic/deployment.yaml:${line}: ` : 'oic/deployment.yaml'
    expect(host.failed?.message.startsWith(prefix)).toBe(true)
    expect(host.failed?.message).toMatch(message)
    expect(host.failed?.properties?.file).toBe('oic/deployment.yaml')
    if (line) expect(host.failed?.properties?.startLine).toBe(line)
    expect(sent(net)).toEqual([])
  })

  it('a missing file is named', async () => {
    const env = workspaceWith('code: X\n')
    const host = await runInProcess(run, { ...FILE_INPUTS, 'config-file': 'oic/missing.yaml' }, { net, env })
    expect(host.failed?.message).toBe("Input 'config-file': file 'oic/missing.yaml' does not exist.")
  })
})

describe('create-deployment: hostile server text', () => {
  it('an integration code with a pipe, a line break and a workflow command stays in its cell', async () => {
    const evil = 'EVIL|CODE\n::stop-commands::pwn'
    const evilOld = 'OLD\r\n::add-mask::x | y'
    listAnswers([...AVAILABLE, { code: evil, version: '01.00.0000' }])
    answerDeployment([
      { code: 'ORDER_SYNC', version: '01.00.0000' },
      { code: evilOld, version: '01.00.0000' }
    ])
    const host = await runInProcess(run, { ...INPUTS, integrations: '*', 'dry-run': 'true' }, { net })
    expect(host.failed).toBeUndefined()
    const md = host.summaryText
    const rows = tableRows(md)
    // ORDER_SYNC, INVOICE_PUSH, the hostile code, and the removed hostile code: four rows of four cells each.
    expect(rows).toHaveLength(4)
    for (const row of rows) expect(cells(row)).toHaveLength(4)
    expect(md.split('\n').some(line => line.trimStart().startsWith('::'))).toBe(false)
    expect(JSON.parse(host.outputs.integrations ?? '[]')).toContainEqual({
      code: evil,
      version: '01.00.0000'
    })
  })
})
