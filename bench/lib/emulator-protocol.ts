/** Messages between the bench and its emulator child process (Node IPC). */
import type { TraceEntry } from '../../emulator/index.js'

/** Counts per route, as `Counters.snapshot()` returns them. */
export interface CounterSnapshot {
  requests: Record<string, number>
  mutations: Record<string, number>
}

/** Bench → child. */
export type ChildRequest =
  | { id: number; type: 'counters' }
  | { id: number; type: 'reset' }
  | { id: number; type: 'live-memory' }
  | { id: number; type: 'trace' }
  | { id: number; type: 'reset-trace' }

/** Memory still reachable after a full garbage collection (bytes). */
export interface LiveMemory {
  /** V8 heap in use. */
  heapUsed: number
  /** Memory of Buffers and other objects outside the V8 heap (includes `arrayBuffers`). */
  external: number
}

/** Child → bench. */
export type ChildMessage =
  | { type: 'ready'; url: string; audiences: Record<string, string> }
  | { type: 'reply'; id: number; counters: CounterSnapshot }
  | { type: 'live-memory'; id: number; memory: LiveMemory }
  /** The latency model's trace (`trace`), or an empty one after `reset-trace`. */
  | { type: 'trace'; id: number; entries: TraceEntry[] }
