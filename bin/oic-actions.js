#!/usr/bin/env node
// The oic-actions command line: the same bundle the GitHub Actions run (dist/), with a terminal host.
import { runCli } from '../dist/index.js'

process.exitCode = await runCli(process.argv.slice(2))
