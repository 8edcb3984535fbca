/**
 * What is known about a plain-text body as a whole before its lines are
 * grouped into blocks: hard-wrapped or spaced apart, an interview, and which
 * lines are headings by their place (lower-case tool names, long numbered
 * headings, lines that repeat an outline in the introduction).
 */
import { isHeadingSentence, maxNumberedHeadingWords, type BodyLine } from './body-lines.js'
import { countWords, endsSentence, isHeadlineShaped, isLowercaseHeadingShaped, speakerLabel, startsLowercase } from './lines.js'
import { isPersonWithRole } from './credit-lines.js'
import { entryKey } from './toc.js'

/** What is known about the whole body when its lines are grouped into blocks. */
export interface BodyShape {
  /** Every line is cut at a fixed width: see {@link isHardWrapped}. */
  wrapped: boolean
  /** The text is an interview: see {@link isInterview}. */
  interview: boolean
  /** Who speaks stands on a line over what they said: see {@link speakersLead}. */
  speakers?: boolean | undefined
  /** Indices in the body of lines that are headings starting with a lower-case word. */
  lowercase: ReadonlySet<number>
  /** Blocks are set apart by blank lines (most prose lines follow one): a heading then stands apart too. */
  spaced: boolean
  /** Indices of long numbered lines that continue a run of numbered headings: see {@link longNumbered}. */
  numbered: ReadonlySet<number>
  /** Indices of lines that repeat an item of a list before them (an outline in the introduction): see {@link listedLines}. */
  listed: ReadonlySet<number>
  /** Indices of a plan's step fields ("Goal: …"), never headings: see {@link stepFields}. */
  fields: ReadonlySet<number>
  /** Indices of the lines of a conversation, each opening on who speaks, never headings: see {@link dialogueLines}. */
  dialogue?: ReadonlySet<number> | undefined
  /** Indices of short lines ending in a colon that head the paragraphs under them: see {@link colonLabels}. */
  colonLabels?: ReadonlySet<number> | undefined
  /** Indices of long statements set apart over paragraphs, in a text headed by statements: see {@link statementHeadings}. */
  statements?: ReadonlySet<number> | undefined
}

/**
 * Short lines that end in a colon, each set apart over a paragraph, three or more in the body: the sections of a text
 * whose headings finish its lead-in ("…businesses can:" / "Appeal to consumers:" / "Retain employees:" / "Reduce
 * costs:"), not lead-ins to lists (a report's five sections had been one slide titled by its words).
 *
 * @param body The body's lines.
 */
export function colonLabels(body: readonly BodyLine[]): Set<number> {
  const found = body.flatMap((line, index) => {
    const next = body[index + 1]
    const label = line.kind === 'text' && line.gap && next?.kind === 'text' && next.gap && countWords(line.source.text) <= 7 && /^\p{Lu}[^.!?:]*:$/u.test(line.source.text) && countWords(next.source.text) >= 12
    return label ? [index] : []
  })
  // (Three different ones: a label said again over each part, "Extra material:", is a box's, not a section's.)
  const distinct = found.filter((index) => found.filter((other) => body[other]!.source.text === body[index]!.source.text).length === 1)
  return new Set(distinct.length >= 3 ? distinct : [])
}

/** Most words in a statement that heads a section, in a text whose headings are statements. */
const maxStatementWords = 24

/**
 * Lines of 15 to {@link maxStatementWords} words without a stop, each set apart over a paragraph, in a text with three or
 * more such lines of 8 to 14 words: its headings are statements ("Using parameters means that anyone can run the code"),
 * and the longer ones head sections as well ("The folder structure should be intuitive and only necessary files should
 * be in the repository" had run its section into the one before).
 *
 * @param body The body's lines.
 */
