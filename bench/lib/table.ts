/** The one result table: a row per figure, ratios first, absolute values only as context. */

/** One figure of the run. */
export interface Row {
  figure: string
  /** The measured value as shown (a ratio, a size, a request count). */
  value: string
  target: string
  /** true/false against the target; undefined for figures that are only reported. */
  met?: boolean
  /** Absolute numbers behind the value. */
  context: string
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')
}

/** Renders rows as a Markdown table (readable in a terminal and pasteable into BENCHMARKS.md). */
export function renderTable(rows: readonly Row[]): string {
  const header = ['figure', 'value', 'target', 'met', 'context (absolute)']
  const body = rows.map(r => [
    r.figure,
    r.value,
    r.target,
    r.met === undefined ? 'report' : r.met ? 'yes' : 'NO',
    r.context
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map(b => (b[i] ?? '').length)))
  const line = `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`
  return [`| ${pad(header, widths)} |`, line, ...body.map(b => `| ${pad(b, widths)} |`)].join('\n')
}
