/**
 * Every option of every command, in one table: its flags, help line,
 * default, the commands that take it, and how its value is checked. The
 * argument parser (`program.ts`), the config file (`config.ts`) and the
 * help text are all built from this table, so adding an option is adding
 * one entry here (and reading it in the command).
 */
import { layoutNames, type LayoutName } from '../article/layout-names.js'
import { LecternError } from '../errors.js'
import type { SourceFormat } from '../html/render.js'
import type { HandoutLayout, Paper } from '../print/handout-layout.js'

/** The commands, as typed after `lectern`. */
export type CommandName = 'build' | 'pdf' | 'serve' | 'check' | 'outline' | 'convert' | 'themes' | 'theme' | 'doctor'

/** How an option's value is read and checked. */
export type OptionKind = 'boolean' | 'string' | 'integer' | 'number' | 'choice'

/** One option. */
export interface OptionSpec {
  /** Flags in commander's syntax: `-t, --theme <name>`, `--handout [layout]`, `--no-html`. */
  flags: string
  /** Its key in {@link CliOptions} and in a config file (camelCase); `--no-x` sets `x` to false. */
  key: keyof CliOptions
  /** One help line. */
  description: string
  /** The default, as shown in help (applied by the command, so a config file can set it). */
  default?: string | undefined
  /** Commands that take it. */
  commands: readonly CommandName[]
  /** The group it is listed under in `--help`. */
  group: 'Deck options' | 'Output options' | 'Browser options' | 'Report options' | 'Watch options' | 'Serve options' | 'Options'
  /** How the value is checked. */
  kind: OptionKind
  /** Smallest and largest value of an `integer` or a `number`. */
  range?: readonly [number, number]
  /** The values of a `choice` (compared case-insensitively). */
  choices?: readonly string[]
  /** What an optional value means when the flag is given bare (`--handout` is `--handout notes`). */
  bare?: string
  /** Not settable from a config file (`--watch` is a way of running, not a setting). */
  cliOnly?: boolean
  /** Not listed in `--help` (a spelling kept for scripts). */
  hidden?: boolean
}

/** Every option's value after parsing and checking; keys as in a config file. */
export interface CliOptions {
  theme?: string
  slideLevel?: number
  condense?: boolean
  maxBullets?: number
  maxWords?: number
  agenda?: boolean
  closing?: boolean
  layout?: 'auto' | LayoutName
  lang?: string
  title?: string
  author?: string
  outDir?: string
  pdf?: boolean
  handout?: HandoutLayout
  paper?: Paper
  fragments?: boolean
  png?: boolean
  scale?: number
  pptx?: boolean
  singleFile?: boolean
  html?: boolean
  safe?: boolean
  format?: SourceFormat
  browser?: string
  installBrowser?: boolean
  concurrency?: number
  timeout?: number
  quiet?: boolean
  verbose?: boolean
  json?: boolean
  strict?: boolean
  watch?: boolean
  poll?: boolean
  port?: number
  host?: string
  open?: boolean
  gallery?: boolean
  from?: string
  output?: string
  force?: boolean
  install?: boolean
}

const deckCommands = ['build', 'pdf', 'serve', 'check'] as const
const outputCommands = ['build', 'pdf'] as const

