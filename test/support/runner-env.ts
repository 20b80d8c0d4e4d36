/**
 * Runner variables in `process.env` for in-process tests of code that reads them there (`@actions/artifact` reads
 * `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`, `GITHUB_API_URL` … from `process.env`, not from the host).
 */

/** Sets `env` in `process.env`; returns the function that puts the previous values back. */
export function useRunnerEnv(env: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(env).map(k => [k, process.env[k]]))
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}
