/** The {@link Host} of a GitHub Actions runner, over `@actions/core`. */
import * as core from '@actions/core'
import { debugRequested, type Host } from './host.js'
import { registerSecret, secretForms } from './http/redact.js'
import { renderMarkdown, type Report } from './report.js'

/** Creates the runner host for the current process. */
export function createGitHubHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    env,
    onRunner: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    getInput: name => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: value => {
      if (!value) return
      registerSecret(value)
      for (const form of secretForms(value)) core.setSecret(form)
    },
    exportVariable: (name, value) => core.exportVariable(name, value),
    debug: message => core.debug(message),
    info: message => core.info(message),
    notice: (message, properties) => core.notice(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    group: (name, fn) => core.group(name, fn),
    writeSummary: async (report: Report) => {
      if (!env.GITHUB_STEP_SUMMARY) {
        core.debug('GITHUB_STEP_SUMMARY is not set: job summary skipped')
        return
      }
      await core.summary.addRaw(renderMarkdown(report)).write()
      core.summary.emptyBuffer()
    },
    setFailed: (message, properties) => {
      process.exitCode = 1
      core.error(message, properties)
    },
    isDebug: () => core.isDebug() || debugRequested(env)
  }
}