export function statementHeadings(body: readonly BodyLine[]): Set<number> {
  const apart = (index: number, least: number, most: number): boolean => {
    const [line, next] = [body[index]!, body[index + 1]]
    const text = line.source.text.trim()
    const words = countWords(text)
    return line.kind === 'text' && line.gap && next?.kind === 'text' && next.gap && words >= least && words <= most && /^\p{Lu}/u.test(text) && !/[.!?,;:…"'”’)]$/.test(text) && !/[.!?:]\s/.test(text) && countWords(next.source.text) >= 15 && /[.!?]["'”’)]?$/.test(next.source.text.trim())
  }
  if (body.filter((_, index) => apart(index, 8, 14)).length < 3) return new Set()
  return new Set(body.flatMap((_, index) => (apart(index, 15, maxStatementWords) ? [index] : [])))
}

/** Most words in a line that repeats an outline entry and so is a heading. */
const maxListedHeadingWords = 14

/**
 * Lines that repeat, on their own, an item of a list earlier in the text:
 * an introduction that outlines the article ("- Funding: Ways to pay for
 * maintenance time.") and then the same words above each part. Such a line
 * is a heading whatever its shape (a label, a final full stop).
 */
export function listedLines(body: readonly BodyLine[]): Set<number> {
  const found = new Set<number>()
  const items = new Set<string>()
  body.forEach((line, index) => {
    if (line.kind === 'item') {
      const key = entryKey(line.item!.content)
      if (key !== '') items.add(key)
      return
    }
    if (line.kind !== 'text' || countWords(line.source.text) > maxListedHeadingWords || !body[index + 1]) return
    if (items.has(entryKey(line.source.text))) found.add(index)
  })
  return found
}


/**
 * Numbered lines that stand apart and continue a run of two or more
 * numbered headings are headings (their indices), and may be longer than a heading on its own ("5. Write the
 * best code possible today and be completely unattached to it and willing to
 * delete it tomorrow"). A run counts up or down (a countdown of
 * twelve leverage points, "12. Numbers: Constants and parameters such as
 * subsidies, taxes, and standards." first), and a line of the run may end on a
 * full stop when it is a label and its definition.
 */
export function longNumbered(body: readonly BodyLine[]): Set<number> {
  const apart = body.flatMap((line, index) => (line.kind === 'item' && line.item?.ordered && line.gap && !(body[index + 1] && !body[index + 1]!.gap) ? [index] : []))
  const number = (index: number): number => Number.parseInt(body[index]!.source.text.replace(/^\(/, ''), 10)
  const found = new Set<number>()
  let start = 0
  while (start < apart.length) {
    // The run: numbers one apart, all up or all down.
    let end = start + 1
    const step = end < apart.length ? number(apart[end]!) - number(apart[start]!) : 0
    if (Math.abs(step) === 1) while (end < apart.length && number(apart[end]!) - number(apart[end - 1]!) === step) end++
    const run = apart.slice(start, end)
    // (A run of three or more, each line over a paragraph of its own, heads those paragraphs even when every line is a
    // sentence: "1) Be sure this is where you want to focus your efforts." / (paragraph) / "2) Start by playing in…".)
    const taught = run.length >= 3 && run.every((index) => body[index + 1]?.kind === 'text' && countWords(body[index + 1]!.source.text) >= 12)
    if (taught || run.filter((index) => isHeadlineShaped(body[index]!.item!.content)).length >= 2) {
      for (const index of run) {
        const content = body[index]!.item!.content
        if (isHeadlineShaped(content)) {
          found.add(index)
          continue
        }
        if (countWords(content) > maxNumberedHeadingWords || /[.!?]\s+\p{Lu}/u.test(content)) continue
        if (taught && isHeadingSentence(content)) {
          found.add(index)
          continue
        }
        if (/[,;:]$/.test(content) || (/\.$/.test(content) && !/^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}: \S/u.test(content))) continue
        found.add(index)
      }
    }
    start = end
  }
  return found
}

/**
 * Lines that open with a step's counter, "Step 1: Learn about the conditions and needs in the field to respond to
 * specific local challenges", set apart, in a run that counts up from one step to the next: headings however long
 * (within a numbered heading's words), as numbered lines are; "Step 1:" and "Step 3:" of a plan had run on as prose
 * under "Step 2:", whose line was shorter.
 */
export function stepRun(body: readonly BodyLine[]): Set<number> {
  const counted = (index: number): number | undefined => {
    const line = body[index]!
    const match = line.kind === 'text' && line.gap && body[index + 1]?.gap ? /^(?:step|phase|stage)\s+(\d{1,2})\s*[:.–—-]\s+\p{Lu}/iu.exec(line.source.text) : null
    return match && countWords(line.source.text) <= maxNumberedHeadingWords && !/[.!?]\s+\p{Lu}/u.test(line.source.text) ? Number(match[1]) : undefined
  }
  const steps = body.flatMap((_, index) => {
    const number = counted(index)
    return number === undefined ? [] : [{ index, number }]
  })
  const found = new Set<number>()
  steps.forEach(({ index, number }, at) => {
    const [before, after] = [steps[at - 1], steps[at + 1]]
    if ((before !== undefined && before.number + 1 === number) || (after !== undefined && number + 1 === after.number)) found.add(index)
  })
  return found
}

/**
 * The field each step of a plan closes with ("Goal: Optimized version of the machine" over "Step 4: Testing…"): lines
 * that open with a label the body repeats, once at least right over a numbered heading. They are the step's, not
 * sections of their own. Read once for the body, not for each line that may be a heading.
 *
 * @param body The body's lines.
 * @param numbered Indices of numbered headings ({@link longNumbered}, {@link stepRun}).
 */
export function stepFields(body: readonly BodyLine[], numbered: ReadonlySet<number>): Set<number> {
  const label = (line: BodyLine): string | undefined => (line.kind === 'text' ? /^(\p{Lu}\p{Ll}+(?: \p{Ll}+)?):\s+\p{Lu}/u.exec(line.source.text)?.[1] : undefined)
  const byLabel = new Map<string, number[]>()
  body.forEach((line, index) => {
    const found = label(line)
    if (found !== undefined) byLabel.set(found, [...(byLabel.get(found) ?? []), index])
  })
  return new Set([...byLabel.values()].filter((fields) => fields.length >= 2 && fields.some((index) => numbered.has(index + 1))).flat().concat(fieldRuns(body)))
}

/**
 * A box of fields copied as paragraphs, each its own label ("Description: The flutter/plugins repo was updated…" /
 * "Component: flutter/plugins" / "Date/time: 2019-01-24 13:24 -0800" / "Duration: 4 days…"): three in a row or more, one
 * value a sentence of twelve words at least. None is a heading ("Date/time: …" had headed the last two fields).
 */
function fieldRuns(body: readonly BodyLine[]): number[] {
  const field = (line: BodyLine | undefined): RegExpExecArray | null => (line?.kind === 'text' && line.gap ? /^\p{Lu}[\p{L}/'’-]*(?: [\p{L}/'’-]+){0,2}:\s+(\S.*)$/u.exec(line.source.text) : null)
  const found: number[] = []
  for (let start = 0; start < body.length; start++) {
    const values: string[] = []
    let end = start
    for (let match = field(body[end]); match; match = field(body[++end])) values.push(match[1]!)
    if (end - start >= 3 && values.some((value) => value.split(/\s+/).length >= 12)) for (let at = start; at < end; at++) found.push(at)
    start = Math.max(start, end)
  }
  return found
}

