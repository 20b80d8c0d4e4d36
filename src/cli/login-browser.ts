/**
 * Opening the user's browser on the authorization URL: the platform's opener run with the URL as one argument
 * (never through a shell, so nothing in the URL is interpreted), detached, every failure ignored — the URL is
 * always printed as well.
 */
import { spawn } from 'node:child_process'

/** The opener command and its arguments for a platform (`process.platform`). */
export function openerFor(platform: string, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] }
  // rundll32 hands the URL to the default browser without cmd.exe (`start` is a cmd built-in, which would parse
  // `&` in the query).
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] }
  return { command: 'xdg-open', args: [url] }
}

/** Tries to open `url` in a browser; returns at once, never throws. */
export function openBrowser(url: string, platform: string = process.platform): void {
  const { command, args } = openerFor(platform, url)
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, shell: false })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // No opener on this machine: the printed URL is the way.
  }
}
