/**
 * The figure a claim leads with ("3 billion", "40%", "$5,000"), which a
 * big-number slide shows large.
 */
import type { ListItem } from 'mdast'
import { isCitation } from '../text/lines.js'
import { plainText } from './face-parts.js'

/**
 * The figure a bullet's claim leads with, as written: a number with a
 * magnitude or unit ("3 billion", "40%", "10x", "$5,000"), or a count of
 * two digits or more ("4200", "70"). Years (1800–2099 standing alone),
 * versions ("1.2.3", "v2"), times and dates, ordinals, and numbers inside
 * code or words ("Python3") are not figures.
 *
 * @param item A bullet.
 */
export function keyFigure(item: ListItem): string | undefined {
  const first = item.children[0]
  if (first?.type !== 'paragraph') return undefined
  const text = plainText(first.children)
  // A citation's volume and pages ("Syst. 12, 10 (October 2001), 1094-1104") are no claim.
  if (isCitation(text)) return undefined
  const pattern = /(?<![\p{L}\p{N}.,:/#-])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|×|x\b|(?:thousand|million|billion|trillion|percent|per\s+cent|times)\b))?(?![\p{L}\p{N}]|[.:/-][\p{L}\p{N}])/gu
  for (const match of text.matchAll(pattern)) {
    const [, currency = '', number, unit = ''] = match
    const value = Number(number!.replace(/,/g, ''))
    const after = text.slice(match.index + match[0].length)
    // An ordinal ("1st"), a version's "v", a date's month or an "a.m." time are not figures.
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /v$/i.test(text.slice(0, match.index))) continue
    if (/^\s*(?:a\.?m\.?|p\.?m\.?)\b/i.test(after)) continue
    // A day of a date ("on February 16", "16 March") is no figure.
    const month = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i
    if (month.test(text.slice(0, match.index).trimEnd()) || month.test((/^\s*([A-Za-z]+\.?)/.exec(after)?.[1] ?? '').trim())) continue
    const year = !currency && !unit && /^\d{4}$/.test(number!) && value >= 1800 && value <= 2099
    if (year) continue
    if (!currency && !unit && value < 10) continue
    // The figure with what it counts: "25,000 stars", "17 minutes", "71 GB" (a lone "17" says nothing).
    // A number that names something ("PEP 11", "Table 2", "Python 3") is an identifier, not a figure.
    if (/(?:\b[A-Z]{2,}|\b(?:Figure|Fig\.|Table|Section|Chapter|Step|Part|Issue|Version|Python|Node|Go|Java|Rust|Ruby|PHP)|#)\s*$/.test(text.slice(0, match.index))) continue
    // A bare number after a name is a version or a model ("in Electron 20+", "Windows 11"), not a figure.
    if (!currency && !unit && /(?<=\S\s+)\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(0, match.index))) continue
    return `${currency}${number}${unit}`.trim()
  }
  return undefined
}
