/**
 * The {@link Host} of a GitHub Actions runner, on `@actions/core`: inputs, outputs, exported variables, masks,
 * annotations, groups and the job summary are written exactly as `@actions/core` writes them. Two rules are added
 * at the sinks, because every message may quote a server: log text has registered secrets removed and workflow
 * commands neutralised ({@link foldExternal}); the summary has secrets removed before it is rendered (the runner
 * masks logs, not summaries). Outputs and exported values are written byte for byte: the runner masks them where
 * they are shown, and a later step must receive what the action set.
 */
import * as core from '@actions/core'
import { foldExternal } from './escape.js'
import { debugRequested, type AnnotationProperties, type Host } from './host.js'
import { redactText } from './secrets/redact.js'
import { registerSecret, secretForms } from './secrets/registry.js'
import { renderMarkdown, type Report } from './job-summary.js'

/** Log text as it may be printed: registered secrets removed, no line able to start a workflow command. */
function loggable(message: string): string {
  return foldExternal(redactText(message))
}

function props(p: AnnotationProperties | undefined): core.AnnotationProperties {
  if (!p) return {}
  return {
    title: p.title === undefined ? undefined : loggable(p.title),
    file: p.file,
    startLine: p.startLine
  }
}

/** A report with registered secrets removed from every text (before rendering, so escaping cannot hide one). */
export function redactReport(report: Report): Report {
  return {
    ...report,
    title: redactText(report.title),
    statusLine: redactText(report.statusLine),
    table: report.table && {
      headers: report.table.headers.map(redactText),
      rows: report.table.rows.map(row => row.map(redactText))
    },
    notes: report.notes?.map(redactText)
  }
}

/**
 * Masks `value` in every later log line: the value itself whatever its length, and the encoded forms this suite
 * prints (URL-encoded, base64, each line of a multi-line secret). The value is also registered for
 * {@link redactText}, which keeps it out of summaries, reports and error messages.
 */
function maskSecret(value: string): void {
  if (!value) return
  registerSecret(value)
  for (const form of new Set([value, ...secretForms(value)])) core.setSecret(form)
}

async function writeSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: job summary skipped')
    return
  }
  await core.summary.addRaw(renderMarkdown(redactReport(report)), true).write()
}

/** Creates the runner host for the current process (`@actions/core` reads and writes `process.env`). */
export function createGitHubHost(): Host {
  const env = process.env
  return {
    env,
    onRunner: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    getInput: name => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: maskSecret,
    exportVariable: (name, value) => core.exportVariable(name, value),
    debug: message => core.debug(loggable(message)),
    info: message => core.info(loggable(message)),
    notice: (message, properties) => core.notice(loggable(message), props(properties)),
    warning: (message, properties) => core.warning(loggable(message), props(properties)),
    error: (message, properties) => core.error(loggable(message), props(properties)),
    group: (name, fn) => core.group(loggable(name), fn),
    writeSummary,
    setFailed: (message, properties) => {
      process.exitCode = core.ExitCode.Failure
      core.error(loggable(message), props(properties))
    },
    isDebug: () => core.isDebug() || debugRequested(env)
  }
}
