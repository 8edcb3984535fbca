/**
 * `npm test`: every `build/test/<stage>/*.test.js`, three processes at a
 * time on two cores (a third keeps the cores busy while another waits on
 * Chromium, a spawned CLI or a timer), the longest first so that no long one
 * runs alone at the end.
 *
 * A few long files run in a process of their own (`alone`); every other file
 * shares one with the files of its group (`groups`: its stage, or several
 * small stages), imported one after another into one `node --test` process.
 * A Node process that builds decks spends its first second or so loading
 * modules and the language model and warming code up: in 61 processes that
 * was about a tenth of the suite's Node CPU time (the 17 small article files
 * took about 18 CPU-seconds apart, 8 together). The files of a group run one
 * after another, each with its own temporary folders and ports; a test file
 * that depends on what no other file did first opens its group (`first`).
 * `--separate` runs every file in a process of its own, as before.
 *
 * Every Node process of the run gets a young generation of 64 MB
 * (`--max-semi-space-size=64`, in `NODE_OPTIONS`): building decks allocates
 * fast, and with Node's default of 16 MB about a tenth of the suite's Node
 * CPU time went to scavenges.
 *
 * One Chromium serves the whole run: started here (`helpers/run-browser.ts`),
 * its DevTools address handed to every file in `LECTERN_TEST_BROWSER` (see
 * `helpers/browser.ts`; each file opens its own browser contexts in it, the
 * CLI run in process prints in it, and a file run alone starts its own
 * browser).
 *
 * The CLI that tests start as a process of its own (`runCli`, signals, exit
 * codes) is the package's executable as it ships: the bundle of this build
 * (`helpers/test-cli.ts`: made once for each build, in `build/cli-test-KEY/`,
 * and found there by the next run while nothing it is made from changed),
 * handed to every file in `LECTERN_TEST_CLI`. It starts in about half the CPU time of
 * the `tsc` output's `bin.js` (one file per stage instead of some 550
 * modules); `test/cli/bundle.test.ts` compares the two.
 *
 * At the end it prints, for each file, its wall time, the CPU time of its
 * process and of what it started (Chromium, the CLI), and the Node processes
 * it started; then the totals (from `helpers/timing-hook.ts`, loaded into
 * every Node process of the run).
 *
 * `--processes` adds a column: the CPU time of every process a file started,
 * sampled from `/proc` (`helpers/process-sampler.ts`), which also sees the
 * renderers of a Chromium ended with its process group — a spawned CLI's, a
 * test's own launch — that no parent waits for, so the CPU column misses them.
 *
 * Usage: node build/test/run.js [--concurrency N] [--processes] [--separate] [files...]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from 'node:test'
import { spec } from 'node:test/reporters'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { hasBrowser, executablePath } from './helpers/browser.js'
import { sampleProcesses } from './helpers/process-sampler.js'
import { startRunBrowser } from './helpers/run-browser.js'
import { testCli } from './helpers/test-cli.js'
import { cpuSeconds } from './helpers/timing-hook.js'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * Files that run in a process of their own: each takes long enough to keep
 * a core busy by itself, or waits long (timeouts, Chromium) while the others
 * run.
 */
const alone = [
  'markdown/never-clip.test.js',
  'read/corpus.test.js',
  'cli/bad-input.test.js',
  'theme/theme-measurements.test.js',
  'cli/fuzz.test.js',
  'print/browser-failures.test.js'
]

/**
 * Every other file runs in one process with the other files of its group
 * (see above): a stage folder, or for the small stages one group of
 * several. A stage not named here is a group of its own.
 */
const groups: Record<string, string> = {
  article: 'article',
  cli: 'cli',
  print: 'print',
  theme: 'theme',
  markdown: 'render',
  html: 'render',
  math: 'render',
  mermaid: 'render',
  serve: 'other',
  pptx: 'other',
  web: 'other',
  read: 'other',
  write: 'other',
  text: 'other',
  repo: 'other'
}

/**
 * The processes longest first (wall time in the runner's table, 3 December
 * 2026): files of `alone` and groups. Whatever is not named runs after these.
 */
