/** Small numeric helpers for timings. */

/** Median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** `ms` as `123 ms` or `4.56 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(2)} s`
}

/** Bytes as `1.36 MB` (decimal units, as the JS-size target is stated). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`
  return `${bytes} B`
}

/** KiB as `123.4 MiB`. */
export function formatKiB(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`
}

/** Throughput as `301 MB/s`. */
export function formatRate(bytes: number, ms: number): string {
  return `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`
}

/** One duration, or the median and range of several. */
export function formatSpread(ms: readonly number[]): string {
  return ms.length === 1
    ? formatMs(ms[0] as number)
    : `median ${formatMs(median(ms))} (${formatMs(Math.min(...ms))}–${formatMs(Math.max(...ms))})`
}
