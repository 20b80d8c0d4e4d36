/**
 * Text that came from outside (server error titles and details, names from the server or an archive, file
 * contents) made safe for the runner's log and the job summary.
 *
 * The runner reads a step's stdout and stderr line by line (CR, LF and CRLF all end a line) and runs as a workflow
 * command every line that starts with `::` once leading whitespace is trimmed, and every line that contains the
 * legacy `##[command]` form anywhere. `@actions/core` escapes the message of the commands it issues, but prints
 * `info` text as it is, and nothing in it protects a multi-line message. {@link foldExternal} is the one place
 * that neutralises both forms; the runner host applies it at every log sink.
 */

/** Line breaks as the runner's line reader sees them. */
const LINE_BREAK = /\r\n|\r|\n/
/** A line that the runner would parse as a `::command::` (leading whitespace is trimmed first, as .NET does). */
const COMMAND_LINE = /^([\s\u0085]*):(?=:)/
/** The legacy `##[command]` form, honoured anywhere in a line. */
const LEGACY_COMMAND = /##\[/g

/**
 * Neutralises workflow commands in outside text: line breaks become `\n` (a lone CR would start a line of its
 * own), a line that would start with `::` gets a space between the colons (`: :stop-commands::…`), and `##[`
 * becomes `## [`. The text stays readable and keeps its lines; nothing in it can switch the runner's command
 * processing off, register a mask or write an annotation.
 */
export function foldExternal(text: string): string {
  return text
    .split(LINE_BREAK)
    .map(line => line.replace(COMMAND_LINE, '$1: ').replace(LEGACY_COMMAND, '## ['))
    .join('\n')
}

/** HTML entities for the characters that could open a tag or an entity. */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * Outside text as inert Markdown for the job summary: HTML cannot open a tag (`<img onerror>` shows as text),
 * `[`/`]` cannot make a link or an image, a backtick cannot open a code span, and a backslash cannot undo these
 * escapes. Line breaks become `<br>`, so a value stays inside its list item (and no table can start in it).
 * Emphasis characters are left alone: at worst they change the look, and `***` stays the redaction mark. A bare
 * URL in the text (Oracle's errors cite rfc2616 pages) may still be auto-linked by GitHub: it shows its own address.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`[\]]/g, c => `\\${c}`)
    .replace(/[&<>]/g, c => HTML[c] ?? c)
    .replace(/\r\n|\r|\n/g, '<br>')
}

/** {@link escapeMarkdown} for a table cell: a `|` cannot end the cell either. */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, '\\|')
}

/**
 * Terminal escape sequences (CSI, OSC, DCS and the like), other C0/C1 control characters, DEL and the bidirectional
 * overrides that reorder what a terminal shows. Tab and line feed stay.
 */
const TERMINAL_CONTROL =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])?|\u009b[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * Outside text made inert for a terminal: escape sequences and control characters are removed (a server's name
 * cannot recolour, retitle, clear or overwrite the screen, nor hide text with a carriage return).
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_CONTROL, '')
}

/** JSON for a terminal: the characters {@link terminalText} would remove are written as `\uXXXX` escapes instead. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
