/**
 * Whatever people feed Lectern, the CLI answers with an exit code and one
 * clear line naming the file (and line where known): never a stack trace,
 * never a half-written output, never a changed source.
 *
 * Most cases call `main` in process; the real executable runs the cases
 * about the process (signals), those that may hang (a pipe, a device, a
 * time limit) and the PDF exports whose Chromium must end with it.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { bin, runCli, runMain, tempDir, type RunResult } from '../helpers.js'
import { processesMatching, processesLeft } from '../helpers/poppler.js'

/** A file to create: text, bytes, or a special file made by a function. */
type Content = string | Buffer | ((file: string) => Promise<void> | void)

/** One bad input and what the CLI must do with it. */
interface BadInput {
  /** What is fed. */
  input: string
  /** Files of the project folder (relative paths). */
  files?: Record<string, Content>
  /** Arguments; the output folder `out` is added unless given. */
  args: string[]
  /** Standard input. */
  stdin?: string
  /** Expected exit code. */
  code: number
  /** The one `lectern:` line on failure, or a warning (with its position) on success. */
  message?: RegExp
  /** Files that must be in `out` afterwards (complete). */
  outputs?: string[]
  /** Send Ctrl-C (or this signal) once Chromium runs. */
  interrupt?: boolean | NodeJS.Signals
  /** Milliseconds the run may take (a hang fails the case); default 120 s. */
  timeout?: number
  /** Extra checks. */
  check?: (dir: string, result: RunResult) => Promise<void> | void
}

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6cf6a0000000049454e44ae426082', 'hex')
const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\0\0\0trailer\n%%EOF\n', 'latin1')
const utf16 = (text: string, bigEndian = false): Buffer => {
  const le = Buffer.from(text, 'utf16le')
  if (bigEndian) for (let index = 0; index < le.length; index += 2) [le[index], le[index + 1]] = [le[index + 1]!, le[index]!]
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le])
}
const mkfifo = (file: string): void => {
  execFileSync('mkfifo', [file])
}

function bigArticle(bytes: number): string {
  const parts = ['# A very long article\n\n']
  let size = parts[0]!.length
  for (let index = 1; size < bytes; index++) {
    const part = `## Section ${index}\n\nA paragraph of prose with *emphasis* and a [link](https://example.com/${index}) that runs on.\n\n- one point\n- another point\n\n`
    parts.push(part)
    size += part.length
  }
  return parts.join('')
}

/**
 * Every bad input with its decided behaviour. The decisions:
 *
 * - Unreadable input (missing file, folder without decks, empty or blank file,
 *   binary file, device, invalid UTF-8, over 2 MB) is an error, exit 3: an empty
 *   or blank file is a mistake (unsaved, wrong file), not a deck without slides.
 *   A 5 MB article is refused at once rather than parsed for minutes: a talk is
 *   rarely 100 kB, and the deck would have thousands of slides.
 * - A named file of a type Lectern does not read (`.rst`, `.docx`, `.pdf`,
 *   `.png`) is refused before it is read, exit 3, in one line naming the types
 *   it reads; `--format` reads it anyway (a PDF is then a binary file). A file
 *   without an extension (a pipe) is read.
 * - A saved web page builds, without its scripts, handlers, frames or
 *   `javascript:` links; a page with no article text (a frameset, only a
 *   menu) is refused like an empty file, exit 3.
 * - Other encodings that say what they are build: UTF-16 with a byte-order mark
 *   is decoded, a UTF-8 BOM dropped, CRLF and lone CR line ends read as LF
 *   (slide line numbers stay right).
 * - Big but plausible input builds: 10,000 headings, a 1 MB line. Absurd
 *   nesting builds with a warning: list items indented past 64 columns (a
 *   1,000-deep list) are pulled back to that depth, content nested past 100
 *   levels (5,000 `*`) is flattened to its text. Raw HTML nested past what
 *   the sanitiser's parser can take is a clear error, exit 3.
 * - Front matter that is not YAML or not a mapping: exit 3, with file:line.
 * - Unknown theme or a theme file that does not exist: exit 5.
 * - A missing image, an image outside the project (`../../etc/passwd`) or one
 *   that is not a regular file (a pipe): a warning with file:line; the deck is
 *   built without it, nothing outside the project is copied.
 * - An output folder that cannot be created (its parent is a file; under /proc,
 *   which fails even for root): exit 4.
 * - Two inputs that would write the same output (the same name, or one deck's
 *   PDF on another's handout): exit 2 before anything is built.
 * - Ctrl-C during PDF export: exit 130, the HTML already built stays, no PDF and
 *   no temporary file, and no Chromium left running; SIGTERM likewise (143),
 *   and the hidden page of `--no-html` goes too.
 * - An output, usage or theme error while Chromium starts (`--pdf`): the same
 *   exit code as without `--pdf`, at once, and no Chromium left.
 * - What the document names is read only from inside the project, as a file
 *   of a type that fits its use (read-policy.ts): a theme outside the project,
 *   not `.css`, or a project theme linked out of it is exit 5; a logo, font or
 *   image outside it or of the wrong type a warning, nothing copied. A name
 *   starting with `..` inside the project is inside.
 * - Front-matter keys named like Object.prototype members are unknown keys; a
 *   YAML alias bomb is invalid YAML with its line; binary data behind a UTF-16
 *   byte-order mark is binary; a surrogate or overlong UTF-8 sequence is
 *   invalid UTF-8 at its own line and byte.
 * - A `javascript:` (or `vbscript:`, `data:`) URL of a Markdown link or image is
 *   dropped with a warning, `--safe` or not: a link is not raw HTML.
 */
