/** A JUnit XML report (one `testsuite`, one `testcase` per item), as common JUnit readers expect it. */
import { redactText } from './secrets/redact.js'

/** One test case. */
export interface JUnitCase {
  name: string
  classname: string
  /** Seconds. */
  time: number
  failure?: { message: string; details?: string }
  skipped?: string
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/** Escapes text for XML; characters XML 1.0 forbids are dropped. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, c => ESCAPES[c] ?? c)
}

/** Renders a suite; registered secrets are removed (a report file is never masked by the runner). */
export function renderJUnit(suite: { name: string; timestamp: Date; cases: JUnitCase[] }): string {
  const failures = suite.cases.filter(c => c.failure).length
  const skipped = suite.cases.filter(c => c.skipped !== undefined).length
  const time = suite.cases.reduce((t, c) => t + c.time, 0)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">`,
    `  <testsuite name="${xmlEscape(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}" timestamp="${suite.timestamp.toISOString().slice(0, 19)}">`
  ]
  for (const c of suite.cases) {
    const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="${c.time.toFixed(3)}"`
    if (c.failure) {
      lines.push(
        `${open}>`,
        `      <failure message="${xmlEscape(c.failure.message)}" type="ConnectionTestFailure">${xmlEscape(c.failure.details ?? c.failure.message)}</failure>`,
        '    </testcase>'
      )
    } else if (c.skipped !== undefined) {
      lines.push(`${open}>`, `      <skipped message="${xmlEscape(c.skipped)}"/>`, '    </testcase>')
    } else {
      lines.push(`${open}/>`)
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '')
  return redactText(lines.join('\n'))
}
