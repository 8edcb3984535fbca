/**
 * `npm test`: every `build/test/<stage>/*.test.js`, two files at a time (one
 * per core; each file its own process, its own temporary folders, ports and
 * browser), the longest first so that no long file runs alone at the end.
 *
 * Usage: node build/test/run.js [--concurrency N] [files...]
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { run } from 'node:test'
import { spec } from 'node:test/reporters'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Files that take longest (tens of seconds of CPU each), longest first. */
const longest = [
  'markdown/never-clip.test.js',
  'theme/theme-measurements.test.js',
  'read/corpus.test.js',
  'print/browser-failures.test.js',
  'cli/bad-input.test.js',
  'cli/fuzz.test.js',
  'cli/commands.test.js',
  'html/security.test.js',
  'print/handout.test.js',
  'theme/gallery.test.js',
  'print/export-batch.test.js'
]

const args = process.argv.slice(2)
const at = args.indexOf('--concurrency')
const concurrency = at >= 0 ? Number(args.splice(at, 2)[1]) : 2
const all = args.length > 0
  ? args.map((file) => path.resolve(file))
  : readdirSync(here, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(path.join(here, entry.name)).filter((name) => name.endsWith('.test.js')).map((name) => path.join(here, entry.name, name)))
      .sort()
const rank = (file: string): number => {
  const index = longest.indexOf(path.relative(here, file).split(path.sep).join('/'))
  return index === -1 ? longest.length : index
}
const files = [...all].sort((a, b) => rank(a) - rank(b))

let failed = false
const stream = run({ files, concurrency })
stream.on('test:fail', () => {
  failed = true
})
stream.on('end', () => {
  if (failed) process.exitCode = 1
})
stream.compose(new spec()).pipe(process.stdout)
