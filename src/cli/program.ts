/**
 * The argument parser: commander, built from the command table below and the
 * option table (`options.ts`). It only parses; `cli.ts` runs the command.
 * Help for every command (`lectern build --help`) lists its options with
 * their defaults, examples and the exit codes; an unknown command or flag is
 * one usage line with a "did you mean".
 */
import { Command, CommanderError, Option } from 'commander'
import { LecternError } from '../errors.js'
import { version } from '../package-paths.js'
import { flagName, optionSpecs, optionsOf, settleValue, type CliOptions, type CommandName } from './options.js'

/** One command: its arguments, help and examples. */
interface CommandSpec {
  name: CommandName
  /** Arguments in commander's syntax. */
  args: string
  /** One line in `lectern --help`. */
  summary: string
  /** More, in `lectern NAME --help`. */
  description?: string
  /** Example command lines, each with what it does. */
  examples: readonly (readonly [string, string])[]
}

/** The commands, in the order of `lectern --help`. */
export const commandSpecs: readonly CommandSpec[] = [
  {
    name: 'build',
    args: '[inputs...]',
    summary: 'build decks to OUT/NAME.html (default input: slides/); --pdf, --handout, --png, --pptx add outputs',
    description: 'Build each source (a file, a folder of .md/.markdown/.txt files, or - for stdin) into an offline Reveal.js deck; with --pdf, --handout and --png also print it, with --pptx also write an editable PowerPoint file.',
    examples: [
      ['lectern build', 'every deck in slides/ to dist/NAME.html'],
      ['lectern build talk.md --pdf --handout=4', 'the deck, its slide PDF and a 4-up handout'],
      ['lectern build talk.md --png --scale 2 --pptx', 'slide images at twice the size, and talk.pptx'],
      ['lectern build talk.md --single-file', 'dist/talk.html with everything inside it, to mail or upload'],
      ['lectern build slides --watch --pdf', 'rebuild the HTML and PDF of what changes, until Ctrl-C'],
      ['lectern build talk.md --json --strict', 'a JSON report on stdout; exit 1 on any warning']
    ]
  },
  {
    name: 'pdf',
    args: '[inputs...]',
    summary: 'slide PDFs (OUT/NAME.pdf), like build --pdf --no-html',
    examples: [
      ['lectern pdf talk.md', 'dist/talk.pdf, one page per slide'],
      ['lectern pdf talk.md -o talk.pdf', 'talk.pdf in this folder'],
      ['lectern pdf slides --handout --fragments', 'slide PDFs with a page per fragment step, and handouts with notes']
    ]
  },
  {
    name: 'serve',
    args: '[inputs...]',
    summary: 'live preview on http://127.0.0.1:4321 with reload on save',
    examples: [
      ['lectern serve', 'every deck in slides/, reloaded on save'],
      ['lectern serve talk.md -p 8080 --open', 'on port 8080 (exit 9 if it is taken), opened in the browser']
    ]
  },
  {
    name: 'check',
    args: '[inputs...]',
    summary: 'lay decks out in Chromium, report overflowing slides (exit 10)',
    examples: [
      ['lectern check slides', 'every deck in slides/'],
      ['lectern check talk.md --json', 'the same as JSON, for a CI job']
    ]
  },
  {
    name: 'outline',
    args: '[file]',
    summary: 'what the recogniser found in a .txt or .html article (title, headings, dropped lines)',
    examples: [
      ['lectern outline article.txt', 'the title, headings with their lines, and what was dropped'],
      ['lectern outline page.html --json', 'the same as JSON']
    ]
  },
  {
    name: 'convert',
    args: '[file]',
    summary: 'write the Markdown a .txt or .html article becomes (FILE.md)',
    examples: [
      ['lectern convert article.txt', 'article.md beside it, to edit and build'],
      ['lectern convert page.html -o -', 'the Markdown on stdout']
    ]
  },
  {
    name: 'themes',
    args: '',
    summary: 'list themes, or build OUT/themes/index.html with previews (--gallery)',
    examples: [
      ['lectern themes', 'every theme: the project\'s (themes/), Lectern\'s and reveal.js\'s'],
      ['lectern themes --gallery', 'dist/themes/index.html with a preview of each']
    ]
  },
  {
    name: 'theme',
    args: '[verb] [name]',
    summary: 'theme new NAME [--from T]: scaffold themes/NAME/theme.css to edit',
    examples: [['lectern theme new mine --from lectern-night', 'themes/mine/theme.css, every variable listed']]
  },
  {
    name: 'doctor',
    args: '',
    summary: 'which browser PDF export uses, or how to get one',
    examples: [
      ['lectern doctor', 'the browser search, step by step'],
      ['lectern doctor --install', 'install Debian chromium when none is found (root on Debian)']
    ]
  }
]

