/**
 * The CLI's commands end to end (`main` in process), with the real browser where they print:
 * pdf, build --pdf --handout, check, outline, convert, themes, theme new,
 * doctor, and standard input.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { PassThrough } from 'node:stream'
import type { BrowserLauncher, LaunchBrowserOptions } from '../../src/print/browser.js'
import { root, runMain, tempDir } from '../helpers.js'
import { sharedLauncher } from '../helpers/browser.js'
import { pixelAt } from '../helpers/poppler.js'

const article = `Community Radio

How a Small Station Finds Its Voice

By Sam Writer · 2 May 2026

A neighbourhood radio station runs on volunteers, old equipment and a lot of goodwill. This piece looks at how one of them keeps going.

Who Makes the Programmes

Most presenters are local residents who started as listeners. They learn to run the desk in an afternoon and stay for years.

Paying the Bills

Money comes from small donations and a yearly fair. The station spends it on electricity, licences and the occasional new microphone.

Share this:
Facebook
`

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

describe('lectern commands', () => {
  it('pdf and check: should start their browser through io.launchBrowser, and end their use of it', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '# Talk\n\n## One\n\n- a\n')
    const { launchBrowser } = await import('../../src/print/browser.js')
    const { main } = await import('../../src/cli/cli.js')
    const launch = sharedLauncher() ?? launchBrowser
    const launches: Array<{ options: LaunchBrowserOptions; closed: boolean }> = []
    const counting: BrowserLauncher = async (options) => {
      const launched = { options, closed: false }
      launches.push(launched)
      const running = await launch(options)
      return { browser: running.browser, close: () => ((launched.closed = true), running.close()) }
    }
    const io = () => ({ stdout: new PassThrough(), stderr: new PassThrough().setEncoding('utf8'), cwd: dir, launchBrowser: counting })
    assert.equal(await main(['pdf', 'talk.md', '-o', 'out', '-q'], io()), 0)
    assert.equal(pdfPages(path.join(dir, 'out', 'talk.pdf')), 2)
    assert.equal(await main(['check', 'talk.md', '-q'], io()), 0)
    assert.deepEqual(launches.map(({ options, closed }) => ({ preparePage: options.preparePage === true, closed })), [
      { preparePage: true, closed: true },
      { preparePage: false, closed: true }
    ])
  })

  it('pdf: should write NAME.pdf with one page per slide and keep no HTML', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '---\ntitle: Talk\n---\n\n# Talk\n\n## One\n\n- a\n\n## Two\n\n- b\n')
    const result = await runMain(['pdf', 'talk.md', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(pdfPages(path.join(dir, 'out', 'talk.pdf')), 3)
    const names = await readdir(path.join(dir, 'out'))
    assert.ok(!names.some((name) => name.endsWith('.html')), `no HTML kept: ${names.join(', ')}`)
  })

  it('build --pdf --handout=4 --paper letter: should write the deck, its PDF and a 4-up handout', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '# Talk\n\n## One\n\nNote: first notes\n\n## Two\n\n## Three\n\n## Four\n\n## Five\n')
    const result = await runMain(['build', 'talk.md', '--pdf', '--handout=4', '--paper', 'letter'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.ok(existsSync(path.join(dir, 'dist', 'talk.html')))
    assert.equal(pdfPages(path.join(dir, 'dist', 'talk.pdf')), 6)
    const handout = path.join(dir, 'dist', 'talk-handout.pdf')
    assert.equal(pdfPages(handout), 2)
    // Four slides two by two on a landscape Letter page.
    assert.match(execFileSync('pdfinfo', [handout], { encoding: 'utf8' }), /Page size:\s+792 x 612 pts/)
  })

  it('build --pdf: should print the footer from theme variables on every page', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '---\nthemeVariables:\n  footer: Footer Line 2026\n---\n\n# Title\n\n## Two\n\n## Three\n')
    const result = await runMain(['pdf', 'talk.md'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    for (const page of [1, 2, 3]) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), path.join(dir, 'dist', 'talk.pdf'), '-'], { encoding: 'utf8' })
      assert.match(text, /Footer Line 2026/, `footer on page ${page}`)
    }
  })

  it('build --pdf --handout: should print a dark theme dark on slides and light on the handout', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '# Night\n\n## One\n\nNote: some notes\n')
    const result = await runMain(['build', 'talk.md', '-t', 'lectern-night', '--pdf', '--handout'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    const slide = await pixelAt(path.join(dir, 'dist', 'talk.pdf'), 1, 0.02, 0.02)
    assert.ok(slide.every((channel) => channel < 60), `slide background is dark: ${slide.join(',')}`)
    // The middle of the slide box on the first handout page.
    const handout = await pixelAt(path.join(dir, 'dist', 'talk-handout.pdf'), 1, 0.8, 0.12)
    assert.ok(handout.every((channel) => channel > 200), `handout slide background is light: ${handout.join(',')}`)
  })

  it('build: should reject an unknown handout layout and paper', async () => {
    assert.equal((await runMain(['build', '--handout=5'])).code, 2)
    assert.equal((await runMain(['build', '--paper', 'a3'])).code, 2)
  })

  it('check: should pass a deck that fits, say what the build split and the browser shrank, and report a slide cut off with its line', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'fits.md'), '## Short\n\n- one\n- two\n')
    const items = Array.from({ length: 40 }, (_, index) => `- item ${index + 1}`).join('\n')
    await writeFile(path.join(dir, 'long.md'), `## Fine\n\n---\n\n## Long\n\n${items}\n`)
    // Raw HTML the build measures by its text alone: the browser finds it taller.
    const big = `<div style="font-size: 64px; line-height: 1.3">${'Every tree planted along the ring road was counted in the spring. '.repeat(6)}</div>`
    await writeFile(path.join(dir, 'big.md'), `## Big\n\n${big}\n`)
    await writeFile(path.join(dir, 'tall.md'), '## Fine\n\n---\n\n## Far too tall\n\n<div style="height: 1600px">A tall box</div>\n')
    const fits = await runMain(['check', 'fits.md'], { cwd: dir })
    assert.equal(fits.code, 0, fits.stderr)
    const long = await runMain(['check', 'long.md'], { cwd: dir })
    assert.equal(long.code, 0, long.stderr)
    assert.match(long.stderr, /5:1\s+warning\s+Slide 2 \(“Long”\) did not fit: split into \d slides/)
    const shrunk = await runMain(['check', 'big.md'], { cwd: dir })
    assert.equal(shrunk.code, 0, shrunk.stderr)
    assert.match(shrunk.stderr, /1:1\s+warning\s+Slide 1 \(“Big”\) did not fit when laid out in the browser: shrunk to \d\d%/)
    const tall = await runMain(['check', 'tall.md'], { cwd: dir })
    assert.equal(tall.code, 10, tall.stderr)
    assert.match(tall.stderr, /tall\.md\n[\s\S]*5:1\s+warning\s+Slide 2 \(“Far too tall”\) overflows: \d+px too tall/)
  })

  it('outline and convert: should show what was recognised and write Markdown that builds', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'radio.txt'), article)
    const outline = await runMain(['outline', 'radio.txt'], { cwd: dir })
    assert.equal(outline.code, 0, outline.stderr)
    assert.match(outline.stdout, /title\s+How a Small Station Finds Its Voice/)
    assert.match(outline.stdout, /## Who Makes the Programmes/)
    assert.match(outline.stdout, /\[share\] Share this:/)

    const converted = await runMain(['convert', 'radio.txt'], { cwd: dir })
    assert.equal(converted.code, 0, converted.stderr)
    const markdown = await readFile(path.join(dir, 'radio.md'), 'utf8')
    assert.match(markdown, /^---\ntitle: How a Small Station Finds Its Voice/)
    assert.match(markdown, /## Paying the Bills/)
    assert.equal(await readFile(path.join(dir, 'radio.txt'), 'utf8'), article, 'the source is unchanged')

    const again = await runMain(['convert', 'radio.txt'], { cwd: dir })
    assert.equal(again.code, 4, 'refuses to overwrite without --force')
    const stdout = await runMain(['convert', 'radio.txt', '-o', '-'], { cwd: dir })
    assert.equal(stdout.stdout, markdown)

    const built = await runMain(['build', 'radio.md'], { cwd: dir })
    assert.equal(built.code, 0, built.stderr)
  })

  it('build -: should read a text article from standard input', async () => {
    const dir = await tempDir()
    const result = await runMain(['build', '-', '-o', 'out'], { cwd: dir, input: article })
    assert.equal(result.code, 0, result.stderr)
    const html = await readFile(path.join(dir, 'out', 'stdin.html'), 'utf8')
    assert.match(html, /<h1>How a Small Station Finds Its Voice<\/h1>/)
    assert.doesNotMatch(html, /Share this/)
  })

  it('themes and theme new: should list themes and scaffold one usable by name', async () => {
    const dir = await tempDir()
    const list = await runMain(['themes'], { cwd: dir })
    assert.equal(list.code, 0, list.stderr)
    for (const name of ['lectern', 'lectern-night', 'lectern-paper', 'white', 'moon']) assert.match(list.stdout, new RegExp(`^\\s+${name}\\s`, 'm'))

    const created = await runMain(['theme', 'new', 'mine', '--from', 'lectern-night'], { cwd: dir })
    assert.equal(created.code, 0, created.stderr)
    assert.ok(existsSync(path.join(dir, 'themes', 'mine', 'theme.css')))
    assert.match((await runMain(['themes'], { cwd: dir })).stdout, /Project themes[\s\S]*\bmine\b/)
    await writeFile(path.join(dir, 'talk.md'), '---\ntheme: mine\n---\n\n## Hello\n')
    const built = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(built.code, 0, built.stderr)
    assert.match(await readFile(path.join(dir, 'dist', 'talk.html'), 'utf8'), /assets\/themes\/project-mine\//)
    assert.equal((await runMain(['theme', 'new', 'mine'], { cwd: dir })).code, 5, 'refuses to overwrite a theme')
  })

  it('build: should link a css: file after the theme and warn about a missing one', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'extra.css'), '.reveal h2 { color: rgb(200, 0, 0); }\n')
    await writeFile(path.join(dir, 'talk.md'), '---\ncss: [extra.css, gone.css]\n---\n\n## Red\n')
    const result = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /2:1\s+warning\s+Cannot find stylesheet `gone\.css`/)
    const html = await readFile(path.join(dir, 'dist', 'talk.html'), 'utf8')
    const href = /href="(assets\/css\/[^"]+-extra\.css)"/.exec(html)?.[1]
    assert.ok(href, 'the stylesheet is linked')
    assert.ok(html.indexOf(href) > html.indexOf('assets/themes/lectern/theme.css'), 'after the theme')
    assert.equal(await readFile(path.join(dir, 'dist', href), 'utf8'), '.reveal h2 { color: rgb(200, 0, 0); }\n')
  })

  it('build: should fail on an unknown theme with a hint and the line of `theme:`', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '---\ntitle: T\ntheme: lectren\n---\n\n## A\n')
    const result = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(result.code, 5)
    assert.match(result.stderr, /talk\.md:3:1: Unknown theme `lectren` \(did you mean `lectern`\?\)/)
  })

  it('check: should exit with the same code as build for one deck that fails (5 for an unknown theme)', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '## Slide\n')
    const check = await runMain(['check', 'talk.md', '-t', 'nosuch'], { cwd: dir })
    const build = await runMain(['build', 'talk.md', '-t', 'nosuch', '-o', 'out'], { cwd: dir })
    assert.equal(build.code, 5, build.stderr)
    assert.equal(check.code, 5, check.stderr)
    assert.match(check.stderr, /^lectern: talk\.md: Unknown theme `nosuch`/m)
  })

  it('doctor: should say which browser it found, or how to get one', async () => {
    const found = await runMain(['doctor'])
    assert.equal(found.code, 0, found.stderr)
    assert.match(found.stdout, /Browser: \S+ \(found via /)
    const missing = await runMain(['doctor'], { env: { CHROME_PATH: path.join(root, 'no-such-browser') } })
    assert.equal(missing.code, 6)
    assert.match(missing.stdout, /apt-get install -y chromium/)
  })
})
