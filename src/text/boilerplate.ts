/**
 * Rules that recognise web-page and press-release boilerplate in plain text.
 *
 * Three kinds of rule:
 * - line rules: one line is boilerplate on its own (`Advertisement`,
 *   `Share this:`, a copyright line, a photo credit);
 * - block rules: a marker line takes the lines after it along (`Share this:`
 *   followed by network names, `Related Posts` followed by post titles,
 *   `Media contact` followed by the contact details);
 * - tail rules: a marker ends the article and everything after it is dropped
 *   (`###` or `-30-` press end mark and the footer after it, a comments
 *   section after `Leave a Reply`).
 */

import { countWords, isHeadlineShaped, type SourceLine } from './lines.js'

/** Why a line was dropped, in a few words (shown in the outline and in messages). */
export type DropReason =
  | 'advertisement'
  | 'caption'
  | 'comments'
  | 'copyright'
  | 'end mark'
  | 'footer'
  | 'navigation'
  | 'press release mark'
  | 'read more'
  | 'related links'
  | 'reading time'
  | 'share'
  | 'social'
  | 'subscribe'
  | 'table of contents'
  | 'tags'
  | 'contact'
  | 'cookies'

interface LineRule {
  reason: DropReason
  test: RegExp
  /** Longest line (in words) the rule applies to, so prose is never caught. */
  maxWords: number
}

