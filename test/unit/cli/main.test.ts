// Verify the CLI's exit codes in-process: 2 for every kind of input error (the command line itself, a missing or
// invalid input, conflicting inputs, a bad line in a connections or deployment config file, a path outside the
// workspace, a size, a bad session file) across the six action commands; 1 for what a server answers (an error
// status, a refused credential, a project that is not there); and --version from package.json.
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EXIT, main } from '../../../src/cli/main.js'
import { USER_AGENT } from '../../../src/core/constants.js'
import { VERSION } from '../../../src/core/version.js'
import { writeProjectCar } from '../../support/car.js'
import { workspace } from '../../support/actions.js'

let server: Server
let origin: string
/** Stands for the server's origin in test tables (built before the server listens). */
const ORIGIN = '@origin'
/** Stands for the run's workspace in test tables. */
const WS = '@ws'
const userAgents: string[] = []

beforeAll(async () => {
  // A server that refuses everything: 401 invalid_client for a token, 404 for a project, 500 for anything else.
  server = createServer((req, res) => {
    userAgents.push(req.headers['user-agent'] ?? '')
    const send = (status: number, body: object): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    req.resume()
    if (req.url?.startsWith('/oauth2/v1/token'))
      send(401, { error: 'invalid_client', error_description: 'Client authentication failed.' })
    else if (/\/projects\/[^/?]+(\/integrations)?(\?|$)/.test(req.url ?? ''))
      send(404, { title: 'Project not found' })
    else send(500, { title: 'Internal Server Error' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
})

interface Run {
  code: number
  stdout: string
  stderr: string
  ws: string
}

async function cli(argv: string[], prepare?: (ws: string) => void | Promise<void>): Promise<Run> {
  const env = { ...workspace(), PATH: process.env.PATH }
  await prepare?.(env.GITHUB_WORKSPACE)
  let stdout = ''
  let stderr = ''
  const code = await main(
    argv.map(arg => arg.replace(ORIGIN, origin).replace(WS, env.GITHUB_WORKSPACE)),
    { stdout: t => void (stdout += t), stderr: t => void (stderr += t) },
    env
  )
  return { code, stdout, stderr, ws: env.GITHUB_WORKSPACE }
}

/** The inputs of an OIC 3 target served by the refusing server. */
const target = (): string[] => [
  '--oic-url',
  ORIGIN,
  '--instance',
  'dev',
  '--access-token',
  'tok-0123456789',
  '--retries',
  '0'
]

const car = (ws: string): Promise<void> =>
  writeProjectCar(join(ws, 'sales.car'), { code: 'SALES', integrations: [] })

/** An authenticate command line with every required input, asking `tokenUrl` for the token. */
const authenticateArgs = (tokenUrl = ORIGIN): string[] => [
  'authenticate',
  '--token-url',
  tokenUrl,
  '--client-id',
  'c',
  '--client-secret',
  'x',
  '--scope',
  's'
]

describe('oic-actions --version', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
    const run = await cli(['--version'])
    expect([run.code, run.stdout]).toEqual([EXIT.ok, `${pkg.version}\n`])
    expect((await cli(['--help'])).stdout).toMatch(
      new RegExp(`^oic-actions ${pkg.version.replace(/\./g, '\\.')}:`)
    )
  })
})

describe('exit code 2: the command line and the inputs cannot work as given', () => {
  it.each([
    ['an unknown command', ['deploy-all'], /^error: Unknown command 'deploy-all'\./],
    [
      'an unknown option',
      ['export-car', '--projekt', 'P'],
      /^error: Unknown option --projekt for 'export-car'\./
    ],
    ['a malformed option', ['export-car', '--Project', 'P'], /^error: Unknown option '--Project'/],
    ['an option without a value', ['export-car', '--project'], /^error: Option --project needs a value\./],
    ['an unexpected argument', ['export-car', 'P'], /^error: Unexpected argument 'P'/]
  ])('%s', async (_, argv, stderr) => {
    const run = await cli(argv)
    expect(run.code).toBe(EXIT.usage)
    expect(run.stderr).toMatch(stderr)
  })

  it('a session file that is not JSON', async () => {
    const run = await cli(['test-connections', '--session', `${WS}/session.json`, ...target()], ws =>
      writeFileSync(join(ws, 'session.json'), 'not json')
    )
    expect(run.code).toBe(EXIT.usage)
    expect(run.stderr).toMatch(/^error: Session file .*session\.json is not valid JSON/)
  })

  // One case per kind of input error, spread over the six commands.
  const cases: Array<[string, string[], RegExp, ((ws: string) => void | Promise<void>)?]> = [
    [
      'authenticate: a missing input',
      ['authenticate', '--token-url', ORIGIN, '--client-id', 'c', '--scope', 's'],
      /Option --client-secret is required/
    ],
    [
      'authenticate: an invalid choice',
      [...authenticateArgs(), '--grant-type', 'implicit'],
      /Option --grant-type must be one of/
    ],
    [
      'authenticate: plain http to another host',
      authenticateArgs('http://idcs.example.com'),
      /Option --token-url must use https/
    ],
    [
      'authenticate: a damaged private key',
      [
        'authenticate',
        '--token-url',
        ORIGIN,
        '--client-id',
        'c',
        '--scope',
        's',
        '--client-auth',
        'private_key_jwt',
        '--private-key',
        'nope',
        '--key-id',
        'k'
      ],
      /Option --private-key is not a PEM private key/
    ],
    [
      'create-deployment: OIC 2 (no instance)',
      [
        'create-deployment',
        '--oic-url',
        ORIGIN,
        '--access-token',
        't',
        '--project',
        'P',
        '--deployment',
        'D',
        '--integrations',
        '*'
      ],
      /create-deployment needs Oracle Integration 3/
    ],
    [
      'create-deployment: conflicting inputs',
      ['create-deployment', ...target(), '--project', 'P', '--deployment', 'D', '--config-file', 'd.yaml'],
      /Inputs 'deployment' conflict with 'config-file'/
    ],
    [
      'create-deployment: a bad integrations entry',
      ['create-deployment', ...target(), '--project', 'P', '--deployment', 'D', '--integrations', 'A|1.0'],
      /Option --integrations: 'A\|1\.0' has version '1\.0'/
    ],
    [
      'create-deployment: a config file that does not exist',
      ['create-deployment', ...target(), '--project', 'P', '--config-file', 'd.yaml'],
      /Option --config-file: file 'd\.yaml' does not exist\./
    ],
    [
      'create-deployment: a bad line in the config file',
      ['create-deployment', ...target(), '--project', 'P', '--config-file', 'd.yaml'],
      /^error \(d\.yaml:2\): d\.yaml:2: unknown key 'nmae'/m,
      ws => writeFileSync(join(ws, 'd.yaml'), 'code: D\nnmae: x\nintegrations: ["*"]\n')
    ],
    [
      'export-car: a path outside the workspace',
      ['export-car', ...target(), '--project', 'P', '--path', '/etc/p.car'],
      /Option --path must stay inside the workspace or runner temp/
    ],
    [
      'export-car: an invalid size',
      ['export-car', ...target(), '--project', 'P', '--max-archive-size', 'huge'],
      /Option --max-archive-size must be a size/
    ],
    [
      'export-car: an invalid code',
      ['export-car', ...target(), '--project', 'P Q'],
      /Option --project must be a code/
    ],
    [
      'import-car: conflicting sources',
      ['import-car', ...target(), '--path', 'a.car', '--release-tag', 'v1'],
      /Inputs 'path' and 'release-tag' conflict/
    ],
    [
      'import-car: no archive at the path',
      ['import-car', ...target(), '--path', 'missing.car'],
      /Option --path: no archive at 'missing\.car'/
    ],
    [
      'import-car: an archive beyond max-archive-size',
      ['import-car', ...target(), '--path', 'sales.car', '--max-archive-size', '10'],
      /sales\.car\) is .*, more than max-archive-size/,
      car
    ],
    [
      'import-car: a bad line in the connections file',
      ['import-car', ...target(), '--path', 'sales.car', '--connections-file', 'c.yaml'],
      /^error \(c\.yaml:1\): c\.yaml:1: expected a top-level 'connections:' mapping/m,
      async ws => {
        await car(ws)
        writeFileSync(join(ws, 'c.yaml'), 'connectons:\n  A: {}\n')
      }
    ],
    [
      'import-car: a connections file variable not set',
      ['import-car', ...target(), '--path', 'sales.car', '--connections-file', 'c.yaml'],
      /c\.yaml:3: \$\{NOT_SET_ANYWHERE\} is not set in the environment/,
      async ws => {
        await car(ws)
        writeFileSync(join(ws, 'c.yaml'), 'connections:\n  A:\n    security-policy: ${NOT_SET_ANYWHERE}\n')
      }
    ],
    [
      'test-connections: an out-of-range number',
      ['test-connections', ...target(), '--concurrency', '0'],
      /Option --concurrency must be a whole number from 1 to 64, got '0'\./
    ],
    [
      'test-connections: a report outside the workspace',
      ['test-connections', ...target(), '--junit-path', '../../../j.xml'],
      /Option --junit-path must stay inside/
    ],
    [
      'test-connections: a missing oic-url',
      ['test-connections', '--access-token', 't'],
      /Option --oic-url is required \(or env OIC_URL\)/
    ],
    [
      'resubmit-errors: a bad integrations entry',
      ['resubmit-errors', ...target(), '--integrations', 'A B'],
      /Option --integrations entry 'A B' must be CODE or CODE\|VERSION/
    ],
    [
      'resubmit-errors: an invalid boolean',
      ['resubmit-errors', ...target(), '--dry-run=maybe'],
      /Option --dry-run must be true or false, got 'maybe'\./
    ],
    [
      'resubmit-errors: a credential in the URL',
      ['resubmit-errors', '--oic-url', 'https://u:pw@oic.example.com', '--access-token', 't'],
      /Option --oic-url must not contain credentials/
    ]
  ]
  // Every row has four cells, so that jest does not take `prepare` for a done callback.
  it.each(cases.map(([name, argv, stderr, prepare]) => [name, argv, stderr, prepare ?? null] as const))(
    '%s',
    async (_, argv, stderr, prepare) => {
      const before = userAgents.length
      const run = await cli([...argv], prepare ?? undefined)
      expect(run.stderr).toMatch(stderr)
      expect(run.code).toBe(EXIT.usage)
      expect(userAgents.length).toBe(before)
    }
  )
})

