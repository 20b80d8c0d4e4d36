/**
 * Spawning a process and measuring it: wall time from spawn to exit, and optionally its peak RSS and CPU time —
 * from GNU time (`/usr/bin/time`, exact: the kernel's `ru_maxrss`) when installed, else by polling
 * `/proc/<pid>/status` (VmHWM) and `/proc/<pid>/stat`.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cpuMsOf, peakRssKiBOf } from './proc.js'

const GNU_TIME = '/usr/bin/time'

/** What a measured process did. */
export interface Measured {
  exitCode: number
  wallMs: number
  /** Peak resident set size in KiB (when measured). */
  peakRssKiB?: number
  /** User + system CPU time in ms (when measured). */
  cpuMs?: number
  stdout: string
  stderr: string
  /** Each stdout line with the time it arrived, in ms after the spawn. */
  lines: Array<{ atMs: number; text: string }>
}

/** Options of {@link runMeasured}. */
export interface MeasureOptions {
  env: Record<string, string>
  cwd: string
  /** Measure peak RSS and CPU time too. */
  resources?: boolean
  timeoutMs?: number
}

function parseGnuTime(file: string): { peakRssKiB?: number; cpuMs?: number } {
  // The last line is ours (`-f '%U %S %M'`); a non-zero exit adds "Command exited with …" before it.
  const last = readFileSync(file, 'utf8').trim().split('\n').pop() ?? ''
  const [user, system, rss] = last.split(' ').map(Number)
  if (
    user === undefined ||
    system === undefined ||
    rss === undefined ||
    [user, system, rss].some(Number.isNaN)
  )
    return {}
  return { peakRssKiB: rss, cpuMs: (user + system) * 1000 }
}

/** Runs `command args…` to completion. */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: MeasureOptions
): Promise<Measured> {
  const gnuTime = options.resources && existsSync(GNU_TIME)
  const timeDir = gnuTime ? mkdtempSync(join(tmpdir(), 'oic-bench-time-')) : undefined
  const timeFile = timeDir ? join(timeDir, 'time') : ''
  const [file, argv] = gnuTime
    ? [GNU_TIME, ['-o', timeFile, '-f', '%U %S %M', command, ...args]]
    : [command, [...args]]
  const started = process.hrtime.bigint()
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e6
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let polled: { peakRssKiB?: number; cpuMs?: number } = {}
  const poll =
    options.resources && !gnuTime && child.pid
      ? setInterval(() => {
          const pid = child.pid as number
          polled = { peakRssKiB: peakRssKiBOf(pid) ?? polled.peakRssKiB, cpuMs: cpuMsOf(pid) ?? polled.cpuMs }
        }, 20)
      : undefined
  const lines: Measured['lines'] = []
  let stdout = ''
  let partial = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => {
    const text = d.toString()
    stdout += text
    const parts = (partial + text).split('\n')
    partial = parts.pop() ?? ''
    for (const line of parts) lines.push({ atMs: elapsed(), text: line })
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000)
  const { code, wallMs } = await new Promise<{ code: number; wallMs: number }>((resolve, reject) => {
    let exit: { code: number; wallMs: number } | undefined
    child.once('error', reject)
    child.once('exit', (c, signal) => (exit = { code: c ?? (signal ? 128 : -1), wallMs: elapsed() }))
    child.once('close', () => resolve(exit ?? { code: -1, wallMs: elapsed() }))
  })
  clearTimeout(timer)
  if (poll) clearInterval(poll)
  if (partial) lines.push({ atMs: wallMs, text: partial })
  const resources = timeDir ? parseGnuTime(timeFile) : polled
  if (timeDir) rmSync(timeDir, { recursive: true, force: true })
  return { exitCode: code, wallMs, ...resources, stdout, stderr, lines }
}
