/**
 * Saved web pages in the encoding they declare: `<meta charset>` or an
 * `http-equiv` Content-Type naming windows-1252, iso-8859-1 (read as
 * windows-1252, as browsers read it) or Shift_JIS decode right; an encoding
 * Lectern cannot read is one line and exit 3; Markdown stays UTF-8 only.
 */
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { declaredCharset, decodeSource } from '../../src/read/read-source.js'
import { runMain, tempDir } from '../helpers.js'

/** A saved article page, encoded as `encoding` and declaring `declaration` in its head. */
function page(title: string, heading: string, paragraphs: string[], lang: string, declaration: string): string {
  const body = paragraphs.map((text) => `<p>${text}</p>`).join('\n')
  return `<!doctype html><html lang="${lang}"><head>${declaration}<title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>\n${body}\n<h2>${heading}</h2>\n${body}</article></body></html>`
}

const german = [
  'Im Café „Grüße“ kostet der Kaffee 3 € – günstig für die Straße am Fluss, und das Gebäck ist frisch.',
  'Die Münchner Straße führt zum Bahnhof; dort hält jede Stunde ein Zug nach Köln und weiter nach Düsseldorf.'
]
const japanese = ['これは日本語の記事です。東京は大きな都市で、富士山は日本で一番高い山です。', '記事からスライドを作ります。これは二番目の段落で、もう少し長い文章です。']

describe('web page charsets', () => {
  it('should read the charset a page declares', () => {
    assert.equal(declaredCharset(Buffer.from('<!doctype html><html><head><meta charset="windows-1252">')), 'windows-1252')
    assert.equal(declaredCharset(Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`)), 'Shift_JIS')
    assert.equal(declaredCharset(Buffer.from('<html><head><title>none</title>')), undefined)
    // Only in web pages: the same bytes as Markdown must be UTF-8.
    const latin = Buffer.from('<meta charset="iso-8859-1"><p>Gr\xfc\xdfe</p>', 'latin1')
    assert.equal(decodeSource(latin, 'page.html', { html: true }), '<meta charset="iso-8859-1"><p>Grüße</p>')
    assert.throws(() => decodeSource(latin, 'notes.md'), /Invalid UTF-8/)
  })

  for (const [name, encoding, declaration, lang, paragraphs, title, heading] of [
    ['windows-1252', 'cp1252', '<meta charset="windows-1252">', 'de', german, 'Grüße aus Köln', 'Überblick'],
    ['iso-8859-1', 'latin1', '<meta charset="iso-8859-1">', 'de', german.map((text) => text.replace('„', '"').replace('“', '"').replace(' €', ' Euro').replace(' – ', ' - ')), 'Grüße aus Köln', 'Überblick'],
    ['Shift_JIS', 'shift_jis', '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', 'ja', japanese, '日本語の記事', '概要']
  ] as const) {
    it(`should build a page saved as ${name} with its words intact`, async () => {
      const dir = await tempDir()
      const html = page(title, heading, [...paragraphs], lang, declaration)
      // Node writes latin1 itself; windows-1252 and Shift_JIS go through Python's codecs, as a browser saving the page would write them.
      const bytes = encoding === 'latin1' ? Buffer.from(html, 'latin1') : await encode(html, encoding)
      assert.ok(!bytes.equals(Buffer.from(html, 'utf8')), 'not UTF-8 on disk')
      await writeFile(path.join(dir, 'page.html'), bytes)
      const result = await runMain(['build', 'page.html', '-o', 'out'], { cwd: dir })
      assert.equal(result.code, 0, result.stderr)
      const deck = await readFile(path.join(dir, 'out', 'page.html'), 'utf8')
      assert.match(deck, new RegExp(`<h1>${title}</h1>`))
      assert.match(deck, new RegExp(`<h2>${heading}</h2>`))
      assert.match(deck, new RegExp(`<html lang="${lang}"`), 'the page language reaches the deck')
      for (const text of paragraphs) assert.ok(deck.includes(text.slice(0, 20)), `“${text.slice(0, 20)}” in the deck`)
      assert.doesNotMatch(deck, /\uFFFD|Ã|â€/, 'no mojibake')
    })
  }

  it('should refuse a page in an encoding it cannot read with one line, exit 3', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'page.html'), '<html><head><meta charset="x-no-such-charset"></head><body><p>text</p></body></html>')
    const result = await runMain(['build', 'page.html', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 3)
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr)
    assert.match(result.stderr, /page\.html.*charset `x-no-such-charset`.*save it as UTF-8/)
  })
})

/** Encode text with Python's codecs (Node has no windows-1252 or Shift_JIS encoder). */
async function encode(text: string, encoding: string): Promise<Buffer> {
  const { spawnSync } = await import('node:child_process')
  const run = spawnSync('python3', ['-c', `import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('${encoding}'))`], { input: Buffer.from(text, 'utf8') })
  if (run.status !== 0) throw new Error(String(run.stderr))
  return run.stdout
}