const cases: BadInput[] = [
  { input: 'a missing file', args: ['nope.md'], code: 3, message: /^lectern: Cannot find nope\.md: no such file or folder$/ },
  {
    input: 'a folder with no decks',
    files: { 'drafts/notes.docx': 'x', 'drafts/README.md': '# Not a deck\n' },
    args: ['drafts'],
    code: 3,
    message: /^lectern: drafts holds no decks: expected \.md, \.markdown or \.txt files$/
  },
  { input: 'an empty file', files: { 'empty.md': '' }, args: ['empty.md'], code: 3, message: /^lectern: empty\.md: The file is empty; expected a Markdown or text article$/ },
  { input: 'empty standard input', args: ['-'], stdin: '', code: 3, message: /^lectern: stdin: Standard input is empty/ },
  {
    input: 'a file of whitespace only',
    files: { 'blank.txt': ' \n\t\n\r\n   \n' },
    args: ['blank.txt'],
    code: 3,
    message: /^lectern: blank\.txt: The file holds only whitespace; expected a Markdown or text article$/
  },
  { input: 'a PNG passed by mistake', files: { 'photo.png': png }, args: ['photo.png'], code: 3, message: /^lectern: photo\.png: Lectern reads \.md, \.markdown, \.txt, \.html and \.htm files, or - for standard input, not \.png/ },
  { input: 'a PDF passed by mistake', files: { 'talk.pdf': pdf }, args: ['talk.pdf'], code: 3, message: /^lectern: talk\.pdf: Lectern reads \.md, \.markdown, \.txt, \.html and \.htm files, or - for standard input, not \.pdf/ },
  { input: 'a PDF forced to be read as Markdown', files: { 'talk.pdf': pdf }, args: ['talk.pdf', '--format', 'markdown'], code: 3, message: /^lectern: talk\.pdf looks like a binary file \(a PDF\)/ },
  {
    input: 'a reStructuredText file',
    files: { 'notes.rst': 'Title\n=====\n\nSome text.\n' },
    args: ['notes.rst'],
    code: 3,
    message: /^lectern: notes\.rst: Lectern reads \.md, \.markdown, \.txt, \.html and \.htm files, or - for standard input, not \.rst \(--format markdown\|text\|html reads it anyway\)$/
  },
  { input: 'a Word document', files: { 'essay.docx': Buffer.from('504b0304140006000800000021000000', 'hex') }, args: ['essay.docx'], code: 3, message: /^lectern: essay\.docx: Lectern reads .* not \.docx/ },
  { input: 'an unknown type with a good one', files: { 'talk.md': '## Slide\n', 'notes.rst': 'Text\n' }, args: ['talk.md', 'notes.rst'], code: 3, message: /^lectern: notes\.rst: Lectern reads/ },
  { input: 'a reStructuredText file forced to be read as text', files: { 'notes.rst': 'A Title\n\nSome text that is a paragraph of prose.\n' }, args: ['notes.rst', '--format', 'text'], code: 0, outputs: ['notes.html'] },
  {
    input: 'a saved web page with no article (only a menu and scripts)',
    files: { 'empty.html': '<!doctype html><html><head><title>Nothing | Site</title><script>x()</script></head><body><nav><a href="/">Home</a></nav></body></html>' },
    args: ['empty.html'],
    code: 3,
    message: /^lectern: empty\.html:1:1: The page holds no article text \(only menu\); save the article's own page, or paste its text into a \.txt file$/
  },
  {
    input: 'a saved web page nested 3,000 deep',
    files: { 'deep.html': `<html><body><article><h1>Deep</h1>${'<div>'.repeat(3000)}<p>Deep text. More text.</p>${'</div>'.repeat(3000)}</article></body></html>` },
    args: ['deep.html'],
    code: 3,
    message: /^lectern: deep\.html: Cannot render the document: it is nested too deeply or too large to render/
  },
  {
    input: 'a saved web page with scripts, handlers and frames',
    files: {
      'page.html':
        '<!doctype html><html><head><title>Trains | Rail</title><script>steal()</script></head><body onload="steal()"><nav><a href="/">Home</a></nav>' +
        '<article><h1>Trains</h1><p>Night trains are back on the timetables of many countries this winter. They carry more people every year.</p>' +
        '<img src="x.png" onerror="steal()"><iframe src="https://evil.example/"></iframe><p>A <a href="javascript:steal()">link</a> and more prose about trains that run at night.</p></article></body></html>'
    },
    args: ['page.html'],
    code: 0,
    outputs: ['page.html'],
    async check(dir) {
      const html = await readFile(path.join(dir, 'out', 'page.html'), 'utf8')
      assert.doesNotMatch(html, /steal|evil\.example|\son[a-z]+=|<iframe/i)
    }
  },
  { input: 'a PNG named .md', files: { 'slides.md': png }, args: ['slides.md'], code: 3, message: /^lectern: slides\.md looks like a binary file \(a PNG image\)/ },
  { input: 'UTF-16 without a byte-order mark', files: { 'wide.md': Buffer.from('## Wide\n\nText\n', 'utf16le') }, args: ['wide.md'], code: 3, message: /^lectern: wide\.md looks like a binary file \(UTF-16 without a byte-order mark; save it as UTF-8\)/ },
  { input: 'a device', args: ['/dev/zero'], code: 3, message: /^lectern: \/dev\/zero: Expected a file, found a device or socket$/ },
  {
    input: 'invalid UTF-8 (Latin-1)',
    files: { 'latin1.md': Buffer.from('# Menu\n\n## Caf\xe9 cr\xe8me\n', 'latin1') },
    args: ['latin1.md'],
    code: 3,
    message: /^lectern: latin1\.md:3:7: Invalid UTF-8 \(byte 0xE9\); save the file as UTF-8$/
  },
  {
    input: 'a binary file behind a UTF-16 byte-order mark',
    files: { 'marked.md': Buffer.concat([Buffer.from([0xff, 0xfe]), png]) },
    args: ['marked.md'],
    code: 3,
    message: /^lectern: marked\.md looks like a binary file \(it (starts with a UTF-16 byte-order mark but is not valid UTF-16|contains NUL characters after a UTF-16 byte-order mark)\)/
  },
  {
    input: 'a UTF-8 encoded surrogate',
    files: { 'surrogate.md': Buffer.concat([Buffer.from('# Title\n\n## Caf'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n\nText\n')]) },
    args: ['surrogate.md'],
    code: 3,
    message: /^lectern: surrogate\.md:3:7: Invalid UTF-8 \(byte 0xED\); save the file as UTF-8$/
  },
  {
    input: 'an overlong UTF-8 sequence',
    files: { 'overlong.md': Buffer.concat([Buffer.from('# Title\n\nSome text\n\n## Sl'), Buffer.from([0xe0, 0x80, 0xaf]), Buffer.from('de\n')]) },
    args: ['overlong.md'],
    code: 3,
    message: /^lectern: overlong\.md:5:6: Invalid UTF-8 \(byte 0xE0\); save the file as UTF-8$/
  },
  {
    input: 'UTF-16 LE with a byte-order mark',
    files: { 'utf16.md': utf16('# Grüße\n\n## Καλημέρα\n\nText\n') },
    args: ['utf16.md'],
    code: 0,
    outputs: ['utf16.html'],
    check: async (dir) => {
      const html = await readFile(path.join(dir, 'out', 'utf16.html'), 'utf8')
      assert.match(html, /<title>Grüße<\/title>/)
      assert.match(html, /<h2>Καλημέρα<\/h2>/)
    }
  },
  {
    input: 'UTF-16 BE with a byte-order mark',
    files: { 'utf16be.md': utf16('## Hello, 世界\n', true) },
    args: ['utf16be.md'],
    code: 0,
    outputs: ['utf16be.html'],
    check: async (dir) => assert.match(await readFile(path.join(dir, 'out', 'utf16be.html'), 'utf8'), /<h2>Hello, 世界<\/h2>/)
  },
  {
    input: 'UTF-8 with a byte-order mark',
    files: { 'bom.md': '\uFEFF---\ntitle: Marked\n---\n\n## First\n' },
    args: ['bom.md'],
    code: 0,
    outputs: ['bom.html'],
    check: async (dir) => {
      const html = await readFile(path.join(dir, 'out', 'bom.html'), 'utf8')
      assert.match(html, /<title>Marked<\/title>/, 'front matter after a BOM is read')
      assert.ok(!html.includes('\uFEFF'))
    }
  },
  {
    input: 'CRLF line ends',
    files: { 'crlf.md': '# Title\r\n\r\n## One\r\n\r\n- a\r\n- b\r\n\r\n## Two\r\n\r\nText\r\n' },
    args: ['crlf.md'],
    code: 0,
    outputs: ['crlf.html'],
    check: async (dir) => {
      const html = await readFile(path.join(dir, 'out', 'crlf.html'), 'utf8')
      assert.match(html, /<section[^>]*data-source-line="3">\s*<h2>One<\/h2>/)
      assert.match(html, /<section[^>]*data-source-line="8">\s*<h2>Two<\/h2>/)
      assert.ok(!html.includes('\r'))
    }
  },
  {
    input: 'lone CR line ends (classic Mac)',
    files: { 'cr.md': '# Title\r\r## One\r\rText\r\r## Two\r' },
    args: ['cr.md'],
    code: 0,
    outputs: ['cr.html'],
    check: async (dir, result) => {
      assert.match(result.stderr, /built out\/cr\.html \(3 slides\)/)
      assert.match(await readFile(path.join(dir, 'out', 'cr.html'), 'utf8'), /<section[^>]*data-source-line="7">\s*<h2>Two<\/h2>/)
    }
  },
  {
    input: 'a 5 MB article',
    files: { 'huge.md': bigArticle(5 * 1024 * 1024) },
    args: ['huge.md'],
    code: 3,
    message: /^lectern: huge\.md: The file is 5\.0 MB; the largest source Lectern reads is 2 MB/
  },
  {
    input: 'a 5 MB article on standard input',
    args: ['-', '--format', 'markdown'],
    stdin: bigArticle(5 * 1024 * 1024),
    code: 3,
    message: /^lectern: stdin: Standard input is 5\.0 MB; the largest source Lectern reads is 2 MB/
  },
  {
    input: '10,000 headings',
    files: { 'headings.md': Array.from({ length: 10_000 }, (_, index) => `## Heading ${index + 1}\n`).join('\n') },
    args: ['headings.md'],
    code: 0,
    outputs: ['headings.html'],
    check: (_, result) => assert.match(result.stderr, /\(10000 slides\)/)
  },
  {
    input: 'a list nested 1,000 deep',
    files: { 'nested.md': '## Deep\n\n' + Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}\n`).join('') },
    args: ['nested.md'],
    code: 0,
    outputs: ['nested.html'],
    message: /nested\.md\n[\s\S]*36:1\s+warning\s+List items indented more than 64 columns are moved back to column 64 \(967 lines\)/
  },
  {
    input: '5,000 nested emphasis markers',
    files: { 'stars.md': `## Stars\n\n${'*'.repeat(5000)}x${'*'.repeat(5000)}\n` },
    args: ['stars.md'],
    code: 0,
    outputs: ['stars.html'],
    message: /stars\.md\n\s*3:\d+-3:\d+\s+warning\s+Content nested more than 100 levels deep is flattened to its text/
  },
  {
    input: 'raw HTML nested 3,000 deep, sanitised',
    files: { 'divs.md': `## Divs\n\n${'<div>'.repeat(3000)}x\n` },
    args: ['divs.md', '--safe'],
    code: 3,
    message: /^lectern: divs\.md: Cannot render the document: it is nested too deeply or too large to render/
  },
  {
    input: 'an article whose section heading is taller than a slide (agenda)',
    files: {
      'agenda.md': ['---', 'condense: true', '---', '', '# Talk', '', ...['One', 'Two', 'word '.repeat(400).trim(), 'Four', 'Five'].flatMap((heading) => [`## ${heading}`, '', 'A sentence about the topic of this section, long enough to make a bullet. Another sentence follows it.', ''])].join('\n')
    },
    args: ['agenda.md'],
    code: 0,
    timeout: 30_000,
    outputs: ['agenda.html']
  },
  {
    input: 'a single 1 MB line',
    files: { 'line.md': `## One line\n\n${'word '.repeat(210_000)}\n` },
    args: ['line.md'],
    code: 0,
    outputs: ['line.html']
  },
  {
    // (Compressing each of its clauses in turn took three minutes before a clause had a length past which none is tried.)
    input: 'one sentence of 2,000 words with a semicolon after every fifth',
    files: { 'semicolons.md': `# Rivers\n\nIt ${Array.from({ length: 2000 }, (_, index) => 'the river carried silt from the hills to the sea'.split(' ')[index % 10] + (index % 5 === 4 ? ';' : '')).join(' ')}.\n` },
    args: ['semicolons.md', '--condense'],
    code: 0,
    timeout: 40_000,
    outputs: ['semicolons.html']
  },
  {
    input: 'invalid YAML front matter',
    files: { 'yaml.md': '---\ntitle: [unclosed\nauthor: me\n---\n\n## Slide\n' },
    args: ['yaml.md'],
    code: 3,
    message: /^lectern: yaml\.md:\d+:\d+: Invalid YAML front matter/
  },
  {
    input: 'invalid TOML front matter (Hugo\'s `+++`)',
    files: { 'toml.md': '+++\ntitle = "unclosed\nauthors = [\n+++\n\n## Slide\n' },
    args: ['toml.md'],
    code: 3,
    message: /^lectern: toml\.md:2:1: Invalid TOML front matter/
  },
  {
    input: 'a YAML alias bomb in front matter',
    files: { 'bomb.md': '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n\n## Slide\n' },
    args: ['bomb.md'],
    code: 3,
    message: /^lectern: bomb\.md:3:8: Invalid YAML front matter: Excessive alias count/
  },
  {
    input: 'a javascript: link in a trusted Markdown file',
    files: { 'links.md': '## Links\n\n[click](javascript:alert(1)) and [tab](java\tscript:alert(2))\n\n[ref]: vbscript:msgbox\n\nA [ref] and ![pic](data:text/html;base64,PHNjcmlwdD4=)\n' },
    args: ['links.md'],
    code: 0,
    outputs: ['links.html'],
    message: /3:1-3:\d+\s+warning\s+Dropped the `javascript:` URL of a link/,
    check: async (dir) => assert.doesNotMatch(await readFile(path.join(dir, 'out', 'links.html'), 'utf8'), /javascript:|vbscript:|data:text/i)
  },
  {
    input: 'front matter that is not a mapping',
    files: { 'list.md': '---\n- a\n- b\n---\n\n## Slide\n' },
    args: ['list.md'],
    code: 3,
    message: /^lectern: list\.md:2:1: Front matter must be a mapping of `key: value` lines$/
  },
  {
    input: 'front-matter keys named like Object.prototype members',
    files: { 'proto.md': '---\n__proto__:\n  theme: black\nconstructor: x\nhasOwnProperty: x\nthemeVariables:\n  hasOwnProperty: 1\n  constructor: red\n---\n\n## Slide\n' },
    args: ['proto.md'],
    code: 0,
    outputs: ['proto.html'],
    message: /2:1\s+warning\s+Unknown front-matter key `__proto__`[\s\S]*4:1\s+warning\s+Unknown front-matter key `constructor`[\s\S]*5:1\s+warning\s+Unknown front-matter key `hasOwnProperty`[\s\S]*7:1\s+warning\s+Unknown theme variable `hasOwnProperty`[\s\S]*8:1\s+warning\s+Unknown theme variable `constructor`/,
    check: async (dir) => assert.doesNotMatch(await readFile(path.join(dir, 'out', 'proto.html'), 'utf8'), /theme-black|__proto__/, 'the theme is not set through the prototype')
  },
  {
    input: 'an unknown theme in front matter',
    files: { 'theme.md': '---\ntitle: T\ntheme: nosuch\n---\n\n## Slide\n' },
    args: ['theme.md'],
    code: 5,
    message: /^lectern: theme\.md:3:1: Unknown theme `nosuch`; available: lectern/
  },
  {
    input: 'a theme stylesheet that is not valid CSS (an unclosed block)',
    files: { 'talk.md': '---\ntheme: ./broken.css\n---\n\n## Slide\n', 'broken.css': ':root {\n  --r-main-color: #111;\n\n.reveal h2 { color: red;\n' },
    args: ['talk.md'],
    code: 5,
    message: /^lectern: talk\.md:2:1: Cannot read theme stylesheet broken\.css line 4, column 1: Unclosed block$/
  },
  { input: 'an unknown theme on the command line', files: { 'talk.md': '## Slide\n' }, args: ['talk.md', '--theme', 'nosuch'], code: 5, message: /^lectern: talk\.md: Unknown theme `nosuch`/ },
  {
    input: 'a theme path that does not exist',
    files: { 'talk.md': '---\ntheme: ./themes/gone.css\n---\n\n## Slide\n' },
    args: ['talk.md'],
    code: 5,
    message: /^lectern: talk\.md:2:1: Theme file `\.\/themes\/gone\.css` does not exist/
  },
  {
    input: 'a missing image',
    files: { 'talk.md': '## Slide\n\n![A chart](missing.png)\n' },
    args: ['talk.md'],
    code: 0,
    outputs: ['talk.html'],
    message: /talk\.md\n\s*3:1-3:24\s+warning\s+Cannot find image `missing\.png`/
  },
  {
    input: 'an image path that climbs out of the project',
    files: { 'decks/talk.md': '## Slide\n\n![secret](../../etc/passwd)\n' },
    args: ['decks/talk.md'],
    code: 0,
    outputs: ['talk.html'],
    message: /decks\/talk\.md\n\s*3:1-3:28\s+warning\s+Not copying `\.\.\/\.\.\/etc\/passwd`: it is outside the project folder/,
    check: async (dir) => {
      const media = path.join(dir, 'out', 'assets', 'media')
      assert.deepEqual(existsSync(media) ? await readdir(media) : [], [], 'nothing copied from outside')
    }
  },
  {
    input: 'a front-matter theme that is a system file, from standard input with --safe',
    args: ['-', '--safe', '--format', 'markdown'],
    stdin: '---\ntheme: /etc/passwd\n---\n\n## Slide\n',
    code: 5,
    message: /^lectern: stdin:2:1: Not using theme `\/etc\/passwd`: it is outside the project folder$/,
    check: async (dir) => assert.deepEqual(await listTree(path.join(dir, 'out')), [], 'nothing written')
  },
  {
    input: 'a front-matter theme inside the project that is not CSS',
    files: { 'talk.md': '---\ntheme: ./notes/private.txt\n---\n\n## Slide\n', 'notes/private.txt': 'not a stylesheet\n' },
    args: ['talk.md'],
    code: 5,
    message: /^lectern: talk\.md:2:1: Not using theme `\.\/notes\/private\.txt`: it is not a \.css file$/
  },
  {
    input: 'a project theme whose theme.css links out of the project',
    files: { 'talk.md': '---\ntheme: corp\n---\n\n## Slide\n', 'themes/corp/theme.css': (file) => symlink('/etc/passwd', file) },
    args: ['talk.md'],
    code: 5,
    message: /^lectern: talk\.md:2:1: Not using theme `corp`: it is outside the project folder$/
  },
  {
    input: 'a theme stylesheet whose url() names a file of the project that is not a font or image',
    files: { 'talk.md': '---\ntheme: ./corp.css\n---\n\n## Slide\n', 'corp.css': '.reveal { background: url(".env") }\n', '.env': 'TOKEN=secret\n' },
    args: ['talk.md'],
    code: 5,
    message: /^lectern: talk\.md:2:1: Theme stylesheet refers to `\.env`: it is not a stylesheet, font or image$/
  },
  {
    input: 'a logo and a font outside the project, from standard input',
    args: ['-', '--format', 'markdown'],
    stdin: '---\nthemeVariables:\n  logo: /etc/passwd\n  bodyFont: /usr/share/fonts/../../../etc/passwd.woff2\n---\n\n## Slide\n',
    code: 0,
    outputs: ['stdin.html'],
    message: /3:1\s+warning\s+Not using logo `\/etc\/passwd`: it is outside the project folder[\s\S]*4:1\s+warning\s+(Not using font file|Cannot read font file)/,
    check: async (dir) => {
      const files = await listTree(path.join(dir, 'out'))
      assert.deepEqual(files.filter((file) => /passwd|logo|custom/.test(file)), [], 'nothing from outside copied')
    }
  },
  {
    input: 'an image linked to a file of the project that is not an image',
    files: { 'talk.md': '## Slide\n\n![key](key.png)\n', '.env': 'TOKEN=secret\n', 'key.png': (file) => symlink('.env', file) },
    args: ['talk.md'],
    code: 0,
    outputs: ['talk.html'],
    message: /3:1-3:16\s+warning\s+Not copying `key\.png`: it is not an image, video or audio file/,
    check: async (dir) => assert.deepEqual(await listTree(path.join(dir, 'out', 'assets', 'media')), [])
  },
  {
    input: 'an image whose name starts with two dots, inside the project',
    files: { 'talk.md': '## Slide\n\n![notes](..notes.png)\n', '..notes.png': png },
    args: ['talk.md'],
    code: 0,
    outputs: ['talk.html'],
    check: async (dir) => assert.equal((await listTree(path.join(dir, 'out', 'assets', 'media'))).length, 1, 'copied')
  },
  {
    input: 'an image that is a pipe (never ends)',
    files: { 'talk.md': '## Slide\n\n![stream](stream.png)\n', 'stream.png': mkfifo },
    args: ['talk.md'],
    code: 0,
    outputs: ['talk.html'],
    message: /3:1-3:22\s+warning\s+Not copying `stream\.png`: it is not a regular file/
  },
  {
    input: 'an output folder whose parent is a file',
    files: { 'talk.md': '## Slide\n', 'taken': 'a file\n' },
    args: ['talk.md', '-o', 'taken/out'],
    code: 4,
    message: /^lectern: Cannot write to taken\/out: a part of the path is a file, not a folder$/
  },
  {
    input: 'an output folder that cannot be created, even by root',
    files: { 'talk.md': '## Slide\n' },
    args: ['talk.md', '-o', '/proc/lectern-out'],
    code: 4,
    message: /^lectern: Cannot write to \/proc\/lectern-out: a folder cannot be created there$/
  },
  {
    input: 'the same output path for two inputs',
    files: { 'a/talk.md': '## A\n', 'b/talk.md': '## B\n' },
    args: ['a/talk.md', 'b/talk.md'],
    code: 2,
    message: /^lectern: a\/talk\.md and b\/talk\.md would both be written to talk\.html; rename one$/
  },
  {
    input: 'a deck whose PDF is another deck\'s handout',
    files: { 'talk.md': '## Talk\n', 'talk-handout.md': '## Notes\n' },
    args: ['talk.md', 'talk-handout.md', '--pdf', '--handout'],
    code: 2,
    timeout: 30_000,
    message: /^lectern: talk\.md's handout and talk-handout\.md's slides PDF would both be written to talk-handout\.pdf; rename one$/
  },
  {
    input: 'an unknown theme with --pdf (Chromium already starting)',
    files: { 'talk.md': '## Slide\n' },
    args: ['talk.md', '--pdf', '-t', 'nosuch'],
    code: 5,
    timeout: 30_000,
    message: /^lectern: talk\.md: Unknown theme `nosuch`/
  },
  {
    input: 'an output folder that is the source file, with --pdf',
    files: { 'talk.md': '## Slide\n' },
    args: ['talk.md', '--pdf', '-o', 'talk.md'],
    code: 4,
    timeout: 30_000,
    message: /^lectern: Cannot write to talk\.md: a part of the path is a file, not a folder$/
  },
  {
    input: 'an output folder that cannot be created, with --pdf --handout',
    files: { 'talk.md': '## Slide\n' },
    args: ['talk.md', '--pdf', '--handout', '-o', '/proc/lectern-out'],
    code: 4,
    timeout: 30_000,
    message: /^lectern: Cannot write to \/proc\/lectern-out: a folder cannot be created there$/
  },
  {
    input: 'Ctrl-C in the middle of a PDF export',
    files: { 'talk.md': '# Talk\n\n' + Array.from({ length: 300 }, (_, index) => `## Slide ${index + 1}\n\n- a point\n- another\n`).join('\n') },
    args: ['talk.md', '--pdf', '--handout'],
    code: 130,
    interrupt: true,
    message: /^lectern: interrupted$/,
    outputs: ['talk.html']
  },
  {
    input: 'Ctrl-C in the middle of a PDF export without HTML',
    files: { 'talk.md': '# Talk\n\n' + Array.from({ length: 300 }, (_, index) => `## Slide ${index + 1}\n\n- a point\n- another\n`).join('\n') },
    args: ['talk.md', '--pdf', '--no-html'],
    code: 130,
    interrupt: true,
    message: /^lectern: interrupted$/,
    outputs: []
  },
  {
    input: 'SIGTERM in the middle of a PDF export without HTML',
    files: { 'talk.md': '# Talk\n\n' + Array.from({ length: 300 }, (_, index) => `## Slide ${index + 1}\n\n- a point\n- another\n`).join('\n') },
    args: ['talk.md', '--pdf', '--handout', '--no-html'],
    code: 143,
    interrupt: 'SIGTERM',
    message: /^lectern: terminated$/,
    outputs: []
  }
]

/** Hash of every file under `dir` except `skip` folders, by relative path. */
async function hashTree(dir: string, skip: readonly string[]): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(dir, file)
    if (skip.some((folder) => relative === folder || relative.startsWith(folder + path.sep))) continue
    if (!entry.isFile()) continue
    hashes[relative] = createHash('sha256').update(await readFile(file)).digest('hex')
  }
  return hashes
}

/** Every file under `dir` (none when it does not exist). */
async function listTree(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

async function waitUntil(condition: () => Promise<boolean>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Run the CLI and press Ctrl-C once a Chromium of its own (profile under `profiles`) renders. */
async function runAndInterrupt(args: readonly string[], cwd: string, profiles: string, signal: NodeJS.Signals, html: boolean): Promise<RunResult> {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, TMPDIR: profiles }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
  try {
    // Chromium starts while the HTML is built (with a blank page's renderer): wait for the deck to be written first.
    if (html) await waitUntil(async () => /built out\/talk\.html/.test(stderr), 60_000)
    // A renderer of a page (not the browser's own UI): the deck is loading or printing.
    await waitUntil(async () => (await processesMatching(`type=renderer --crashpad.*${profiles}/lectern-chromium-`)).length > 0, 60_000)
    await new Promise((resolve) => setTimeout(resolve, 200))
    child.kill(signal)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const code = await closed
  if (html) assert.match(stderr, /built out\/talk\.html/)
  assert.doesNotMatch(stderr, /wrote /, 'interrupted before any PDF was written')
  return { code, stdout, stderr }
}

/** Whether a case runs the real executable: a case that may hang (a pipe, a device, a time limit) or prints with Chromium. */
function realProcess(item: BadInput): boolean {
  const special = Object.values(item.files ?? {}).some((content) => typeof content === 'function')
  return item.timeout !== undefined || special || item.args.some((arg) => arg.startsWith('/dev/') || arg === '--pdf' || arg.startsWith('--handout'))
}

async function create(dir: string, files: Record<string, Content>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    await mkdir(path.dirname(file), { recursive: true })
    if (typeof content === 'function') await content(file)
    else await writeFile(file, content)
  }
}

describe('bad input', () => {
  for (const item of cases) {
    it(`should answer ${item.input} with exit ${item.code}`, async () => {
      const dir = await tempDir('lectern-bad-')
      const profiles = path.join(dir, '.profiles')
      await mkdir(profiles)
      await create(dir, item.files ?? {})
      const outDir = path.join(dir, 'out')
      const args = ['build', ...item.args, ...(item.args.includes('-o') ? [] : ['-o', 'out'])]
      const before = await hashTree(dir, ['out', '.profiles'])

      const result = item.interrupt
        ? await runAndInterrupt(args, dir, profiles, item.interrupt === true ? 'SIGINT' : item.interrupt, (item.outputs ?? []).includes('talk.html'))
        : realProcess(item)
          ? await runCli(args, { cwd: dir, input: item.stdin, env: { TMPDIR: profiles }, timeout: item.timeout })
          : await runMain(args, { cwd: dir, input: item.stdin, env: { TMPDIR: profiles } })

      assert.equal(result.code, item.code, result.stderr)
      assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace')
      assert.doesNotMatch(result.stderr, /unexpected error/)
      const errors = result.stderr.split('\n').filter((line) => line.startsWith('lectern: '))
      if (item.code === 0) {
        assert.deepEqual(errors, [], 'no error line')
      } else {
        assert.equal(errors.length, 1, `one error line:\n${result.stderr}`)
      }
      if (item.message) assert.match(item.code === 0 ? result.stderr : errors[0]!, item.message)

      const outputs = await listTree(outDir)
      assert.deepEqual(outputs.filter((file) => /(^|\/)\.[^/]*lectern-print/.test(file)), [], 'no hidden print page left')
      assert.deepEqual(outputs.filter((file) => /\.tmp$/.test(file)), [], 'no temporary files left')
      const decks = outputs.filter((file) => /^[^/]+\.(html|pdf)$/.test(file)).sort()
      assert.deepEqual(decks, [...(item.outputs ?? [])].sort(), 'only complete outputs')
      for (const deck of decks) {
        const html = await readFile(path.join(outDir, deck), 'utf8')
        assert.match(html, /<\/html>\n?$/, `${deck} is complete`)
      }

      assert.deepEqual(await hashTree(dir, ['out', '.profiles']), before, 'sources unchanged')
      // Chromium ends with the CLI: wait for the group kill to land, then nothing of ours runs.
      await waitUntil(async () => (await processesMatching(`${profiles}/lectern-chromium-`)).length === 0, 5000).catch(() => undefined)
      assert.deepEqual(await processesLeft(`${profiles}/lectern-chromium-`), [], 'no Chromium left running')
      assert.deepEqual((await readdir(profiles)).filter((name) => name.startsWith('lectern-chromium-')), [], 'browser profile removed')
      await item.check?.(dir, result)
    })
  }
})

describe('a stopped build and a browser still starting', () => {
  it('should end at once, without waiting for the browser it started, and leave no browser behind', async () => {
    // A browser that takes a minute to start (a busy machine): the output error comes first, and the run must not wait for it.
    const dir = await tempDir('lectern-slow-launch-')
    const wrapper = path.join(dir, 'slow-chromium.sh')
    await writeFile(wrapper, '#!/bin/sh\nsleep 60\nexec chromium "$@"\n', { mode: 0o755 })
    await writeFile(path.join(dir, 'talk.md'), '## Slide\n')
    // (The browser may take two minutes to start: only a run that waits for it runs into the 40 s limit.)
    const result = await runCli(['build', 'talk.md', '--pdf', '-o', 'talk.md', '--timeout', '120000'], { cwd: dir, env: { CHROME_PATH: wrapper }, timeout: 40_000 })
    assert.equal(result.code, 4, result.stderr)
    assert.match(result.stderr, /^lectern: Cannot write to talk\.md: a part of the path is a file, not a folder$/m)
    await waitUntil(async () => (await processesMatching(wrapper)).length === 0, 5000).catch(() => undefined)
    assert.deepEqual(await processesLeft(wrapper), [], 'the starting browser was ended with the run')
  })
})
