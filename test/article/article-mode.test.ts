/**
 * Article mode end to end: every article fixture, the two shared samples and
 * every deck in `slides/` is built with each Lectern theme, then read back
 * from the HTML.
 *
 * For each deck: nothing the author wrote is lost (every sentence is on a
 * slide face or in the speaker notes, dropped boilerplate is listed in the
 * outline), condensed faces respect `maxBullets` and `maxWords`, the title and
 * the headings come out right and in order. That no slide overflows is
 * checked in Chromium by `test/markdown/never-clip.test.ts`, which lays out
 * the same decks (these sources, these themes, these tight limits) with the others.
 */
import assert from 'node:assert/strict'
import { maxCodeLines } from '../../src/article/face-height.js'
import { longSlack } from '../../src/article/sentence-analysis.js'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toString as hastToString } from 'hast-util-to-string'
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import rehypeRaw from 'rehype-raw'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { parse as parseYaml } from 'yaml'
import { buildDeck, type BuiltDeck } from '../../src/write/build.js'
import { condenseBlocks } from '../../src/article/condense.js'
import { splitSentences } from '../../src/article/sentences.js'
import { assembleFace, paginate } from '../../src/article/paginate.js'
import { slideMetrics } from '../../src/article/slide-metrics.js'
import { renderDeck } from '../../src/index.js'
import { parseByline } from '../../src/text/byline.js'
import { recogniseText, type TextOutline } from '../../src/text/index.js'
import { splitLines } from '../../src/text/lines.js'
import type { DeckConfig } from '../../src/types.js'
import { AssetWriter } from '../../src/write/write-assets.js'
import { fixtures, root, slidesHtml, tempDir } from '../helpers.js'

/** What a fixture's `NAME.expected.json` says a person would expect. */
interface Expectation {
  title: string
  headings: string[]
  /** Lines that must be dropped (listed in the outline, on no slide face). */
  dropped?: string[]
}

interface Source {
  /** Path relative to the repository root. */
  path: string
  /** Output name, unique across sources. */
  name: string
  format: 'markdown' | 'text'
  text: string
  expected?: Expectation | undefined
}

/** One slide (a leaf `<section>`) read back from the HTML. */
interface SlideView {
  index: number
  /** The face without the notes. */
  face: Element
  notes: Element[]
  isTitle: boolean
}

const themes = ['lectern', 'lectern-night', 'lectern-paper'] as const
/** Limits tried on top of the defaults, on a few fixtures. */
const tightLimits: Partial<DeckConfig> = { maxBullets: 4, maxWords: 10 }
const tightFixtures = ['tree-canopy-report', 'hackathon-checklist', 'canal-long-sentences']

async function loadSources(): Promise<Source[]> {
  const sources: Source[] = []
  const articles = path.join(fixtures, 'articles')
  for (const entry of (await readdir(articles)).sort()) {
    const ext = path.extname(entry)
    if (ext !== '.md' && ext !== '.txt') continue
    const stem = path.basename(entry, ext)
    const expectedPath = path.join(articles, `${stem}.expected.json`)
    sources.push({
      path: path.join('test', 'fixtures', 'articles', entry),
      name: stem,
      format: ext === '.txt' ? 'text' : 'markdown',
      text: await readFile(path.join(articles, entry), 'utf8'),
      expected: existsSync(expectedPath) ? (JSON.parse(await readFile(expectedPath, 'utf8')) as Expectation) : undefined
    })
  }
  // The shared samples (copies of /work/shared/examples, kept in the repository).
  for (const sample of ['sample-community-gardens', 'sample-library-press-release']) {
    const relative = path.join('test', 'fixtures', 'text', sample, 'input.txt')
    sources.push({ path: relative, name: sample, format: 'text', text: await readFile(path.join(root, relative), 'utf8') })
  }
  for (const entry of (await readdir(path.join(root, 'slides'))).sort()) {
    if (!entry.endsWith('.md')) continue
    const relative = path.join('slides', entry)
    sources.push({ path: relative, name: `slides-${path.basename(entry, '.md')}`, format: 'markdown', text: await readFile(path.join(root, relative), 'utf8') })
  }
  return sources
}

// ── Reading a built deck back ────────────────────────────────────────────────

