/**
 * The command line: help text and dispatch to one function per command.
 * Returns an exit code; only here do errors become messages and codes.
 */
import { withBrowserScope } from '../print/browser-lifetime.js'
import { printError, silenceErrors } from './commands/print-error.js'
import type { CliIo } from './commands/shared.js'
import { LecternError, exitCodes, isLecternError } from '../errors.js'
import { version } from '../package-paths.js'
import { removePendingFiles } from '../write/write-file.js'

export type { CliIo } from './commands/shared.js'

/** The help text of `lectern --help`. */
export const help = `lectern ${version}: turn an article into a talk (Reveal.js deck, slide PDF, handout)

Usage:
  lectern build [files or folders...]  build decks to OUT/NAME.html (default input: slides/);
                                       --pdf, --handout, --png, --pptx add outputs
  lectern pdf [files or folders...]    slide PDFs (OUT/NAME.pdf), like build --pdf --no-html
  lectern serve [files or folders...]  live preview on http://127.0.0.1:4321 with reload on save
  lectern check [files or folders...]  lay decks out in Chromium, report overflowing slides
  lectern outline FILE                 what the recogniser found in a .txt or .html article
                                       (title, headings, dropped lines)
  lectern convert FILE                 write the Markdown a .txt or .html article becomes (FILE.md)
  lectern themes [--gallery]           list themes, or build OUT/themes/index.html with previews
  lectern theme new NAME [--from T]    scaffold themes/NAME/theme.css to edit
  lectern doctor [--install]           which browser PDF export uses, or how to get one
  lectern --help | --version

A source is a file, a folder, or - for stdin. Lectern reads:
  .md .markdown   Markdown (CommonMark + GFM, front matter, $math$)
  .txt            a plain-text article (structure recognised; stdin too)
  .html .htm      a saved web page (the article extracted, the page's chrome left out)
A folder contributes its .md, .markdown and .txt files. Other types are refused (exit 3).

Deck options (build, pdf, serve, check):
  -t, --theme NAME|PATH     theme for every deck (wins over front matter; default: lectern)
      --slide-level N       deepest heading that starts a slide (default: 2)
      --condense            article mode: prose becomes bullets, full text goes to the notes
      --no-condense         keep prose on the slides as written
      --max-bullets N       most bullets on one slide in article mode (default: 6)
      --max-words N         words a bullet aims at in article mode (default: 14; never cut off)
      --no-agenda           article mode: no agenda slide (default: one for 4+ sections)
      --no-closing          article mode: no closing "Questions?" slide

Output options (build, pdf):
  -o, --out-dir DIR         output folder (default: dist)
      --pdf                 also write OUT/NAME.pdf, one page per slide
      --handout[=LAYOUT]    also write OUT/NAME-handout.pdf; LAYOUT: notes (default), 2, 3, 4, 6
      --paper a4|letter     handout paper size (default: a4)
      --fragments           one PDF page (or image) per fragment step (default: final state of each slide)
      --png                 also write OUT/NAME.001.png, … one image per slide, as the PDF prints them
      --scale N             pixels per CSS pixel of --png images, 0.1 to 4 (default: 1)
      --pptx                also write OUT/NAME.pptx, an editable PowerPoint file (text boxes, notes)
      --single-file         write OUT/NAME.html with everything inside it (no assets/ folder)
      --no-html             do not keep the HTML (with --pdf, --handout, --png or --pptx)
      --safe                sanitise raw HTML (always on for .txt, .html and stdin)
      --format markdown|text|html  how to read every source (default: by extension; stdin: text)
      --browser PATH        Chrome/Chromium to use (else CHROME_PATH, PUPPETEER_EXECUTABLE_PATH,
                            system paths, PATH)
      --install-browser     install Debian chromium when no browser is found (root on Debian)
      --concurrency N       pages printing at once (default: 2)
      --timeout MS          time limit for each browser step (default: 30000)
  -q, --quiet               errors only
      --verbose             also list what was dropped from a text article or web page

Serve options:
  -p, --port N              port (default: 4321, or the next free one; an explicit port must be free)
      --host HOST           interface to listen on (default: 127.0.0.1)
      --open                open the index page in the default browser

Exit codes: 0 ok, 1 some decks failed, 2 usage, 3 bad input, 4 cannot write output,
5 theme, 6 no browser found, 7 browser failed, 8 timeout, 10 overflowing slides (check),
130 interrupted.
`

const interruptHandlers = new Set<() => Promise<void>>()

/** Exit code after each signal that ends a run (128 + its number). */
const signalCodes: Readonly<Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number>> = { SIGINT: exitCodes.interrupted, SIGTERM: 143, SIGHUP: 129 }

/**
 * Handle Ctrl-C, SIGTERM or SIGHUP: stop a running dev server cleanly
 * (exit 0), or remove half-written files and pages written only to be
 * printed (130, 143, 129).
 *
 * @param signal The signal; default `SIGINT`.
 * @returns The exit code to leave with.
 */
export async function interrupt(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP' = 'SIGINT'): Promise<number> {
  if (interruptHandlers.size > 0) {
    await Promise.all([...interruptHandlers].map((handler) => handler()))
    return 0
  }
  // A page or browser the signal ended fails now; the one line to print is the interruption.
  silenceErrors()
  await removePendingFiles()
  return signalCodes[signal]
}

/**
 * Run the CLI.
 *
 * @param argv Arguments after the program name.
 * @param io Output streams, standard input and working folder.
 * @returns The exit code.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Every browser a command starts is closed when it ends, on every path.
  return withBrowserScope(() => run(argv, io))
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case undefined:
        io.stderr.write(help)
        return exitCodes.usage
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(help)
        return 0
      case '--version':
      case '-v':
        io.stdout.write(`${version}\n`)
        return 0
      // Each command's modules load only when it runs, so start-up stays short.
      case 'build':
      case 'pdf':
        return await (await import('./commands/build.js')).buildCommand(rest, io, command, help)
      case 'serve':
        return await (await import('./commands/serve.js')).serveCommand(rest, io, help, (handler) => interruptHandlers.add(handler))
      case 'check':
        return await (await import('./commands/check.js')).checkCommand(rest, io, help)
      case 'outline':
        return await (await import('./commands/text.js')).outlineCommand(rest, io, help)
      case 'convert':
        return await (await import('./commands/text.js')).convertCommand(rest, io, help)
      case 'themes':
        return await (await import('./commands/themes.js')).themesCommand(rest, io, help)
      case 'theme':
        return await (await import('./commands/themes.js')).themeCommand(rest, io, help)
      case 'doctor':
        return await (await import('./commands/doctor.js')).doctorCommand(rest, io, help)
      default:
        throw new LecternError(`Unknown command \`${command}\`; run \`lectern --help\``, { code: 'usage' })
    }
  } catch (error) {
    return fail(error, io)
  }
}

function fail(error: unknown, io: CliIo): number {
  printError(error, io)
  return isLecternError(error) ? exitCodes[error.code] : 1
}
