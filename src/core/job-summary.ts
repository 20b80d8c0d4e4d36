/**
 * The one visual grammar of every job summary: a heading, a status line, one table, optional notes. Rendered as
 * GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY` and as plain text for terminals (CLI, `npm start`).
 */
import { escapeMarkdown, escapeTableCell } from './escape.js'

/** Overall outcome shown by the status line. */
export type ReportStatus = 'success' | 'failure' | 'warning' | 'skipped' | 'planned'

/** A job summary. */
export interface Report {
  /** Heading, e.g. `OIC export-car`. */
  title: string
  status: ReportStatus
  /** One sentence saying what happened. */
  statusLine: string
  /** The table of items the action worked on. */
  table?: { headers: string[]; rows: string[][] }
  /** Further lines under the table (counts, warnings, hints). */
  notes?: string[]
}

const ICONS: Record<ReportStatus, string> = {
  success: '✅',
  failure: '❌',
  warning: '⚠️',
  skipped: '⏭️',
  planned: '📝'
}

/** GitHub keeps at most 1 MiB of summary per step; stay well below it. */
export const MAX_SUMMARY_BYTES = 900 * 1024

/**
 * Markdown for the job summary, truncating rows so the whole stays under {@link MAX_SUMMARY_BYTES}. Every text of
 * the report is escaped ({@link escapeMarkdown}): titles, cells and notes quote names and messages from the server.
 */
export function renderMarkdown(report: Report): string {
  const head = [
    `### ${escapeMarkdown(report.title)}`,
    '',
    `${ICONS[report.status]} ${escapeMarkdown(report.statusLine)}`,
    ''
  ]
  const tail = (report.notes ?? []).map(n => `- ${escapeMarkdown(n)}`)
  const lines = [...head]
  if (report.table && report.table.rows.length > 0) {
    const { headers, rows } = report.table
    lines.push(`| ${headers.map(escapeTableCell).join(' | ')} |`, `|${headers.map(() => ' --- |').join('')}`)
    let size = Buffer.byteLength([...lines, ...tail].join('\n'))
    let shown = 0
    for (const row of rows) {
      const line = `| ${row.map(escapeTableCell).join(' | ')} |`
      size += Buffer.byteLength(line) + 1
      if (size > MAX_SUMMARY_BYTES - 200) break
      lines.push(line)
      shown++
    }
    if (shown < rows.length)
      lines.push('', `_${rows.length - shown} more rows not shown (summary size limit)._`)
    lines.push('')
  }
  lines.push(...tail)
  return `${lines.join('\n').trimEnd()}\n`
}

const WIDTH_CAP = 60

function cut(value: string, width: number): string {
  const flat = value.replace(/\s*\r?\n\s*/g, ' ')
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}

/** Plain-text rendering: the same heading, status line, an aligned table and notes. */
export function renderTerminal(report: Report): string {
  const lines = [`== ${report.title} ==`, `${ICONS[report.status]} ${report.statusLine}`]
  if (report.table && report.table.rows.length > 0) {
    const { headers, rows } = report.table
    const widths = headers.map((h, i) =>
      Math.min(WIDTH_CAP, Math.max(h.length, ...rows.map(r => cut(r[i] ?? '', WIDTH_CAP).length)))
    )
    const fmt = (cells: string[]): string =>
      cells
        .map((c, i) => cut(c, widths[i] ?? WIDTH_CAP).padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd()
    lines.push('', fmt(headers), widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(fmt))
  }
  for (const note of report.notes ?? []) lines.push(`  - ${note}`)
  return `${lines.join('\n')}\n`
}
