/**
 * Getting a browser where none is installed: on Debian and Ubuntu as root,
 * Debian's `chromium` package; elsewhere, the exact command to run.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { LecternError } from '../errors.js'
import { browserInstallHint } from './find-browser.js'

/** Whether this machine can install Chromium with apt-get without asking anyone. */
export function canInstallChromium(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
}

/**
 * Install Debian's `chromium` with apt-get (root only), streaming apt's
 * output to `log`.
 *
 * @param log Where apt's output goes (stderr).
 * @throws LecternError `browser-not-found` when this machine cannot, or apt fails.
 */
export async function installChromium(log: NodeJS.WritableStream): Promise<void> {
  if (!canInstallChromium()) {
    throw new LecternError(`No browser found, and Lectern can install one only on Debian or Ubuntu as root.\n${browserInstallHint}`, {
      code: 'browser-not-found'
    })
  }
  log.write('lectern: no browser found; installing Debian chromium (apt-get install -y chromium)…\n')
  const run = (args: string[]) =>
    new Promise<number>((resolve) => {
      const child = spawn('apt-get', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      child.stdout.pipe(log, { end: false })
      child.stderr.pipe(log, { end: false })
      child.on('error', () => resolve(1))
      child.on('close', (code) => resolve(code ?? 1))
    })
  const updated = await run(['update', '-qq'])
  const installed = updated === 0 ? await run(['install', '-y', '-qq', 'chromium']) : updated
  if (installed !== 0) {
    throw new LecternError(`apt-get could not install chromium (exit ${installed}).\n${browserInstallHint}`, { code: 'browser-not-found' })
  }
}
