/**
 * The language an article is written in, when its source does not say: a
 * count of each language's commonest function words in the prose. An
 * article copied from a Dutch page reads as Dutch (its `<html lang>`, the
 * words Lectern adds to the deck, and no English grammar cutting its
 * sentences), without a language model.
 */

/** The commonest function words of the languages told apart (none shorter than two letters). */
const functionWords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set('the and of to is in that it for with was on are this be as by not you have from'.split(' ')),
  nl: new Set('de het een en van is dat op te in voor niet met zijn die ook wordt worden er aan bij naar als maar dan'.split(' ')),
  de: new Set('der die und das ist nicht mit ein eine zu von den sich auch auf für dem wird im des werden sind'.split(' ')),
  fr: new Set('le la les et des est une un du que pour dans pas qui sur au avec ce sont mais plus par'.split(' ')),
  es: new Set('el la los las y de que es en un una por con para del se no como más pero sus al'.split(' ')),
  it: new Set('il la di che è e per un una non sono con del della gli le si anche da nel alla'.split(' ')),
  pt: new Set('o a os as e de que é um uma para com não do da em no na se dos das mais'.split(' '))
}

/** Fewest words of prose to tell a language by. */
const fewestWords = 60

/**
 * The language of a text by its function words: a BCP 47 code (`en`, `nl`,
 * `de`, `fr`, `es`, `it`, `pt`), or `undefined` when the text is short or no
 * language stands out (at least 8% of its words, and half as many again as
 * the next language's).
 *
 * @param text Prose (the first few thousand words are enough).
 */
export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 4000) ?? []
  if (words.length < fewestWords) return undefined
  const counts = Object.entries(functionWords).map(([language, set]) => ({ language, count: words.filter((word) => set.has(word)).length }))
  counts.sort((a, b) => b.count - a.count)
  const [best, next] = counts
  if (!best || best.count < words.length * 0.08 || (next && best.count < next.count * 1.5)) return undefined
  return best.language
}
