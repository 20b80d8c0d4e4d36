/**
 * The structure of `src/` in figures, for reviews and closing notes: files and lines, the largest functions, import
 * layers (a file's layer is one more than the highest layer it imports) and import cycles.
 *
 *   npx tsx scripts/structure.ts [--root DIR] [--top N] [--json]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

interface FileFacts {
  path: string
  lines: number
  imports: string[]
  functions: Array<{ name: string; lines: number }>
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : []
  })
}

function functionName(node: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) return node.name?.getText()
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent))
    return node.parent.name.getText()
  return undefined
}

function factsOf(file: string, srcRoot: string): FileFacts {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const imports: string[] = []
  const functions: FileFacts['functions'] = []
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text.startsWith('.')
    ) {
      const target = resolve(dirname(file), node.moduleSpecifier.text.replace(/\.js$/, '.ts'))
      imports.push(relative(srcRoot, target))
    }
    const name = functionName(node)
    if (name) functions.push({ name, lines: lineOf(node.getEnd()) - lineOf(node.getStart()) + 1 })
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return { path: relative(srcRoot, file), lines: text.split('\n').length, imports, functions }
}

/** Layer of every file (0: imports nothing of src) and the cycles met on the way. */
function layers(files: Map<string, FileFacts>): { layer: Map<string, number>; cycles: string[][] } {
  const layer = new Map<string, number>()
  const cycles: string[][] = []
  const visiting: string[] = []
  const depth = (path: string): number => {
    const known = layer.get(path)
    if (known !== undefined) return known
    const at = visiting.indexOf(path)
    if (at >= 0) {
      cycles.push([...visiting.slice(at), path])
      return 0
    }
    visiting.push(path)
    const deps = (files.get(path)?.imports ?? []).filter(p => files.has(p))
    const value = deps.length ? 1 + Math.max(...deps.map(depth)) : 0
    visiting.pop()
    layer.set(path, value)
    return value
  }
  for (const path of files.keys()) depth(path)
  return { layer, cycles }
}

function main(): void {
  const args = process.argv.slice(2)
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const root = resolve(option('--root') ?? '.')
  const top = Number(option('--top') ?? 10)
  const srcRoot = join(root, 'src')
  const files = new Map(sourceFiles(srcRoot).map(f => [relative(srcRoot, f), factsOf(f, srcRoot)]))
  const { layer, cycles } = layers(files)
  const all = [...files.values()]
  const fns = all
    .flatMap(f => f.functions.map(fn => ({ ...fn, file: f.path })))
    .sort((a, b) => b.lines - a.lines)
  const summary = {
    files: all.length,
    lines: all.reduce((n, f) => n + f.lines, 0),
    filesOver250Lines: all.filter(f => f.lines > 250).map(f => `${f.path} (${f.lines})`),
    functionsOver60Lines: fns.filter(f => f.lines > 60).length,
    largestFunctions: fns.slice(0, top).map(f => `${f.file}:${f.name} (${f.lines})`),
    importLayers: Math.max(...layer.values()) + 1,
    deepestFiles: [...layer.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([p, l]) => `${p} (layer ${l})`),
    importCycles: cycles.map(c => c.join(' → '))
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
    return
  }
  for (const [key, value] of Object.entries(summary)) {
    if (Array.isArray(value)) {
      process.stdout.write(`${key}: ${value.length ? '' : 'none'}\n`)
      for (const v of value) process.stdout.write(`  ${v}\n`)
    } else process.stdout.write(`${key}: ${value}\n`)
  }
}

main()
