/**
 * Which JavaScript files a process loads: a `module.register` load hook (ES modules, including the bundle's lazy
 * chunks) plus a wrapper of the CommonJS `.js` loader, both printing `LOADED <file URL>` on stderr. The two
 * files are written at run time because the traced process runs plain Node, not tsx.
 */
import { statSync, writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const HOOK = `export async function load(url, context, next) {
  if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n')
  return next(url, context)
}
`

const REGISTER = (hook: string): string => `import { createRequire, register } from 'node:module'
register(${JSON.stringify(hook)})
const Module = createRequire(import.meta.url)('node:module')
const load = Module._extensions['.js']
Module._extensions['.js'] = function (module, filename) {
  process.stderr.write('LOADED file://' + filename + '\\n')
  return load.call(this, module, filename)
}
`

/** Writes the tracer into `dir`; returns the node flags that install it. */
export function loadTracerArgs(dir: string): string[] {
  const hook = join(dir, 'load-hook.mjs')
  const register = join(dir, 'load-register.mjs')
  writeFileSync(hook, HOOK)
  writeFileSync(register, REGISTER(pathToFileURL(hook).href))
  return ['--import', pathToFileURL(register).href]
}

/** A loaded file of `root` and its size. */
export interface LoadedFile {
  path: string
  bytes: number
}

/** The distinct files under `root` named by `LOADED` lines of `stderr`, with their sizes. */
export function loadedFiles(stderr: string, root: string): LoadedFile[] {
  const paths = new Set<string>()
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('LOADED ')) continue
    const url = line.slice('LOADED '.length).trim()
    const path = url.startsWith('file:') ? fileURLToPath(url.split('?')[0] ?? url) : url
    if (path.startsWith(root + sep)) paths.add(path)
  }
  return [...paths].map(path => ({ path, bytes: statSync(path).size }))
}
