/** Minimal RFC 4180 CSV: lookups are exported and imported as CSV (contract §8.1). */

/** Renders rows as CSV (CRLF line ends; fields with `,`, `"` or line breaks are quoted). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return rows.map(r => r.map(field).join(',')).join('\r\n') + (rows.length ? '\r\n' : '')
}

/** Parses CSV text into rows; a stray quote is an error. Blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const endRow = (): void => {
    row.push(field)
    if (row.length > 1 || row[0] !== '') rows.push(row)
    row = []
    field = ''
  }
  while (i < body.length) {
    const c = body[i] as string
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (c === '"') quoted = false
      else field += c
      i++
      continue
    }
    if (c === '"') {
      if (field !== '') throw new Error(`unexpected quote in row ${rows.length + 1}`)
      quoted = true
    } else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++
      endRow()
    } else field += c
    i++
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field !== '' || row.length) endRow()
  return rows
}
