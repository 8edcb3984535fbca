/**
 * Fuzzing the build with the corpus: every real article and fixture, with
 * random byte flips, truncations and hostile splices (a fixed seed, so a
 * failure is reproducible), built in process in a worker thread (a case that
 * never ends is stopped by terminating the worker), and a handful printed to
 * PDF by the real CLI and Chromium.
 *
 * Every case must end in its time limit, with exit 0 or a clear error
 * (3 input, 5 theme) and never an unexpected one, write nothing outside its
 * output folder, leave its source unchanged, and leave no Chromium running.
 *
 * `LECTERN_FUZZ_CASES=N` runs N in-process cases (default 300),
 * `LECTERN_FUZZ_SEED=S` another seed.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { Worker } from 'node:worker_threads'
import { fixtures, runCli, tempDir } from '../helpers.js'
import type { FuzzCase, FuzzResult } from '../helpers/fuzz-worker.js'
import { processesLeft } from '../helpers/poppler.js'

const seed = Number(process.env.LECTERN_FUZZ_SEED ?? 20261202)
const caseCount = Number(process.env.LECTERN_FUZZ_CASES ?? 300)
/**
 * Milliseconds one in-process case may take before it counts as a hang. A
 * case takes well under a second; the limit leaves room for a machine whose
 * cores are shared many times over (at 20 s, real articles were taken for
 * hangs while another test file ran beside this one under a load of 50).
 */
const caseLimit = 90_000

/** A small, seeded random number generator (mulberry32). */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Hostile bits spliced into a source. */
const splices = [
  '\0',
  '\n---\n',
  '---\ntheme: /etc/passwd\nthemeVariables:\n  logo: ../../../etc/passwd\n---\n',
  '---\n__proto__:\n  theme: black\nconstructor: 1\n---\n',
  '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n',
  '<script>for(;;){}</script>',
  '[x](javascript:alert(1))',
  '![p](../../../../etc/passwd)',
  '\xff\xfe',
  '\ud800',
  '*'.repeat(300),
  '  - '.repeat(200),
  '<div>'.repeat(500),
  '\n## \n',
  '| a | b |\n|---|---|\n| 1 |',
  '```\n',
  '<!-- .slide: data-background-image="../../../etc/passwd" -->'
]

/** One mutated source and how it was made. */
interface Mutation {
  bytes: Buffer
  how: string
}

function mutate(source: Buffer, next: () => number): Mutation {
  const at = (length: number) => Math.floor(next() * (length + 1))
  const kind = Math.floor(next() * 4)
  if (kind === 0) {
    const bytes = Buffer.from(source)
    const flips = 1 + Math.floor(next() * 16)
    for (let index = 0; index < flips && bytes.length > 0; index++) bytes[Math.min(bytes.length - 1, at(bytes.length))] = Math.floor(next() * 256)
    return { bytes, how: `${flips} byte flips` }
  }
  if (kind === 1) {
    const end = at(source.length)
    return { bytes: source.subarray(0, end), how: `truncated at byte ${end}` }
  }
  const splice = Buffer.from(splices[Math.floor(next() * splices.length)]!, kind === 2 ? 'utf8' : 'latin1')
  const where = kind === 3 ? 0 : at(source.length)
  return { bytes: Buffer.concat([source.subarray(0, where), splice, source.subarray(where)]), how: `spliced ${JSON.stringify(splice.toString('latin1').slice(0, 40))} at byte ${where}` }
}

/** Every source of the corpus and the fixtures. */
async function corpus(): Promise<string[]> {
  const found: string[] = []
  for (const folder of ['real', 'markdown', 'text']) {
    const dir = path.join(fixtures, folder)
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      for (const name of ['article.md', 'article.txt', 'input.md', 'input.txt']) {
        if (existsSync(path.join(dir, entry.name, name))) found.push(path.join(dir, entry.name, name))
      }
    }
  }
  for (const name of await readdir(path.join(fixtures, 'articles'))) {
    if (/\.(md|txt)$/.test(name)) found.push(path.join(fixtures, 'articles', name))
  }
  return found.sort()
}

const hash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

/** Files under `dir`, outside `out/`. */
async function filesOutsideOut(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => file !== 'out' && !file.startsWith(`out${path.sep}`))
}

interface Prepared {
  item: FuzzCase
  how: string
  source: string
  sourceHash: string
}

/** Run cases in a worker; a case over the limit is a hang: the worker is ended and a new one goes on. */
async function runInWorkers(cases: readonly Prepared[]): Promise<{ results: Map<number, FuzzResult>; hangs: Prepared[]; crashes: Array<{ prepared: Prepared; why: string }> }> {
  const results = new Map<number, FuzzResult>()
  const hangs: Prepared[] = []
  const crashes: Array<{ prepared: Prepared; why: string }> = []
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < cases.length) {
      const worker = new Worker(new URL('../helpers/fuzz-worker.js', import.meta.url), { env: { ...process.env, LECTERN_DEBUG: '1' } })
      try {
        while (next < cases.length) {
          const prepared = cases[next++]!
          const outcome = await new Promise<FuzzResult | 'hang' | Error>((resolve) => {
            const timer = setTimeout(() => resolve('hang'), caseLimit)
            const done = (value: FuzzResult | Error) => {
              clearTimeout(timer)
              worker.off('message', onMessage)
              worker.off('error', onError)
              resolve(value)
            }
            const onMessage = (result: FuzzResult) => done(result)
            const onError = (error: Error) => done(error)
            worker.on('message', onMessage)
            worker.on('error', onError)
            worker.postMessage(prepared.item)
          })
          if (outcome === 'hang') {
            hangs.push(prepared)
            break
          }
          if (outcome instanceof Error) {
            crashes.push({ prepared, why: outcome.stack ?? outcome.message })
            break
          }
          results.set(prepared.item.id, outcome)
        }
      } finally {
        await worker.terminate()
      }
    }
  }
  await Promise.all([lane(), lane()])
  return { results, hangs, crashes }
}

