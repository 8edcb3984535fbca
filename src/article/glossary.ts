/**
 * A glossary's entry: a term in bold, then what it is in a noun phrase of
 * the writer's own ("**Backdoor**" over "A method of bypassing normal
 * authentication or securing unauthorized access to a computer. Backdoors can
 * be installed…"). On a slide: the term as the label, the noun phrase as its
 * claim, compressed as a statement about the term would be.
 */
import { compressSentence } from './compress.js'
import { countWords, isStatement } from './clause-grammar.js'
import { tagSentence } from './nlp.js'

/** A noun phrase that says what a term is: it opens with an article. */
const saysWhat = /^(?:A|An|The|Any|One)\s/

/**
 * What a glossary's term is, for its bullet: the first sentence of its
 * paragraph when that sentence is a noun phrase ("A type of vulnerability
 * that allows an attacker to execute arbitrary code…"), compressed to the
 * word budget as "It is …" would be, without the "It is" no source wrote;
 * `undefined` when the first sentence makes a statement of its own ("Git is
 * a suite of…": the bullet is chosen as any other) or no cut fits.
 *
 * @param sentences The sentences of the paragraph after its bold term.
 * @param maxWords Words a bullet should have.
 */
export function glossaryClaim(sentences: readonly string[], maxWords: number): string | undefined {
  const first = sentences[0]?.replace(/\s+/g, ' ').trim()
  if (!first || !saysWhat.test(first) || /[?!]$/.test(first) || countWords(first) < 3) return undefined
  if (isStatement(tagSentence(first))) return undefined
  const framed = compressSentence(`It is ${first.charAt(0).toLowerCase()}${first.slice(1)}`, { maxWords: maxWords + 2 })
  if (!framed || !/^It is /.test(framed.text)) return undefined
  const claim = framed.text.slice('It is '.length)
  return claim.charAt(0).toUpperCase() + claim.slice(1)
}