/** Whether most prose lines of the body follow a blank line: blocks are set apart. */
export function isSpaced(body: readonly BodyLine[]): boolean {
  const prose = body.filter((line, index) => index > 0 && line.kind === 'text' && countWords(line.source.text) >= 12)
  return prose.length >= 4 && prose.filter((line) => line.gap).length >= prose.length * 0.8
}

/**
 * Whether the body is hard-wrapped (every line cut at a fixed width): then
 * consecutive prose lines always join, even after a full stop.
 */
export function isHardWrapped(body: readonly BodyLine[]): boolean {
  const text = body.filter((line) => line.kind === 'text')
  if (text.length < 4) return false
  if (Math.max(...text.map((line) => line.source.text.length)) > 100) return false
  let inside = 0
  let open = 0
  for (let index = 0; index + 1 < body.length; index++) {
    const line = body[index]!
    if (line.kind !== 'text' || body[index + 1]!.gap || body[index + 1]!.kind !== 'text') continue
    inside++
    if (!endsSentence(line.source.text) && !line.attribution) open++
  }
  return inside >= 3 && open * 2 >= inside
}

/** Most words in a question that is a heading of an interview. */
const maxQuestionWords = 24
/** Most words in a line of several questions and nothing else that is a heading of an interview. */
const maxQuestionsWords = 48