/** The table. Order is the order in `--help`. */
export const optionSpecs: readonly OptionSpec[] = [
  // Deck options: how a source becomes slides.
  { flags: '-t, --theme <name>', key: 'theme', description: 'theme for every deck, a name or a path (wins over front matter)', default: 'lectern', commands: deckCommands, group: 'Deck options', kind: 'string' },
  { flags: '--slide-level <n>', key: 'slideLevel', description: 'deepest heading that starts a slide', default: '2', commands: deckCommands, group: 'Deck options', kind: 'integer', range: [1, 6] },
  { flags: '--condense', key: 'condense', description: 'article mode: prose becomes bullets, the full text goes to the notes', commands: deckCommands, group: 'Deck options', kind: 'boolean' },
  { flags: '--no-condense', key: 'condense', description: 'keep prose on the slides as written', commands: deckCommands, group: 'Deck options', kind: 'boolean' },
  { flags: '--max-bullets <n>', key: 'maxBullets', description: 'most bullets on one slide in article mode', default: '6', commands: deckCommands, group: 'Deck options', kind: 'integer', range: [1, 20] },
  { flags: '--max-words <n>', key: 'maxWords', description: 'words a bullet aims at in article mode (never cut off)', default: '14', commands: deckCommands, group: 'Deck options', kind: 'integer', range: [3, 60] },
  { flags: '--no-agenda', key: 'agenda', description: 'article mode: no agenda slide', default: 'one for 4+ sections', commands: deckCommands, group: 'Deck options', kind: 'boolean' },
  { flags: '--no-closing', key: 'closing', description: 'article mode: no closing "In closing" and "Questions?" slides', commands: deckCommands, group: 'Deck options', kind: 'boolean' },
  { flags: '--layout <name>', key: 'layout', description: 'every content slide\'s layout (auto: chosen by content, in any deck; bullets: no choice); a slide\'s own data-layout wins', default: 'auto in article mode', commands: deckCommands, group: 'Deck options', kind: 'choice', choices: ['auto', ...layoutNames] },
  { flags: '--lang <code>', key: 'lang', description: 'the language of every source (sentences, boilerplate, the page\'s lang), e.g. de', default: 'front matter, the page, else en', commands: deckCommands, group: 'Deck options', kind: 'string' },
  { flags: '--title <text>', key: 'title', description: 'the deck\'s title, for a source whose title is kept elsewhere (wins over front matter)', default: 'front matter, the first # heading', commands: deckCommands, group: 'Deck options', kind: 'string', cliOnly: true },
  { flags: '--author <name>', key: 'author', description: 'the author on the title slide and in the PDF (wins over front matter)', default: 'front matter, the byline', commands: deckCommands, group: 'Deck options', kind: 'string', cliOnly: true },
  { flags: '--format <format>', key: 'format', description: 'how to read every source: markdown, text or html', default: 'by extension; stdin: text', commands: outputCommands, group: 'Deck options', kind: 'choice', choices: ['markdown', 'text', 'html'] },
  { flags: '--safe', key: 'safe', description: 'sanitise raw HTML (always on for .txt, .html and stdin)', commands: outputCommands, group: 'Deck options', kind: 'boolean' },

  // Output options: what is written, and where.
  { flags: '-o, --out-dir <dir>', key: 'outDir', description: 'output folder; with one deck, a FILE.pdf (pdf) or FILE.html (build) names the file', default: 'dist', commands: outputCommands, group: 'Output options', kind: 'string' },
  { flags: '-o, --out-dir <dir>', key: 'outDir', description: 'output folder: the gallery goes to DIR/themes/', default: 'dist', commands: ['themes'], group: 'Output options', kind: 'string' },
  { flags: '--pdf', key: 'pdf', description: 'also write OUT/NAME.pdf, one page per slide', commands: ['build'], group: 'Output options', kind: 'boolean' },
  { flags: '--handout [layout]', key: 'handout', description: 'also write OUT/NAME-handout.pdf; layout: notes, 2, 3, 4 or 6 slides a page', default: 'notes', commands: outputCommands, group: 'Output options', kind: 'choice', choices: ['notes', '2', '3', '4', '6'], bare: 'notes' },
  { flags: '--paper <size>', key: 'paper', description: 'handout paper size: a4 or letter', default: 'a4', commands: outputCommands, group: 'Output options', kind: 'choice', choices: ['a4', 'letter'] },
  { flags: '--fragments', key: 'fragments', description: 'one PDF page (or image) per fragment step (default: the final state of each slide)', commands: outputCommands, group: 'Output options', kind: 'boolean' },
  { flags: '--png', key: 'png', description: 'also write OUT/NAME.001.png, … one image per slide, as the PDF prints them', commands: outputCommands, group: 'Output options', kind: 'boolean' },
  { flags: '--scale <n>', key: 'scale', description: 'pixels per CSS pixel of --png images, 0.1 to 4', default: '1', commands: outputCommands, group: 'Output options', kind: 'number', range: [0.1, 4] },
  { flags: '--pptx', key: 'pptx', description: 'also write OUT/NAME.pptx, an editable PowerPoint file (text boxes, notes)', commands: outputCommands, group: 'Output options', kind: 'boolean' },
  { flags: '--single-file', key: 'singleFile', description: 'write OUT/NAME.html with everything inside it (no assets/ folder)', commands: outputCommands, group: 'Output options', kind: 'boolean' },
  { flags: '--html', key: 'html', description: 'keep the HTML too', default: 'build: yes, pdf: no', commands: outputCommands, group: 'Output options', kind: 'boolean' },
  { flags: '--no-html', key: 'html', description: 'do not keep the HTML (with --pdf, --handout, --png or --pptx)', commands: outputCommands, group: 'Output options', kind: 'boolean' },
  { flags: '-o, --output <file>', key: 'output', description: 'where to write the Markdown (- for standard output)', default: 'FILE.md beside FILE', commands: ['convert'], group: 'Output options', kind: 'string' },
  { flags: '-f, --force', key: 'force', description: 'overwrite an existing file', commands: ['convert'], group: 'Output options', kind: 'boolean', cliOnly: true },
  { flags: '--gallery', key: 'gallery', description: 'build OUT/themes/index.html with a preview of every theme', commands: ['themes'], group: 'Output options', kind: 'boolean', cliOnly: true },
  { flags: '--from <theme>', key: 'from', description: 'start from this theme', default: 'lectern', commands: ['theme'], group: 'Options', kind: 'string', cliOnly: true },

  // Browser options: Chromium, for PDFs, check and the gallery.
  { flags: '--browser <path>', key: 'browser', description: 'Chrome/Chromium to use', default: 'CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, system paths, PATH', commands: [...outputCommands, 'check', 'themes', 'doctor'], group: 'Browser options', kind: 'string' },
  { flags: '--install-browser', key: 'installBrowser', description: 'install Debian chromium when no browser is found (root on Debian)', commands: outputCommands, group: 'Browser options', kind: 'boolean' },
  { flags: '--install', key: 'install', description: 'install Debian chromium when no browser is found (root on Debian)', commands: ['doctor'], group: 'Browser options', kind: 'boolean', cliOnly: true },
  { flags: '--concurrency <n>', key: 'concurrency', description: 'pages printing at once', default: '2', commands: outputCommands, group: 'Browser options', kind: 'integer', range: [1, 16] },
  { flags: '--timeout <ms>', key: 'timeout', description: 'time limit for each browser step', default: '30000', commands: [...outputCommands, 'check'], group: 'Browser options', kind: 'integer', range: [100, 600_000] },

  // Report options: what is printed.
  { flags: '-q, --quiet', key: 'quiet', description: 'errors only', commands: [...outputCommands, 'check'], group: 'Report options', kind: 'boolean' },
  { flags: '--verbose', key: 'verbose', description: 'also list what was dropped from a text article or web page', commands: outputCommands, group: 'Report options', kind: 'boolean' },
  { flags: '--json', key: 'json', description: 'write one JSON report to stdout (inputs, outputs, warnings, timings); progress stays on stderr', commands: [...outputCommands, 'check', 'outline', 'themes'], group: 'Report options', kind: 'boolean', cliOnly: true },
  { flags: '--strict', key: 'strict', description: 'any warning makes the exit code 1 (after writing)', commands: [...outputCommands, 'check'], group: 'Report options', kind: 'boolean' },

  // Watch options.
  { flags: '-w, --watch', key: 'watch', description: 'rebuild what changed (HTML and the PDFs asked for) until Ctrl-C', commands: outputCommands, group: 'Watch options', kind: 'boolean', cliOnly: true },
  { flags: '--poll', key: 'poll', description: 'watch by polling (network drives, WSL, Docker volumes; also --watch and serve)', default: 'file system events', commands: [...outputCommands, 'serve'], group: 'Watch options', kind: 'boolean' },

  // Serve options.
  { flags: '-p, --port <n>', key: 'port', description: 'port (an explicit port must be free, else exit 9)', default: '4321, or the next free one', commands: ['serve'], group: 'Serve options', kind: 'integer', range: [0, 65535] },
  { flags: '--host <host>', key: 'host', description: 'interface to listen on', default: '127.0.0.1', commands: ['serve'], group: 'Serve options', kind: 'string' },
  { flags: '--open', key: 'open', description: 'open the index page in the default browser', commands: ['serve'], group: 'Serve options', kind: 'boolean', cliOnly: true }
]

