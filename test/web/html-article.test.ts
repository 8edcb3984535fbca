/**
 * Saved web pages as articles: real published articles saved with their
 * site's chrome (test/fixtures/real/{go-supply-chain,julia-ml-programming-languages,nodejs-downloads-reliable}/article.html,
 * written by test/corpus/make-real-html.ts) build to decks with the right
 * title and headings, no chrome on a face, no live script, and every sentence
 * of the article on a face or in the notes; small pages check each kind of
 * block, metadata and sanitising.
 */
import { backMatter } from '../../src/article/back-matter.js'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { parseDeck, toDocument } from '../../src/html/render.js'
import { createThemeResolver } from '../../src/theme/deck-theme.js'
import { extractArticle, stripSiteSuffix } from '../../src/web/index.js'
import { buildDeck } from '../../src/write/build.js'
import { htmlArticles } from '../corpus/make-real-html.js'
import { blockText, faceOf, normalise, proseSentences, slidesOf } from '../helpers/deck-text.js'
import { fixtures, runMain, tempDir } from '../helpers.js'

/** Build a page to a deck: its slides tree, its file and the HTML document. */
async function render(file: VFile): Promise<{ tree: Root; html: string }> {
  const tree = await parseDeck(file)
  const theme = await createThemeResolver()(file.data.deck!.config, file)
  const html = await toDocument(tree, file, theme, { safe: true })
  return { tree, html }
}

/** What a page must never bring into a deck. */
function assertNothingLive(html: string, name: string): void {
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${name}: an event handler attribute`)
  for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    assert.ok(/^<script src="assets\//.test(script) || /Reveal\.initialize/.test(script), `${name}: a script that is not Lectern's: ${script.slice(0, 80)}`)
  }
  assert.doesNotMatch(html, /gtag|googletagmanager|acceptCookies|initSite|stats\.example\.net/, `${name}: the page's script or tracker`)
  assert.doesNotMatch(html, /<(?:iframe|form|input|button|object|embed)\b/i, `${name}: a frame or form`)
  assert.doesNotMatch(html, /\s(?:src|srcset|poster)="(?:https?:)?\/\//i, `${name}: a remote resource`)
  assert.doesNotMatch(html, /javascript:/i, `${name}: a javascript: URL`)
}

describe('saved web pages of real articles', () => {
  for (const name of htmlArticles) {
    it(`should build ${name} with its title, headings and every sentence, and none of its chrome`, async () => {
      const folder = path.join(fixtures, 'real', name)
      const page = readFileSync(path.join(folder, 'article.html'), 'utf8')
      const markdown = readFileSync(path.join(folder, 'article.md'), 'utf8')
      const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { title: string; headings: string[] }
      const file = new VFile({ path: path.join(folder, 'article.html'), value: page })
      const { tree, html } = await render(file)

      assert.equal(file.data.deck?.config.title, expected.title)
      assert.ok(file.data.deck?.condensed, 'a web page is an article')
      const slides = slidesOf(tree)
      const titles = slides.map((slide) => {
        const heading = faceOf(slide).find((node): node is Heading => node.type === 'heading')
        return heading ? toString(heading).replace(/\s*\(cont\.\)$/, '').trim() : ''
      })
      // (Back matter after the last section goes to the notes with its heading: src/article/back-matter.ts.)
      const notes = slides.map((slide) => slide.children.filter((node) => node.type === 'notes').map((node) => toString(node)).join('\n')).join('\n')
      let at = 0
      for (const heading of expected.headings) {
        const found = titles.indexOf(heading, at)
        if (found === -1 && backMatter.test(heading) && notes.includes(heading)) continue
        assert.ok(found !== -1, `heading “${heading}” as a slide title after slide ${at + 1}; titles: ${titles.join(' | ')}`)
        at = found
      }

      // Chrome: every line of the page's text that the article does not have stays off the faces.
      const published = normalise(blockText(unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown)))
      const faces = slides.slice(1).map((slide) => normalise(faceOf(slide).map((node) => blockText(node)).join('\n')))
      const chrome: string[] = []
      for (const line of toText(fromHtml(page)).split('\n')) {
        const text = normalise(line)
        // A paragraph of the article may end in a footnote mark ("…a programming language.1").
        if (text.split(' ').length < 3 || published.includes(text) || published.includes(text.replace(/ \d+$/, ''))) continue
        if (faces.some((face) => face.includes(text))) chrome.push(line.trim())
      }
      assert.deepEqual(chrome, [], 'page chrome on a face')

      // Nothing lost: every sentence of the article's paragraphs on a face or in the notes (what was dropped does not count).
      const config = file.data.deck!.config
      const everything = normalise([...slides.map((slide) => blockText(slide as unknown as Root)), config.author ?? '', config.date ?? ''].join('\n'))
      const lost: string[] = []
      for (const sentence of proseSentences(markdown)) {
        const wanted = normalise(sentence)
        if (wanted !== '' && !everything.includes(wanted)) lost.push(sentence)
      }
      assert.deepEqual(lost, [], 'sentences on no face and in no notes')

      assertNothingLive(html, name)
      const dropped = file.messages.filter((message) => message.ruleId === 'html-dropped').map((message) => message.reason)
      for (const kind of ['cookie notice', 'site header', 'share', 'newsletter', 'related links', 'footer']) {
        assert.ok(dropped.some((reason) => reason.startsWith(`Dropped ${kind}:`)), `${kind} listed as dropped: ${dropped.join('; ')}`)
      }
    })
  }
})

