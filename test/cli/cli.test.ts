/**
 * The CLI: exit codes, messages on stderr, outputs written only when complete.
 * Help, version, a usage error and an unwritable output run the real
 * executable (its exit code, stdout and stderr); the rest call `main` in process.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile, chmod } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { runCli, runMain, tempDir } from '../helpers.js'

describe('lectern CLI', () => {
  it('should print help and version', async () => {
    const help = await runCli(['--help'])
    assert.equal(help.code, 0)
    assert.match(help.stdout, /lectern build/)
    // The types Lectern reads, one a line.
    for (const type of [/^ {2}\.md \.markdown /m, /^ {2}\.txt /m, /^ {2}\.html \.htm /m]) assert.match(help.stdout, type)
    const version = await runCli(['--version'])
    assert.equal(version.code, 0)
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/)
  })

  it('should exit 2 with a one-line reason on an unknown command or flag', async () => {
    const command = await runCli(['frobnicate'])
    assert.equal(command.code, 2)
    assert.match(command.stderr, /^lectern: Unknown command `frobnicate`/)
    const flag = await runCli(['build', '--nope'])
    assert.equal(flag.code, 2)
    assert.equal(flag.stderr.trim().split('\n').length, 1)
  })

  it('should build a deck, print status to stderr and warnings with file:line', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '---\ntitle: T\ncolor: red\n---\n\n## One\n\n![x](gone.png)\n')
    const result = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(result.stdout, '')
    assert.match(result.stderr, /built dist\/talk\.html \(2 slides\)/)
    assert.match(result.stderr, /\ntalk\.md\n\s*3:1\s+warning\s+Unknown front-matter key `color`/)
    assert.match(result.stderr, /8:1-8:15\s+warning\s+Cannot find image `gone\.png`/)
    assert.ok(existsSync(path.join(dir, 'dist', 'talk.html')))
    assert.ok(existsSync(path.join(dir, 'dist', 'assets', 'reveal', 'reveal.js')))
  })

  it('should give a source without a title the --title and --author given', async () => {
    const dir = await tempDir()
    // (A post whose title its site keeps elsewhere, as a blog's posts.json or a podcast's page does.)
    await writeFile(path.join(dir, 'post.md'), 'There are at least two ways to read the new name of the conference.\n\n## Keynote\n\nThe talk started a bit slow.\n')
    const result = await runMain(['build', 'post.md', '--condense', '--title', 'Report from IEEE VIS 2013', '--author', 'Robert Kosara'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    const html = await readFile(path.join(dir, 'dist', 'post.html'), 'utf8')
    const title = html.split('<section')[1] ?? ''
    assert.match(title, /title-slide/)
    assert.match(title, /Report from IEEE VIS 2013/)
    assert.match(title, /Robert Kosara/)
    assert.match(html, /<title>Report from IEEE VIS 2013<\/title>/)
  })

  it('should build every deck in a folder and honour --out-dir', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'decks'))
    await writeFile(path.join(dir, 'decks', 'a.md'), '## A\n')
    await writeFile(path.join(dir, 'decks', 'b.markdown'), '## B\n')
    await writeFile(path.join(dir, 'decks', 'README.md'), 'not a deck\n')
    const result = await runMain(['build', 'decks', '--out-dir', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    const written = (await readdir(path.join(dir, 'out'))).filter((name) => name.endsWith('.html')).sort()
    assert.deepEqual(written, ['a.html', 'b.html'])
  })

  it('should fail with the file and line on invalid front matter and write nothing', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'bad.md'), '---\ntitle: [unclosed\n---\n\n## Slide\n')
    const result = await runMain(['build', 'bad.md'], { cwd: dir })
    assert.equal(result.code, 3)
    assert.match(result.stderr, /^lectern: bad\.md:\d+:\d+: Invalid YAML front matter/m)
    assert.ok(!existsSync(path.join(dir, 'dist', 'bad.html')))
  })

  it('should fail on front matter that is not a mapping', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'list.md'), '---\n- a\n- b\n---\n\n## Slide\n')
    const result = await runMain(['build', 'list.md'], { cwd: dir })
    assert.equal(result.code, 3)
    assert.match(result.stderr, /list\.md:2:1: Front matter must be a mapping/)
  })

  it('should fail clearly on a missing file, an empty folder and two decks with one output name', async () => {
    const dir = await tempDir()
    const missing = await runMain(['build', 'nope.md'], { cwd: dir })
    assert.equal(missing.code, 3)
    assert.match(missing.stderr, /Cannot find .*nope\.md/)
    await mkdir(path.join(dir, 'empty'))
    const empty = await runMain(['build', 'empty'], { cwd: dir })
    assert.equal(empty.code, 3)
    assert.match(empty.stderr, /holds no decks/)
    await mkdir(path.join(dir, 'x'))
    await writeFile(path.join(dir, 'x', 'talk.md'), '## A\n')
    await writeFile(path.join(dir, 'talk.md'), '## B\n')
    const clash = await runMain(['build', 'talk.md', 'x/talk.md'], { cwd: dir })
    assert.equal(clash.code, 2)
    assert.match(clash.stderr, /would both be written to talk\.html/)
  })

  it('should refuse a binary file and invalid UTF-8 with the file name', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))
    const binary = await runMain(['build', 'image.md'], { cwd: dir })
    assert.equal(binary.code, 3)
    assert.match(binary.stderr, /image\.md looks like a binary file \(a PNG image\)/)
    await writeFile(path.join(dir, 'latin.md'), Buffer.from('## Caf\xe9\n', 'latin1'))
    const latin = await runMain(['build', 'latin.md'], { cwd: dir })
    assert.equal(latin.code, 3)
    assert.match(latin.stderr, /latin\.md:1:7: Invalid UTF-8 \(byte 0xE9\)/)
  })

  it('should exit 4 when the output folder cannot be written', { skip: process.getuid?.() === 0 ? 'root can write anywhere' : false }, async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '## A\n')
    await mkdir(path.join(dir, 'locked'))
    await chmod(path.join(dir, 'locked'), 0o500)
    const result = await runMain(['build', 'a.md', '-o', 'locked'], { cwd: dir })
    assert.equal(result.code, 4)
  })

  it('should exit 4 when the output path is a file', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '## A\n')
    await writeFile(path.join(dir, 'taken'), 'a file')
    const result = await runMain(['build', 'a.md', '-o', 'taken'], { cwd: dir })
    assert.equal(result.code, 4)
    assert.match(result.stderr, /Cannot write to .*taken/)
    assert.equal(await readFile(path.join(dir, 'a.md'), 'utf8'), '## A\n')
  })

  it('should set every content slide\'s layout with --layout, under a slide\'s own data-layout and over front matter', async () => {
    const dir = await tempDir()
    const source = [
      '---',
      'title: Layouts',
      'layout: bullets',
      '---',
      '',
      '## Requests',
      '',
      '- We serve 3 billion requests a month',
      '',
      '## Said <!-- .slide: data-layout="quote" -->',
      '',
      '> Keep it short. — A speaker',
      ''
    ].join('\n')
    await writeFile(path.join(dir, 'talk.md'), source)
    const layouts = async (...flags: string[]): Promise<string[]> => {
      const result = await runMain(['build', 'talk.md', ...flags], { cwd: dir })
      assert.equal(result.code, 0, result.stderr)
      const html = await readFile(path.join(dir, 'dist', 'talk.html'), 'utf8')
      return [...html.matchAll(/<section\b[^>]*\bdata-layout="([^"]+)"/g)].map((match) => match[1]!)
    }
    // Front matter turns the choice off; the slide's own attribute still wins.
    assert.deepEqual(await layouts(), ['title', 'bullets', 'quote'])
    // `auto` chooses by content in a hand-written deck too.
    assert.deepEqual(await layouts('--layout', 'auto'), ['title', 'big-number', 'quote'])
    assert.deepEqual(await layouts('--layout=statement'), ['title', 'statement', 'quote'])
    assert.equal(await readFile(path.join(dir, 'talk.md'), 'utf8'), source)

    const wrong = await runMain(['build', 'talk.md', '--layout', 'fancy'], { cwd: dir })
    assert.equal(wrong.code, 2)
    assert.equal(wrong.stderr.trim().split('\n').length, 1, wrong.stderr)
    assert.match(wrong.stderr, /--layout expects one of auto, title, section, .*closing, not `fancy`/)
  })
})