const longest = [
  'markdown/never-clip.test.js',
  'read/corpus.test.js',
  'cli/bad-input.test.js',
  'cli',
  'theme/theme-measurements.test.js',
  'print',
  'cli/fuzz.test.js',
  'article',
  'theme',
  'print/browser-failures.test.js',
  'render',
  'other'
]

/**
 * Files that open their group's process, before any other file's tests run
 * in it: `nlp-model` compares the packaged reader of the language model with
 * Lectern's, and the packaged reader fails once Lectern has loaded the model
 * (it unpacks the `require`d JSON in place).
 */
const first = ['article/nlp-model.test.js']

const args = process.argv.slice(2)
const at = args.indexOf('--concurrency')
const concurrency = at >= 0 ? Number(args.splice(at, 2)[1]) : 3
const sampling = args.includes('--processes')
if (sampling) args.splice(args.indexOf('--processes'), 1)
const separate = args.includes('--separate')
if (separate) args.splice(args.indexOf('--separate'), 1)
const all = args.length > 0
  ? args.map((file) => path.resolve(file))
  : readdirSync(here, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(path.join(here, entry.name)).filter((name) => name.endsWith('.test.js')).map((name) => path.join(here, entry.name, name)))
      .sort()
const relative = (file: string): string => path.relative(here, file).split(path.sep).join('/')

// Every Node process of the run records its times here.
const timingDir = mkdtempSync(path.join(tmpdir(), 'lectern-test-timings-'))
const timings = path.join(timingDir, 'timings.jsonl')
process.env['LECTERN_TEST_TIMINGS'] = timings

/**
 * What the run starts, one process each: a file of `alone`, or the files of
 * a group, imported one after another by an entry module written beside the
 * timings (the table shows it as `GROUP: N files`); `--separate` runs every
 * file in a process of its own.
 */
const units: Array<{ file: string; label: string; rank: number }> = []
const grouped = new Map<string, string[]>()
const rank = (name: string): number => (longest.includes(name) ? longest.indexOf(name) : longest.length)
for (const file of all) {
  const name = relative(file)
  const group = groups[name.split('/')[0]!] ?? name.split('/')[0]!
  if (separate || alone.includes(name) || name.startsWith('..')) units.push({ file, label: name, rank: rank(alone.includes(name) ? name : group) })
  else grouped.set(group, [...(grouped.get(group) ?? []), file])
}
for (const [group, members] of grouped) {
  if (members.length === 1) {
    units.push({ file: members[0]!, label: relative(members[0]!), rank: rank(group) })
    continue
  }
  members.sort((a, b) => Number(first.includes(relative(b))) - Number(first.includes(relative(a))))
  const entry = path.join(timingDir, `${group}.test.js`)
  writeFileSync(entry, members.map((file) => `import ${JSON.stringify(pathToFileURL(file).href)}\n`).join(''))
  units.push({ file: entry, label: `${group}: ${members.length} files`, rank: rank(group) })
}
units.sort((a, b) => a.rank - b.rank)
const files = units.map((unit) => unit.file)
const labels = new Map(units.map((unit) => [unit.file, unit.label]))
// A larger young generation: fewer scavenges while decks are built (see above).
process.env['NODE_OPTIONS'] = `${process.env['NODE_OPTIONS'] ?? ''} --max-semi-space-size=64 --import=${pathToFileURL(path.join(here, 'helpers', 'timing-hook.js')).href}`.trim()

// One browser for every file, started while the CLI is bundled.
const launching = hasBrowser ? startRunBrowser(executablePath) : undefined
launching?.catch(() => undefined)
// The executable spawned CLI tests run (see above), made once for each build.
const cli = await testCli(path.join(here, '..', '..'))
process.env['LECTERN_TEST_CLI'] = cli.path
const session = await launching
if (session) process.env['LECTERN_TEST_BROWSER'] = session.endpoint

