/** An in-memory {@link Host} that records everything an action does, for in-process tests. */
import type { AnnotationProperties, Host } from '../../src/core/host.js'
import { registerSecret } from '../../src/core/secrets/registry.js'
import { renderMarkdown, type Report } from '../../src/core/job-summary.js'

/** One recorded log line. */
export interface LogLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error'
  message: string
  properties?: AnnotationProperties
}

/** A Host whose inputs come from a plain object and whose effects are recorded. */
export class FakeHost implements Host {
  readonly outputs: Record<string, string> = {}
  readonly exported: Record<string, string> = {}
  readonly secrets: string[] = []
  readonly logs: LogLine[] = []
  readonly summaries: Report[] = []
  failed?: { message: string; properties?: AnnotationProperties }
  readonly onRunner: boolean

  constructor(
    private readonly inputs: Record<string, string> = {},
    readonly env: Record<string, string | undefined> = {},
    options: { onRunner?: boolean } = {}
  ) {
    this.onRunner = options.onRunner ?? false
  }

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim()
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  setSecret(value: string): void {
    if (!value) return
    this.secrets.push(value)
    registerSecret(value)
  }
  exportVariable(name: string, value: string): void {
    this.exported[name] = value
  }
  debug(message: string): void {
    this.logs.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.logs.push({ level: 'info', message })
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.logs.push({ level: 'notice', message, properties })
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.logs.push({ level: 'warning', message, properties })
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.logs.push({ level: 'error', message, properties })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.logs.push({ level: 'info', message: `[group] ${name}` })
    return fn()
  }
  async writeSummary(report: Report): Promise<void> {
    this.summaries.push(report)
  }
  setFailed(message: string, properties?: AnnotationProperties): void {
    this.failed = { message, properties }
  }
  isDebug(): boolean {
    return false
  }

  /** Every line logged, joined (for leak scans). */
  get logText(): string {
    return this.logs.map(l => l.message).join('\n')
  }

  /** The job summaries as Markdown. */
  get summaryText(): string {
    return this.summaries.map(renderMarkdown).join('\n')
  }
}
