/** Messages between the bench and its emulator child process (Node IPC). */

/** Counts per route, as `Counters.snapshot()` returns them. */
export interface CounterSnapshot {
  requests: Record<string, number>
  mutations: Record<string, number>
}

/** Bench → child. */
export type ChildRequest = { id: number; type: 'counters' } | { id: number; type: 'reset' }

/** Child → bench. */
export type ChildMessage =
  | { type: 'ready'; url: string; audiences: Record<string, string> }
  | { type: 'reply'; id: number; counters: CounterSnapshot }
