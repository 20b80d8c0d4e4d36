// Generates the input/output tables of README.md and actions/<name>/README.md from actions/*/action.yml.
// `node scripts/docs.mjs` writes them; `node scripts/docs.mjs --check` fails when a file is stale (CI runs the
// same comparison as a test).
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

/** The six actions in pipeline order (src/actions/registry.ts's ACTION_NAMES; a unit test keeps them equal). */
export const ACTIONS = [
  'authenticate',
  'create-deployment',
  'export-car',
  'import-car',
  'test-connections',
  'resubmit-errors'
]

const cell = text =>
  String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The action.yml of `name`. */
export function meta(name) {
  return parse(readFileSync(`actions/${name}/action.yml`, 'utf8'))
}

/** Markdown tables of an action's inputs and outputs. */
export function tables(name) {
  const m = meta(name)
  const inputs = Object.entries(m.inputs ?? {}).map(
    ([id, spec]) =>
      `| \`${id}\` | ${spec.required ? '**required**' : spec.default !== undefined ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`
  )
  const outputs = Object.entries(m.outputs ?? {}).map(
    ([id, spec]) => `| \`${id}\` | ${cell(spec.description)} |`
  )
  return {
    inputs: ['| input | default | description |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n')
  }
}

/** Replaces every `<!-- generated:NAME:KIND -->…<!-- /generated -->` block of `text`. */
export function fill(text) {
  return text.replace(
    /(<!-- generated:([a-z-]+):(inputs|outputs) -->\n)[\s\S]*?(\n<!-- \/generated -->)/g,
    (_m, open, name, kind, close) => `${open}${tables(name)[kind]}${close}`
  )
}

/** The files the generator owns, with their expected content. */
export function expected() {
  const files = { 'README.md': fill(readFileSync('README.md', 'utf8')) }
  for (const name of ACTIONS)
    files[`actions/${name}/README.md`] = fill(readFileSync(`actions/${name}/README.md`, 'utf8'))
  return files
}

if (process.argv[1]?.endsWith('docs.mjs')) {
  const stale = []
  for (const [file, text] of Object.entries(expected())) {
    if (readFileSync(file, 'utf8') === text) continue
    if (process.argv.includes('--check')) stale.push(file)
    else writeFileSync(file, text)
  }
  if (stale.length) {
    console.error(`Stale generated tables in ${stale.join(', ')}: run npm run docs`)
    process.exit(1)
  }
}
