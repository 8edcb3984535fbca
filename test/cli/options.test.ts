/**
 * The command line's parser, config file, JSON report and paths, run in
 * process through `main(argv, io)`: per-command help, "did you mean", values
 * checked, settings found upwards, `--json` held to its shipped schema,
 * `--strict`, `-o FILE.html`, and convert-then-build.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { buildDeck, expandInputs, isLecternError, renderDeck } from '../../src/index.js'
import { root, tempDir } from '../helpers.js'
import { schemaErrors } from '../helpers/json-schema.js'
import { runMain } from '../helpers/run-main.js'

const schema = JSON.parse(await readFile(path.join(root, 'src', 'assets', 'report.schema.json'), 'utf8')) as Parameters<typeof schemaErrors>[1]

/** The one JSON document on stdout, checked against the schema. */
function reportOf(stdout: string): Record<string, unknown> & { outputs: { path: string; kind: string }[]; warnings: { file: string | null; line: number | null; rule: string | null; message: string }[]; errors: { code: string; message: string }[]; result?: unknown } {
  const report = JSON.parse(stdout) as ReturnType<typeof reportOf>
  assert.deepEqual(schemaErrors(report, schema), [], 'the report fits src/assets/report.schema.json')
  return report
}

/** Lines on stderr that start with `lectern:` (errors). */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('lectern: '))
}

