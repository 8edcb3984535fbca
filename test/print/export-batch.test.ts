import assert from 'node:assert/strict'
import { access } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { LecternError } from '../../src/errors.js'
import { exportDecks } from '../../src/print/export-batch.js'
import type { ProgressEvent } from '../../src/cli/progress.js'
import { sharedBrowser } from '../helpers/browser.js'
import { pageCount, processesMatching, processesLeft } from '../helpers/poppler.js'
import { writeRevealDeck } from '../helpers/reveal-deck.js'
import { tempDir } from '../helpers.js'

/** The run's browser (or one of this file's own), for the test of a browser given to exportDecks. */
const fileBrowser = sharedBrowser()

describe('exportDecks', () => {
  it('should export several decks with one browser, keeping each failure to its deck', async () => {
    const first = await writeRevealDeck()
    const second = await writeRevealDeck({ extraSlides: 2 })
    const out = await tempDir('lectern-batch-out-')
    // The browser's profile goes to os.tmpdir(): point it at a folder of our own to find its processes.
    const profiles = await tempDir('lectern-batch-profiles-')
    const savedTmpdir = process.env.TMPDIR
    process.env.TMPDIR = profiles
    const events: ProgressEvent[] = []
    let running = 0
    let mostRunning = 0
    let whileRunning: Promise<number[]> | undefined

    const outcomes = await exportDecks(
      [
        { htmlPath: first.htmlPath, pdfPath: path.join(out, 'first.pdf'), handoutPath: path.join(out, 'first-handout.pdf') },
        { htmlPath: path.join(out, 'missing.html'), pdfPath: path.join(out, 'missing.pdf') },
        {
          htmlPath: second.htmlPath,
          pdfPath: path.join(out, 'second.pdf'),
          handout: { layout: '6' },
          handoutPath: path.join(out, 'second-handout.pdf')
        }
      ],
      {
        concurrency: 2,
        onProgress(event) {
          events.push(event)
          whileRunning ??= processesMatching(profiles)
          running += event.status === 'start' ? 1 : -1
          mostRunning = Math.max(mostRunning, running)
        }
      }
    ).finally(() => {
      if (savedTmpdir === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = savedTmpdir
    })

    assert.equal(outcomes.length, 3)
    assert.equal(outcomes[0]!.slides?.pages, 4)
    assert.equal(outcomes[0]!.handout?.pages, 4)
    assert.deepEqual(outcomes[0]!.errors, [])
    assert.equal(outcomes[1]!.errors.length, 1)
    assert.ok(outcomes[1]!.errors[0] instanceof LecternError)
    assert.equal(outcomes[1]!.errors[0].code, 'input')
    assert.equal(outcomes[2]!.slides?.pages, 6)
    assert.equal(outcomes[2]!.handout?.pages, 1)
    assert.equal(await pageCount(path.join(out, 'second.pdf')), 6)
    await assert.rejects(access(path.join(out, 'missing.pdf')))

    assert.equal(events.filter((event) => event.status === 'ok').length, 4)
    assert.equal(events.filter((event) => event.status === 'failed').length, 1)
    assert.equal(events.at(-1)?.done, 5)
    assert.equal(mostRunning, 2)
    assert.ok(((await whileRunning) ?? []).length > 0, 'one browser ran, with its profile in our folder')
    assert.deepEqual(await processesLeft(profiles), [], 'browser closed')
  })

  it('should use a browser it is given and leave it open', async () => {
    const { browser } = await fileBrowser()
    const deck = await writeRevealDeck()
    const out = await tempDir('lectern-batch-out-')
    const [outcome] = await exportDecks([{ htmlPath: deck.htmlPath, pdfPath: path.join(out, 'deck.pdf') }], { browser })
    assert.equal(outcome?.slides?.pages, 4)
    assert.ok(browser.connected)
  })

  it('should do nothing, and start no browser, without outputs', async () => {
    const outcomes = await exportDecks([{ htmlPath: '/nonexistent/deck.html' }], { executablePath: '/nonexistent/chrome' })
    assert.deepEqual(outcomes[0]?.errors, [])
  })

  it('should throw when no browser can start', async () => {
    await assert.rejects(
      exportDecks([{ htmlPath: '/x/deck.html', pdfPath: '/x/deck.pdf' }], { executablePath: '/nonexistent/chrome' }),
      (error) => error instanceof LecternError && error.code === 'browser-not-found'
    )
  })
})
