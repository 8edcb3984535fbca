/**
 * A paragraph that names the talk's subject and says what it is: "I call
 * events like these mountaintop moments. They're any event or experience that
 * lets us escape from our normal lives." On a slide: the name as the label,
 * what it is as the claim ("**Mountaintop moments:** any event or experience
 * that lets us escape from our normal lives"), the article's own words.
 */

/** A definition found: the term as the title writes it, and what it is. */
export interface Definition {
  /** The term, as the title or heading writes it ("Mountaintop moments"). */
  label: string
  /** What it is, as the article says it, without "They're" ("any event or experience that lets us escape…"). */
  text: string
}

/** Most words of what a term is, to stand on a slide as its claim. */
const mostWords = 20

/**
 * The definition a paragraph opens with, when the term it names is the
 * deck's title or the section's heading (or ends it).
 *
 * @param sentences The paragraph's sentences.
 * @param names The deck title and the section heading, as written.
 */
export function definitionOf(sentences: readonly string[], names: readonly (string | undefined)[]): Definition | undefined {
  const naming = /^(?:i|we) (?:call|like to call|have come to call|refer to) .+$/i.exec(sentences[0]?.trim().replace(/[.!]$/, '') ?? '')
  const what = /^(?:they|it|these|this)(?:['’]re|['’]s| are| is) (.+?)[.!]?$/i.exec(sentences[1]?.trim() ?? '')
  if (!naming || !what || what[1]!.split(/\s+/).length > mostWords) return undefined
  const said = naming[0].toLowerCase()
  for (const name of names) {
    const term = name?.trim().replace(/[.:!?]+$/, '')
    if (!term || term.split(/\s+/).length > 5) continue
    if (said.endsWith(` ${term.toLowerCase()}`) || said.endsWith(` ${term.toLowerCase()}s`)) return { label: term.charAt(0).toUpperCase() + term.slice(1), text: what[1]! }
  }
  return undefined
}
