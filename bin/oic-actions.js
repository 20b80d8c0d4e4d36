#!/usr/bin/env node
// The oic-actions command line: the same bundle the GitHub Actions run (dist/), with a terminal host.
import { setFlagsFromString } from 'node:v8'

// As in the action stubs (scripts/build.mjs): Node 20 would wait ~150 ms at exit for the optimising compile of
// undici's WebAssembly HTTP parser.
if (Number(process.versions.node.split('.')[0]) < 22) setFlagsFromString('--liftoff-only')
const { runCli } = await import('../dist/index.js')

process.exitCode = await runCli(process.argv.slice(2))
