/** The {@link Host} of a GitHub Actions runner, speaking the runner protocol of ./runner-protocol.ts. */
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { debugRequested, type AnnotationProperties, type Host } from './host.js'
import { registerSecret, secretForms } from './http/redact.js'
import { renderMarkdown, type Report } from './report.js'
import { appendFileCommand, issueCommand, readInput, type CommandProperties } from './runner-protocol.js'

function props(p: AnnotationProperties | undefined): CommandProperties | undefined {
  return p ? { title: p.title, file: p.file, line: p.startLine } : undefined
}

/** Creates the runner host for the current process. */
export function createGitHubHost(env: NodeJS.ProcessEnv = process.env): Host {
  const write = (line: string): void => void process.stdout.write(`${line}${EOL}`)
  return {
    env,
    onRunner: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    getInput: name => readInput(name, env),
    setOutput: (name, value) => {
      if (!appendFileCommand('GITHUB_OUTPUT', name, value, env)) issueCommand('set-output', value, {})
    },
    setSecret: value => {
      if (!value) return
      registerSecret(value)
      for (const form of secretForms(value)) issueCommand('add-mask', form)
    },
    exportVariable: (name, value) => {
      env[name] = value
      if (!appendFileCommand('GITHUB_ENV', name, value, env)) write(`(not on a runner: ${name} not exported)`)
    },
    debug: message => issueCommand('debug', message),
    info: message => write(message),
    notice: (message, properties) => issueCommand('notice', message, props(properties)),
    warning: (message, properties) => issueCommand('warning', message, props(properties)),
    error: (message, properties) => issueCommand('error', message, props(properties)),
    group: async (name, fn) => {
      issueCommand('group', name)
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
      appendFileSync(env.GITHUB_STEP_SUMMARY, `${renderMarkdown(report)}${EOL}`, 'utf8')
    },
    setFailed: (message, properties) => {
      process.exitCode = 1
      issueCommand('error', message, props(properties))
    },
    isDebug: () => env.RUNNER_DEBUG === '1' || debugRequested(env)
  }
}
