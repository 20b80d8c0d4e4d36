/**
 * The latency model's trace: one entry per request (operation, start, end, the round trip and server time the
 * model chose) and per background job (activation, recovery job), so a bench computes the critical path of a run
 * from the emulator's own timings. Times are the emulator clock's ms.
 */

/** One traced request or background job. */
export interface TraceEntry {
  /** Order of recording (1, 2, …). */
  seq: number
  /** The model's operation class (`read`, `export`, …) or `activation` / `recovery-job`. */
  op: string
  /** Requests: `METHOD /path` as sent; jobs: the integration id or recovery job id. */
  key: string
  /** Requests: `METHOD /route/:pattern`. */
  route?: string
  instance?: string
  start: number
  end: number
  /** Round trip the model added (0 for jobs). */
  networkMs: number
  /** Server time the model chose (for a job: its whole duration). */
  serverMs: number
  /** HTTP status of a request. */
  status?: number
}

/** Entries kept at most (oldest dropped first); a 10,000-error resubmit run records about 500. */
const MAX_ENTRIES = 200_000

/** An append-only list of {@link TraceEntry}. */
export class LatencyTrace {
  private list: TraceEntry[] = []
  private seq = 0

  /** Appends an entry and numbers it. */
  add(entry: Omit<TraceEntry, 'seq'>): void {
    this.list.push({ seq: ++this.seq, ...entry })
    if (this.list.length > MAX_ENTRIES) this.list.splice(0, this.list.length - MAX_ENTRIES)
  }

  /** A copy of the entries, in order of recording. */
  entries(): TraceEntry[] {
    return this.list.map(e => ({ ...e }))
  }

  /** Forgets every entry. */
  clear(): void {
    this.list = []
    this.seq = 0
  }
}