const lineRules: LineRule[] = [
  {
    reason: 'advertisement',
    test: /^(?:advertisements?|advertising|sponsored(?: content)?|ad|paid content|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)$/i,
    maxWords: 6
  },
  {
    reason: 'subscribe',
    test: new RegExp(
      '^(?:' +
        [
          // `Subscribe`, `Subscribe now`, `Subscribe to our newsletter for more`
          String.raw`subscribe(?: (?:now|today|for free|here))?`,
          String.raw`subscribe (?:to|for) (?:our|the|my) [^.!?]{0,40}?\b(?:newsletters?|digest|mailing list|updates|podcast|channel|blog|feed)\b[^.!?]{0,40}`,
          // `Sign up for our newsletter`, `Sign up to get updates by email`
          String.raw`sign up\b[^.!?]*\b(?:newsletters?|updates|e-?mails?|inbox|digest|mailing list)\b[^.!?]*`,
          String.raw`(?:join|get) (?:our|the) (?:free |weekly |daily |monthly )*newsletter[^.!?]*`,
          String.raw`newsletter(?: sign-?up)?`,
          // `Get the best stories every week.`, `Get the latest news in your inbox`
          String.raw`get (?:the|our) (?:best|latest|top|biggest|most important|day['’]s|week['’]s) [^.!?]{0,60}?\b(?:(?:in|to|into) your inbox|by e-?mail|every (?:day|week|morning|evening|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (?:day|week|month)|weekly|daily|monthly)`,
          // `Don't miss a story.`
          String.raw`(?:don['’]t|never) miss (?:a|another|an) (?:story|post|article|issue|update|episode)[^.!?]*`,
          // `Want more stories like this? Sign up for our weekly newsletter.`
          String.raw`(?:want|like|liked|enjoy|enjoyed|love|loved) [^?]{0,50}\?\s+(?:sign up|subscribe|join)\b[^.!?]*`
        ].join('|') +
        String.raw`)[.!]?$`,
      'i'
    ),
    maxWords: 25
  },
  {
    reason: 'read more',
    test: new RegExp(
      '^(?:' +
        [
          // A marker alone, or before a colon or arrow and a link title: `Read more: How ports charge their fleets`
          String.raw`(?:read more|read next|read also|see also|more stories|you (?:may|might) also like|recommended(?: for you| reading)?|keep reading|most read|most popular)(?:\s*[:»›→]\s*\S.*|\s*[»›→…]*)`,
          // `More from The Verge` (a name, not `More from the survey: …`)
          String.raw`more from (?:the |our )?[\p{Lu}\p{N}][^.!?:]{0,60}`,
          // `Continue reading`, `Continue reading on Medium »`, `Continue reading the full story`
          String.raw`continue reading(?: (?:on|at) \S+(?: \S+)?| the (?:full |rest of the )?(?:story|article|post))?\s*[»›→…]*\.?`
        ].join('|') +
        ')$',
      'iu'
    ),
    maxWords: 20
  },
  {
    reason: 'copyright',
    test: /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})|\ball rights reserved\b/i,
    maxWords: 25
  },
  {
    reason: 'comments',
    test: /^(?:(?:leave a (?:reply|comment)|post (?:a )?comment|cancel reply|your email address will not be published|required fields are marked|save my name, email|notify me of (?:follow-up comments|new posts)|\d+ thoughts? on\b.*|join the (?:discussion|conversation))\b|(?:\d+ (?:comments?|responses?|replies)|comments? \(\d+\)|(?:show|view|load) (?:more )?comments)$)/i,
    maxWords: 25
  },
  {
    reason: 'share',
    test: new RegExp(
      '^(?:' +
        [
          String.raw`share(?: this)?(?: (?:article|story|post|page))?(?: on \w+)?:?`,
          String.raw`share via\b.*`,
          String.raw`click to (?:share|email|print)\b.*`,
          String.raw`tweet(?: this)?|pin it|email this(?: article)?|print this(?: article| page)?|like this:?|like loading\.*|copy link`,
          // `Enjoyed this article? Share it.`, `Found this useful? Share it with a colleague.`
          String.raw`(?:enjoyed|liked|loved|found|did you (?:enjoy|like)) (?:this|the|our) (?:article|post|story|piece|read|guide|newsletter|issue)(?: (?:useful|helpful|interesting))?\?(?:\s+(?:please |then |why not )?(?:share|forward|send|pass|tell|give|clap|recommend)\b[^.!?]*[.!]?)?`,
          String.raw`(?:found this|enjoyed it|liked it)(?: useful| helpful)?\?\s+(?:please |then )?(?:share|forward|send|pass)\b[^.!?]*[.!]?`,
          // `If you enjoyed this post, please share it with a friend.`
          String.raw`if you (?:enjoyed|liked|found|loved)\b[^,.!?]{0,40},\s*(?:please )?(?:share|forward|send|pass|consider sharing)\b[^.!?]*[.!]?`,
          String.raw`(?:please )?share (?:this|it) with (?:a friend|your friends|friends|someone|a colleague|colleagues|your network)[^.!?]*[.!]?`,
          // `Share this: Twitter Facebook LinkedIn` on one line
          String.raw`share(?: this)?(?: (?:article|story|post|page))?(?: on| via)?:?(?:[\s,|·•/]+(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|print|reddit|pinterest|telegram|mastodon|bluesky|threads|instagram|tumblr|pocket|flipboard|messenger|sms|copy link|hacker news))+`
        ].join('|') +
        ')$',
      'i'
    ),
    maxWords: 25
  },
  {
    reason: 'cookies',
    // `We use cookies to improve your experience. Accept`, `This site uses cookies. Manage preferences`
    test: /^(?:we use cookies|this (?:site|website) uses cookies|by (?:using|continuing to use) this (?:site|website)[^.]*cookies|cookie (?:policy|settings|preferences))\b[^]*$/i,
    maxWords: 30
  },
  {
    reason: 'social',
    // `Follow us on X`, `Follow us on Twitter, Facebook and Instagram`, `Follow me on Mastodon for more.`
    test: /^follow (?:us|me)(?: on [\p{L}\p{N} (),&+@.'’-]+?)?(?: for (?:more|updates|the latest)[^.!?]*)?[.!]?$/iu,
    maxWords: 15
  },
  {
    reason: 'tags',
    test: /^(?:tags|tagged(?: with)?|filed under|categories|category|posted in|topics)\s*:/i,
    maxWords: 30
  },
  {
    reason: 'reading time',
    test: /^\d+\s*-?\s*min(?:ute)?s?\.?\s+read$/i,
    maxWords: 4
  },
  {
    reason: 'press release mark',
    test: /^(?:for immediate release|immediate release|press release|news release|embargoed\b.*)$/i,
    maxWords: 10
  },
  {
    reason: 'caption',
    test: /^(?:\(?(?:photo(?:graph)?s?|image|picture|pictured|illustration|credit|photo credit|image credit|image caption|image source|caption|graphic)\s*(?::|by\b|—|–|-)|\((?:photo|image|credit|pictured|source)\b[^)]*\)$)/i,
    maxWords: 40
  },
  {
    reason: 'navigation',
    test: /^(?:skip to (?:main )?content|back to top|jump to (?:navigation|comments)|menu|search|log ?in|sign ?in|home|listen to this article|open in app|print)$/i,
    maxWords: 6
  }
]

/**
 * German pages' boilerplate (`lang: de`): the same kinds of line, in German.
 * Applied as well as the English rules, which German pages use too.
 */
const germanLineRules: LineRule[] = [
  { reason: 'advertisement', test: /^(?:anzeige|werbung|gesponsert(?:er inhalt)?|bezahlter inhalt|weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt)$/i, maxWords: 8 },
  {
    reason: 'subscribe',
    test: /^(?:(?:jetzt |hier )?(?:kostenlos |gratis )?(?:newsletter )?abonnieren|newsletter(?:-anmeldung| bestellen)?|(?:abonnieren sie|bestellen sie|melden sie sich (?:für|zu)) (?:unseren|den) [^.!?]{0,40}newsletter[^.!?]{0,40}(?: an)?|(?:jetzt )?für (?:unseren|den) newsletter anmelden)[.!]?$/i,
    maxWords: 25
  },
  {
    reason: 'read more',
    test: /^(?:weiterlesen|mehr (?:zum thema|dazu|lesen)|lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|empfohlene artikel)(?:\s*[:»›→]\s*\S.*|\s*[»›→…]*)$/i,
    maxWords: 20
  },
  { reason: 'copyright', test: /\balle rechte vorbehalten\b/i, maxWords: 25 },
  { reason: 'comments', test: /^(?:(?:kommentar (?:schreiben|verfassen)|diskutieren sie mit|kommentare anzeigen|zu den kommentaren)\b.*|\d+ kommentare?|kommentare? \(\d+\))$/i, maxWords: 25 },
  { reason: 'share', test: /^(?:(?:artikel |beitrag |diesen artikel |seite )?teilen(?: (?:auf|per|via) \w+)?:?|per e-?mail (?:teilen|versenden)|drucken|link kopieren)$/i, maxWords: 8 },
  { reason: 'social', test: /^folgen sie (?:uns|mir)(?: auf [\p{L}\p{N} ,&+@.'’-]+?)?[.!]?$/iu, maxWords: 15 },
  { reason: 'tags', test: /^(?:schlagwörter|schlagworte|themen|kategorien?|stichworte)\s*:/i, maxWords: 30 },
  { reason: 'reading time', test: /^(?:lesezeit:?\s*\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s+lesezeit)$/i, maxWords: 5 },
  { reason: 'navigation', test: /^(?:zum (?:haupt)?inhalt springen|zum inhalt|nach oben|startseite|suche|anmelden|einloggen|menü)$/i, maxWords: 6 }
]

/** The line rules of a language (BCP 47 `lang`): English's, and German's too for German. */
function lineRulesOf(lang: string): readonly LineRule[] {
  return lang.toLowerCase().split(/[-_]/)[0] === 'de' ? [...lineRules, ...germanLineRules] : lineRules
}

/** Social networks and share actions listed under a `Share this:` marker. */
const networkLine =
  /^(?:facebook|twitter|x|x \(twitter\)|linkedin|whatsapp|email|e-mail|mail|print|reddit|pinterest|telegram|mastodon|bluesky|threads|instagram|tumblr|pocket|flipboard|messenger|sms|copy link|more)$/i

/** Markers that start a block of links to other pages. */
const relatedMarker =
  /^(?:related(?: (?:posts|articles|stories|reading|content|links))?|more on this (?:topic|story)|you (?:may|might) also like|read next|further reading on this site|popular posts|recent posts|(?:more|also) in this series|more (?:interviews|stories|articles|posts|features|reviews|recipes|guides)(?: (?:in|from) (?:this|the) series| like this| on this topic)?)\s*:?$/i

/** Press end marks: `###`, `# # #`, `-30-`, `- ENDS -`, `ENDS`. */
const endMark = /^(?:#\s?#\s?#|-\s?30\s?-|[-–—]*\s*ends\s*[-–—]*|end of (?:press )?release)$/i

/** Contact block markers, whose following lines (up to a blank line) are the contact details. */
const contactMarker = /^(?:media|press) (?:contacts?|enquiries|inquiries)\b|^(?:contact|for more information,? contact)\s*:/i

/** A comments section heading that ends the article when found in its second half. */
const commentsTail = /^(?:leave a (?:reply|comment)|\d+ (?:comments?|responses?|thoughts? on\b.*)|comments?|(?:join|start) the (?:discussion|conversation))$/i

/**
 * Whether a single line is boilerplate on its own, and why.
 *
 * @param text Cleaned line text.
 * @param lang Language of the article (BCP 47); default `en`.
 * @returns The reason, or `undefined` when the line may be content.
 */
export function lineBoilerplate(text: string, lang = 'en'): DropReason | undefined {
  const words = countWords(text)
  for (const rule of lineRulesOf(lang)) {
    if (words <= rule.maxWords && rule.test.test(text)) return rule.reason
  }
  return isMenuLine(text) ? 'navigation' : undefined
}

/**
 * A site menu on one line: three or more short entries separated by `|`,
 * `·`, `•` or `/`, one of which is a usual menu entry (`Home | Blog | About`).
 */
function isMenuLine(text: string): boolean {
  const entries = text.split(/\s+[|·•/]\s+/)
  if (entries.length >= 3 && entries.every((entry) => countWords(entry) <= 3 && !/[.!?]$/.test(entry)) && entries.some((entry) => menuWord.test(entry.trim()))) return true
  // A menu copied without separators: "Tauri Docs Guides References Blog Releases Search ⌘K".
  const words = text.split(/\s+/)
  return words.length >= 5 && words.every((word) => /^[\p{Lu}⌘]/u.test(word)) && words.filter((word) => menuWord.test(word) || siteWord.test(word)).length >= 3
}

/** Words of a site's menu besides {@link menuWord}. */
const siteWord = /^(?:docs|documentation|guides?|references?|api|releases?|showcase|partners|community|pricing|features|products?|solutions|resources|careers|events|support|download|learn|examples|tutorials|team|press|⌘k|ctrl\+k)$/i

/**
 * Find every boilerplate line of a document.
 *
 * @param lines All lines of the document, blank ones included.
 * @param lang Language of the article (BCP 47): German adds German rules; default `en`.
 * @returns A map from index in `lines` to the reason the line is dropped.
 */
export function findBoilerplate(lines: readonly SourceLine[], lang = 'en'): Map<number, DropReason> {
  const dropped = new Map<number, DropReason>()
  const content = lines.filter((line) => !line.blank).length
  let seen = 0
  for (const index of findMenu(lines)) dropped.set(index, 'navigation')

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.blank) continue
    seen++
    if (dropped.has(index)) continue
    const text = line.text

    // Tail rules: the rest of the document goes.
    if (endMark.test(text)) {
      dropTail(lines, index, 'end mark', 'footer', dropped)
      break
    }
    if (commentsTail.test(text) && seen > content / 2) {
      dropTail(lines, index, 'comments', 'comments', dropped)
      break
    }

    // Block rules.
    if (contactMarker.test(text) && countWords(text) <= 20) {
      index = dropBlock(lines, index, 'contact', dropped, (next) => countWords(next.text) <= 15)
      continue
    }
    const own = lineBoilerplate(text, lang)
    if (own === 'share') {
      index = dropBlock(lines, index, 'share', dropped, (next) => networkLine.test(next.text) || lineBoilerplate(next.text) === 'share')
      continue
    }
    if (relatedMarker.test(text)) {
      index = dropRelated(lines, index, dropped)
      continue
    }
    // "Tags:" on its own line, and the tags under it ("Linting", "Type Checking").
    if (own === 'tags' && /:\s*$/.test(text)) {
      index = dropBlock(lines, index, 'tags', dropped, (next) => countWords(next.text) <= 4 && !/[.!?]$/.test(next.text))
      continue
    }
    // "Subscribe to our newsletter" / "The latest ESLint news, case studies, tutorials, and resources." / "Subscribe".
    if (own === 'subscribe') {
      index = dropBlock(lines, index, 'subscribe', dropped, (next) => lineBoilerplate(next.text) !== undefined || (countWords(next.text) <= 15 && !isHeadlineShaped(next.text)))
      continue
    }
    if (own) {
      dropped.set(index, own)
      continue
    }
    // Two or more network names in a row are a share block without a marker.
    if (networkLine.test(text) && lines[index + 1] && networkLine.test(lines[index + 1]!.text)) {
      index = dropBlock(lines, index, 'share', dropped, (next) => networkLine.test(next.text))
    }
  }
  dropFooterLines(lines, dropped)
  return dropped
}

/**
 * The site's own lines just before its copyright line, when page furniture
 * (a share block, related links) comes before them: "Linkerd is a graduated
 * project of the Cloud Native Computing Foundation." / "Copyright © 2026…".
 */
function dropFooterLines(lines: readonly SourceLine[], dropped: Map<number, DropReason>): void {
  const copyright = lines.findIndex((line, index) => dropped.get(index) === 'copyright')
  if (copyright === -1) return
  const block: number[] = []
  let index = copyright - 1
  for (; index >= 0; index--) {
    const line = lines[index]!
    if (line.blank) continue
    if (dropped.has(index)) break
    if (countWords(line.text) > 20 || block.length >= 2) return
    block.push(index)
  }
  if (index < 0 || block.length === 0) return
  for (const at of block) dropped.set(at, 'footer')
}

/** Words that name a site's menu entries. */
const menuWord = /^(?:home|menu|about(?: us)?|contact(?: us)?|search|blog|news|shop|store|recipes|archive|subscribe|log ?in|sign ?in|sign up|register|donate|faq|help)$/i

/**
 * A site menu copied with the article: the first block of the document, of
 * at least three lines of at most three words without final punctuation,
 * one of which is a usual menu entry (`Home`, `About`, `Contact`…); lines that
 * are boilerplate on their own ("Skip to main content") do not count against
 * it. A second short block right after it with a menu entry of its own (a
 * sub-menu: `Blog` / `Adopters`, or the site's section alone: `Blog`) goes too.
 */
function findMenu(lines: readonly SourceLine[]): number[] {
  const found: number[] = []
  let start = 0
  for (let block = 0; block < 2; block++) {
    while (start < lines.length && lines[start]!.blank) start++
    let end = start
    while (end < lines.length && !lines[end]!.blank) end++
    const entries = lines.slice(start, end).filter((line) => !lineBoilerplate(line.text))
    const short = entries.every((line) => countWords(line.text) <= 3 && !/[.,;:!?]$/.test(line.text))
    // The second block may be a single entry: the section of the site ("Blog") under its menu.
    const lone = block === 1 && entries.length === 1 && menuWord.test(entries[0]!.text)
    if ((entries.length < (block === 0 ? 3 : 2) && !lone) || !short || !entries.some((line) => menuWord.test(line.text))) break
    for (let index = start; index < end; index++) found.push(index)
    start = end
  }
  return found
}

function dropTail(
  lines: readonly SourceLine[],
  from: number,
  markReason: DropReason,
  restReason: DropReason,
  dropped: Map<number, DropReason>
): void {
  dropped.set(from, markReason)
  for (let index = from + 1; index < lines.length; index++) {
    if (!lines[index]!.blank) dropped.set(index, restReason)
  }
}

/** Drop the marker at `from` and the following non-blank lines that pass `keep`; returns the last index handled. */
function dropBlock(
  lines: readonly SourceLine[],
  from: number,
  reason: DropReason,
  dropped: Map<number, DropReason>,
  belongs: (line: SourceLine) => boolean
): number {
  dropped.set(from, reason)
  let index = from + 1
  while (index < lines.length && !lines[index]!.blank && belongs(lines[index]!)) {
    dropped.set(index, reason)
    index++
  }
  return index - 1
}

/**
 * Drop a `Related Posts` marker and the post titles after it: consecutive
 * headline-shaped lines, unless the last one is followed by prose (then it is
 * a real heading and stays).
 */
function dropRelated(lines: readonly SourceLine[], from: number, dropped: Map<number, DropReason>): number {
  dropped.set(from, 'related links')
  let index = from + 1
  if (lines[index]?.blank) index++
  const titles: number[] = []
  while (index < lines.length && !lines[index]!.blank && isHeadlineShaped(lines[index]!.text) && !lineBoilerplate(lines[index]!.text)) {
    titles.push(index)
    index++
  }
  let next = index
  while (next < lines.length && lines[next]!.blank) next++
  // Prose after the titles makes the last one a heading, unless it is the site's footer: a short line with only
  // boilerplate after it ("Linkerd is a graduated project of the CNCF." / "Copyright © 2026…").
  const footer = next < lines.length && countWords(lines[next]!.text) <= 20 && lines.slice(next + 1).every((line) => line.blank || lineBoilerplate(line.text) !== undefined)
  const followedByProse = next < lines.length && !isHeadlineShaped(lines[next]!.text) && !lineBoilerplate(lines[next]!.text) && !footer
  if (followedByProse && titles.length > 0) titles.pop()
  for (const title of titles) dropped.set(title, 'related links')
  return titles.length > 0 ? titles[titles.length - 1]! : from
}
