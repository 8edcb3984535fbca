import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { access, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { isAllowedUrl, launchBrowser, launchFailure, singletonSocketDir, withBrowser, withPage, type BrowserSession } from '../../src/print/browser.js'
import { LecternError } from '../../src/errors.js'
import { withBrowserScope } from '../../src/print/browser-lifetime.js'
import { processesMatching, processesLeft } from '../helpers/poppler.js'
import { tempDir } from '../helpers.js'

let session: BrowserSession

before(async () => {
  session = await launchBrowser()
})

after(async () => {
  await session.close()
})

describe('isAllowedUrl', () => {
  it('should allow files under the deck folder and data URLs only', () => {
    const roots = ['/tmp/out']
    assert.equal(isAllowedUrl('file:///tmp/out/deck.html?print-pdf', roots), true)
    assert.equal(isAllowedUrl('file:///tmp/out/assets/a%20b.png', roots), true)
    assert.equal(isAllowedUrl('data:image/png;base64,AAAA', roots), true)
    assert.equal(isAllowedUrl('file:///tmp/out-other/x.css', roots), false)
    assert.equal(isAllowedUrl('file:///tmp/out/../secret', roots), false)
    assert.equal(isAllowedUrl('file:///etc/passwd', roots), false)
    assert.equal(isAllowedUrl('https://example.com/', roots), false)
    assert.equal(isAllowedUrl('http://localhost:8080/x.js', roots), false)
    assert.equal(isAllowedUrl('not a url', roots), false)
  })
})

describe('launchFailure', () => {
  it('should put any thrown value in words, never [object Object]', () => {
    assert.equal(launchFailure(new Error('Failed to launch the browser process: Code: 3\n\nstderr:\nno GPU\n')), 'it exited with code 3 (no GPU)')
    assert.equal(launchFailure({ message: 'spawn failed' }), 'spawn failed')
    assert.equal(launchFailure({ code: 'EACCES' }), 'error EACCES')
    assert.equal(launchFailure({ reason: 'closed' }), '{"reason":"closed"}')
    assert.equal(launchFailure({}), 'an unexplained Object')
    assert.doesNotMatch(launchFailure(Object.create(null)), /object Object/)
  })
})

describe('launchBrowser', () => {
  it('should start Chromium with a fresh profile', async () => {
    assert.match(session.userDataDir, /lectern-chromium-/)
    assert.ok((await processesMatching(session.userDataDir)).length > 0)
    assert.match(await session.browser.version(), /Chrom/)
  })

  it('should close the browser and remove its profile', async () => {
    const dir = await withBrowser({}, async (other) => {
      assert.ok((await processesMatching(other.userDataDir)).length > 0)
      return other.userDataDir
    })
    assert.deepEqual(await processesLeft(dir), [])
    await assert.rejects(access(dir))
  })

  it("should remove the folder Chromium makes for its socket in the temporary folder, which it keeps when ended", async () => {
    const temporary = await tempDir('lectern-browser-tmp-')
    try {
      await withBrowser({ env: { ...process.env, TMPDIR: temporary } }, async (other) => {
        const socketDir = singletonSocketDir(other.userDataDir)
        assert.ok(socketDir, 'the profile links to its socket')
        // (In a folder of its own inside it, removed with the browser: Chromium's other temporary files go there too.)
        assert.equal(path.dirname(path.dirname(socketDir)), temporary)
      })
      assert.deepEqual(await readdir(temporary), [])
    } finally {
      await rm(temporary, { recursive: true, force: true })
    }
  })

  it('should close the browser when the work fails', async () => {
    let dir = ''
    await assert.rejects(
      withBrowser({}, async (other) => {
        dir = other.userDataDir
        throw new Error('boom')
      }),
      /boom/
    )
    assert.deepEqual(await processesLeft(dir), [])
  })

  it('should kill the browser and exit 130 on SIGINT', async () => {
    const browserModule = new URL('../../src/print/browser.js', import.meta.url).href
    const script =
      `const { launchBrowser } = await import(${JSON.stringify(browserModule)});` +
      `const session = await launchBrowser(); console.log(session.userDataDir);` +
      `setTimeout(() => process.kill(process.pid, 'SIGINT'), 100); setTimeout(() => {}, 20000)`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    const dir = output.trim()
    assert.equal(code, 130)
    assert.match(dir, /lectern-chromium-/)
    assert.deepEqual(await processesLeft(dir), [])
    await assert.rejects(access(dir))
  })

  it('should tell onSpawn once, when Chromium\'s process has started and before it is ready', async () => {
    let ready = false
    const seen: boolean[] = []
    const launching = launchBrowser({ onSpawn: () => seen.push(ready) })
    const other = await launching.then((started) => ((ready = true), started))
    try {
      assert.deepEqual(seen, [false])
      assert.ok(other.process.pid)
    } finally {
      await other.close()
    }
    assert.deepEqual(seen, [false])
  })

  it('should start no Chromium when the run that asked for it has ended while it was being found', async () => {
    // (An unknown theme found while the browser was still being looked for: the CLI once waited 30 s for a Chromium
    // started after its command had ended, and its test's time ran out.)
    const temporary = await tempDir('lectern-browser-ended-')
    try {
      let launching: Promise<BrowserSession> | undefined
      await withBrowserScope(async () => {
        launching = launchBrowser({ env: { ...process.env, TMPDIR: temporary } })
        launching.catch(() => undefined)
      })
      await assert.rejects(launching!, (error) => error instanceof LecternError && error.code === 'browser' && /ended before the browser started/.test(error.message))
      assert.deepEqual(await processesMatching(temporary), [])
      assert.deepEqual(await readdir(temporary), [])
    } finally {
      await rm(temporary, { recursive: true, force: true })
    }
  })

  it('should fail with browser-not-found for a bad executable', async () => {
    await assert.rejects(launchBrowser({ executablePath: '/nonexistent/chrome' }), (error) => {
      assert.ok(error instanceof LecternError)
      assert.equal(error.code, 'browser-not-found')
      return true
    })
  })
})

describe('withPage', () => {
  it('should use the page opened while the browser started, once, and close it', async () => {
    await withBrowser({ preparePage: true }, async ({ browser }) => {
      const prepared = await browser.waitForTarget((target) => target.type() === 'page')
      const first = await withPage(browser, async (page) => {
        assert.equal(page.target(), prepared)
        assert.equal((await browser.pages()).length, 1)
        return page
      })
      assert.ok(first.isClosed())
      assert.deepEqual(await browser.pages(), [])
      await withPage(browser, async (page) => assert.notEqual(page, first))
    })
  })

  it('should close the page also when the work fails', async () => {
    const before = (await session.browser.pages()).length
    await assert.rejects(
      withPage(session.browser, async () => {
        assert.equal((await session.browser.pages()).length, before + 1)
        throw new Error('fail')
      })
    )
    assert.equal((await session.browser.pages()).length, before)
  })
})
