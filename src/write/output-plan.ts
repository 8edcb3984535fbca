/**
 * Planning a build's outputs before anything is written: every file each
 * deck will write (its HTML or the hidden page printed instead, its slides
 * PDF, its handout, its slide images, its PowerPoint file), so two outputs that would land on one path are found up
 * front — `talk.md`'s handout and `talk-handout.md`'s PDF are both
 * `talk-handout.pdf` — and the run stops before it writes either.
 */
import path from 'node:path'
import { LecternError, expectArgument } from '../errors.js'
import type { DeckSource } from '../read/inputs.js'

/** What a build writes for each deck. */
export interface OutputKinds {
  /** Keep the HTML (`NAME.html`); else a hidden page is written to print and removed. */
  html: boolean
  /** Write the slides PDF (`NAME.pdf`). */
  pdf: boolean
  /** Write the handout (`NAME-handout.pdf`). */
  handout: boolean
  /** Write one image per slide (`NAME.001.png`…); default `false`. */
  png?: boolean | undefined
  /** Write an editable PowerPoint (`NAME.pptx`); default `false`. */
  pptx?: boolean | undefined
}

/** Where a build's outputs go besides its folder. */
export interface OutputPlaces {
  /** Folder for the pages built only to be printed (when the HTML is not kept); default: hidden pages in `outDir`. */
  printDir?: string | undefined
  /**
   * One named output file (`lectern pdf talk.md -o talk.pdf`): a `.pdf` is the
   * slides PDF (a handout goes beside it as `NAME-handout.pdf`), a `.html` the
   * deck. Only with one deck.
   */
  file?: string | undefined
}

/** Where one deck's outputs go (absolute paths). */
export interface DeckOutputs {
  /** The deck. */
  source: DeckSource
  /** The HTML page: `NAME.html`, or the page printed when the HTML is not kept (in `printDir`, else the hidden `.NAME.lectern-print.html`). */
  html: string
  /** Whether {@link html} is a temporary page, removed after printing. */
  temporaryHtml: boolean
  /** The slides PDF, when asked for. */
  pdf?: string | undefined
  /** The handout PDF, when asked for. */
  handout?: string | undefined
  /** The first slide image (`NAME.001.png`), when asked for. */
  png?: string | undefined
  /** The PowerPoint file, when asked for. */
  pptx?: string | undefined
}

const labels = { html: 'deck', pdf: 'slides PDF', handout: 'handout', png: 'slide images', pptx: 'PowerPoint file' } as const

/**
 * Plan every output of a build.
 *
 * @param sources The decks, in order.
 * @param outDir Absolute output folder.
 * @param kinds What is written for each deck.
 * @param places A folder for pages only printed, one named file; default none.
 * @returns One plan per deck, in order.
 * @throws {LecternError} `usage` when two outputs would be written to one path, or a named file is given for several decks.
 */
export function planOutputs(sources: readonly DeckSource[], outDir: string, kinds: OutputKinds, places: OutputPlaces = {}): DeckOutputs[] {
  expectArgument(Array.isArray(sources), 'planOutputs(sources)', 'an array of deck sources { path, name } (from expandInputs)', sources)
  expectArgument(typeof outDir === 'string', 'planOutputs(sources, outDir)', 'an absolute folder path', outDir)
  const { file, printDir } = places
  if (file !== undefined && sources.length !== 1) {
    throw new LecternError(`-o ${path.basename(file)} names one file, but there are ${sources.length} decks; give a folder instead`, { code: 'usage' })
  }
  const named = file === undefined ? undefined : { extension: path.extname(file).toLowerCase(), stem: path.join(path.dirname(file), path.basename(file, path.extname(file))) }
  const taken = new Map<string, { source: DeckSource; kind: keyof typeof labels }>()
  const claim = (file: string, source: DeckSource, kind: keyof typeof labels): string => {
    const other = taken.get(file)
    if (other) {
      throw new LecternError(
        `${other.source.path}'s ${labels[other.kind]} and ${source.path}'s ${labels[kind]} would both be written to ${path.basename(file)}; rename one`,
        { code: 'usage' }
      )
    }
    taken.set(file, { source, kind })
    return file
  }
  return sources.map((source) => {
    // Named `-o talk.pdf`: the PDF is that file and its handout `talk-handout.pdf`; `-o talk.html`: the page.
    const stem = named?.stem ?? path.join(outDir, source.name)
    const htmlFile = named?.extension.startsWith('.htm') ? file! : `${stem}.html`
    const html = claim(kinds.html ? htmlFile : printDir ? path.join(printDir, `${source.name}.html`) : path.join(outDir, `.${source.name}.lectern-print.html`), source, 'html')
    return {
      source,
      html,
      temporaryHtml: !kinds.html,
      pdf: kinds.pdf ? claim(named?.extension === '.pdf' ? file! : `${stem}.pdf`, source, 'pdf') : undefined,
      handout: kinds.handout ? claim(`${stem}-handout.pdf`, source, 'handout') : undefined,
      png: kinds.png ? claim(`${stem}.001.png`, source, 'png') : undefined,
      pptx: kinds.pptx ? claim(`${stem}.pptx`, source, 'pptx') : undefined
    }
  })
}
