/** Identifiers the Factory API commands take as arguments: `CODE|VERSION` of an integration or a library. */
import { inputError } from '../../core/errors.js'
import type { VersionRef } from '../../core/oic/deployments.js'
import { isVersion } from '../../core/oic/versions.js'

/** Parses `CODE|VERSION` (e.g. `ORDER_SYNC|01.00.0000`); an input error naming `arg` otherwise. */
export function versionRef(text: string, arg: string): VersionRef {
  const [code, version, extra] = text.split('|').map(s => s.trim())
  if (!code || !version || extra !== undefined || !isVersion(version))
    throw inputError(`${arg} '${text}' is not CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).`, {
      input: arg,
      value: text,
      fix: `Write ${arg} as CODE|VERSION with a version NN.NN.NNNN, quoted in a shell: 'ORDER_SYNC|01.00.0000'.`
    })
  return { code, version }
}

/** Every `CODE|VERSION` of a list option (repeated, or separated by commas or new lines). */
export function versionRefs(text: string, arg: string): VersionRef[] {
  return text
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
    .map(s => versionRef(s, arg))
}
