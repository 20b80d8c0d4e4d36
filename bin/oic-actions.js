#!/usr/bin/env node
// The oic-actions command line: the same bundle the GitHub Actions run (dist/), with a terminal host; dist/cli.js
// starts it as the action stubs start theirs (scripts/build.mjs).
import '../dist/cli.js'