/** The exit codes, as listed in every `--help` and the README. */
export const exitCodeHelp = `Exit codes:
  0    ok
  1    some decks failed (of several), or a warning with --strict
  2    usage: an unknown command or option, a bad value, a bad config file
  3    bad input: a missing, empty, binary or unreadable source
  4    cannot write an output
  5    theme: unknown, unreadable or outside the project
  6    no browser found (see lectern doctor)
  7    the browser failed
  8    timeout
  9    port in use (serve --port)
  10   overflowing slides (check)
  130  interrupted (Ctrl-C); 143 on SIGTERM, 129 on SIGHUP`

const sourcesHelp = `A source is a file, a folder, or - for stdin. Lectern reads:
  .md .markdown   Markdown (CommonMark + GFM, front matter, $math$, \`\`\`mermaid diagrams drawn
                  in Chromium, Pandoc's . . . pauses and ::: incremental, reveal.js's
                  \`\`\`js [1|2-3] line steps, :emoji: shortcodes)
  .txt            a plain-text article (structure recognised; stdin too)
  .html .htm      a saved web page (the article extracted, the page's chrome left out;
                  read in the charset it declares)
A folder contributes its .md, .markdown and .txt files (a .md wins over a .txt
of the same name). Other types are refused (exit 3).`

const configHelp = `Settings also come from lectern.config.json, .yaml or .mjs, or a "lectern" key in
package.json, found from the working folder upwards: the options in camelCase
({"outDir": "public", "handout": "4", "theme": "lectern-night"}); the command line wins.`

/** What the command line asks for. */
export interface ParsedCommand {
  /** The command. */
  command: CommandName
  /** Its arguments (sources, a file, `new NAME`). */
  args: string[]
  /** Options given on the command line, checked. */
  options: CliOptions
}

/** Where help and errors go. */
interface ProgramOutput {
  stdout: NodeJS.WritableStream
}

/**
 * The commander program for one run (a new one each time: commander keeps
 * what it parsed).
 *
 * @param output Where help is written.
 * @param onCommand Called with the command chosen and its parsed values.
 */
function createProgram(output: ProgramOutput, onCommand: (name: CommandName, command: Command) => void): Command {
  const program = new Command('lectern')
    .description(`lectern ${version}: turn an article into a talk (Reveal.js deck, slide PDF, handout)`)
    .usage('<command> [options]')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help (lectern COMMAND --help for a command)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => output.stdout.write(text), writeErr: () => undefined, outputError: () => undefined })
    .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
    .addHelpText('after', `\nExamples:\n  lectern build\n  lectern build talk.md --pdf --handout\n  lectern pdf talk.md -o talk.pdf\n\n${sourcesHelp}\n\n${configHelp}\n\n${exitCodeHelp}\n`)
  for (const spec of commandSpecs) {
    const command = program
      .command(`${spec.name}${spec.args ? ` ${spec.args}` : ''}`)
      .summary(spec.summary)
      .description(spec.description ?? spec.summary)
      .helpOption('-h, --help', 'show this help')
      .exitOverride()
      .configureOutput({ writeOut: (text) => output.stdout.write(text), writeErr: () => undefined, outputError: () => undefined })
    for (const option of optionsOf(spec.name)) {
      const flag = new Option(option.flags, option.description + (option.default ? ` (default: ${option.default})` : '')).helpGroup(`${option.group}:`)
      if (option.hidden) flag.hideHelp()
      command.addOption(flag)
    }
    const examples = spec.examples.map(([line, what]) => `  ${line.padEnd(44)} ${what}`).join('\n')
    command.addHelpText('after', `\nExamples:\n${examples}\n${['build', 'pdf', 'serve', 'check'].includes(spec.name) ? `\n${sourcesHelp}\n` : ''}\n${configHelp}\n\n${exitCodeHelp}\n`)
    command.action((...parsed: unknown[]) => onCommand(spec.name, parsed.at(-1) as Command))
  }
  return program
}

