/** The synthetic content of an integration's `payloadBytes` (benchmarks and streaming tests use GiB archives). */
import { Readable } from 'node:stream'

const CHUNK = 64 * 1024

/** A deterministic pseudo-random byte stream of `size` bytes: one 64 KiB xorshift block, repeated. */
export function payloadStream(size: number, seedText: string): Readable {
  let state = 2166136261
  for (const ch of seedText) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0
  state = state || 1
  const block = Buffer.alloc(CHUNK)
  for (let i = 0; i < CHUNK; i += 4) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    block.writeUInt32LE(state >>> 0, i)
  }
  let left = size
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      if (left <= 0) return void this.push(null)
      const n = Math.min(left, CHUNK)
      left -= n
      // The block is never modified, so every chunk can share it: no allocation per chunk.
      this.push(n === CHUNK ? block : block.subarray(0, n))
    }
  })
}
