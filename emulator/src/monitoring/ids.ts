/** Deterministic randomness for the monitoring seed: opaque ids, a seeded PRNG and per-key coin flips. */
import { createHash } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
/** Length of OIC instance and job ids such as `hpTwuRitEe2sHXnqDAJVyQ`. */
const ID_LENGTH = 22

/** An OIC-looking opaque id (22 alphanumerics) derived from `key`; the same key always gives the same id. */
export function opaqueId(key: string): string {
  const digest = createHash('sha256').update(key).digest()
  let id = ''
  for (let i = 0; i < ID_LENGTH; i++) id += ALPHABET[(digest[i] as number) % ALPHABET.length]
  return id
}

/** 32-bit FNV-1a hash of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A seeded PRNG (mulberry32) returning floats in [0, 1). */
export function prng(seed: string): () => number {
  let a = hash32(seed)
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A float in [0, 1) that depends only on `key` (so outcomes do not depend on the order of requests). */
export function unitFor(key: string): number {
  return prng(key)()
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function pickWeighted<K extends string>(weights: Partial<Record<K, number>>, random: number): K {
  const entries = Object.entries(weights) as Array<[K, number]>
  const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0)
  let point = random * total
  for (const [key, weight] of entries) {
    point -= Math.max(0, weight)
    if (point < 0) return key
  }
  return (entries[entries.length - 1] as [K, number])[0]
}