/** A question on a line of its own, between blank lines: in an interview, a heading even when it has two sentences. */
export function isStandaloneQuestion(body: readonly BodyLine[], at: number): boolean {
  const line = body[at]!
  const next = body[at + 1]
  if (!(line.kind === 'text' && line.gap && next !== undefined && next.gap && next.kind === 'text' && /\?["'”’)]*$/.test(line.source.text) && /^["'“‘]?\p{Lu}/u.test(line.source.text))) return false
  // ("What are you currently working on? Are there any projects…? What…?": an interviewer's questions, all of them, can be longer.)
  const words = countWords(line.source.text)
  // (Not a paragraph of questions right under a question that heads it: "Is this truly a change for the better?" /
  // "Have you ever made a change to a product because…? Have you been stuck…?" is that section's opening.)
  const underQuestion = body[at - 1]?.kind === 'text' && /\?["'”’)]*$/.test(body[at - 1]!.source.text)
  // (Nor the article's opening paragraph, questions that set up its topic: "The term gentrification has become a buzzword…,
  // but do we really know what it means? Is it just…?" had titled its first slide.)
  // (An interviewer's first questions open on a question word: "How did you end up in data science at the NHS? What…?".)
  if (words > 12 && !body.slice(0, at).some((other) => other.kind === 'text' || other.kind === 'item') && !/^["'“‘]?(?:how|what|why|when|where|who|whom|whose|which|do|does|did|is|are|was|were|can|could|would|should|will|have|has|had|tell)\b/i.test(line.source.text)) return false
  return words <= maxQuestionWords || (words <= maxQuestionsWords && !underQuestion && line.source.text.split(/(?<=[.!?])\s+(?=["'“‘]?\p{Lu})/u).every((sentence) => /\?["'”’)]*$/.test(sentence)))
}

/**
 * A question set apart over its answer, no blank line between them ("Do you have any ideas to expand the OpenStreetMap
 * community, to motivate more people to contribute?" / "It's still amazing that…"), as an interview copied from a page
 * may have them.
 */
export function isQuestionOverAnswer(body: readonly BodyLine[], at: number): boolean {
  const [line, next] = [body[at]!, body[at + 1]]
  return line.kind === 'text' && line.gap && next?.kind === 'text' && !next.gap && /^["'“‘]?\p{Lu}/u.test(line.source.text) && /\?["'”’)]*$/.test(line.source.text) && countWords(line.source.text) <= maxQuestionWords && !/\?["'”’)]*$/.test(next.source.text)
}

/** Whether the text is an interview: at least three questions stand on lines of their own, or over their answers. */
export function isInterview(body: readonly BodyLine[]): boolean {
  let [questions, answered] = [0, 0]
  // (Not a conversation: two speakers or more named before their lines who both ask, "Greg Bunce: What year was this?" /
  // "Matt Peters: So what is the AGRC website?", a podcast's hosts whose questions had titled eleven slides.)
  const askers = new Set<string>()
  for (let at = 0; at < body.length; at++) {
    const standalone = isStandaloneQuestion(body, at)
    const over = !standalone && isQuestionOverAnswer(body, at)
    if (standalone) questions++
    else if (over) answered++
    const speaker = standalone || over ? speakerLabel.exec(body[at]!.source.text)?.[1] : undefined
    if (speaker) askers.add(speaker)
  }
  const labelled = body.filter((line) => line.kind === 'text' && speakerLabel.test(line.source.text)).length
  if (askers.size >= 2 && labelled >= 6) return false
  // (An essay's few questions among its many paragraphs make no interview: "What if the homework was less about how well
  // students could do with little support…?" had headed a section of a teacher's essay, 27 words.)
  const paragraphs = body.filter((line) => line.gap && line.kind === 'text').length
  return (questions >= 3 && questions * questionShare >= paragraphs) || answered >= 4
}

/** An interview's questions are at least one paragraph in this many. */
const questionShare = 8

/**
 * The lines of a conversation: two voices or more, each naming itself before three of its lines at least ("Greg Bunce: What
 * year was this?" / "Matt Peters: I think it was in the 80s."), and no interview's questions. Who speaks opens a line, not a
 * section: a podcast's short lines had titled eleven slides.
 */
export function dialogueLines(body: readonly BodyLine[], interview: boolean): ReadonlySet<number> {
  const lines = new Map<string, number[]>()
  body.forEach((line, at) => {
    const speaker = line.kind === 'text' ? speakerLabel.exec(line.source.text)?.[1] : undefined
    if (speaker) lines.set(speaker, [...(lines.get(speaker) ?? []), at])
  })
  const voices = [...lines.values()].filter((each) => each.length >= 3)
  return interview || voices.length < 2 ? new Set() : new Set(voices.flat())
}


/** Most words in a line that names who speaks in a debate, with their roles ("…Special Advisor to United Nations Secretary-General Kofi Annan…"). */
export const speakerWords = 40

/**
 * Whether the text is a debate or a round of answers: four lines or more that each name a person with their role
 * ("Jeffrey Sachs, Director of the United Nations Millennium Project…, New York, USA") stand alone, each over what
 * that person said. A quotation's speaker under it is seldom written so many times.
 */
export function speakersLead(body: readonly BodyLine[]): boolean {
  return body.filter((line, at) => line.kind === 'text' && line.gap && body[at + 1]?.gap === true && isPersonWithRole(line.source.text, speakerWords)).length >= 4
}

/** Fewest lower-case headings that count in a document without other headings. */
export const minLowercaseHeadings = 3
/** Fewest words in the paragraph after a lower-case heading. */
const minWordsAfterLowercaseHeading = 12

/**
 * Find the lines that are headings although they start with a lower-case
 * word (`git subtrees`, `npm workspaces`): heading-shaped (see
 * {@link isLowercaseHeadingShaped}), apart from the text before (a blank
 * line, or a finished sentence in a text that is not hard-wrapped; never
 * after a colon), and followed by a paragraph of at least 12 words that
 * starts with a capital.
 *
 * @returns Indices in `body`.
 */
export function lowercaseHeadings(body: readonly BodyLine[], wrapped: boolean): Set<number> {
  const found = new Set<number>()
  for (let at = 0; at + 1 < body.length; at++) {
    const line = body[at]!
    const next = body[at + 1]!
    const previous = body[at - 1]
    if (line.kind !== 'text' || line.attribution || !isLowercaseHeadingShaped(line.source.text)) continue
    if (previous) {
      const text = previous.source.text
      if (/:$/.test(text)) continue
      const finished = endsSentence(text) || previous.kind === 'item' || previous.attribution === true
      if (!finished || (!line.gap && wrapped)) continue
    }
    if (next.kind !== 'text' || startsLowercase(next.source.text)) continue
    // The paragraph after it: the next line, and in a hard-wrapped text the lines that continue it.
    const paragraph = [next.source.text]
    for (let more = at + 2; wrapped && more < body.length && !body[more]!.gap && body[more]!.kind === 'text'; more++) {
      paragraph.push(body[more]!.source.text)
    }
    const following = paragraph.join(' ')
    if (!isHeadlineShaped(following) && countWords(following) >= minWordsAfterLowercaseHeading) found.add(at)
  }
  return found
}
