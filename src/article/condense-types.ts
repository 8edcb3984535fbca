/**
 * The shapes `condense.ts` takes and gives: its options, and the face units
 * (a block or a bullet, with its speaker notes) that `paginate` places.
 */
import type { BlockContent, ListItem } from 'mdast'
import type { Position } from 'unist'

/** Options of `condenseSection`. */
export interface CondenseOptions {
  /** Most bullets in one list on the face; longer runs of prose give several lists (default: `6`). */
  maxBullets?: number | undefined
  /** Words a bullet should have at most; a statement that cannot be compressed further may have six more (default: `14`). */
  maxWords?: number | undefined
  /** The section heading, to rank sentences that speak of it higher. */
  heading?: string | undefined
  /** The deck title, likewise. */
  title?: string | undefined
  /** The deck's author line: a sentence that says who an author is ("Aviv Sharon is a volunteer at…") is no bullet. */
  author?: string | undefined
  /** Language of the prose (BCP 47, front matter's `lang`), for sentence boundaries (default: `'en'`). */
  lang?: string | undefined
  /** Bullets already on earlier faces (`shownKey` in `shown-bullets.ts`): a sentence that would show one again is not chosen. */
  shown?: ReadonlySet<string> | undefined
  /** The section is the article's opening (Lectern's "Introduction"): its short first paragraph, a claim, is its lede. */
  lede?: boolean | undefined
}

/**
 * One block of a section as it goes on a slide face, with the speaker notes
 * that go with it: the unit `condenseBlocks` produces and `paginate`
 * places on pages.
 */
export interface FaceUnit {
  /** What goes on the face: a block, or a bullet (`listItem`) that joins the bullets next to it in one list. */
  node: BlockContent | ListItem
  /** What goes in the notes with it: the paragraph verbatim, the list or quote before it was shortened. */
  notes: BlockContent[]
  /** Keep on the same slide as (the start of) the next unit: a sentence ending in ":" before its list, a sub-heading. */
  keepWithNext?: boolean | undefined
  /** Where the block is in the source. */
  position?: Position | undefined
}

/** What `condenseSection` returns. */
export interface CondensedSection {
  /** What goes on the slide: bullet lists for prose, lists, code, tables, images and quotes as they are. */
  face: BlockContent[]
  /** What goes in the speaker notes: every prose paragraph verbatim, and the original of every list that was shortened. */
  notes: BlockContent[]
  /** Number of sentences in the prose paragraphs. */
  sentences: number
}