describe('command line', () => {
  it('should give each command its own help with defaults, examples and every exit code', async () => {
    const dir = await tempDir()
    const build = await runMain(['build', '--help'], { cwd: dir })
    assert.equal(build.code, 0)
    assert.match(build.stdout, /^Usage: lectern build \[options\] \[inputs\.\.\.\]/)
    assert.match(build.stdout, /-o, --out-dir <dir>[\s\S]*\(default: dist\)/)
    assert.match(build.stdout, /--json/)
    assert.match(build.stdout, /Examples:\n {2}lectern build /)
    assert.match(build.stdout, /^ {2}9 +port in use/m)
    const serve = await runMain(['serve', '-h'], { cwd: dir })
    assert.match(serve.stdout, /-p, --port <n>/)
    assert.doesNotMatch(serve.stdout, /--pdf/, 'only the options serve takes')
    const top = await runMain(['help'], { cwd: dir })
    assert.equal(top.code, 0)
    for (const code of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '130']) assert.match(top.stdout, new RegExp(`^ {2}${code} +\\S`, 'm'), `exit ${code} listed`)
  })

  it('should suggest the nearest command or option in one usage line, exit 2', async () => {
    const dir = await tempDir()
    const command = await runMain(['buidl'], { cwd: dir })
    assert.equal(command.code, 2)
    assert.equal(command.stderr, 'lectern: Unknown command `buidl` (did you mean `build`?); run `lectern --help`\n')
    const flag = await runMain(['build', '--ouy-dir', 'x'], { cwd: dir })
    assert.equal(flag.code, 2)
    assert.equal(flag.stderr, "lectern: Unknown option '--ouy-dir' (did you mean `--out-dir`?); run `lectern build --help`\n")
    const value = await runMain(['build', '--slide-level', '9'], { cwd: dir })
    assert.equal(value.code, 2)
    assert.equal(value.stderr, 'lectern: --slide-level expects a whole number from 1 to 6, not `9`\n')
    const missing = await runMain(['pdf', '--paper'], { cwd: dir })
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /^lectern: Option '--paper <size>' argument missing; run `lectern pdf --help`\n$/)
  })

  it('should take settings from lectern.config.json found upwards, the command line winning', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'lectern.config.json'), JSON.stringify({ outDir: 'public', slideLevel: 1 }))
    await mkdir(path.join(dir, 'talks'))
    await writeFile(path.join(dir, 'talks', 'talk.md'), '# One\n\n## Two\n')
    const cwd = path.join(dir, 'talks')
    const result = await runMain(['build', 'talk.md'], { cwd })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /built public\/talk\.html \(1 slide\)/, 'outDir and slideLevel from the file')
    const cli = await runMain(['build', 'talk.md', '-o', 'out', '--slide-level', '2'], { cwd })
    assert.match(cli.stderr, /built out\/talk\.html \(2 slides\)/)
  })

  it('should read YAML, .mjs and package.json settings, and warn about an unknown key with a suggestion', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '# One\n\n## Two\n')
    await writeFile(path.join(dir, 'lectern.config.yaml'), 'outDir: yaml-out\nmaxBulets: 3\n')
    const yaml = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(yaml.code, 0, yaml.stderr)
    assert.match(yaml.stderr, /^lectern\.config\.yaml: warning Unknown key `maxBulets` \(did you mean `maxBullets`\?\)/m)
    assert.ok(existsSync(path.join(dir, 'yaml-out', 'talk.html')))
    const strict = await runMain(['build', 'talk.md', '--strict'], { cwd: dir })
    assert.equal(strict.code, 1, 'an unknown key is a warning --strict counts')

    const moduleDir = await tempDir()
    await writeFile(path.join(moduleDir, 'talk.md'), '## A\n')
    await writeFile(path.join(moduleDir, 'lectern.config.mjs'), "export default { outDir: 'mjs-out', theme: 'lectern-night' }\n")
    const mjs = await runMain(['build', 'talk.md'], { cwd: moduleDir })
    assert.equal(mjs.code, 0, mjs.stderr)
    assert.match(await readFile(path.join(moduleDir, 'mjs-out', 'talk.html'), 'utf8'), /assets\/themes\/lectern-night\//)

    const packageDir = await tempDir()
    await writeFile(path.join(packageDir, 'talk.md'), '## A\n')
    await writeFile(path.join(packageDir, 'package.json'), JSON.stringify({ name: 'talks', lectern: { outDir: 'pkg-out' } }))
    const pkg = await runMain(['build', 'talk.md'], { cwd: packageDir })
    assert.equal(pkg.code, 0, pkg.stderr)
    assert.ok(existsSync(path.join(packageDir, 'pkg-out', 'talk.html')))
  })

  it('should refuse a bad config file in one line naming it, exit 2, and write nothing', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '## A\n')
    await writeFile(path.join(dir, 'lectern.config.yaml'), 'outDir: [unclosed\n')
    const yaml = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(yaml.code, 2)
    assert.match(yaml.stderr, /^lectern: lectern\.config\.yaml:\d+:\d+: invalid YAML: .+\n$/)
    await writeFile(path.join(dir, 'lectern.config.yaml'), 'handout: 5\n')
    const value = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(value.code, 2)
    assert.equal(value.stderr, 'lectern: lectern.config.yaml: `handout` expects one of notes, 2, 3, 4, 6, not `5`\n')
    await writeFile(path.join(dir, 'lectern.config.yaml'), '- a list\n')
    const list = await runMain(['build', 'talk.md'], { cwd: dir })
    assert.equal(list.code, 2)
    assert.match(list.stderr, /^lectern: lectern\.config\.yaml: expected an object of settings/)
    assert.ok(!existsSync(path.join(dir, 'dist')), 'nothing written')
  })

  it('build --json: one report on stdout with outputs and warnings (file, line, rule); status on stderr', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), '---\ntitle: T\ncolor: red\n---\n\n## One\n\n![x](gone.png)\n')
    const result = await runMain(['build', 'talk.md', '--json'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    const report = reportOf(result.stdout)
    assert.equal(report.command, 'build')
    assert.deepEqual(report.inputs, [{ path: 'talk.md', name: 'talk' }])
    assert.deepEqual(report.outputs, [{ path: 'dist/talk.html', kind: 'html', input: 'talk.md', slides: 2 }])
    assert.deepEqual(
      report.warnings.map((warning) => [warning.file, warning.line, warning.rule]),
      [['talk.md', 3, 'front-matter-key'], ['talk.md', 8, 'missing-media']]
    )
    assert.ok((report.timings as Record<string, number>).total >= (report.timings as Record<string, number>).build!)
    assert.match(result.stderr, /built dist\/talk\.html/)
  })

  it('build --json: a failure is reported too, with its code', async () => {
    const dir = await tempDir()
    const result = await runMain(['build', 'nope.md', '--json'], { cwd: dir })
    assert.equal(result.code, 3)
    const report = reportOf(result.stdout)
    assert.equal(report.exitCode, 3)
    assert.deepEqual(report.errors.map((error) => error.code), ['input'])
    assert.match(report.errors[0]!.message, /Cannot find nope\.md/)
  })

  it('--strict: a warning makes the exit code 1 after writing; no warning, 0', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'warn.md'), '## One\n\n![x](gone.png)\n')
    await writeFile(path.join(dir, 'clean.md'), '## One\n')
    const warned = await runMain(['build', 'warn.md', '--strict'], { cwd: dir })
    assert.equal(warned.code, 1)
    assert.deepEqual(errorLines(warned.stderr), ['lectern: 1 warning with --strict'])
    assert.ok(existsSync(path.join(dir, 'dist', 'warn.html')), 'written anyway')
    const clean = await runMain(['build', 'clean.md', '--strict'], { cwd: dir })
    assert.equal(clean.code, 0, clean.stderr)
  })

  it('outline --json and themes --json: the same report shape with what was found', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'radio.txt'), 'Community Radio\n\nHow a Small Station Finds Its Voice\n\nBy Sam Writer\n\nA station runs on volunteers and goodwill, and this piece looks at one.\n\nWho Makes the Programmes\n\nMost presenters are local residents who started as listeners.\n')
    const outline = await runMain(['outline', 'radio.txt', '--json'], { cwd: dir })
    assert.equal(outline.code, 0, outline.stderr)
    const outlineReport = reportOf(outline.stdout)
    assert.deepEqual(outlineReport.inputs, [{ path: 'radio.txt' }])
    assert.equal((outlineReport.result as { title?: string }).title, 'How a Small Station Finds Its Voice')

    const themes = await runMain(['themes', '--json'], { cwd: dir })
    assert.equal(themes.code, 0, themes.stderr)
    const names = ((reportOf(themes.stdout).result as { themes: { name: string }[] }).themes).map((theme) => theme.name)
    for (const name of ['lectern', 'lectern-night', 'white']) assert.ok(names.includes(name), name)
  })

  it('build -o FILE.html with one deck writes that file; a named file with two decks is a usage error', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '## A\n')
    await writeFile(path.join(dir, 'b.md'), '## B\n')
    const one = await runMain(['build', 'a.md', '-o', 'site/index.html'], { cwd: dir })
    assert.equal(one.code, 0, one.stderr)
    assert.match(one.stderr, /built site\/index\.html/)
    assert.ok(existsSync(path.join(dir, 'site', 'index.html')))
    const two = await runMain(['pdf', 'a.md', 'b.md', '-o', 'talk.pdf'], { cwd: dir })
    assert.equal(two.code, 2)
    assert.equal(two.stderr, 'lectern: -o talk.pdf names one file, but there are 2 decks; give a folder instead\n')
    const noPdf = await runMain(['build', 'a.md', '-o', 'talk.pdf'], { cwd: dir })
    assert.equal(noPdf.code, 2)
    assert.match(noPdf.stderr, /names a PDF, but only HTML is written; add --pdf/)
  })

  it('after convert, build of the folder builds the .md and says why the .txt is left out', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'slides'))
    await writeFile(path.join(dir, 'slides', 'radio.txt'), 'How a Station Finds Its Voice\n\nA station runs on volunteers and goodwill, and this piece looks at one of them.\n\nWho Makes the Programmes\n\nMost presenters are local residents who started as listeners.\n')
    const converted = await runMain(['convert', 'slides/radio.txt'], { cwd: dir })
    assert.equal(converted.code, 0, converted.stderr)
    const built = await runMain(['build', 'slides'], { cwd: dir })
    assert.equal(built.code, 0, built.stderr)
    assert.match(built.stderr, /^note: slides\/radio\.txt skipped: slides\/radio\.md, of the same name, is built instead$/m)
    assert.deepEqual((await readdir(path.join(dir, 'dist'))).filter((name) => name.endsWith('.html')), ['radio.html'])
    const sources = await expandInputs(['slides'], dir)
    assert.deepEqual(sources.map((source) => source.path), [path.join('slides', 'radio.md')])
  })

  it('library functions say what they want when given something else', async () => {
    await assert.rejects(
      buildDeck('# Hi' as never, {}),
      (error: unknown) => isLecternError(error) && error.code === 'usage' && /^buildDeck\(source\) expects a deck source \{ path, name \}.*not a string \("# Hi"\)$/.test(error.message)
    )
    await assert.rejects(buildDeck({ path: 'a.md', name: 'a' }, { outDir: 3 as never }), /buildDeck options\.outDir expects a path string, not the number 3/)
    await assert.rejects(renderDeck(42 as never), /renderDeck\(source\) expects the text of a deck \(a string\) or a VFile, not the number 42/)
    await assert.rejects(expandInputs('slides' as never), /expandInputs\(inputs\) expects an array of paths/)
  })
})