const started = performance.now()
const isTestFile = (pid: number): boolean => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => arg.endsWith('.test.js'))
  } catch {
    return false
  }
}
const sampler = sampling ? sampleProcesses(process.pid, isTestFile) : undefined
let failed = false
// A file that hangs (a browser event that never comes) fails after ten minutes rather than holding the run forever.
const stream = run({ files, concurrency, timeout: 10 * 60_000 })
stream.on('test:fail', () => {
  failed = true
})
stream.on('end', () => {
  void finish()
})
stream.compose(new spec()).pipe(process.stdout)

interface Timing {
  script: string
  pid: number
  ppid: number
  wall: number
  cpu?: number
  childCpu?: number
}

/** Close the browser, print where the time went, set the exit code. */
async function finish(): Promise<void> {
  const wall = (performance.now() - started) / 1000
  await session?.close()
  const { owners: sampled, kinds, browsers } = sampler?.stop() ?? {}
  // This process's reaped children: every file (with what it started) and the shared browser.
  const childCpu = cpuSeconds()?.children ?? 0
  if (failed) process.exitCode = 1
  let lines: Timing[] = []
  try {
    lines = readFileSync(timings, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Timing)
  } catch {
    // No timings: nothing to print.
  }
  rmSync(timingDir, { recursive: true, force: true })
  const byPid = new Map(lines.map((line) => [line.pid, line]))
  /** The test file a process belongs to: itself, or the nearest test file among its ancestors. */
  const fileOf = (line: Timing): Timing | undefined => {
    for (let at: Timing | undefined = line; at; at = byPid.get(at.ppid)) if (at.script.endsWith('.test.js')) return at
    return undefined
  }
  const spawned = new Map<number, number>()
  for (const line of lines) {
    const owner = fileOf(line)
    if (owner && owner !== line) spawned.set(owner.pid, (spawned.get(owner.pid) ?? 0) + 1)
  }
  const rows = lines.filter((line) => line.script.endsWith('.test.js')).sort((a, b) => b.wall - a.wall)
  const cpu = (line: Timing): number => (line.cpu ?? 0) + (line.childCpu ?? 0)
  const every = (row: Timing): string => (sampled ? `${(sampled.get(row.pid) ?? 0).toFixed(1).padStart(7)} s ${`(${browsers?.get(row.pid) ?? 0} browsers)`.padStart(14)}  ` : '')
  const table = rows.map((row) => `${row.wall.toFixed(1).padStart(7)} s ${cpu(row).toFixed(1).padStart(7)} s  ${every(row)}${String(spawned.get(row.pid) ?? 0).padStart(3)}   ${labels.get(row.script) ?? path.relative(here, row.script)}`)
  const totalCpu = rows.reduce((sum, row) => sum + cpu(row), 0)
  const sampledFiles = rows.reduce((sum, row) => sum + (sampled?.get(row.pid) ?? 0), 0)
  process.stderr.write(
    `\n   wall  CPU (with children)  ${sampled ? 'every process (sampled, browsers started)  ' : ''}Node processes started   file\n${table.join('\n')}\n` +
      `${all.length} files in ${rows.length} processes, ${wall.toFixed(1)} s (${concurrency} at a time); ${childCpu.toFixed(1)} s of CPU: ${totalCpu.toFixed(1)} s the files, ` +
      `${session ? `${Math.max(0, childCpu - totalCpu).toFixed(1)} s the shared browser` : 'no shared browser (none found)'}; ${lines.length - rows.length} other Node processes; the bundled CLI ${cli.made ? 'made for this build' : 'reused'}\n` +
      (sampled ? `sampled: ${sampledFiles.toFixed(1)} s the files and every process they started, ${(sampled.get(process.pid) ?? 0).toFixed(1)} s the runner and the shared browser\n` : '') +
      (kinds ? `sampled by kind: ${[...kinds].sort((a, b) => b[1].seconds - a[1].seconds).filter(([, { seconds }]) => seconds >= 0.5).map(([kind, { seconds, count }]) => `${kind} ${seconds.toFixed(1)} s (${count})`).join(', ')}\n` : '')
  )
}
