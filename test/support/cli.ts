/** Runs the CLI in-process (`main()` of src/cli/main.ts) and returns what it printed and its exit code. */
import { main } from '../../src/cli/main.js'

/** What one CLI run printed. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs `oic-actions …argv` with `env` (nothing inherited from the test process). */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: t => void (stdout += t), stderr: t => void (stderr += t) }, env)
  return { code, stdout, stderr }
}
