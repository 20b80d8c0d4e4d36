/** Integration versions `NN.NN.NNNN`: ordering and the newest of a set. */

/** True for the OIC version form `NN.NN.NNNN`. */
export function isVersion(value: string): boolean {
  return /^\d{2}\.\d{2}\.\d{4}$/.test(value)
}

/** Numeric comparison of dotted versions (negative when a < b). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** The newest version of each code among `items`. */
export function newestByCode<T extends { code: string; version: string }>(
  items: readonly T[]
): Map<string, T> {
  const newest = new Map<string, T>()
  for (const item of items) {
    const seen = newest.get(item.code)
    if (!seen || compareVersions(item.version, seen.version) > 0) newest.set(item.code, item)
  }
  return newest
}
