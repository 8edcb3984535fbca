/**
 * What `build`, `pdf` and `check` write and say, with the real CLI and
 * Chromium: `-o FILE.pdf`, nothing left behind, each output reported once
 * and relative, `--json` for `pdf` and `check`, and `build --watch`
 * rebuilding the HTML and PDF after a real edit until Ctrl-C.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { bin, root, runCli, runMain, tempDir } from '../helpers.js'
import { schemaErrors } from '../helpers/json-schema.js'
import { processesLeft } from '../helpers/poppler.js'

const schema = JSON.parse(await readFile(path.join(root, 'src', 'assets', 'report.schema.json'), 'utf8')) as Parameters<typeof schemaErrors>[1]

function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
}

function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
}

/** A running `lectern` and its stderr so far. */
interface Running {
  child: ChildProcess
  stderr: () => string
  /** Resolves when stderr matches `pattern` (counting from `from` characters in). */
  waitFor(pattern: RegExp, from?: number, timeout?: number): Promise<void>
  closed: Promise<number | null>
}

function start(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdout!.resume()
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    child,
    stderr: () => stderr,
    closed,
    async waitFor(pattern, from = 0, timeout = 60_000) {
      const deadline = Date.now() + timeout
      while (!pattern.test(stderr.slice(from))) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`stderr never matched ${pattern}:\n${stderr}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
  }
}

describe('outputs of build and pdf', () => {
  it('pdf -o talk.pdf: writes that file, not a folder, leaves no assets/ or page behind, and says so once', async () => {
    const dir = await tempDir()
    const profiles = path.join(dir, '.profiles')
    await mkdir(profiles)
    await writeFile(path.join(dir, 'talk.md'), '# Talk\n\n## One\n\n- a\n\n## Two\n\n- b\n')
    const result = await runCli(['pdf', 'talk.md', '-o', 'talk.pdf'], { cwd: dir, env: { TMPDIR: profiles } })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(pdfPages(path.join(dir, 'talk.pdf')), 3)
    assert.deepEqual((await readdir(dir)).sort(), ['.profiles', 'talk.md', 'talk.pdf'])
    assert.deepEqual(await readdir(profiles), [], 'the page printed and its browser profile are gone')
    assert.equal(result.stderr, 'wrote talk.pdf\n')
  })

  it('build --pdf --handout: reports every output once, relative to the working folder; pdf leaves no assets/', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '# Talk\n\n## One\n\nNote: notes\n')
    const result = await runMain(['build', 'talk.md', '--pdf', '--handout'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(result.stderr.trim().split('\n').sort(), ['built dist/talk.html (2 slides)', 'wrote dist/talk-handout.pdf', 'wrote dist/talk.pdf'])
    const pdf = await runMain(['pdf', 'talk.md', '-o', 'pdfs'], { cwd: dir })
    assert.equal(pdf.code, 0, pdf.stderr)
    assert.deepEqual(await readdir(path.join(dir, 'pdfs')), ['talk.pdf'])
  })

  it('pdf --json and check --json: the report names the PDF, the overflowing slide and its line', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'tall.md'), '## Fine\n\n---\n\n## Far too tall\n\n<div style="height: 1600px">A tall box</div>\n')
    const pdf = await runMain(['pdf', 'tall.md', '--json'], { cwd: dir })
    assert.equal(pdf.code, 0, pdf.stderr)
    const pdfReport = JSON.parse(pdf.stdout) as { outputs: unknown[]; warnings: { rule: string; line: number }[]; timings: Record<string, number> }
    assert.deepEqual(schemaErrors(pdfReport, schema), [])
    assert.deepEqual(pdfReport.outputs, [{ path: 'dist/tall.pdf', kind: 'pdf', input: 'tall.md', slides: 2 }])
    assert.ok(pdfReport.warnings.some((warning) => warning.rule === 'overflow' && warning.line === 5), JSON.stringify(pdfReport.warnings))
    assert.ok(pdfReport.timings.print! > 0)
    assert.match(pdf.stderr, /wrote dist\/tall\.pdf/, 'progress stays on stderr')

    const check = await runMain(['check', 'tall.md', '--json'], { cwd: dir })
    assert.equal(check.code, 10, check.stderr)
    const checkReport = JSON.parse(check.stdout) as { exitCode: number; result: { decks: { input: string; slides: number; overflowing: { index: number; line: number }[] }[] } }
    assert.deepEqual(schemaErrors(checkReport, schema), [])
    assert.equal(checkReport.exitCode, 10)
    assert.equal(checkReport.result.decks[0]!.input, 'tall.md')
    assert.deepEqual(checkReport.result.decks[0]!.overflowing.map((slide) => [slide.index, slide.line]), [[2, 5]])
  })

  it('build --watch --pdf: rebuilds the HTML and PDF after an edit, one line a rebuild, and stops on Ctrl-C closing the browser', async () => {
    const dir = await tempDir()
    const profiles = path.join(dir, '.profiles')
    await mkdir(profiles)
    await mkdir(path.join(dir, 'slides'))
    await writeFile(path.join(dir, 'slides', 'talk.md'), '# Talk\n\n## Before the edit\n')
    await writeFile(path.join(dir, 'slides', 'other.md'), '# Other\n')
    const run = start(['build', 'slides', '--watch', '--pdf'], dir, { TMPDIR: profiles })
    try {
      await run.waitFor(/watching slides/)
      assert.match(pdfText(path.join(dir, 'dist', 'talk.pdf')), /Before the edit/)
      const mark = run.stderr().length
      await writeFile(path.join(dir, 'slides', 'talk.md'), '# Talk\n\n## After the edit\n')
      await run.waitFor(/^rebuilt slides\/talk\.md: dist\/talk\.html, dist\/talk\.pdf \(\d+\.\d s\)$/m, mark)
      assert.equal(run.stderr().slice(mark).trim().split('\n').length, 1, `one line:\n${run.stderr().slice(mark)}`)
      assert.match(await readFile(path.join(dir, 'dist', 'talk.html'), 'utf8'), /After the edit/)
      assert.match(pdfText(path.join(dir, 'dist', 'talk.pdf')), /After the edit/)
      assert.doesNotMatch(run.stderr().slice(mark), /other/, 'the other deck is left alone')

      // A new deck in the watched folder is built too.
      const next = run.stderr().length
      await writeFile(path.join(dir, 'slides', 'new.md'), '# New deck\n')
      await run.waitFor(/^rebuilt slides\/new\.md: dist\/new\.html, dist\/new\.pdf/m, next)
    } finally {
      run.child.kill('SIGINT')
    }
    assert.equal(await run.closed, 0, run.stderr())
    assert.match(run.stderr(), /lectern: stopped watching\n$/)
    assert.deepEqual(await processesLeft(`${profiles}/lectern-chromium-`), [], 'no Chromium left running')
    assert.deepEqual((await readdir(profiles)).filter((name) => name.startsWith('lectern-')), [], 'profile and print pages removed')
  })

  it('build --watch --poll: rebuilds by polling, and a broken edit is one error line, the watch going on', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '## One\n')
    const run = start(['build', 'talk.md', '--watch', '--poll', '-o', 'out'], dir)
    try {
      await run.waitFor(/watching talk\.md \(polling\)/)
      let mark = run.stderr().length
      await writeFile(path.join(dir, 'talk.md'), '---\ntitle: [broken\n---\n\n## Two\n')
      await run.waitFor(/^rebuilt talk\.md: 1 failed/m, mark)
      assert.match(run.stderr().slice(mark), /^lectern: talk\.md:\d+:\d+: Invalid YAML front matter/m)
      mark = run.stderr().length
      await writeFile(path.join(dir, 'talk.md'), '## Three\n')
      await run.waitFor(/^rebuilt talk\.md: out\/talk\.html/m, mark)
      assert.match(await readFile(path.join(dir, 'out', 'talk.html'), 'utf8'), /Three/)
    } finally {
      run.child.kill('SIGINT')
    }
    assert.equal(await run.closed, 0, run.stderr())
    assert.ok(!existsSync(path.join(dir, 'dist')))
  })
})
