/** The {@link Host} of a GitHub Actions runner, speaking the runner protocol of ./runner-protocol.ts. */
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { debugRequested, type AnnotationProperties, type Host } from './host.js'
import { isRegisteredSecret, redactText, registerSecret, secretForms } from './http/redact.js'
import { renderMarkdown, type Report } from './report.js'
import { appendFileCommand, issueCommand, readInput, type CommandProperties } from './runner-protocol.js'

function props(p: AnnotationProperties | undefined): CommandProperties | undefined {
  return p ? { title: p.title, file: p.file, line: p.startLine } : undefined
}

/** A value for an output or env file: a secret passed on as such is kept (it is masked); secrets inside are removed. */
function shown(value: string): string {
  return isRegisteredSecret(value) ? value : redactText(value)
}

/**
 * Creates the runner host for the current process. Every message, output, variable and summary goes through
 * {@link redactText}: the runner masks logs, but not summaries or what later steps write to files.
 */
export function createGitHubHost(env: NodeJS.ProcessEnv = process.env): Host {
  const write = (line: string): void => void process.stdout.write(`${redactText(line)}${EOL}`)
  return {
    env,
    onRunner: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    getInput: name => readInput(name, env),
    setOutput: (name, value) => {
      if (!appendFileCommand('GITHUB_OUTPUT', name, shown(value), env))
        issueCommand('set-output', shown(value), {})
    },
    setSecret: value => {
      if (!value) return
      registerSecret(value)
      for (const form of secretForms(value)) issueCommand('add-mask', form)
    },
    exportVariable: (name, value) => {
      env[name] = value
      if (!appendFileCommand('GITHUB_ENV', name, shown(value), env))
        write(`(not on a runner: ${name} not exported)`)
    },
    debug: message => issueCommand('debug', redactText(message)),
    info: message => write(message),
    notice: (message, properties) => issueCommand('notice', redactText(message), props(properties)),
    warning: (message, properties) => issueCommand('warning', redactText(message), props(properties)),
    error: (message, properties) => issueCommand('error', redactText(message), props(properties)),
    group: async (name, fn) => {
      issueCommand('group', redactText(name))
      try {
        return await fn()
      } finally {
        issueCommand('endgroup', '')
      }
    },
    writeSummary: async (report: Report) => {
      if (!env.GITHUB_STEP_SUMMARY) {
        issueCommand('debug', 'GITHUB_STEP_SUMMARY is not set: job summary skipped')
        return
      }
      appendFileSync(env.GITHUB_STEP_SUMMARY, `${redactText(renderMarkdown(report))}${EOL}`, 'utf8')
    },
    setFailed: (message, properties) => {
      process.exitCode = 1
      issueCommand('error', redactText(message), props(properties))
    },
    isDebug: () => env.RUNNER_DEBUG === '1' || debugRequested(env)
  }
}
