/**
 * `lectern outline FILE` and `lectern convert FILE`: show what the plain-text
 * recogniser (or, for a saved web page, the article extractor) decided, and
 * write it as Markdown to fix by hand.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { LecternError } from '../../errors.js'
import { assertReadableType } from '../../read/inputs.js'
import { normalizeSource } from '../../read/normalize-source.js'
import { readSource } from '../../read/read-source.js'
import { articleToMarkdown, formatOutline, recogniseText, type TextOutline } from '../../text/index.js'
import type { Root } from 'mdast'
import { writeFileAtomic } from '../../write/write-file.js'
import { readAll, type CliIo, type CommandRun } from './shared.js'

async function readInput(input: string | undefined, io: CliIo, command: string): Promise<{ text: string; name: string }> {
  if (!input) throw new LecternError(`\`lectern ${command}\` needs a file (or - for standard input)`, { code: 'usage' })
  if (input === '-') return { text: io.stdin ? await readAll(io.stdin) : '', name: 'stdin' }
  assertReadableType(input)
  return { text: await readSource(path.resolve(io.cwd ?? process.cwd(), input), input, { html: /\.html?$/i.test(input) }), name: input }
}

/** What the recogniser makes of a source: a saved web page's article (`.html`, `.htm`, loaded only then), else a text article's. */
async function recognise(text: string, name: string): Promise<{ tree: Root; outline: TextOutline }> {
  if (/\.html?$/i.test(name)) return (await import('../../web/index.js')).extractArticle(normalizeSource(text))
  return recogniseText(text, new VFile({ path: name }))
}

/**
 * Run `outline`: the title, kicker, byline, the headings tree with line
 * numbers, and the dropped lines.
 *
 * @param run The command run: the file, `--json`.
 * @param io Streams.
 */
export async function outlineCommand(run: CommandRun, io: CliIo): Promise<number> {
  const { report } = run
  const started = performance.now()
  const { text, name } = await readInput(run.args[0], io, 'outline')
  report.inputs([{ path: name }])
  const { outline } = await recognise(text, name)
  report.time('recognise', performance.now() - started)
  if (report.json) report.result(outline)
  else io.stdout.write(`${formatOutline(outline)}\n`)
  return report.finish(0)
}

/**
 * Run `convert`: write the Markdown a text article becomes (`FILE.md` beside
 * it, `-o PATH`, or `-o -` for standard output). Never overwrites without `--force`.
 *
 * @param run The command run: the file, `--output`, `--force`.
 * @param io Streams.
 */
export async function convertCommand(run: CommandRun, io: CliIo): Promise<number> {
  const values = run.options
  const { text, name } = await readInput(run.args[0], io, 'convert')
  const { tree, outline } = await recognise(text, name)
  const markdown = articleToMarkdown(tree, outline)
  const cwd = io.cwd ?? process.cwd()
  const target = values.output ?? (name === 'stdin' ? '-' : name.replace(/\.[^./\\]*$/, '') + '.md')
  if (target === '-') {
    io.stdout.write(markdown)
    return 0
  }
  const absolute = path.resolve(cwd, target)
  if (absolute === path.resolve(cwd, name)) throw new LecternError(`Refusing to overwrite the source ${name}; pass -o OTHER.md`, { code: 'usage', file: name })
  if (existsSync(absolute) && !values.force) {
    throw new LecternError(`${target} exists; pass --force to overwrite it or -o to write elsewhere`, { code: 'output', file: target })
  }
  await writeFileAtomic(absolute, markdown)
  io.stderr.write(`wrote ${path.relative(cwd, absolute) || absolute}\n`)
  return 0
}