/** Keys a config file may set: every option not marked `cliOnly`. */
export const configKeys: readonly string[] = [...new Set(optionSpecs.filter((spec) => !spec.cliOnly).map((spec) => spec.key))]

/**
 * The options a command takes.
 *
 * @param command The command.
 */
export function optionsOf(command: CommandName): OptionSpec[] {
  return optionSpecs.filter((spec) => spec.commands.includes(command))
}

/** The flag of an option as written in a message: `--slide-level`. */
export function flagName(spec: OptionSpec): string {
  return /--[a-z-]+/.exec(spec.flags)![0]
}

/**
 * Check one value of an option, from the command line (a string, or a
 * boolean for a flag) or a config file (any JSON or YAML value), and turn it
 * into its type.
 *
 * @param spec The option.
 * @param value As given.
 * @param where How to name the option in a message: `--slide-level`, or `slideLevel in lectern.config.json`.
 * @throws {LecternError} `usage`, saying what was expected and what was found.
 */
export function settleValue(spec: OptionSpec, value: unknown, where: string): unknown {
  const shown = typeof value === 'string' ? value : JSON.stringify(value)
  switch (spec.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw new LecternError(`${where} expects true or false, not \`${shown}\``, { code: 'usage' })
      return value
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') throw new LecternError(`${where} expects a ${spec.flags.includes('<') ? /<([^>]+)>/.exec(spec.flags)![1] : 'value'}, not \`${shown}\``, { code: 'usage' })
      return value
    case 'integer': {
      const [min, max] = spec.range ?? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
      if (!Number.isInteger(number) || number < min || number > max) {
        throw new LecternError(`${where} expects a whole number from ${min} to ${max}, not \`${shown}\``, { code: 'usage' })
      }
      return number
    }
    case 'number': {
      const [min, max] = spec.range ?? [-Number.MAX_VALUE, Number.MAX_VALUE]
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
      if (!Number.isFinite(number) || number < min || number > max) {
        throw new LecternError(`${where} expects a number from ${min} to ${max}, not \`${shown}\``, { code: 'usage' })
      }
      return number
    }
    case 'choice': {
      if (value === true && spec.bare) return spec.bare
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.toLowerCase() : undefined
      const choices = spec.choices ?? []
      if (text === undefined || !choices.includes(text)) {
        const list = choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`
        throw new LecternError(`${where} expects ${list}, not \`${shown}\``, { code: 'usage' })
      }
      return text
    }
  }
}
