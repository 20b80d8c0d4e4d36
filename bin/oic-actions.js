#!/usr/bin/env node
// The oic-actions command line: the same bundle the GitHub Actions run (dist/), with a terminal host.
import { runCli } from '../dist/index.js'

// As in the action stubs (scripts/build.mjs): Node 20 would wait ~150 ms at exit for the optimising compile of
// undici's WebAssembly HTTP parser. Set after the bundle is loaded, so Node's own modules keep their code cache.
if (Number(process.versions.node.split('.')[0]) < 22)
  (await import('node:v8')).setFlagsFromString('--liftoff-only')

process.exitCode = await runCli(process.argv.slice(2))
