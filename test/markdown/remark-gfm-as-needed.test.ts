/**
 * GFM as needed: the same trees as `remark-gfm`, with only the extensions
 * whose marks a source has.
 */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { gfmNeeds, remarkGfmAsNeeded } from '../../src/markdown/remark-gfm-as-needed.js'
import { fixtures } from '../helpers.js'

const withGfm = (source: string): unknown => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(source)
const asNeeded = (source: string): unknown => unified().use(remarkParse).use(remarkGfmAsNeeded, { source }).use(remarkFrontmatter, ['yaml']).parse(source)

/** Every Markdown source under `folder`. */
async function markdownFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true })
  return entries.map(String).filter((name) => /\.(md|markdown)$/.test(name)).map((name) => path.join(folder, name))
}

describe('remarkGfmAsNeeded', () => {
  it('should tell which constructs a source may hold', () => {
    assert.deepEqual(gfmNeeds('# Plain\n\nNo marks here.\n'), { table: false, strikethrough: false, footnote: false, taskListItem: false, email: false, url: false })
    assert.deepEqual(gfmNeeds('a | b\n~~x~~ [^1] - [x] me@example.org https://example.org'), { table: true, strikethrough: true, footnote: true, taskListItem: true, email: true, url: true })
    assert.equal(gfmNeeds('see WWW.Example.com').url, true)
    assert.equal(gfmNeeds('see HTTP://example.com').url, true)
    // A character reference may decode to a mark.
    assert.deepEqual([gfmNeeds('me&#64;example.org').email, gfmNeeds('me&#64;example.org').url], [true, true])
  })

  it('should parse every construct, each alone and together, as remark-gfm does', () => {
    const cases = [
      '| a | b |\n| - | - |\n| 1 | 2 |\n',
      'a ~~gone~~ and ~one~\n',
      'Text[^1] and [^note].\n\n[^1]: One.\n[^note]: Two\n    continued.\n',
      '- [ ] todo\n- [x] done\n- [X] Done\n',
      'Write to me@example.org or mailto:you@example.org or xmpp:them@example.org/home.\n',
      'See https://example.org/a?b=c, www.example.com. and HTTP://EXAMPLE.COM!\n',
      'Only a link: [docs](https://example.org/docs) and <https://example.org>.\n',
      // Marks only where no text holds them (link targets, code, an image's alt, a title): the transform is skipped.
      'See [docs](https://example.org/docs "www.example.org"), `me@example.org`, ![www.x.io](a.png) and [ref].\n\n[ref]: https://example.org\n',
      // A mark in a link's own text, where literals are not looked for, and one beside it.
      '[https://example.org](https://example.org) then www.example.com.\n',
      'Entities: me&#64;example.org and www&#46;example.org and &amp;.\n',
      '---\ntitle: T\n---\n\n## One\n\n- a | b\n- ~x~ [^n] me@x.io www.x.io\n\n[^n]: note\n',
      '# Plain\n\nNothing of GFM here, just *emphasis* and `code`.\n'
    ]
    for (const source of cases) assert.deepEqual(asNeeded(source), withGfm(source), source)
  })

  it('should parse every Markdown fixture and real article as remark-gfm does', async () => {
    const files = [...(await markdownFiles(path.join(fixtures))), ...(await markdownFiles(path.join(fixtures, '..', '..', 'slides')))]
    assert.ok(files.length > 40, `found ${files.length} sources`)
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      assert.deepEqual(asNeeded(source), withGfm(source), file)
    }
  })
})