function parseSlides(html: string): SlideView[] {
  const tree = unified()
    .use(rehypeRaw)
    .runSync({ type: 'root', children: [{ type: 'raw', value: slidesHtml(html) }] } as unknown as HastRoot) as HastRoot
  const slides: SlideView[] = []
  const walk = (nodes: readonly (HastRoot['children'][number] | ElementContent)[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (node.tagName === 'section') {
        const nested = node.children.some((child) => child.type === 'element' && child.tagName === 'section')
        if (nested) {
          walk(node.children)
          continue
        }
        const notes = node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'aside')
        const face: Element = { ...node, children: node.children.filter((child) => !notes.includes(child as Element)) }
        const className = String((node.properties?.className as string[] | undefined)?.join(' ') ?? '')
        // The title slide: its class, or (where a sanitiser dropped the class) the first slide when it holds the `h1`.
        const hasH1 = face.children.some((child) => child.type === 'element' && child.tagName === 'h1')
        slides.push({ index: slides.length + 1, face, notes, isTitle: className.split(' ').includes('title-slide') || (slides.length === 0 && hasH1) })
      } else {
        walk(node.children)
      }
    }
  }
  walk(tree.children)
  return slides
}

function elements(node: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(node as unknown as HastRoot, 'element', (element: Element) => {
    if (test(element)) found.push(element)
  })
  return found
}

const blockTags = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'pre', 'blockquote', 'figcaption'])

/** Normalised text of every block of the deck, faces and notes. */
function deckBlocks(slides: readonly SlideView[]): string[] {
  return slides.flatMap((slide) => [slide.face, ...slide.notes].flatMap((part) => elements(part, (element) => blockTags.has(element.tagName)).map((element) => normalise(hastToString(element)))))
}

function faceBlocks(slides: readonly SlideView[]): string[] {
  return slides.flatMap((slide) => elements(slide.face, (element) => blockTags.has(element.tagName)).map((element) => normalise(hastToString(element))))
}

