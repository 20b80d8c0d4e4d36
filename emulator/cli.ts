/** `npm run emulator -- [--seed FILE] [--port N] [--host H] [--https] [--switch name=value …]` */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { authenticateLine, seedCredentials } from './src/demo-credentials.js'
import { DEMO_SEED_PATH, loadSeed, start } from './index.js'

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    https: { type: 'boolean', default: false },
    'ca-out': { type: 'string' },
    switch: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false }
  }
})

if (values.help) {
  console.log(`Usage: npm run emulator -- [--seed FILE] [--port N] [--host 127.0.0.1] [--https [--ca-out ca.pem]] [--switch name=value]...
Starts the Oracle Integration 3 emulator; prints its URL and keeps running until interrupted.
  --seed FILE      seed file (JSON or YAML); default: emulator/seeds/demo.yaml
  --port N         port; 0 (default) picks a free port
  --https          serve HTTPS with a fresh CA; --ca-out writes the CA certificate (PEM)
  --switch k=v     override a switch, e.g. --switch tokenTtlSeconds=60 --switch bulkIdCap=50`)
  process.exit(0)
}

const switches: Record<string, unknown> = {}
for (const pair of values.switch) {
  const eq = pair.indexOf('=')
  if (eq < 1) {
    console.error(`--switch expects name=value, got '${pair}'`)
    process.exit(2)
  }
  const raw = pair.slice(eq + 1)
  let value: unknown = raw
  try {
    value = JSON.parse(raw)
  } catch {
    // a bare string value
  }
  switches[pair.slice(0, eq)] = value
}

const seed = loadSeed(values.seed ?? DEMO_SEED_PATH)
const emulator = await start({
  seed,
  port: Number(values.port),
  host: values.host,
  https: values.https,
  switches: switches,
  log: line => console.error(`[emulator] ${line}`)
})
if (emulator.ca && values['ca-out']) writeFileSync(values['ca-out'], emulator.ca)
console.log(`OIC emulator listening on ${emulator.url}`)
for (const [name, inst] of emulator.state) console.log(`  instance ${name}: audience ${inst.audience}`)
if (emulator.instanceUrl) console.log(`  instance host (307 redirects): ${emulator.instanceUrl}`)
banner()

/** The seed's credentials and a CLI line to paste (the TLS CA too when serving HTTPS). */
function banner(): void {
  const credentials = seedCredentials(seed)
  const [name, first] = [...emulator.state][0] ?? []
  if (!credentials || !name || !first) return
  console.log(`Credentials (from the seed ${values.seed ?? 'emulator/seeds/demo.yaml'}):`)
  console.log(`  client id ${credentials.clientId}, client secret ${credentials.clientSecret}`)
  if (credentials.user)
    console.log(`  user ${credentials.user.username}, password ${credentials.user.password} (password grant)`)
  const ca = emulator.ca ? ` --ca-certificate ${values['ca-out'] ?? 'ca.pem (write it with --ca-out)'}` : ''
  console.log(`Try it (a token for ${name}, kept in a session file for the next commands):`)
  console.log(`  ${authenticateLine(emulator.url, { name, audience: first.audience }, credentials)}${ca}`)
  console.log(`  node bin/oic-actions.js test-connections --session /tmp/oic.session`)
}
const shutdown = (): void => {
  void emulator.stop().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