const page = (body: string, head = ''): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`

const prose = (topic: string): string =>
  `<p>${topic} is the subject of this paragraph, which has enough words for a reader to take it as prose. ` +
  `A second sentence about ${topic.toLowerCase()} follows, because articles rarely say one thing only.</p>`

describe('web page articles', () => {
  it('should take the title from <title> without the site suffix when there is no <h1>', () => {
    assert.equal(stripSiteSuffix('Night trains are back | Rail Weekly'), 'Night trains are back')
    assert.equal(stripSiteSuffix('Night trains are back - Rail Weekly', 'Rail Weekly'), 'Night trains are back')
    assert.equal(stripSiteSuffix('Rail Weekly: Night trains are back', 'Rail Weekly'), 'Night trains are back')
    assert.equal(stripSiteSuffix('Who needs a lock file?'), 'Who needs a lock file?')
    const { outline } = extractArticle(
      page(`<article>${prose('Sleeper trains')}<h2>Routes</h2>${prose('The route map')}</article>`, '<title>Night trains are back | Rail Weekly</title><meta name="author" content="Ann Example"><meta property="article:published_time" content="2026-03-14T08:00:00Z">')
    )
    assert.equal(outline.title, 'Night trains are back')
    assert.equal(outline.byline, 'Ann Example')
    assert.equal(outline.date, '2026-03-14')
    assert.deepEqual(outline.headings.map((heading) => heading.text), ['Routes'])
  })

  it('should resolve relative links against where the page was published, and keep links within it', () => {
    const { tree } = extractArticle(
      `<!-- saved from url=(0033)https://go.dev/blog/supply-chain -->\n` +
        page(`<article><h1>Links</h1><p>See <a href="/ref/mod#go-mod-file">the reference</a>, <a href="../doc/">the docs</a> and <a href="#later">below</a> for more about modules.</p></article>`)
    )
    const urls: string[] = []
    const walk = (node: { type: string; url?: string; children?: unknown[] }): void => {
      if (node.type === 'link') urls.push(node.url!)
      for (const child of (node.children ?? []) as Array<{ type: string }>) walk(child)
    }
    walk(tree as never)
    assert.deepEqual(urls, ['https://go.dev/ref/mod#go-mod-file', 'https://go.dev/doc/', '#later'])
  })

  it('should keep lists, code with its language, tables and block quotes; drop frames, forms and scripts', async () => {
    const body =
      `<main><h1>Blocks</h1>${prose('Sleeper trains')}<h2>Kinds</h2><ul><li>Lists stay lists</li><li>Items stay items</li></ul>` +
      `<pre><code class="language-js">const answer = 42</code></pre>` +
      `<table><thead><tr><th>Route</th><th>Hours</th></tr></thead><tbody><tr><td>Vienna–Rome</td><td>14</td></tr></tbody></table>` +
      `<blockquote><p>The night train is the hotel that moves.</p></blockquote>${prose('The timetable')}` +
      `<iframe src="https://video.example/embed"></iframe><form action="/x"><input name="q"><button>Go</button></form>` +
      `<p>A <a href="javascript:alert(1)">bad link</a> and a <a href="https://example.org/" onclick="steal()">good one</a> in a sentence of prose.</p>` +
      `<script>alert(1)</script><img src="x.png" onerror="alert(2)"></main>`
    const file = new VFile({ path: 'page.html', value: page(body, '<title>Blocks</title>') })
    const { tree, html } = await render(file)
    const slides = slidesOf(tree)
    const kinds = slidesOf(tree).find((slide) => faceOf(slide).some((node) => node.type === 'heading' && toString(node) === 'Kinds'))
    assert.ok(kinds, `a Kinds slide among ${slides.length}`)
    const all = tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : [node]))
    const types = new Set<string>()
    const walk = (node: { type: string; children?: unknown[] }): void => {
      types.add(node.type)
      for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(child)
    }
    for (const node of all) walk(node as never)
    for (const type of ['list', 'code', 'table', 'blockquote']) assert.ok(types.has(type), `a ${type} in the deck`)
    assert.match(html, /<code class="hljs language-js">/)
    assert.match(html, /Vienna–Rome/)
    assert.match(html, /href="https:\/\/example\.org\/"/)
    assertNothingLive(html, 'page.html')
  })

  it('should leave a highlighter\'s comment spans in code, and drop a comments section', () => {
    const { tree, outline } = extractArticle(
      page(
        `<article><h1>Code</h1>${prose('The example')}<pre><code class="language-js"><span class="hljs-comment">// keep this comment</span>\nlet x = 1</code></pre>${prose('The output')}` +
          `<div class="share-line"><a href="https://x.example/">Share</a> on social media and tell your friends</div></article>` +
          `<section id="comments"><h2>12 comments</h2><p>Great post, thanks for writing it up for all of us!</p></section>`
      )
    )
    const code = tree.children.find((node) => node.type === 'code')
    assert.equal(code?.type === 'code' ? code.value : '', '// keep this comment\nlet x = 1')
    assert.deepEqual(outline.dropped.map((line) => line.reason), ['share', 'comments'])
  })

  it('should copy a local image beside the deck and never load a remote one', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'page_files'))
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6cf6a0000000049454e44ae426082', 'hex')
    await writeFile(path.join(dir, 'page_files', 'map.png'), png)
    const body = `<article><h1>Maps</h1>${prose('The map')}<figure><img src="page_files/map.png" alt="A route map"></figure><img src="https://cdn.example/remote.png" alt="Remote photo">${prose('A photo')}</article>`
    await writeFile(path.join(dir, 'page.html'), page(body))
    const deck = await buildDeck({ path: 'page.html', name: 'page' }, { cwd: dir, outDir: 'out' })
    const html = await readFile(deck.htmlPath, 'utf8')
    const copied = deck.media.map((asset) => asset.to)
    assert.equal(copied.length, 1)
    assert.ok(existsSync(path.join(dir, 'out', copied[0]!)), 'the image is copied')
    assert.match(html, new RegExp(`src="${copied[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`))
    assert.doesNotMatch(html, /cdn\.example/)
    assert.ok(deck.rendered.file.messages.some((message) => message.ruleId === 'html-dropped' && /remote image/.test(message.reason)))
  })

  it('should answer `lectern outline page.html` with the title, headings and dropped chrome', async () => {
    const result = await runMain(['outline', path.join(fixtures, 'real', 'go-supply-chain', 'article.html')])
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /^title {5}How Go Mitigates Supply Chain Attacks {2}\(line \d+\)$/m)
    assert.match(result.stdout, /^byline {4}Filippo Valsorda$/m)
    assert.match(result.stdout, /## The VCS is the source of truth/)
    assert.match(result.stdout, /\[cookie notice\] We use cookies/)
  })
})
