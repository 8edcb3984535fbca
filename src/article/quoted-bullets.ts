/**
 * A bullet taken from inside a quotation: what the person said, whole, or its first clauses up to a comma or a dash as a
 * sub-editor cuts a quotation, in its marks; never words they did not say in a row (the pip research's "“I use Twitter,
 * if something happens”" and "“I'm trusting it must be alright”" were cuts no participant said).
 */
import type { PhrasingContent } from 'mdast'
import type { Candidate } from './sentence-score.js'
import { countWords } from './clause-grammar.js'
import { toString } from './visible-text.js'
import { shownKey } from './shown-bullets.js'

/**
 * The phrasing of a quoted sentence's bullet, marks included; `undefined` when only a cut of it would fit the slide.
 *
 * @param candidate The sentence, inside a quotation or opening one, with its compressed bullet.
 * @param children The bullet's phrasing as compressed.
 * @param maxWords Words a bullet aims at (the quotation may run six over).
 */
export function quotedBullet(candidate: Candidate, children: PhrasingContent[], maxWords: number): PhrasingContent[] | undefined {
  // (Only the words inside the marks: "…," said Marta Osei, who leads…" may lose who she is; and an aside in brackets,
  // "(there is a range of different designs)", may go as a sub-editor would take it out.)
  const said = quotedSpan(candidate.sentence).replace(/\s+\([^()]*\)/g, '')
  const shown = shownKey(candidate.bullet!.text)
  // (Not first clauses that end on a condition the next clause waits for: "I use Twitter, if something happens[, in the
  // morning it can take me awhile…]".)
  // (A dash ends a clause only after a word that ends one: "…efforts in open source – making it…", not "I find a package by
  // figuring out - we need to…".)
  const clauses = [...said.matchAll(/\s*[,;:]\s|\s[-–—]\s/g)].filter((match) => !/[-–—]/.test(match[0]) || !/\b(?:out|up|by|of|to|for|with|in|on|at|from|about|and|or|but|the|a|an)$/i.test(said.slice(0, match.index))).map((match) => said.slice(0, match.index)).filter((clause) => !/(?:^|[,;:—–-]\s*)(?:if|when|whenever|once|unless|because|since|although|though|while|as|after|before|until)\s[^,;:—–]*$/i.test(clause)).map(shownKey)
  let out = children
  if (!shown.includes(shownKey(said)) && !clauses.some((clause) => countWords(clause) >= 5 && shown === clause)) {
    if (countWords(said) > maxWords + 6) return undefined
    out = [{ type: 'text', value: said }]
  }
  const text = toString({ type: 'paragraph', children: out })
  if (!/^[“"‘]/.test(text)) out = [{ type: 'text', value: '“' }, ...out]
  if (!/[”"]/.test(text.slice(1))) out = [...out, { type: 'text', value: '”' }]
  return out
}

/** The words of a sentence inside its quotation marks: up to the closing mark, without the opening one and a last stop. */
function quotedSpan(sentence: string): string {
  const text = sentence.trim().replace(/^[“"]/, '')
  const close = text.search(/[”"]/)
  return (close === -1 ? text : text.slice(0, close)).trim().replace(/(?<!\.\.)[.,]$/, '')
}