describe('exit code 1: what a server answers', () => {
  it.each(
    (
      [
        [
          'authenticate (credentials refused)',
          [...authenticateArgs(), '--retries', '0'],
          /The identity domain refused the token request: invalid_client/
        ],
        [
          'create-deployment (project not there)',
          ['create-deployment', ...target(), '--project', 'P', '--deployment', 'D', '--integrations', '*'],
          /Project 'P' does not exist/
        ],
        [
          'export-car (project not there)',
          ['export-car', ...target(), '--project', 'P'],
          /Project 'P' does not exist/
        ],
        [
          'import-car (server error)',
          ['import-car', ...target(), '--path', 'sales.car'],
          /^error: Could not import the archive: POST .* failed: HTTP /m,
          car
        ],
        ['test-connections (server error)', ['test-connections', ...target()], /HTTP 500/],
        ['resubmit-errors (server error)', ['resubmit-errors', ...target()], /HTTP 500/]
      ] as Array<[string, string[], RegExp, ((ws: string) => Promise<void>)?]>
    ).map(([name, argv, stderr, prepare]) => [name, argv, stderr, prepare ?? null] as const)
  )('%s', async (_, argv, stderr, prepare) => {
    const run = await cli([...argv], prepare ?? undefined)
    expect(run.stderr).toMatch(stderr)
    expect(run.code).toBe(EXIT.failed)
  })

  it('sends the one version in the User-Agent', () => {
    expect(USER_AGENT).toMatch(new RegExp(`^oic-actions/${VERSION.replace(/\./g, '\\.')} `))
    expect(userAgents.length).toBeGreaterThan(0)
    expect(new Set(userAgents)).toEqual(new Set([USER_AGENT]))
  })
})