describe('fuzz', () => {
  it(`should build ${caseCount} mutated corpus sources without a crash, a hang or a file outside the output (seed ${seed})`, { timeout: 600_000 }, async () => {
    const sources = await corpus()
    assert.ok(sources.length >= 40, `found the corpus (${sources.length} sources)`)
    const next = random(seed)
    const root = await tempDir('lectern-fuzz-')
    const prepared: Prepared[] = []
    for (let id = 0; id < caseCount; id++) {
      const from = sources[Math.floor(next() * sources.length)]!
      const mutation = mutate(await readFile(from), next)
      const cwd = path.join(root, `case-${id}`)
      await mkdir(cwd)
      const name = `source${path.extname(from)}`
      await writeFile(path.join(cwd, name), mutation.bytes)
      prepared.push({
        item: { id, cwd, args: ['build', name, '-o', 'out', '-q', ...(next() < 0.5 ? ['--no-condense'] : [])] },
        how: `${path.relative(fixtures, from)}, ${mutation.how}`,
        source: name,
        sourceHash: hash(mutation.bytes)
      })
    }

    const started = Date.now()
    const { results, hangs, crashes } = await runInWorkers(prepared)
    const seconds = (Date.now() - started) / 1000

    const unexpected: string[] = []
    for (const item of prepared) {
      const result = results.get(item.item.id)
      if (!result) continue
      // An error from deep inside rendering wrapped as bad input is a crash too.
      if (![0, 3, 5].includes(result.code) || /unexpected error|threw:|^\s+at |Cannot render the document: (?!it is nested too deeply)/m.test(result.stderr)) {
        unexpected.push(`case ${item.item.id} (${item.how}): exit ${result.code}\n${result.stderr.slice(0, 600)}`)
      }
      const stray = await filesOutsideOut(item.item.cwd)
      if (stray.length !== 1 || stray[0] !== item.source) unexpected.push(`case ${item.item.id} (${item.how}): wrote outside out/: ${stray.join(', ')}`)
      if (hash(await readFile(path.join(item.item.cwd, item.source))) !== item.sourceHash) unexpected.push(`case ${item.item.id}: the source changed`)
    }
    const codes = [...results.values()].reduce<Record<number, number>>((counts, result) => ({ ...counts, [result.code]: (counts[result.code] ?? 0) + 1 }), {})
    process.stderr.write(`fuzz: ${prepared.length} cases in ${seconds.toFixed(1)} s, exit codes ${JSON.stringify(codes)}, ${hangs.length} hangs, ${crashes.length} crashes\n`)

    assert.deepEqual(hangs.map((item) => `case ${item.item.id} (${item.how})`), [], 'no case hangs')
    assert.deepEqual(crashes.map((crash) => `case ${crash.prepared.item.id} (${crash.prepared.how}): ${crash.why}`), [], 'no worker crashes')
    assert.deepEqual(unexpected, [], 'every case ends with a clear exit, inside its output folder')
    assert.equal(results.size, prepared.length, 'every case ran')
    assert.deepEqual((await readdir(root)).filter((name) => !name.startsWith('case-')), [], 'nothing written beside the cases')
  })

  it('should print a handful of mutated sources to PDF with no crash, hang or Chromium left', { timeout: 600_000 }, async () => {
    const sources = (await corpus()).filter((file) => file.includes(`${path.sep}real${path.sep}`))
    const next = random(seed + 1)
    const cwd = await tempDir('lectern-fuzz-pdf-')
    const profiles = path.join(cwd, '.profiles')
    await mkdir(profiles)
    const names: string[] = []
    const how: string[] = []
    for (let id = 0; id < 4; id++) {
      const from = sources[Math.floor(next() * sources.length)]!
      const mutation = mutate(await readFile(from), next)
      const name = `fuzz-${id}${path.extname(from)}`
      await writeFile(path.join(cwd, name), mutation.bytes)
      names.push(name)
      how.push(`${name}: ${path.relative(fixtures, from)}, ${mutation.how}`)
    }
    // One batch, one browser, as `lectern build FOLDER --pdf` prints: each deck's failure stays its own.
    const result = await runCli(['build', ...names, '--pdf', '-o', 'out', '-q', '--timeout', '20000'], { cwd, env: { TMPDIR: profiles }, timeout: 120_000 })
    const context = `${how.join('\n')}\n${result.stderr}`
    assert.notEqual(result.code, null, `did not end in time\n${context}`)
    assert.ok([0, 1, 3, 5].includes(result.code!), `exit ${result.code}\n${context}`)
    assert.doesNotMatch(result.stderr, /unexpected error|^\s+at /m, context)
    assert.deepEqual((await filesOutsideOut(cwd)).filter((file) => !file.startsWith(`.profiles${path.sep}`)).sort(), [...names].sort(), 'nothing outside out/')
    assert.deepEqual(await processesLeft(`${profiles}/lectern-chromium-`), [], 'no Chromium left running')
    assert.deepEqual((await readdir(profiles)).filter((name) => name.startsWith('lectern-chromium-')), [], 'browser profiles removed')
  })
})
