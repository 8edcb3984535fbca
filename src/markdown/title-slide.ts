/**
 * The parts of a title slide that come from front matter: kicker, subtitle,
 * author and date.
 */
import type { Heading, Paragraph, PhrasingContent } from 'mdast'
import type { DeckConfig } from '../types.js'

/**
 * Paragraphs shown under the title: subtitle, author and date, each with a
 * class the themes style (`subtitle`, `author`, `date`).
 *
 * @param config The deck configuration.
 */
export function titleSlideExtras(config: DeckConfig): Paragraph[] {
  const extras: Paragraph[] = []
  const add = (value: string | undefined, className: string) => {
    if (value === undefined || value === '') return
    extras.push({
      type: 'paragraph',
      children: className === 'subtitle' ? withEmphasis(String(value)) : [{ type: 'text', value: String(value) }],
      data: { hProperties: { className: [className] } }
    })
  }
  // (A standfirst's full stop is no subtitle's: "Why there are more and more industrial bakers who don't care what they sell.")
  add(config.subtitle === undefined ? undefined : String(config.subtitle).replace(/(?<![.\s])\.$/, ''), 'subtitle')
  add(config.author, 'author')
  add(config.date === undefined ? undefined : spokenDate(String(config.date), config.lang), 'date')
  return extras
}

/**
 * A front-matter line with the emphasis its writer marked in Markdown ("Meet *Thiomargarita magnifica*, a recently
 * discovered species…"): italics and bold as such, never their asterisks on the slide.
 *
 * @param value The line as written.
 */
export function withEmphasis(value: string): PhrasingContent[] {
  const parts = value.split(/(\*\*[^*\s][^*]*?\*\*|(?<![\w*])\*[^*\s][^*]*?\*(?![\w*])|(?<!\w)_[^_\s][^_]*?_(?!\w))/)
  return parts.flatMap((part, at): PhrasingContent[] => {
    if (part === '') return []
    if (at % 2 === 0) return [{ type: 'text', value: part }]
    const strong = part.startsWith('**')
    const inner = part.slice(strong ? 2 : 1, strong ? -2 : -1)
    return [{ type: strong ? 'strong' : 'emphasis', children: [{ type: 'text', value: inner }] }]
  })
}

/**
 * A date as a title slide shows it: an ISO day ("2018-04-04", as front matter writes it) in words of the deck's language
 * ("April 4, 2018"), any other date as written. A blind reader found "2017-05-04" a raw string on the title slide.
 *
 * @param date The configured date.
 * @param lang The deck's language (BCP 47), English by default.
 */
export function spokenDate(date: string, lang: unknown): string {
  // (And a time after the day, "2025-07-28T09:30:00Z"; or a day written with slashes, as Quarto's front matter takes it,
  // "07/28/2025", or dashes or dots, "09-17-2020", when the month is plain: its day over 12, "28/07/2025" too. "03/04/2025" stays as written.)
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(date.trim())
  const slashed = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(date.trim())
  const [first, second] = slashed ? [Number(slashed[1]), Number(slashed[3])] : [0, 0]
  const day = iso ? [iso[1]!, iso[2]!, iso[3]!] : slashed && (first > 12) !== (second > 12) ? [slashed[4]!, String(Math.min(first, second)), String(Math.max(first, second))] : undefined
  if (!day) return date
  const when = new Date(Date.UTC(Number(day[0]), Number(day[1]) - 1, Number(day[2])))
  if (Number.isNaN(when.getTime()) || when.getUTCDate() !== Number(day[2])) return date
  try {
    return new Intl.DateTimeFormat(typeof lang === 'string' && lang !== '' ? lang : 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(when)
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(when)
  }
}

/**
 * Whether a heading's text is the deck's title, written alike whatever its
 * case and punctuation ("# 10 Years of Electron 🎉" under `title: 10 years of
 * Electron 🎉`).
 *
 * @param heading The heading's plain text.
 * @param title The configured title, if any.
 */
export function isSameTitle(heading: string, title: unknown): boolean {
  // (Spaced or run together: "map school" under "title: mapschool".)
  return typeof title === 'string' && (plainWords(heading) === plainWords(title) || (plainWords(heading).replace(/ /g, '') === plainWords(title).replace(/ /g, '') && plainWords(title) !== ''))
}

/**
 * A text as titles and standfirsts are compared: lower case, its words only, one space between them.
 *
 * @param text Any text.
 */
export function plainWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * A `#` heading for a deck whose title comes only from front matter.
 *
 * @param title The title text.
 */
export function generatedTitleHeading(title: string): Heading {
  // (Without a sentence's full stop, as a headline is set: "When it comes to science - its the economy stupid." Not an
  // ellipsis nor an abbreviation's: "…etc.", "U.S.", "Acme Inc.")
  const headline = /(?<![.\p{Lu}]|\b(?:etc|[Ii]nc|[Ll]td|[Cc]o|[Jj]r|[Ss]r|vs|al|[Ss]t|[Nn]o))\.$/u.test(title.trim()) ? title.trim().slice(0, -1) : title
  return { type: 'heading', depth: 1, children: [{ type: 'text', value: headline }] }
}

/**
 * The kicker (a short label above the title), as a paragraph of class `kicker`.
 *
 * @param config The deck configuration.
 */
export function titleSlideKicker(config: DeckConfig): Paragraph | undefined {
  if (!config.kicker) return undefined
  return { type: 'paragraph', children: [{ type: 'text', value: String(config.kicker) }], data: { hProperties: { className: ['kicker'] } } }
}

/**
 * A title made from a file's name, for an article that names none: "04-open-science.md" → "Open science",
 * "2019-04-26-helping-baltimore.md" → "Helping baltimore"; `undefined` for a name of no words ("index.md", "1.txt").
 *
 * @param file The article's path.
 */
export function titleFromPath(file: string): string | undefined {
  const base = (file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '')
  const words = base.replace(/^\d{4}-\d{2}-\d{2}[-_ ]?/, '').replace(/^\d+[-_ .]+/, '').replace(/[-_]+/g, ' ').trim()
  if (!/\p{L}{2,}/u.test(words) || /^(?:index|readme|article|post|untitled|draft|text|document)$/i.test(words)) return undefined
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * A long headline's title and subtitle, parted at its first spaced dash, else at a colon after its first words ("My first triathlon - excitement, self-doubt,
 * drama and joy - how I won my fight with the resistance" had filled four lines of a title slide): ten words or more,
 * at least two before the dash (fourteen words or more, two to seven before the colon) and three after it. `undefined` for any other title.
 *
 * @param title The headline's text.
 */
export function headlineParts(title: string): [string, string] | undefined {
  if (title.trim().split(/\s+/).length < 10) return undefined
  const parts = /^(\S+(?: \S+)+?) [-–—] (\S+(?: \S+){2,})$/.exec(title.trim())
  if (parts) return [parts[1]!, parts[2]!]
  // (Or at a colon after a short title: "Patching data governance: what can India's rural employment guarantee scheme
  // teach us about designing participatory data governance?" had filled six lines.)
  // (Fourteen words or more: "The Big Data Brain Drain: Why Science is in Trouble" fits a title slide whole.)
  const colon = title.trim().split(/\s+/).length >= 14 ? /^(\S+(?: \S+){1,6}?): (\S+(?: \S+){2,})$/.exec(title.trim()) : null
  return colon ? [colon[1]!, colon[2]!.charAt(0).toUpperCase() + colon[2]!.slice(1)] : undefined
}
