/**
 * The critical path of a job: the longest chain of dependent calls, each costing what the emulator's latency
 * model chose for it (round trip + server time, or a background job's duration). Pure functions over a DAG; the
 * DAGs of the promotion and of resubmit-errors are built from the emulator's trace in `latency-dags.ts`.
 */

/** One call or background job, and the nodes it must wait for. */
export interface PathNode {
  id: string
  /** Its time under the model, in ms. */
  ms: number
  after: readonly string[]
}

/** The longest path through a DAG: its length and the nodes on it, first to last. */
export interface CriticalPath {
  ms: number
  path: string[]
}

/** Longest path through `nodes` (a DAG); throws on an unknown dependency or a cycle. */
export function longestPath(nodes: readonly PathNode[]): CriticalPath {
  const byId = new Map(nodes.map(n => [n.id, n]))
  const done = new Map<string, CriticalPath>()
  const visiting = new Set<string>()
  const finish = (id: string): CriticalPath => {
    const known = done.get(id)
    if (known) return known
    const node = byId.get(id)
    if (!node) throw new Error(`critical path: unknown node ${id}`)
    if (visiting.has(id)) throw new Error(`critical path: cycle through ${id}`)
    visiting.add(id)
    let before: CriticalPath = { ms: 0, path: [] }
    for (const dep of node.after) {
      const p = finish(dep)
      if (p.ms > before.ms) before = p
    }
    visiting.delete(id)
    const result = { ms: before.ms + node.ms, path: [...before.path, id] }
    done.set(id, result)
    return result
  }
  let best: CriticalPath = { ms: 0, path: [] }
  for (const node of nodes) {
    const p = finish(node.id)
    if (p.ms > best.ms) best = p
  }
  return best
}

/**
 * Makespan of independent chains run at most `slots` at a time, each started as soon as a slot is free, in the
 * given order (what a client with no knowledge of the durations achieves against a server limit); with no limit
 * (null) the longest chain.
 */
export function slotMakespan(durations: readonly number[], slots: number | null): number {
  if (durations.length === 0) return 0
  if (slots === null || slots >= durations.length) return Math.max(...durations)
  if (slots < 1) throw new Error(`critical path: ${slots} slots`)
  const free = Array.from({ length: slots }, () => 0)
  for (const ms of durations) {
    let first = 0
    for (let i = 1; i < free.length; i++) if ((free[i] as number) < (free[first] as number)) first = i
    free[first] = (free[first] as number) + ms
  }
  return Math.max(...free)
}
