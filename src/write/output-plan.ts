/**
 * Planning a build's outputs before anything is written: every file each
 * deck will write (its HTML or the hidden page printed instead, its slides
 * PDF, its handout), so two outputs that would land on one path are found up
 * front — `talk.md`'s handout and `talk-handout.md`'s PDF are both
 * `talk-handout.pdf` — and the run stops before it writes either.
 */
import path from 'node:path'
import { LecternError } from '../errors.js'
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

/** Where one deck's outputs go (absolute paths). */
export interface DeckOutputs {
  /** The deck. */
  source: DeckSource
  /** The HTML page: `NAME.html`, or the hidden `.NAME.lectern-print.html` when the HTML is not kept. */
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
 * @returns One plan per deck, in order.
 * @throws {LecternError} `usage` when two outputs would be written to one path.
 */
export function planOutputs(sources: readonly DeckSource[], outDir: string, kinds: OutputKinds): DeckOutputs[] {
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
    const html = claim(path.join(outDir, kinds.html ? `${source.name}.html` : `.${source.name}.lectern-print.html`), source, 'html')
    return {
      source,
      html,
      temporaryHtml: !kinds.html,
      pdf: kinds.pdf ? claim(path.join(outDir, `${source.name}.pdf`), source, 'pdf') : undefined,
      handout: kinds.handout ? claim(path.join(outDir, `${source.name}-handout.pdf`), source, 'handout') : undefined,
      png: kinds.png ? claim(path.join(outDir, `${source.name}.001.png`), source, 'png') : undefined,
      pptx: kinds.pptx ? claim(path.join(outDir, `${source.name}.pptx`), source, 'pptx') : undefined
    }
  })
}
