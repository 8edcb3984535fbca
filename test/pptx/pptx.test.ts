import assert from 'node:assert/strict'
import { execFile, execFileSync } from 'node:child_process'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { after, before, describe, it } from 'node:test'
import type { Element, Root } from 'hast'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { pageCount, pageText } from '../helpers/poppler.js'
import { runMain, tempDir } from '../helpers.js'
import { slidesOf } from '../../src/pptx/index.js'

const run = promisify(execFile)

/** LibreOffice's command, when installed. Missing, the LibreOffice checks skip locally and fail in CI. */
function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' })
      return name
    } catch {
      // Try the next name.
    }
  }
  return undefined
}

const soffice = findSoffice()
const sofficeMissing = soffice
  ? false
  : process.env.CI
    ? false // In CI the test runs, and fails on the missing command: `.ci/run` installs libreoffice-impress.
    : 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-impress to open the PowerPoint file for real'
if (sofficeMissing) process.stderr.write(`# SKIP pptx LibreOffice checks: ${sofficeMissing}\n`)

const deck = `---
title: Night trains
subtitle: Why sleepers are back
author: Ada Lovelace
date: 2 December 2026
kicker: Travel
---

# Night trains

## Part one <!-- .slide: data-layout="section" -->

## Why travellers return

- Time: a night of sleep instead of a lost day
  - Hotels are not needed
  - Neither are early flights
- Comfort in private compartments
- The climate: a fraction of the emissions

Note: Speaker notes for the reasons slide, said aloud but never shown.

## One claim <!-- .slide: data-layout="statement" -->

Night trains win on journeys of one night.

## Routes <!-- .slide: data-layout="big-number" -->

- 42 routes opened since 2020

## Who said it <!-- .slide: data-layout="quote" -->

> A city centre at breakfast is worth the berth. — A sleepy traveller

## Timetable

| Route | Departs | Arrives |
| --- | --- | --- |
| Vienna–Paris | 19:40 | 10:00 |
| Zurich–Berlin | 22:05 | 09:10 |

A fare is $p = 2d$ at most.

## A picture <!-- .slide: data-layout="image" -->

![A red square in a blue frame](square.png)

## Compare <!-- .slide: data-layout="two-columns" -->

Before:

- Budget flights everywhere

After:

- Sleepers every night

## Booking code <!-- .slide: data-layout="code" -->

\`\`\`js
const ticket = book('Vienna', 'Paris')
console.log(ticket.berth)
\`\`\`

## Thanks <!-- .slide: data-layout="closing" -->

Questions welcome
`

let dir: string
let pptxPath: string
let zip: JSZip
let stderr: string

/** A 40×30 PNG: a red square in a blue frame. */
function squarePng(): Buffer {
  const png = new PNG({ width: 40, height: 30 })
  for (let y = 0; y < 30; y++) {
    for (let x = 0; x < 40; x++) {
      const index = (y * 40 + x) * 4
      const inside = x > 8 && x < 32 && y > 6 && y < 24
      png.data.set(inside ? [220, 30, 30, 255] : [30, 60, 220, 255], index)
    }
  }
  return PNG.sync.write(png)
}

/** The XML of a part of the PowerPoint file. */
async function part(name: string): Promise<string> {
  const file = zip.file(name)
  assert.ok(file, `${name} is in the PowerPoint file`)
  return file.async('string')
}

/** Slide XML files in order (`slide1.xml`, `slide2.xml`…). */
function slideNames(): string[] {
  return Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
}

