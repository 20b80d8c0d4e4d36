// Verify the repository's Markdown has no dead relative links: every `[text](path)` (and `[ref]: path`) outside
// code resolves to a file or folder inside the repository, and every `#anchor` to a heading (GitHub's slugs) or an
// explicit id of the file it points at.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ROOT } from '../../support/runner.js'

const DOCS = [
  'README.md',
  'CHANGELOG.md',
  'BENCHMARKS.md',
  'emulator/README.md',
  'test/README.md',
  'test/fixtures/oracle/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`),
  ...readdirSync(join(ROOT, 'actions')).map(a => `actions/${a}/README.md`)
].filter(f => existsSync(join(ROOT, f)))

/** The text of a Markdown file without fenced code blocks and inline code spans (links there are not links). */
function prose(text: string): string {
  return unfenced(text).replace(/(`+)[^`\n]*?\1/g, '')
}

/** The text without fenced code blocks (a `#` line there is no heading). */
function unfenced(text: string): string {
  return text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
}

/** Link targets of a Markdown file: inline links and images, and reference definitions. */
function linkTargets(text: string): string[] {
  const body = prose(text)
  const inline = [
    ...body.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)
  ].map(m => m[1]!)
  const references = [...body.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map(m => m[1]!)
  return [...inline, ...references]
}

/** GitHub's anchor of a heading text: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors a Markdown file defines: heading slugs (repeats numbered as GitHub does) and explicit ids. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const m of unfenced(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]!)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n ? `${base}-${n}` : base)
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]!)
  return out
}

/** Why `target`, linked from `file`, is dead; undefined when it resolves. */
function problem(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined // https:, mailto:, …
  const [path = '', anchor] = target.split('#', 2)
  const to = path ? resolve(dirname(join(ROOT, file)), decodeURIComponent(path)) : join(ROOT, file)
  const inside = relative(ROOT, to)
  if (inside.startsWith('..') || resolve(ROOT, inside) !== to) return 'outside the repository'
  if (!existsSync(to)) return 'no such file'
  if (anchor === undefined || anchor === '' || !to.endsWith('.md') || statSync(to).isDirectory())
    return undefined
  return anchors(readFileSync(to, 'utf8')).has(decodeURIComponent(anchor).toLowerCase())
    ? undefined
    : 'no such heading'
}

describe.each(DOCS)('%s', file => {
  it('has no dead relative links or anchors', () => {
    const dead = linkTargets(readFileSync(join(ROOT, file), 'utf8'))
      .map(target => ({ target, problem: problem(file, target) }))
      .filter(l => l.problem)
    expect(dead).toEqual([])
  })
})

describe('the link checker', () => {
  it('finds inline, image and reference links, not those in code', () => {
    const text = [
      'See [a](docs/a.md#x) and ![b](img/b.png "t"), [c][r] and [`d`](d.md).',
      '[r]: ../outside.md',
      'Not `[e](e.md)`.',
      '```md',
      '[f](f.md)',
      '```'
    ].join('\n')
    expect(linkTargets(text)).toEqual(['docs/a.md#x', 'img/b.png', 'd.md', '../outside.md'])
  })

  it('knows GitHub heading anchors, repeats numbered', () => {
    expect([
      ...anchors('# One action, six commands\n## `if-exists` & path\n## A\n## A\n<a id="k1"></a>')
    ]).toEqual(['one-action-six-commands', 'if-exists--path', 'a', 'a-1', 'k1'])
  })

  it('reports a file outside the repository, a missing file and a missing heading', () => {
    expect(problem('emulator/README.md', '../../shared/oic-api-contract.md')).toBe('outside the repository')
    expect(problem('README.md', 'docs/nope.md')).toBe('no such file')
    expect(problem('README.md', '#no-such-heading')).toBe('no such heading')
    expect(problem('README.md', '#quick-start')).toBeUndefined()
    expect(problem('docs/releasing.md', '../README.md#releases')).toBeUndefined()
  })
})
