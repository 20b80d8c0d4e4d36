// Verify the one escape of outside text: no line of it can start a workflow command, and in a summary it is inert
// Markdown (no HTML, links, code spans or broken table cells) that still reads as the original text.
import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown, escapeTableCell, foldExternal } from '../../../src/core/escape.js'
import { colonLines, runnerCommands } from '../../support/runner-commands.js'

describe('foldExternal', () => {
  it.each([
    ['::stop-commands::tok', ': :stop-commands::tok'],
    ['a\n::add-mask::x', 'a\n: :add-mask::x'],
    ['a\r::error::x', 'a\n: :error::x'],
    ['a\r\n  ::warning::x', 'a\n  : :warning::x'],
    ['\t\u00a0::notice::x', '\t\u00a0: :notice::x'],
    ['see ##[add-mask]x', 'see ## [add-mask]x'],
    ['plain: text :: with colons', 'plain: text :: with colons'],
    ['%0A::x stays text', '%0A::x stays text']
  ])('%j becomes %j', (input, output) => {
    expect(foldExternal(input)).toBe(output)
    expect(runnerCommands(foldExternal(input))).toEqual([])
    expect(colonLines(foldExternal(input))).toEqual([])
  })
})

describe('escapeMarkdown and escapeTableCell', () => {
  it('makes HTML, links, images and code spans inert, keeping the text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> & [a](b) ![c](d) `e` \\')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; \\[a\\](b) !\\[c\\](d) \\`e\\` \\\\'
    )
  })

  it('keeps a value on its line and inside its cell', () => {
    expect(escapeMarkdown('a\r\nb\rc\nd')).toBe('a<br>b<br>c<br>d')
    expect(escapeTableCell('A|B\n| x | y |')).toBe('A\\|B<br>\\| x \\| y \\|')
    expect(escapeMarkdown('A|B')).toBe('A|B')
  })

  it('leaves the redaction mark and emphasis characters alone', () => {
    expect(escapeTableCell('Bearer *** for SALES_ORDERS')).toBe('Bearer *** for SALES_ORDERS')
  })
})