/** The text of each shape (`p:sp`) of a slide. */
function shapeTexts(xml: string): string[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((match) => [...match[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((text) => text[1]).join(''))
}

before(async () => {
  dir = await tempDir('lectern-pptx-')
  await writeFile(path.join(dir, 'talk.md'), deck)
  await writeFile(path.join(dir, 'square.png'), squarePng())
  const result = await runMain(['build', 'talk.md', '--pptx'], { cwd: dir })
  assert.equal(result.code, 0, result.stderr)
  stderr = result.stderr
  pptxPath = path.join(dir, 'dist', 'talk.pptx')
  zip = await JSZip.loadAsync(await readFile(pptxPath))
})

after(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('lectern build --pptx', () => {
  it('should write OUT/NAME.pptx beside the deck and say its size', async () => {
    assert.match(stderr, /wrote dist\/talk\.pptx \(11 slides, \d+ kB\)/)
    assert.ok((await readdir(path.join(dir, 'dist'))).includes('talk.html'))
    assert.equal(slideNames().length, 11)
  })

  it('should put titles and bullets in text boxes, with their levels', async () => {
    const reasons = await part('ppt/slides/slide3.xml')
    const texts = shapeTexts(reasons)
    assert.ok(texts.includes('Why travellers return'), `title box among ${JSON.stringify(texts)}`)
    const body = texts.find((text) => text.includes('Comfort in private compartments'))
    assert.ok(body?.includes('Hotels are not needed'), 'bullets share one text box')
    assert.match(reasons, /<a:pPr[^>]*lvl="1"[^>]*>(?:(?!<\/a:p>)[\s\S])*<a:t>Hotels are not needed<\/a:t>/, 'a nested bullet is at level 1')
    assert.match(reasons, /<a:buChar/, 'bullets are PowerPoint bullets')
    assert.doesNotMatch(reasons, /<p:pic>/, 'no text is a picture')
    for (const name of slideNames()) {
      for (const paragraph of (await part(name)).matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        assert.ok((paragraph[1]!.match(/<a:pPr\b/g) ?? []).length <= 1, `${name}: one a:pPr per paragraph, as the schema wants`)
      }
    }
  })

  it('should lay the title slide out like the deck: kicker, title, subtitle, author, date', async () => {
    const texts = shapeTexts(await part('ppt/slides/slide1.xml'))
    const order = ['TRAVEL', 'Night trains', 'Why sleepers are back', 'Ada Lovelace', '2 December 2026'].map((text) => texts.indexOf(text))
    assert.ok(order.every((index) => index >= 0), `all parts found in ${JSON.stringify(texts)}`)
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'in the deck’s order')
  })

  it('should put speaker notes in the notes pane', async () => {
    const rels = await part('ppt/slides/_rels/slide3.xml.rels')
    const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)
    assert.ok(notes, 'the slide has a notes page')
    assert.match(await part(`ppt/notesSlides/${notes[1]}`), /Speaker notes for the reasons slide, said aloud but never shown\./)
    assert.doesNotMatch(shapeTexts(await part('ppt/slides/slide3.xml')).join(' '), /Speaker notes/, 'notes are not on the slide')
  })

  it('should make a table a table, code monospace text and a picture a picture', async () => {
    const table = await part('ppt/slides/slide7.xml')
    assert.match(table, /<a:tbl>/)
    assert.match(table, /<a:t>Vienna–Paris<\/a:t>/)
    // Math is its TeX source in the code font.
    assert.match(table, /<a:latin typeface="JetBrains Mono"[^>]*\/>(?:(?!<\/a:r>)[\s\S])*<a:t>p = 2d<\/a:t>/)
    const picture = await part('ppt/slides/slide8.xml')
    assert.match(picture, /<p:pic>/)
    assert.match(picture, /descr="A red square in a blue frame"/)
    assert.ok(Object.keys(zip.files).some((name) => /^ppt\/media\/.*\.png$/.test(name)), 'the PNG is embedded')
    const code = await part('ppt/slides/slide10.xml')
    const listing = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*name="Code 1"[\s\S]*?<\/p:sp>/.exec(code)?.[0] ?? ''
    const runs = [...listing.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((run) => run[1]!)
    assert.ok(runs.length > 4, 'the listing is highlighted in runs')
    assert.ok(runs.every((run) => run.includes('<a:latin typeface="JetBrains Mono"')), 'every run is in the code font')
    const lines = [...listing.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((line) => [...line[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((text) => text[1]).join(''))
    assert.deepEqual(lines, ['const ticket = book(&apos;Vienna&apos;, &apos;Paris&apos;)', 'console.log(ticket.berth)'])
  })

  it("should use the theme's colours and fonts", async () => {
    const xml = await part('ppt/slides/slide3.xml')
    // The lectern theme: warm white background, near-black headings, Inter.
    assert.match(xml, /<p:bg>[\s\S]*<a:srgbClr val="FBFAF8"/)
    assert.match(xml, /<a:solidFill><a:srgbClr val="0B1620"\/><\/a:solidFill>(?:(?!<\/a:r>)[\s\S])*<a:t>Why travellers return</)
    assert.match(xml, /<a:latin typeface="Inter"/)
    // List markers in the accent colour, as the deck draws them; the code font marked fixed-pitch for substitution.
    assert.match(xml, /<a:buClr><a:srgbClr val="C2410C"\/><\/a:buClr>/)
    assert.match(await part('ppt/slides/slide10.xml'), /<a:latin typeface="JetBrains Mono" pitchFamily="49"/)
    // The big number is in the accent colour.
    assert.match(await part('ppt/slides/slide5.xml'), /<a:srgbClr val="C2410C"\/>(?:(?!<\/a:r>)[\s\S])*<a:t>42<\/a:t>/)
  })

  it('should open in LibreOffice Impress with every slide and its text', { skip: sofficeMissing }, async () => {
    const out = path.join(dir, 'libreoffice')
    await mkdir(out)
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    const profile = `file://${path.join(dir, 'lo-profile')}`
    await run(soffice ?? 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, pptxPath], { timeout: 120_000 })
    const pdf = path.join(out, 'talk.pdf')
    assert.equal(await pageCount(pdf), 11)
    const squash = (text: string) => text.replace(/\s+/g, ' ')
    // The kicker is letter-spaced, which pdftotext may read as separate letters.
    assert.match(squash(await pageText(pdf, 1)), /T ?R ?A ?V ?E ?L[\s\S]*Night trains[\s\S]*Why sleepers are back[\s\S]*Ada Lovelace/)
    assert.match(squash(await pageText(pdf, 3)), /Why travellers return[\s\S]*Hotels are not needed[\s\S]*Comfort in private compartments/)
    assert.match(squash(await pageText(pdf, 7)), /Vienna–Paris 19:40 10:00/)
    assert.match(squash(await pageText(pdf, 10)), /const ticket = book\('Vienna', 'Paris'\)/)
    assert.match(squash(await pageText(pdf, 11)), /Thanks[\s\S]*Questions welcome/)
  })

  it('should write the PowerPoint file alone with --no-html, and refuse nothing else', async () => {
    const result = await runMain(['build', 'talk.md', '--pptx', '--no-html', '-o', 'only'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(await readdir(path.join(dir, 'only')), ['talk.pptx'])
  })
})

describe('slidesOf: a drawn Mermaid diagram', () => {
  it('should be a picture of the SVG alone, its styles unscoped, not the text of its labels', () => {
    const svg = h('svg', { id: 'mermaid-abc', viewBox: '0 0 80 40', width: '80', height: '40', ariaLabel: 'A to B' }, [
      h('style', [{ type: 'text', value: '#mermaid-abc{fill:#333;}#mermaid-abc .node rect{fill:#ECECFF;}' }]),
      h('g', { className: ['node'] }, [h('rect', { width: '20', height: '10' }), h('text', [{ type: 'text', value: 'A' }])]),
      h('path', { markerEnd: 'url(#mermaid-abc_arrow)' })
    ])
    const tree: Root = {
      type: 'root',
      children: [h('div', { className: ['reveal'] }, [h('div', { className: ['slides'] }, [h('section', [h('h2', [{ type: 'text', value: 'Flow' }]), h('figure', { className: ['mermaid-diagram'] }, [svg])])])])]
    }
    const [slide] = slidesOf(tree)
    const picture = slide!.blocks.find((block) => block.kind === 'image')
    assert.ok(picture && picture.kind === 'image', 'the diagram is a picture')
    assert.equal(picture.alt, 'A to B')
    const document = Buffer.from(picture.src.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8')
    assert.match(document, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    assert.match(document, /<style>svg\{fill:#333;\}\.node rect\{fill:#ECECFF;\}<\/style>/)
    assert.match(document, /url\(#mermaid-abc_arrow\)/, 'references to its own parts stay')
    assert.match(document, /<rect width="20" height="10" ?\/>/, 'empty elements are closed, as XML wants')
  })
})

/** A hast element. */
function h(tagName: string, properties: Element['properties'] | Element['children'] = {}, children: Element['children'] = []): Element {
  return Array.isArray(properties) ? { type: 'element', tagName, properties: {}, children: properties } : { type: 'element', tagName, properties, children }
}
