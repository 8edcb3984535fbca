/**
 * The bundled CLI (`test/scripts/bundle-cli.mjs`, the package's `lectern`
 * executable; in `npm test` the one `test/run.ts` made, which every spawned
 * CLI test runs) does what the `tsc` output does: the same files, messages
 * and exit codes, with every lazily loaded stage (front matter, code, math, plain
 * text, saved web pages, the sanitiser, the browser) reached.
 */
import assert from 'node:assert/strict'
import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { PDFDocument } from 'pdf-lib'
import { fixtures, root, runCli, tempDir, tscBin as bin, type RunResult } from '../helpers.js'

/** Two folders below the package root, like `build/cli`, so the chunks find the root the same way. */
const bundleDir = path.join(root, 'build', `cli-test-${process.pid}`)
/** The test run's bundle of this build (`test/run.ts`), else one made here. */
const runBundle = process.env['LECTERN_TEST_CLI']
let bundled = ''

function run(executable: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return runCli(args, { cwd, executable })
}

/** Run the same command with both executables, each in a folder of its own holding the same inputs. */
async function both(args: readonly string[], inputs: Record<string, string>): Promise<{ tsc: RunResult & { dir: string }; bundle: RunResult & { dir: string } }> {
  const results = []
  for (const executable of [bin, bundled]) {
    const dir = await tempDir()
    for (const [name, from] of Object.entries(inputs)) await copyFile(from, path.join(dir, name))
    results.push({ ...(await run(executable, args, dir)), dir })
  }
  return { tsc: results[0]!, bundle: results[1]! }
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort()
}

describe('bundled CLI', () => {
  before(async () => {
    if (runBundle) {
      bundled = runBundle
      return
    }
    const { bundleCli } = (await import(path.join(root, 'test', 'scripts', 'bundle-cli.mjs'))) as { bundleCli(outDir: string): Promise<string> }
    bundled = await bundleCli(bundleDir)
  })
  after(async () => {
    await rm(bundleDir, { recursive: true, force: true })
  })

  it('should print the same version and usage errors', async () => {
    const dir = await tempDir()
    for (const args of [['--version'], ['frobnicate'], ['build', '--nope']]) {
      const [tsc, bundle] = [await run(bin, args, dir), await run(bundled, args, dir)]
      assert.deepEqual(bundle, tsc, args.join(' '))
    }
  })

  it('should build the same decks from Markdown (front matter, code, math), plain text and a saved web page', async () => {
    const inputs = {
      'code.md': path.join(fixtures, 'markdown', 'code-highlight', 'input.md'),
      'front.md': path.join(fixtures, 'markdown', 'front-matter-title', 'input.md'),
      'article.txt': path.join(fixtures, 'real', 'go-supply-chain', 'article.txt'),
      'page.html': path.join(fixtures, 'real', 'go-supply-chain', 'article.html')
    }
    const math = path.join(await tempDir(), 'math.md')
    await writeFile(math, '---\ntitle: Sums\n---\n\n## Euler\n\n$e^{i\\pi} + 1 = 0$ costs $5 and $$\\sum_{k=1}^n k$$\n')
    const { tsc, bundle } = await both(['build', 'code.md', 'front.md', 'article.txt', 'page.html', 'math.md', '--safe', '-o', 'out'], { ...inputs, 'math.md': math })
    assert.equal(bundle.code, tsc.code, bundle.stderr)
    // The same messages; a warning's cause is printed with its stack, whose frames name the files run.
    const messages = (stderr: string): string => stderr.replace(/^ +at .*\n/gm, '')
    assert.equal(messages(bundle.stderr), messages(tsc.stderr))
    assert.equal(tsc.code, 0, tsc.stderr)
    const written = await files(path.join(tsc.dir, 'out'))
    assert.deepEqual(await files(path.join(bundle.dir, 'out')), written)
    for (const name of ['code', 'front', 'article', 'page', 'math']) {
      assert.ok(written.includes(`${name}.html`), `${name}.html written`)
      const [a, b] = await Promise.all([tsc.dir, bundle.dir].map((dir) => readFile(path.join(dir, 'out', `${name}.html`), 'utf8')))
      assert.equal(b, a, `${name}.html`)
    }
    // Highlighting, KaTeX and the web page's article all happened.
    const code = await readFile(path.join(bundle.dir, 'out', 'code.html'), 'utf8')
    assert.match(code, /class="hljs-keyword">export</)
    assert.match(await readFile(path.join(bundle.dir, 'out', 'math.html'), 'utf8'), /class="katex"/)
  })

  it('should refuse bad input the same way', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'bad.md'), '---\ntitle: [unclosed\n---\n\n## A\n')
    const [tsc, bundle] = [await run(bin, ['build', 'bad.md', '-o', 'a'], dir), await run(bundled, ['build', 'bad.md', '-o', 'b'], dir)]
    assert.equal(tsc.code, 3)
    assert.deepEqual(bundle, tsc)
  })

  it('should print a slides PDF with the browser', async () => {
    const { tsc, bundle } = await both(['build', 'front.md', '--pdf', '-q', '-o', 'out'], { 'front.md': path.join(fixtures, 'markdown', 'front-matter-title', 'input.md') })
    assert.equal(tsc.code, 0, tsc.stderr)
    assert.equal(bundle.code, 0, bundle.stderr)
    const pdf = await readFile(path.join(bundle.dir, 'out', 'front.pdf'))
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-')
    const pages = async (bytes: Buffer): Promise<number> => (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
    const reference = await readFile(path.join(tsc.dir, 'out', 'front.pdf'))
    assert.equal(await pages(pdf), await pages(reference))
    assert.ok((await pages(pdf)) >= 2)
  })
})
