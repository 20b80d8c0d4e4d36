/** Showing a step's results in a terminal as a runner would: masked values hidden, the job summary rendered. */
import { renderTerminal, type Report, type ReportStatus } from '../../src/core/job-summary.js'
import type { StepResult } from './run-step.js'

const STATUS_BY_ICON: Record<string, ReportStatus> = {
  '✅': 'success',
  '❌': 'failure',
  '⚠️': 'warning',
  '⏭️': 'skipped',
  '📝': 'planned'
}

/** Replaces every `::add-mask::` value of the step with `***`, as the runner's log does. */
export function mask(step: StepResult, text: string): string {
  let out = text
  for (const value of [...step.masks].sort((a, b) => b.length - a.length))
    if (value.length >= 4) out = out.split(value).join('***')
  return out
}

function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map(c => c.trim().replace(/\\\|/g, '|').replace(/<br>/g, ' '))
}

/** Reads back the job summaries an action wrote (our own Markdown grammar) as reports. */
export function parseSummaries(markdown: string): Report[] {
  const reports: Report[] = []
  for (const block of markdown.split(/^### /m).slice(1)) {
    const lines = block.split('\n')
    const title = lines[0]?.trim() ?? ''
    const statusLine = lines.find((l, i) => i > 0 && l.trim() !== '') ?? ''
    const icon = Object.keys(STATUS_BY_ICON).find(k => statusLine.startsWith(k)) ?? '✅'
    const tableLines = lines.filter(l => l.startsWith('|'))
    const notes = lines.filter(l => l.startsWith('- ')).map(l => l.slice(2))
    reports.push({
      title,
      status: STATUS_BY_ICON[icon] ?? 'success',
      statusLine: statusLine.slice(icon.length).trim(),
      table:
        tableLines.length >= 2
          ? { headers: cells(tableLines[0]!), rows: tableLines.slice(2).map(l => cells(l)) }
          : undefined,
      notes
    })
  }
  return reports
}

/** The step's outputs (masked) and job summary, ready to print. */
export function describeStep(step: StepResult): string {
  const lines: string[] = []
  const width = Math.max(0, ...Object.keys(step.outputs).map(k => k.length))
  for (const [name, value] of Object.entries(step.outputs)) {
    const shown = mask(step, value)
    lines.push(`  ${name.padEnd(width)}  ${shown.length > 160 ? `${shown.slice(0, 157)}...` : shown}`)
  }
  const summaries = parseSummaries(mask(step, step.summary)).map(renderTerminal)
  return [`outputs:`, ...lines, '', ...summaries].join('\n')
}
