/**
 * The Factory commands' writes that must not be repeated (create, register, import, activate): sent once, and a
 * lost answer settled by reading the state back (src/core/settle-lost-write.ts), never by sending again.
 */
import { isNotFound } from '../../core/errors.js'
import { lostAnswerLine, settleLostWrite } from '../../core/settle-lost-write.js'

/** What a write sent once came to: the server's answer, or the line saying a lost answer was settled. */
export interface SentOnce<T> {
  answer?: T
  /** Set when the answer was lost and the state shows the write took effect. */
  settled?: string
}

/**
 * Sends `send` once; when its answer is lost, `done` reads the state back (true: the write took effect; a 404
 * counts as false) and the write ends as done or fails with its own error.
 */
export async function sendOnce<T>(
  what: string,
  send: () => Promise<T>,
  done: () => Promise<boolean>
): Promise<SentOnce<T>> {
  const written = await settleLostWrite({
    what,
    send,
    readBack: async () => {
      try {
        return (await done()) ? true : undefined
      } catch (error) {
        if (isNotFound(error)) return undefined
        throw error
      }
    }
  })
  if (written.answered) return { answer: written.answer }
  return { settled: lostAnswerLine(what, written.error, 'the state read back shows it was done') }
}
