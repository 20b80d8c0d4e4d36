/** Plain-text tables for the terminal: every cell escaped, one line each, long cells cut. */
import { terminalText } from '../../core/escape.js'

const MAX_CELL = 60

/** One cell as text: objects as compact JSON, nothing as '', control characters escaped, cut to 60 characters. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return ''
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const oneLine = terminalText(text).replace(/\s+/g, ' ')
  return oneLine.length > MAX_CELL ? `${oneLine.slice(0, MAX_CELL - 1)}…` : oneLine
}

/** The rows under a header line, columns padded; `(none)` for no rows. */
export function formatTable(
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, unknown>>
): string {
  if (rows.length === 0) return '(none)\n'
  const cells = rows.map(row => columns.map(c => cellText(row[c])))
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map(r => (r[i] ?? '').length)))
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return `${[line(columns.map(c => c.toUpperCase())), ...cells.map(line)].join('\n')}\n`
}