/**
 * Parse the command line.
 *
 * @param argv Arguments after `lectern`.
 * @param output Where `--help` and `--version` are written.
 * @returns The command, or undefined when help or the version was printed.
 * @throws {LecternError} `usage` for an unknown command or option, a missing or bad value.
 */
export function parseCommandLine(argv: readonly string[], output: ProgramOutput): ParsedCommand | undefined {
  let parsed: ParsedCommand | undefined
  const program = createProgram(output, (name, command) => {
    parsed = { command: name, args: command.processedArgs.flat().filter((arg): arg is string => typeof arg === 'string'), options: given(name, command, argv) }
  })
  try {
    program.parse(normaliseBareFlags(argv), { from: 'user' })
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return undefined
    throw usageError(error, argv)
  }
  return parsed
}

/** The text of the top-level help. */
export function topLevelHelp(): string {
  let text = ''
  const program = createProgram({ stdout: { write: (chunk: string) => ((text += chunk), true) } as NodeJS.WritableStream }, () => undefined)
  program.outputHelp()
  return text
}

/**
 * An option with an optional value given bare takes its default, so the next
 * argument stays a source: `--handout talk.md` is `--handout=notes talk.md`.
 */
function normaliseBareFlags(argv: readonly string[]): string[] {
  const bare = new Map(optionSpecs.filter((spec) => spec.bare).map((spec) => [flagName(spec), spec.bare!]))
  return argv.map((arg) => (bare.has(arg) ? `${arg}=${bare.get(arg)}` : arg))
}

/** The options the command line gave (not commander's defaults), checked and typed. */
function given(name: CommandName, command: Command, argv: readonly string[]): CliOptions {
  const values = command.opts<Record<string, unknown>>()
  const options: Record<string, unknown> = {}
  for (const spec of optionsOf(name)) {
    if (command.getOptionValueSource(spec.key) !== 'cli' || spec.key in options) continue
    options[spec.key] = settleValue(spec, values[spec.key], flagName(spec).replace(/^--no-/, '--'))
  }
  if (argv.includes('--condense') && argv.includes('--no-condense')) {
    throw new LecternError('--condense and --no-condense contradict each other', { code: 'usage' })
  }
  return options as CliOptions
}

/** One usage line from commander's error: what was wrong, a "did you mean", and where help is. */
function usageError(error: CommanderError, argv: readonly string[]): LecternError {
  const [first = '', hint] = error.message.replace(/^error: /, '').split('\n')
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(hint ?? '')?.[1]
  const command = commandSpecs.find((spec) => spec.name === argv[0])
  const help = command ? `lectern ${command.name} --help` : 'lectern --help'
  let message: string
  const unknownCommand = /^unknown command '(.*)'$/.exec(first)
  if (unknownCommand) message = `Unknown command \`${unknownCommand[1]}\``
  else message = first.charAt(0).toUpperCase() + first.slice(1)
  if (suggestion) message += ` (did you mean ${suggestion.split(', ').map((name) => `\`${name}\``).join(' or ')}?)`
  return new LecternError(`${message}; run \`${help}\``, { code: 'usage', cause: error })
}
