/** `npm run emulator -- [--seed FILE] [--port N] [--host H] [--https] [--switch name=value …]` */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { start } from './index.js'

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

const emulator = await start({
  seed: values.seed,
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
const shutdown = (): void => {
  void emulator.stop().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
