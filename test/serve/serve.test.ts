/**
 * The dev server, for real: a server on a free port of 127.0.0.1, a deck open
 * in Chromium, the source edited on disk.
 */
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { launchBrowser, withPage, type BrowserSession } from '../../src/print/browser.js'
import { serve, type DevServer } from '../../src/serve/serve.js'
import { tempDir } from '../helpers.js'

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6cf6a0000000049454e44ae426082', 'hex')

const deckSource = (word: string) => `---\ntitle: Live\n---\n\n# Live\n\n## Second\n\n- ${word}\n\n## Third\n\nEnd.\n`

describe('lectern serve', () => {
  let dir: string
  let server: DevServer
  let session: BrowserSession

  before(async () => {
    dir = await tempDir('lectern-serve-')
    await mkdir(path.join(dir, 'slides'))
    await writeFile(path.join(dir, 'slides', 'live.md'), deckSource('before'))
    await writeFile(path.join(dir, 'secret.txt'), 'outside the decks\n')
    await symlink(path.join(dir, 'secret.txt'), path.join(dir, 'slides', 'link.png'))
    server = await serve({ cwd: dir, port: 0 })
    // The deck comes from the dev server on 127.0.0.1: this browser may use the network.
    session = await launchBrowser({ offline: false })
  })
  after(async () => {
    await server?.close()
    await session?.close()
  })

  it('should listen on 127.0.0.1 and list the decks on the index page', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/)
    const index = await get(server, '/')
    assert.equal(index.status, 200)
    assert.match(index.body, /href="live\.html"/)
  })

  it('should reload an open deck on save, on the same slide, and show an overlay for a broken edit', async () => {
    await withPage(session.browser, async (page) => {
      await page.goto(`${server.url}live.html#/1`)
      await page.waitForFunction('window.Reveal && Reveal.isReady()')
      assert.match(await page.evaluate(() => document.querySelector('.slides section.present')?.textContent ?? ''), /before/)

      await page.evaluate(() => ((window as unknown as { lecternMarker: number }).lecternMarker = 1))
      await writeFile(path.join(dir, 'slides', 'live.md'), deckSource('after'))
      await page.waitForFunction(() => (document.querySelector('.slides section.present')?.textContent ?? '').includes('after'), { timeout: 10_000 })
      assert.equal(await page.evaluate(() => (window as unknown as { lecternMarker?: number }).lecternMarker), 1, 'swapped in place, not reloaded')
      const indices = await page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices())
      assert.equal(indices.h, 1, 'still on the second slide')

      await writeFile(path.join(dir, 'slides', 'live.md'), '---\ntitle: [broken\n---\n\n## Oops\n')
      await page.waitForSelector('#lectern-error-overlay', { timeout: 10_000 })
      const overlay = await page.$eval('#lectern-error-overlay', (element) => element.textContent ?? '')
      assert.match(overlay, /live\.md:\d+:\d+: Invalid YAML front matter/)
      assert.match(await page.evaluate(() => document.querySelector('.slides section.present')?.textContent ?? ''), /after/, 'the last good deck stays')

      await writeFile(path.join(dir, 'slides', 'live.md'), deckSource('fixed'))
      await page.waitForFunction(() => (document.querySelector('.slides section.present')?.textContent ?? '').includes('fixed'), { timeout: 10_000 })
      assert.equal(await page.$('#lectern-error-overlay'), null, 'the overlay is gone')
    })
  })

  it('should reload the page with the new stylesheet when a project theme changes', async () => {
    await mkdir(path.join(dir, 'themes', 'live'), { recursive: true })
    await writeFile(path.join(dir, 'themes', 'live', 'theme.css'), ':root { --r-background-color: rgb(10, 20, 30); }\n.reveal .slides h2 { color: rgb(1, 2, 3); }\n')
    await writeFile(path.join(dir, 'slides', 'live.md'), `---\ntheme: live\n---\n\n## Themed\n`)
    await withPage(session.browser, async (page) => {
      await page.goto(`${server.url}live.html`)
      await page.waitForFunction(() => document.querySelector('.slides h2')?.textContent === 'Themed' && getComputedStyle(document.querySelector('.slides h2')!).color === 'rgb(1, 2, 3)', { timeout: 10_000 })
      await writeFile(path.join(dir, 'themes', 'live', 'theme.css'), ':root { --r-background-color: rgb(10, 20, 30); }\n.reveal .slides h2 { color: rgb(200, 100, 0); }\n')
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.slides h2')!).color === 'rgb(200, 100, 0)', { timeout: 10_000 })
    })
  })

  it('should open the speaker view with the notes from the served deck', async () => {
    await writeFile(path.join(dir, 'slides', 'live.md'), '## Spoken\n\nFace text.\n\nNote: Only the speaker reads this.\n')
    await withPage(session.browser, async (page) => {
      await page.goto(`${server.url}live.html`)
      await page.waitForFunction(() => document.querySelector('.slides h2')?.textContent === 'Spoken', { timeout: 10_000 })
      // reveal.js binds its keys once it is ready; a popup that never opens fails the test instead of hanging the run.
      await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true, { timeout: 10_000 })
      let timer: NodeJS.Timeout | undefined
      const popup = Promise.race([
        new Promise<import('puppeteer-core').Page>((resolve) => page.once('popup', (opened) => resolve(opened!))),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the speaker view did not open within 15 s')), 15_000)))
      ])
      await page.keyboard.press('s')
      const speaker = await popup.finally(() => clearTimeout(timer))
      try {
        await speaker.waitForFunction(() => document.body.textContent?.includes('Only the speaker reads this.'), { timeout: 15_000 })
      } finally {
        await speaker.close()
      }
    })
  })

  it('should serve ?print-pdf from the server', async () => {
    await withPage(session.browser, async (page) => {
      await page.goto(`${server.url}live.html?print-pdf`)
      await page.waitForFunction('window.Reveal && Reveal.isReady()')
      // The print layout is built after Reveal is ready: wait for it (on a loaded machine it comes later), then check.
      const printed = () => document.documentElement.classList.contains('reveal-print') || document.querySelectorAll('.pdf-page').length > 0
      await page.waitForFunction(printed, { timeout: 15_000 }).catch(() => undefined)
      assert.ok(await page.evaluate(printed))
    })
  })

  it('should refuse paths outside the decks and their assets', async () => {
    for (const target of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/secret.txt', '/slides/live.md', '/slides/link.png', '/assets/..\\secret.txt', '/assets/%00']) {
      const response = await get(server, target)
      assert.ok([400, 403, 404].includes(response.status), `${target} is refused (got ${response.status})`)
      assert.doesNotMatch(response.body, /outside the decks/)
    }
  })

  it('should stop serving an image swapped for a link out of the project, before and after the rebuild', async () => {
    const project = await tempDir('lectern-serve-swap-')
    const outside = await tempDir('lectern-serve-outside-')
    await writeFile(path.join(outside, 'secret.txt'), 'a secret outside the project\n')
    await writeFile(path.join(project, 'pic.md'), '## Picture\n\n![p](pic.png)\n')
    await writeFile(path.join(project, 'pic.png'), png)
    const swap = await serve({ cwd: project, inputs: ['pic.md'], port: 0, watch: false })
    try {
      const deck = await get(swap, '/pic.html')
      const media = /assets\/media\/[^"]*pic\.png/.exec(deck.body)?.[0]
      assert.ok(media, 'the deck shows the image')
      assert.equal((await get(swap, `/${media}`)).status, 200)

      await rm(path.join(project, 'pic.png'))
      await symlink(path.join(outside, 'secret.txt'), path.join(project, 'pic.png'))
      const before = await get(swap, `/${media}`)
      assert.equal(before.status, 404, 'refused when opened, before any rebuild')
      assert.doesNotMatch(before.body, /secret/)

      await swap.changed(path.join(project, 'pic.png'))
      assert.match(swap.store.decks.get('pic')?.html ?? '', /Picture/)
      const after = await get(swap, `/${media}`)
      assert.equal(after.status, 404, 'the rebuilt deck no longer has the image')
      assert.doesNotMatch(after.body, /secret/)
    } finally {
      await swap.close()
    }
  })

  it('should refuse a request for another host name (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, 'attacker.test:80']) {
      const response = await get(server, '/live.html', host)
      assert.equal(response.status, 421, `Host: ${host}`)
      assert.doesNotMatch(response.body, /Live/)
    }
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `[::1]:${server.port}`]) {
      assert.equal((await get(server, '/live.html', host)).status, 200, `Host: ${host}`)
    }
  })

  it('should serve a deck named index at /index.html, and the list of decks at /', async () => {
    const project = await tempDir('lectern-serve-index-')
    await writeFile(path.join(project, 'index.md'), '---\ntitle: The Index Deck\n---\n\n## Hello\n')
    await writeFile(path.join(project, 'other.md'), '## Other\n')
    const both = await serve({ cwd: project, inputs: ['index.md', 'other.md'], port: 0, watch: false })
    try {
      const list = await get(both, '/')
      assert.match(list.body, /href="index\.html"/)
      assert.match(list.body, /href="other\.html"/)
      const deck = await get(both, '/index.html')
      assert.equal(deck.status, 200)
      assert.match(deck.body, /<title>The Index Deck<\/title>/)
    } finally {
      await both.close()
    }
  })

  it('should fail clearly when the asked port is taken', async () => {
    await assert.rejects(serve({ cwd: dir, port: server.port, strictPort: true, watch: false }), /Port \d+ on 127\.0\.0\.1 is already in use/)
    const next = await serve({ cwd: dir, port: server.port, watch: false })
    assert.notEqual(next.port, server.port, 'without --port the next free port is used')
    await next.close()
  })
})

function get(server: DevServer, target: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: target, method: 'GET', headers: host ? { host } : {} }, (response) => {
      let body = ''
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}
