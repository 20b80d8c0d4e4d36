// Verify the emulator started through its command with the demo seed: the README's design-time walk-through
// (token → export from dev → import into prod → configure and test connections → activate) over HTTP only, and
// what the demo's export shows of the real layout: underscored codes, a schedule, a lookup, a library, and a
// pre-seeded connection that integrations use but the archive does not hold.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx')
const CLIENT = 'oic-cicd-demo:demo-secret-not-for-production'
const audience = (instance: string): string =>
  `https://${instance}-demo.integration.us-phoenix-1.ocp.oraclecloud.com:443`

let child: ChildProcess
let url = ''
beforeAll(async () => {
  child = spawn(TSX, ['emulator/cli.ts', '--port', '0', '--switch', 'activationDelayMs=50'], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    child.on('exit', code => reject(new Error(`emulator exited with ${code}: ${out}`)))
  })
}, 30000)
afterAll(async () => {
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
})

async function token(instance: string): Promise<string> {
  const res = await fetch(`${url}/oauth2/v1/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(CLIENT).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded'
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: `${audience(instance)}/ic/api/` })
  })
  return String(((await res.json()) as { access_token: string }).access_token)
}

async function api<T>(
  instance: string,
  bearer: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<{ status: number; body: T }> {
  const isForm = body instanceof FormData
  const res = await fetch(`${url}/ic/api/integration/v1${path}?integrationInstance=${instance}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
      ...headers
    },
    body: isForm ? body : body === undefined ? undefined : JSON.stringify(body)
  })
  const type = res.headers.get('content-type') ?? ''
  return {
    status: res.status,
    body: (type.includes('json') ? await res.json() : await res.arrayBuffer()) as T
  }
}

/** The text of every entry of a zip, by name. */
async function entryTexts(zip: Buffer): Promise<Map<string, string>> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true })
  const out = new Map<string, string>()
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'))
  }
  return out
}

describe('the demo seed through npm run emulator', () => {
  it('promotes SALES_ORDERS from dev to prod', async () => {
    const dev = await token('dev')
    const prod = await token('prod')
    const projects = await api<{ items: Array<{ code: string }> }>('dev', dev, 'GET', '/projects')
    expect(projects.body.items.map(p => p.code)).toEqual(['SALES_ORDERS'])
    expect((await api('prod', prod, 'GET', '/projects/SALES_ORDERS')).status).toBe(404)

    const car = await api<ArrayBuffer>('dev', dev, 'POST', '/projects/SALES_ORDERS/archive', {
      code: 'SALES_ORDERS',
      label: ''
    })
    expect(car.status).toBe(200)
    const texts = await entryTexts(Buffer.from(car.body))
    const names = [...texts.keys()]
    expect(names.every(n => n.startsWith('project/'))).toBe(true)
    expect(names).toEqual(
      expect.arrayContaining([
        'project/project.yaml',
        'project/labels/ORDERS_R1.json',
        'project/integrations/SO_ORDER_SYNC_V2_02.00.0000/info.json',
        'project/schedules/Schedule_SO_INVOICE_EXPORT_01.00.0000.xml',
        'project/lookups/SO_ORDER_STATUS.dvm',
        'project/libraries/SO_DATE_UTILS_01.00.0000/SO_DATE_UTILS.jar'
      ])
    )
    const info = JSON.parse(texts.get('project/integrations/SO_ORDER_SYNC_V2_02.00.0000/info.json') ?? '{}')
    expect(info.dependencies.connections).toEqual(['SO_ERP_CLOUD', 'PRESEEDED_COLLOCATED_CONN_ATP'])
    expect(names.filter(n => n.startsWith('project/connections/')).sort()).toEqual([
      'project/connections/SO_CRM_REST.xml',
      'project/connections/SO_ERP_CLOUD.xml',
      'project/connections/SO_SHIPMENTS_FTP.xml'
    ])
    const form = new FormData()
    form.append('file', new Blob([car.body]), 'SALES_ORDERS.car')
    const imported = await api<{ state: { status: string } }>('prod', prod, 'POST', '/projects/archive', form)
    expect(imported.status).toBe(200)
    expect(imported.body.state.status).toBe('DRAFT')

    const mo = { 'x-http-method-override': 'PATCH' }
    const configure = (id: string, body: unknown) =>
      api('prod', prod, 'POST', `/projects/SALES_ORDERS/connections/${id}`, body, mo)
    const test = async (id: string): Promise<string> =>
      (await api<{ status: string }>('prod', prod, 'POST', `/projects/SALES_ORDERS/connections/${id}/test`))
        .body.status
    const erp = (connectionUrl: string) => ({
      connectionProperties: [{ propertyName: 'connectionUrl', propertyValue: connectionUrl }],
      securityProperties: [
        { propertyName: 'username', propertyValue: 'integration.prod' },
        { propertyName: 'password', propertyValue: 's3cret' }
      ]
    })
    expect((await configure('SO_ERP_CLOUD', erp('https://erp-dev.example.com'))).status).toBe(200)
    expect(await test('SO_ERP_CLOUD')).toBe('FAILED')
    await configure('SO_ERP_CLOUD', erp('https://erp.example.com'))
    expect(await test('SO_ERP_CLOUD')).toBe('SUCCESS')
    await configure('SO_CRM_REST', {
      connectionProperties: { propertyName: 'connectionUrl', propertyValue: 'https://crm.example.com/api' },
      securityProperties: ['oauth.client.id', 'oauth.client.secret', 'oauth.access.token.uri'].map(n => ({
        propertyName: n,
        propertyValue: n === 'oauth.access.token.uri' ? 'https://crm.example.com/oauth2/token' : 'x'
      }))
    })

    const id = 'SO_CREATE_ORDER%7C01.00.0001'
    const activated = await api<{ status: string }>(
      'prod',
      prod,
      'POST',
      `/projects/SALES_ORDERS/integrations/${id}`,
      {
        status: 'ACTIVATED'
      }
    )
    expect(activated.body.status).toBe('ACTIVATION_INPROGRESS')
    let status = ''
    for (let i = 0; i < 50 && status !== 'ACTIVATED'; i++) {
      await new Promise(resolve => setTimeout(resolve, 20))
      status = (
        await api<{ activationStatus: string }>(
          'prod',
          prod,
          'GET',
          `/projects/SALES_ORDERS/integrations/${id}/activationStatus`
        )
      ).body.activationStatus
    }
    expect(status).toBe('ACTIVATED')
  })
})
