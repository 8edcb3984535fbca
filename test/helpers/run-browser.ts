/**
 * The one Chromium of a test run (`test/run.ts`): started as Lectern starts
 * its own (Puppeteer's flags, Lectern's, offline), and listening for the
 * DevTools protocol on a loopback port as well as on its pipe, so that every
 * test file of the run can connect to it by address (`LECTERN_TEST_BROWSER`;
 * a browser Lectern starts speaks over a pipe only, which no other process
 * can reach).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromiumArgs, singletonSocketDir } from '../../src/print/browser.js'
import { chromiumCommandLine, startChromium } from '../../src/print/chromium-process.js'
import { offlineArgs } from '../../src/print/print-guard.js'

/** The run's browser. */
export interface RunBrowser {
  /** Its DevTools WebSocket address, for `puppeteer.connect({ browserWSEndpoint })`. */
  readonly endpoint: string
  /** Ask it to quit (so that it ends its own processes and its parent counts their CPU time), kill it if it does not, remove its profile. */
  close(): Promise<void>
}

/**
 * Start the run's browser and wait for its DevTools address.
 *
 * @param executablePath The browser to start.
 * @param timeout Milliseconds to wait for it; default 30000.
 */
export async function startRunBrowser(executablePath: string, timeout = 30_000): Promise<RunBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'lectern-test-browser-'))
  const chromium = startChromium(executablePath, chromiumCommandLine(userDataDir, [...chromiumArgs, ...offlineArgs, '--remote-debugging-port=0']))
  const pid = chromium.child.pid
  let ended = false
  void chromium.exited.then(() => (ended = true))
  const killGroup = (): void => {
    if (ended || pid === undefined) return
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // Gone already.
    }
  }
  process.on('exit', killGroup)
  const close = async (): Promise<void> => {
    // (Read before it ends: Chromium ended by a signal leaves its `/tmp/org.chromium.Chromium.XXXXXX`, one per run.)
    const socketDir = singletonSocketDir(userDataDir)
    if (!ended && pid !== undefined) {
      // SIGTERM: Chromium closes its renderers and waits for them, so their CPU time reaches this process's children's.
      chromium.child.kill('SIGTERM')
      let timer: NodeJS.Timeout | undefined
      await Promise.race([chromium.exited, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))])
      clearTimeout(timer)
      killGroup()
    }
    process.off('exit', killGroup)
    await Promise.all([userDataDir, socketDir].map((dir) => (dir ? rm(dir, { recursive: true, force: true, maxRetries: 3 }) : undefined)))
  }
  // Chromium writes `DevToolsActivePort` (the port, then the browser's path) once it listens.
  const deadline = Date.now() + timeout
  for (;;) {
    const written = await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').catch(() => '')
    const [port, browserPath] = written.split('\n')
    if (port && browserPath) return { endpoint: `ws://127.0.0.1:${port.trim()}${browserPath.trim()}`, close }
    if (ended || Date.now() > deadline) {
      await close()
      throw new Error(`The test run's browser did not start: ${ended ? 'it exited' : `no DevTools address within ${timeout} ms`} (${chromium.recentOutput().join(' | ')})`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
