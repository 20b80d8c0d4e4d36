/**
 * The rows an archive brings for its lookups: the cells of `project/lookups/<name>.dvm` (`rows/row/cell`,
 * oic-car-format.md §3). CarContents keeps only the columns and a row count; the dry run of a new project diffs the
 * connections file's rows against these.
 */
import { children, child, parseXml, text } from '../../core/archive/xml.js'
import { projectLayout, stem } from '../../core/archive/layout.js'
import { listZip } from '../../core/archive/zip-reader.js'

/** The rows of the archive's lookups named in `names`, by lookup name. */
export async function archiveLookupRows(
  path: string,
  label: string,
  names: ReadonlySet<string>
): Promise<Map<string, string[][]>> {
  const out = new Map<string, string[][]>()
  if (names.size === 0) return out
  const zip = await listZip(path, label)
  try {
    const layout = projectLayout(zip.entries.map(e => e.name))
    for (const entry of layout.files.lookups.filter(n => n.endsWith('.dvm'))) {
      const dvm = child(await parseXml(await zip.read(entry), entry, label), 'dvm')
      const name = text(child(dvm, '@name')) ?? stem(entry, '.dvm')
      if (!names.has(name)) continue
      out.set(
        name,
        children(child(dvm, 'rows'), 'row').map(r => children(r, 'cell').map(c => text(c) ?? ''))
      )
    }
  } finally {
    zip.close()
  }
  return out
}
