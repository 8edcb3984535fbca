/**
 * The shape of the source tree that a newcomer relies on (issue #17): stage
 * folders with few files at the top of `src/`, no module too long to read, no
 * import circle, and golden tests that fail when an expectation is missing.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { golden, root } from '../helpers.js'

const src = path.join(root, 'src')

/** Every `.ts` file under `folder`, as paths relative to `src/`. */
function sources(folder = src): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sources(full)
    return entry.name.endsWith('.ts') ? [path.relative(src, full)] : []
  })
}

/**
 * The relative modules a source file imports: static, type-only and
 * re-exported (`import … from`, `export … from`), and with `lazy` also those
 * it loads on demand (`import('./x.js')`).
 */
export function importsOf(text: string, lazy = true): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1')
  const found: string[] = []
  for (const match of code.matchAll(/(?:^|[\n;])\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(match[1]!)
  if (lazy) for (const match of code.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) found.push(match[1]!)
  return found
}

/**
 * Import circles among `files` (relative to `src/`): each as the files around
 * it, the first repeated at the end.
 *
 * @param lazy Count loads on demand (`import()`) too; default `true`.
 */
export function importCircles(files: readonly string[], read: (file: string) => string, lazy = true): string[][] {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const targets = importsOf(read(file), lazy).map((specifier) => path.normalize(path.join(path.dirname(file), specifier)).replace(/\.js$/, '.ts'))
    graph.set(file, targets.filter((target) => files.includes(target)))
  }
  const circles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const trail: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    trail.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') circles.push([...trail.slice(trail.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    trail.pop()
    state.set(file, 'done')
  }
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file)
  return circles
}

/**
 * Files of `src/article/` still over the limit while other work splits them,
 * with the most lines each may have: they may shrink, not grow.
 */
const notYetSplit: Record<string, number> = {}

/**
 * Circles closed only by a load on demand: `build --watch` loads `watch.ts`,
 * which builds through `build.ts`. Not a circle when modules load (the lazy
 * load comes later), but one to a reader; left while others change the CLI's
 * build path.
 */
const knownLazyCircles = ['cli/commands/build.ts → cli/commands/watch.ts → cli/commands/build.ts']

describe('the source tree', () => {
  it('should keep the top level the guide fixes (src, slides, themes, test, .ci and the package files)', () => {
    // Ignored folders (build output, decks, installs) are no part of the repository.
    const ignored = new Set(['.git', 'build', 'dist', 'node_modules'])
    const allowed = new Set(['src', 'slides', 'themes', 'test', '.ci', 'package.json', 'package-lock.json', 'tsconfig.json', 'README.md', '.gitignore'])
    const extra = readdirSync(root).filter((name) => !ignored.has(name) && !allowed.has(name) && !name.endsWith('.tsbuildinfo'))
    assert.deepEqual(extra, [], 'entries at the top level the guide does not name')
  })

  it('should keep at most 6 files at the top of src/ and at least 5 stage folders', () => {
    const entries = readdirSync(src, { withFileTypes: true })
    const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => entry.name)
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    assert.ok(files.length <= 6, `files at the top of src/: ${files.join(', ')}`)
    assert.ok(folders.length >= 5, `stage folders: ${folders.join(', ')}`)
  })

  it('should name every stage folder in src/README.md', () => {
    const readme = readFileSync(path.join(src, 'README.md'), 'utf8')
    const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    assert.deepEqual(folders.filter((folder) => !readme.includes(`\`${folder}/\``)), [], 'folders src/README.md does not describe')
  })

  it('should have no source file over 400 lines', () => {
    const long = sources()
      .map((file) => ({ file, lines: readFileSync(path.join(src, file), 'utf8').split('\n').length - 1 }))
      .filter(({ file, lines }) => lines > (notYetSplit[file] ?? 400))
      .map(({ file, lines }) => `src/${file}: ${lines} lines`)
    assert.deepEqual(long, [])
  })

  it('should have no import circle in src/ (static or type-only imports), and no new one through a load on demand', () => {
    const files = sources()
    assert.ok(files.length > 100, `read ${files.length} modules`)
    const read = (file: string): string => readFileSync(path.join(src, file), 'utf8')
    assert.deepEqual(importCircles(files, read, false).map((circle) => circle.join(' → ')), [])
    assert.deepEqual(importCircles(files, read).map((circle) => circle.join(' → ')), knownLazyCircles)
  })

  it('should find a circle when there is one (the check can fail)', () => {
    const modules: Record<string, string> = {
      'a/one.ts': "import { two } from '../b/two.js'\n",
      'b/two.ts': "import type { Three } from './three.js'\n// import { one } from '../a/one.js'\n",
      'b/three.ts': "export { x } from './four.js'\nconst lazy = () => import('../a/one.js')\n",
      'b/four.ts': "/* import { two } from './two.js' */\nexport const x = 'https://example.com/a.js'\n"
    }
    assert.deepEqual(importsOf(modules['b/three.ts']!), ['./four.js', '../a/one.js'])
    assert.deepEqual(importCircles(Object.keys(modules), (file) => modules[file]!), [['a/one.ts', 'b/two.ts', 'b/three.ts', 'a/one.ts']])
    assert.deepEqual(importCircles(Object.keys(modules), (file) => modules[file]!, false), [], 'without the load on demand')
    modules['b/four.ts'] = "import type { two } from './two.js'\n"
    assert.deepEqual(importCircles(Object.keys(modules), (file) => modules[file]!, false), [['b/two.ts', 'b/three.ts', 'b/four.ts', 'b/two.ts']], 'a type-only import closes a circle too')
  })
})

describe('golden expectations', () => {
  it('should fail when an expectation file is missing, unless UPDATE=1', async () => {
    const missing = path.join(tmpdir(), `lectern-no-such-golden-${process.pid}`, 'expected.html')
    const saved = process.env.UPDATE
    delete process.env.UPDATE
    try {
      await assert.rejects(golden('<p>made</p>\n', missing), (error: unknown) => {
        assert.ok(error instanceof assert.AssertionError)
        assert.match(error.message, /golden file missing: .*expected\.html \(UPDATE=1 writes it/)
        return true
      })
      assert.equal(existsSync(missing), false, 'nothing written')
    } finally {
      if (saved !== undefined) process.env.UPDATE = saved
    }
  })

  it('should have both expectations beside every Markdown fixture', () => {
    const folder = path.join(root, 'test', 'fixtures', 'markdown')
    const cases = readdirSync(folder).filter((name) => existsSync(path.join(folder, name, 'input.md')))
    assert.ok(cases.length > 20, `${cases.length} cases`)
    for (const expectation of ['expected.html', 'expected-messages.txt']) {
      assert.deepEqual(cases.filter((name) => !existsSync(path.join(folder, name, expectation))), [], `fixtures without ${expectation}`)
    }
  })
})
