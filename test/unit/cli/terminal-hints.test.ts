// The CLI words its errors for a terminal: flags instead of workflow inputs, no `${{ }}` expressions.
import { describe, expect, it } from '@jest/globals'
import { terminalHints } from '../../../src/cli/terminal-hints.js'
import { runCli } from '../../support/cli.js'

describe('terminalHints', () => {
  it.each([
    [
      "Input 'access-token' is required (or env OIC_ACCESS_TOKEN): pass ${{ steps.<authenticate step id>.outputs.access-token }}.",
      "Option --access-token is required (or env OIC_ACCESS_TOKEN): log in first ('oic-actions login --session FILE' or 'oic-actions authenticate … --session FILE') and add --session FILE, or pass --access-token."
    ],
    [
      "Add OIC_KEY under the step's env: (e.g. OIC_KEY: ${{ secrets.OIC_KEY }}) holding the file's text.",
      "Add OIC_KEY to the environment (export OIC_KEY=…) holding the file's text."
    ],
    [
      'Pass a token in github-token (e.g. ${{ github.token }}).',
      'Pass a token in github-token (e.g. env GITHUB_TOKEN).'
    ],
    ['Use ${{ vars.X }} here.', 'Use <vars.X> here.'],
    ["Set input 'project'.", 'Set option --project.'],
    ['Nothing to change.', 'Nothing to change.']
  ])('%s', (text, expected) => {
    expect(terminalHints(text)).toBe(expected)
  })
})

describe('errors in a terminal', () => {
  it('are printed once, on stderr, without workflow expressions', async () => {
    const run = await runCli(
      ['create-deployment', '--project', 'P', '--deployment', 'D', '--oic-url', 'https://oic.example.com'],
      {}
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    const errors = run.stderr.split('\n').filter(l => l.startsWith('error'))
    expect(errors).toHaveLength(1)
    expect(run.stderr).not.toContain('${{')
    expect(errors[0]).toMatch(/^error: Option --access-token is required .*--session FILE/)
  })
})