/** Lowercase words of letters and digits, single-spaced: what "the same text" means here. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Text of a list item without its nested lists. */
function ownText(item: Element): string {
  const copy: Element = { ...item, children: item.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol'))) }
  return hastToString(copy)
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
}

/** Headings of the deck in order, without the title, generated "Introduction" and "(cont.)" repeats. */
function deckHeadings(slides: readonly SlideView[], sourceHasOverview: boolean): string[] {
  const headings: string[] = []
  for (const slide of slides) {
    if (slide.isTitle) continue
    // The agenda, the closing line and the closing slide are the talk's, not the article's.
    const first = elements(slide.face, (element) => /^h[1-6]$/.test(element.tagName))[0]
    if (first && /^(?:Agenda(?: \(cont\.\))?|In closing|Questions\?)$/.test(hastToString(first).trim())) continue
    for (const heading of elements(slide.face, (element) => /^h[1-6]$/.test(element.tagName))) {
      const text = hastToString(heading).replace(/\s+/g, ' ').trim()
      if (/\(cont\.\)$/.test(text)) continue
      if (text === 'Introduction' && !sourceHasOverview) continue
      // (A question heading carries the short answer its section opens with: src/article/short-answers.ts.)
      headings.push(text.replace(/\?\s+[^?]{1,30}[.!]$/, '?'))
    }
  }
  return headings
}

// ── What the source says ─────────────────────────────────────────────────────

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

interface MarkdownFacts {
  title: string | undefined
  headings: string[]
  /** Sentences of paragraphs, list items, headings, table cells; code blocks whole. */
  sentences: string[]
  /** Alternative text of every image. */
  images: string[]
}

function markdownFacts(text: string): MarkdownFacts {
  const tree = markdownParser.parse(text) as Root
  const frontMatter = tree.children[0]?.type === 'yaml' ? ((parseYaml(tree.children[0].value) ?? {}) as Record<string, unknown>) : {}
  const headings: string[] = []
  let firstH1: string | undefined
  const sentences: string[] = []
  const images: string[] = []
  visit(tree, (node) => {
    if (node.type === 'image') images.push(node.alt ?? '')
    if (node.type === 'heading') {
      const value = toString(node).trim()
      if (node.depth === 1 && firstH1 === undefined) firstH1 = value
      else headings.push(value)
      sentences.push(value)
    } else if (node.type === 'paragraph' || node.type === 'tableCell') {
      if (node.children.every((child) => child.type === 'image' || (child.type === 'text' && child.value.trim() === ''))) return
      // Without attribute comments and `::: notes` fences, which are markup, not text.
      const value = node.children
        .filter((child) => child.type !== 'html')
        .map((child) => toString(child))
        .join('')
        .replace(/^:::.*$/gm, '')
      if (/^\s*notes?:/i.test(value)) return
      sentences.push(...splitSentences(value))
    } else if (node.type === 'code') {
      // Code may be split over slides: each line must be shown.
      sentences.push(...node.value.split('\n').filter((line) => line.trim() !== ''))
    }
  })
  return { title: typeof frontMatter['title'] === 'string' ? frontMatter['title'] : firstH1, headings, sentences, images }
}

// ── The suite ────────────────────────────────────────────────────────────────

interface Built {
  source: Source
  theme: string
  limits: Partial<DeckConfig>
  deck: BuiltDeck
  slides: SlideView[]
}

const sources = await loadSources()
const built: Built[] = []
let outRoot = ''

describe('article mode, end to end', () => {
  before(async () => {
    outRoot = await tempDir('lectern-articles-')
    // Build every deck in every theme. (never-clip.test.ts lays these decks out in Chromium, tight ones too: nothing overflows.)
    for (const theme of themes) {
      const outDir = path.join(outRoot, theme)
      const assets = new AssetWriter(outDir)
      const jobs: Array<{ source: Source; limits: Partial<DeckConfig>; name: string }> = sources.map((source) => ({ source, limits: {}, name: source.name }))
      if (theme === 'lectern') {
        for (const source of sources.filter((s) => tightFixtures.includes(s.name))) jobs.push({ source, limits: tightLimits, name: `${source.name}-tight` })
      }
      for (const job of jobs) {
        const deck = await buildDeck({ path: job.source.path, name: job.name }, { outDir, cwd: root, assets, overrides: { theme, ...job.limits } })
        built.push({ source: job.source, theme, limits: job.limits, deck, slides: parseSlides(deck.rendered.html) })
      }
    }
  })

  after(async () => {
    if (outRoot) await rm(outRoot, { recursive: true, force: true })
  })

  it('should build every fixture, sample and slides deck in every theme', () => {
    assert.ok(sources.filter((source) => source.path.includes('articles')).length >= 8, 'at least 8 article fixtures')
    assert.equal(built.length, sources.length * themes.length + tightFixtures.length)
  })

  it('should condense every article fixture and the samples, and leave slide-style decks as written', () => {
    for (const entry of built) {
      const article = !entry.source.name.startsWith('slides-')
      assert.equal(entry.deck.rendered.deck.condensed, article, `${entry.source.path}: condensed should be ${article}`)
    }
  })

  it('should lose nothing: every sentence is on a slide or in the notes', () => {
    const problems: string[] = []
    for (const entry of built) {
      const blocks = deckBlocks(entry.slides)
      const where = `${entry.source.path} (${entry.theme}${entry.limits.maxWords ? ', tight' : ''})`
      const missing: string[] = []
      const expect = (text: string): void => {
        const wanted = normalise(text)
        if (wanted !== '' && !blocks.some((block) => block.includes(wanted))) missing.push(text)
      }
      if (entry.source.format === 'markdown') {
        const facts = markdownFacts(entry.source.text)
        for (const sentence of facts.sentences) expect(sentence)
        const alts = entry.slides.flatMap((slide) => elements(slide.face, (element) => element.tagName === 'img').map((image) => String(image.properties?.alt ?? '')))
        for (const alt of facts.images) if (!alts.includes(alt)) missing.push(`image “${alt}”`)
      } else {
        const outline = entry.deck.rendered.file.data.textOutline as TextOutline
        const dropped = new Set(outline.dropped.map((line) => line.line))
        const { tree } = recogniseText(entry.source.text)
        visit(tree, (node) => {
          if (node.type === 'paragraph' || node.type === 'heading') for (const sentence of splitSentences(toString(node))) expect(sentence)
        })
        // Independently of the recogniser: every source line is shown, is title metadata, or is listed as dropped.
        for (const line of splitLines(entry.source.text)) {
          if (line.blank || dropped.has(line.line)) continue
          const byline = parseByline(line.text)
          if (byline) {
            if (byline.byline) expect(byline.byline)
            if (byline.date) expect(byline.date)
            continue
          }
          expect(line.text.replace(/^(?:[-*•·]|\(?\d+[.)])\s+/, ''))
        }
      }
      problems.push(...missing.map((text) => `${where}: “${text}”`))
    }
    assert.deepEqual(problems, [], 'sentences found on no slide and in no notes')
  })

  it('should drop boilerplate from every slide face and list it in the outline', () => {
    const problems: string[] = []
    for (const entry of built.filter((e) => e.source.format === 'text')) {
      const outline = entry.deck.rendered.file.data.textOutline as TextOutline
      const listed = outline.dropped.map((line) => line.text)
      for (const text of entry.source.expected?.dropped ?? []) {
        if (!listed.includes(text)) problems.push(`${entry.source.path}: “${text}” is not in the outline's dropped lines`)
      }
      const faces = faceBlocks(entry.slides)
      for (const line of outline.dropped) {
        const text = normalise(line.text)
        // A table of contents repeats the headings, which are on the slides in their own right.
        if (wordsOf(text).length < 3 || line.reason === 'table of contents') continue
        if (faces.some((block) => block.includes(text))) problems.push(`${entry.source.path} (${entry.theme}): dropped line ${line.line} “${line.text}” is on a slide face`)
      }
    }
    assert.deepEqual([...new Set(problems)], [], 'boilerplate')
  })

  it('should keep condensed faces short and whole: at most maxBullets bullets, none cut off, none over the hard cap unless the source wrote it so, no word invented', () => {
    const problems: string[] = []
    for (const entry of built.filter((e) => e.deck.rendered.deck.condensed)) {
      const { maxBullets, maxWords } = entry.deck.rendered.deck.config
      // (A statement no cut brings within maxWords + 6 may run to maxWords + longSlack, `sentence-analysis.ts`.)
      const hardCap = maxWords + longSlack
      const source = normalise(entry.source.text)
      const sourceWords = new Set(source.split(' '))
      for (const slide of entry.slides.filter((s) => !s.isTitle)) {
        const where = `${entry.source.path} (${entry.theme}) slide ${slide.index}`
        const items = elements(slide.face, (element) => element.tagName === 'li')
        // The agenda may set up to twelve short entries in two columns; its fit is checked in Chromium with the rest.
        const heading = elements(slide.face, (element) => /^h[1-6]$/.test(element.tagName))[0]
        const agenda = heading !== undefined && /^Agenda/.test(hastToString(heading))
        // (So may a list of short items drawn in two columns, `list-columns.ts`.)
        const columns = elements(slide.face, (element) => element.tagName === 'ul' && String(element.properties?.className ?? '').includes('lectern-columns')).length > 0
        if (items.length > maxBullets && !((agenda || columns) && items.length <= 12)) problems.push(`${where}: ${items.length} bullets, expected at most ${maxBullets}`)
        const blocks = [...items.map(ownText), ...elements(slide.face, (element) => element.tagName === 'p').map((paragraph) => hastToString(paragraph))]
        for (const text of blocks) {
          if (/…\s*$/.test(text)) problems.push(`${where}: cut off with an ellipsis: “${text}”`)
          const words = wordsOf(text)
          // A block longer than the hard cap is only allowed as the source's own words (a whole list item or sentence).
          if (words.length > hardCap && !source.includes(normalise(text))) problems.push(`${where}: ${words.length} words (cap ${hardCap}): “${text}”`)
          for (const word of normalise(text).split(' ')) {
            if (word !== '' && !sourceWords.has(word) && !['cont', 'overview'].includes(word)) problems.push(`${where}: “${word}” is not in the source: “${text}”`)
          }
        }
      }
    }
    assert.deepEqual(problems, [], 'faces over the limits')
  })

  it('should give the right title and the headings in source order', () => {
    const problems: string[] = []
    for (const entry of built.filter((e) => e.theme === 'lectern' && !e.limits.maxWords)) {
      const source = entry.source
      const facts = source.format === 'markdown' ? markdownFacts(source.text) : undefined
      const outline = entry.deck.rendered.file.data.textOutline as TextOutline | undefined
      const title = source.expected?.title ?? facts?.title ?? outline?.title
      const headings = source.expected?.headings ?? facts?.headings ?? outline!.headings.map((heading) => heading.text)
      const titleSlide = entry.slides[0]!
      const h1 = titleSlide.isTitle ? elements(titleSlide.face, (element) => element.tagName === 'h1')[0] : undefined
      const shown = h1 ? hastToString(h1).trim() : '(no title slide)'
      if (shown !== title) problems.push(`${source.path}: title “${shown}”, expected “${title}”`)
      if (entry.deck.rendered.deck.config.title !== title) problems.push(`${source.path}: document title “${entry.deck.rendered.deck.config.title}”`)
      const found = deckHeadings(entry.slides, headings.includes('Introduction'))
      if (JSON.stringify(found) !== JSON.stringify(headings)) problems.push(`${source.path}: headings ${JSON.stringify(found)}, expected ${JSON.stringify(headings)}`)
    }
    assert.deepEqual(problems, [], 'titles and headings')
  })

  it('should number continued slides: "Heading", then "Heading (cont.)", list numbering carried on', () => {
    let continued = 0
    for (const entry of built) {
      let previous = ''
      for (const slide of entry.slides) {
        const heading = elements(slide.face, (element) => /^h[1-6]$/.test(element.tagName))[0]
        const text = heading ? hastToString(heading).replace(/\s+/g, ' ').trim() : ''
        if (/\(cont\.\)$/.test(text)) {
          continued++
          const base = text.replace(/\s*\(cont\.\)$/, '')
          assert.ok(previous === base || previous === `${base} (cont.)`, `${entry.source.path} slide ${slide.index}: “${text}” follows “${previous}”`)
        }
        if (text) previous = text
      }
    }
    assert.ok(continued > 0, 'some section is continued')
  })
})

// ── Pagination, without a browser ────────────────────────────────────────────

describe('paginate', () => {
  const metrics = slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Section' }] }
  const blocks = (markdown: string) => (markdownParser.parse(markdown) as Root).children as Parameters<typeof condenseBlocks>[0]
  const items = (count: number, words = 6) => Array.from({ length: count }, (_, index) => `- Item ${index + 1} ${'word '.repeat(words)}`.trimEnd()).join('\n')

  it('should split a long list at item boundaries into even pages, numbering carried on', () => {
    const pages = paginate(condenseBlocks(blocks(items(14).replace(/^- /gm, '1. '))), { metrics, heading, maxBullets: 6 })
    const lists = pages.map((page) => assembleFace(page)[0] as { start?: number; children: unknown[] })
    assert.deepEqual(lists.map((list) => list.children.length), [5, 5, 4])
    assert.deepEqual(lists.map((list) => list.start), [1, 6, 11])
  })

  it('should keep "…as follows:" with the list it introduces', () => {
    const prose = Array.from({ length: 5 }, (_, index) => `Paragraph ${index + 1} makes a point of its own here. It has detail.`).join('\n\n')
    const pages = paginate(condenseBlocks(blocks(`${prose}\n\nThe steps are as follows:\n\n${items(4)}`)), { metrics, heading, maxBullets: 6 })
    const page = pages.find((candidate) => candidate.some((unit) => unit.node.type === 'paragraph'))!
    const at = page.findIndex((unit) => unit.node.type === 'paragraph')
    assert.equal(page[at + 1]?.node.type, 'list', 'the introduction is followed by its list on the same slide')
  })

  it('should split code at line boundaries so no block scrolls', () => {
    const code = '```js\n' + Array.from({ length: 45 }, (_, index) => `const line${index} = ${index}`).join('\n') + '\n```'
    const pages = paginate(condenseBlocks(blocks(code)), { metrics, heading })
    assert.ok(pages.length >= 3)
    const lines = pages.flatMap((page) => page.map((unit) => (unit.node.type === 'code' ? unit.node.value.split('\n').length : 0)))
    assert.equal(lines.reduce((a, b) => a + b, 0), 45)
    assert.ok(lines.every((count) => count <= maxCodeLines(metrics)))
  })

  it('should leave slide-style Markdown exactly as written', async () => {
    const slides = '# Deck\n\n' + Array.from({ length: 3 }, (_, index) => `---\n\n## Slide ${index}\n\nA long paragraph of prose. It has two sentences and would be condensed in an article.\n`).join('\n')
    const auto = await renderDeck(slides, { path: 'deck.md' })
    const off = await renderDeck(slides, { path: 'deck.md', overrides: { condense: false } })
    assert.equal(auto.deck.condensed, false)
    assert.equal(slidesHtml(auto.html), slidesHtml(off.html))
  })
})
