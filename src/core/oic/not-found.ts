/** Reading a resource that may be absent: 404 becomes `undefined`, anything else still fails. */
import { isNotFound } from '../errors.js'

/** Awaits `read`, turning a 404 into `undefined`. */
export async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}
