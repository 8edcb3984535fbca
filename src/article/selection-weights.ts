/**
 * How much each feature of a sentence (`sentence-score.ts`) weighs in its
 * importance. The weights were set by hand, reading decks; fits to what
 * speaker-coaches chose to show (`test/fixtures/selection/`) moved held-out
 * agreement by no more than noise, so they stay as set, but for `long`.
 */

/** The features of a sentence, each 0–1 (0 or 1 but for the overlaps and centrality). */
export interface Features {
  /** TextRank centrality in its section, the most central 1. */
  central: number
  /** Share of the heading's terms it uses. */
  heading: number
  /** Share of the title's terms it uses, under a heading. */
  titleUnderHeading: number
  /** Share of the title's terms it uses, under no heading (the opening, or an article without headings). */
  titleAlone: number
  /** Names something concrete: a number, a name, code. */
  concrete: number
  /** Its author set it in bold or announced it before a colon ("The lesson is plain: …"). */
  marked: number
  /** Ends with a list of the section's examples. */
  enumeration: number
  /** Marked as an example ("For example, …"). */
  example: number
  /** Holds a quantity ("25,000 stars", "20x faster"). */
  figure: number
  /** Says its claim matters most or is a record ("the largest on record", "a key driver", "critical", "unprecedented"). */
  stressed: number
  /** Tells the reader what to do or avoid ("you should take care…", "Avoid political rallies…", "Don't attempt to cross…"). */
  advises: number
  /** A maxim: ten words at most, one of its words said twice ("Ambition must be made to counteract ambition"). */
  maxim: number
  /** Holds digits but no quantity (a version, a year). */
  digits: number
  /** Its bullet names something (a proper noun, code). */
  names: number
  /** Opens its paragraph. */
  opensParagraph: number
  /** Closes a paragraph of several sentences. */
  closesParagraph: number
  /** Is the one sentence of a section's opening paragraph. */
  loneOpening: number
  /** Opens its section (weight 0: measured for fitting, no gain found). */
  opensSection: number
  /** How early in its section it stands: 1 for the first sentence, 0 for the last (weight 0, as above). */
  early: number
  /** Turns against the one before ("However, …"). */
  turn: number
  /** Is the set-up the next sentence turns against. */
  beforeTurn: number
  /** Draws the conclusion ("As a result, …"). */
  conclusion: number
  /** Has fewer than three content terms. */
  fewTerms: number
  /** Only announces what comes next ("Let's look at…"). */
  signpost: number
  /** Counts things without naming them ("There are two ways to…"). */
  announcesItems: number
  /** …and the next sentence starts naming them ("One is…"). */
  announcesFirst: number
  /** Gives what a teaser before it promised (`punchlines.ts`). */
  answers: number
  /** Is a question. */
  question: number
  /** Ends with a colon: the lead-in to what follows. */
  leadIn: number
  /** Is set in parentheses. */
  aside: number
  /** Leans on the sentence before it ("This highlights…"). */
  vague: number
  /** Its bullet opens with a subordinate clause ("When…, …"). */
  frontedClause: number
  /** No bullet compresses from it. */
  noBullet: number
  /** Its bullet is over the word budget. */
  overBudget: number
  /** Its bullet has four words or fewer. */
  short: number
  /** Its bullet runs over the hard cap: no cut brought the statement within it (`longSlack`). */
  long: number
  /** Its bullet runs more than ten words over the budget (a long bullet of the section's key statement, at most one a face). */
  veryLong: number
  /** The sentence's length, 0 to 1 at 40 words (weight 0: coaches favour long sentences, but weighing it pushed the
   * median bullet over 12 words). */
  length: number
}

/** The weight of each feature. */
export const selectionWeights: Readonly<Features> = Object.freeze({
  central: 2,
  heading: 1.5,
  titleUnderHeading: 0.5,
  titleAlone: 1,
  concrete: 1,
  marked: 1,
  enumeration: 0.8,
  example: 1,
  figure: 0.8,
  stressed: 0.6,
  advises: 0.5,
  maxim: 1,
  digits: 0.2,
  names: 0,
  opensParagraph: 0.4,
  closesParagraph: 0,
  loneOpening: 0.6,
  opensSection: 0,
  early: 0,
  turn: 0.6,
  beforeTurn: -0.3,
  conclusion: 0.6,
  fewTerms: -1,
  signpost: -3,
  announcesItems: -1.2,
  announcesFirst: -3,
  answers: 2,
  question: -2.5,
  leadIn: -2,
  aside: -1,
  vague: -1.5,
  frontedClause: -0.5,
  noBullet: -4,
  overBudget: -0.6,
  short: -0.5,
  long: -2,
  veryLong: -2,
  length: 0,
})

/** A sentence's importance: its features weighed. */
export function scoreOf(features: Features, weights: Readonly<Features> = selectionWeights): number {
  let score = 0
  for (const key in features) score += features[key as keyof Features] * weights[key as keyof Features]
  return score
}

/** A sentence with no features: the start of every candidate before it is scored. */
export const noFeatures: Readonly<Features> = Object.freeze(Object.fromEntries(Object.keys(selectionWeights).map((key) => [key, 0])) as unknown as Features)
