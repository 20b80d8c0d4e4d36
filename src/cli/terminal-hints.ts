/**
 * Error text for a terminal: the actions word their fixes for a workflow file (`${{ steps.<id>.outputs.… }}`,
 * `Input 'project'`, a step's `env:`); a person at a terminal gives flags and environment variables instead.
 */

const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /pass \$\{\{ steps\.<authenticate step id>\.outputs\.access-token \}\}/gi,
    "log in first ('oic-actions login --session FILE' or 'oic-actions authenticate … --session FILE') and add --session FILE, or pass --access-token"
  ],
  [/\$\{\{ github\.token \}\}/g, 'env GITHUB_TOKEN'],
  [
    /under the step's env: \(e\.g\. ([A-Z0-9_]+): \$\{\{ secrets\.[A-Z0-9_]+ \}\}\)/g,
    'to the environment (export $1=…)'
  ],
  [/\$\{\{\s*([^}]*?)\s*\}\}/g, '<$1>'],
  [/\bInput '([a-z][a-z0-9-]*)'/g, 'Option --$1'],
  [/\binput '([a-z][a-z0-9-]*)'/g, 'option --$1']
]

/** `text` with the workflow-only wording replaced by what a terminal user types. */
export function terminalHints(text: string): string {
  let out = text
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement)
  return out
}
