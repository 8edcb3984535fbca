/**
 * Comparisons a slide lays out in two columns: pros and cons, before and
 * after, A vs B.
 */
import type { BlockContent, Heading, List, ListItem } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { LayoutChoice } from './layout-names.js'
import escapeStringRegexp from 'escape-string-regexp'

/** A heading that names a comparison: "Pros and cons", "Before and after", "Rust vs. Go", "Myths and facts". */
export const comparisonHeading =
  /\b(?:vs\.?|versus|compared (?:to|with)|comparison|pros and cons|before and after|then and now|old and new|(?:dis)?advantages and (?:dis)?advantages|benefits and (?:drawbacks|costs|risks)|trade-?offs?|myths? (?:and|vs\.?) (?:facts?|reality)|dos and don['’]ts)\b/i
/** A column lead-in or bold label that names one side of a comparison. */
const comparisonSide = /^(?:pros|cons|before|after|then|now|old|new|advantages?|disadvantages?|benefits?|drawbacks?|costs?|risks?|myths?|facts?|reality|do|don['’]t|dos|don['’]ts|with(?:out)?\b.*|instead)\b/i

/**
 * A comparison the slide's body lays out in two columns: two lead-ins
 * (short paragraphs, one ending in ":" or naming a comparison) each with
 * its list; two lists under a comparison heading; or, under a heading that
 * names a comparison ("Pros and cons", "Before and after", "A vs B"), one
 * list of two to six bullets, cut in half (at a bold label that starts the
 * second half, when there is one).
 *
 * @param heading The slide's heading.
 * @param body The face without its heading.
 * @returns Where the second column starts, or `undefined` for no comparison.
 */
export function comparison(heading: Heading, body: readonly BlockContent[]): Pick<LayoutChoice, 'columnStart' | 'splitItems'> | undefined {
  const compares = comparisonHeading.test(toString(heading))
  const shape = body.map((node) => node.type).join(' ')
  if (shape === 'paragraph list paragraph list') {
    const leads = [body[0]!, body[2]!].map((node) => toString(node).trim())
    const short = leads.every((lead) => lead.split(/\s+/).length <= 14)
    if (short && (compares || leads.every((lead) => lead.endsWith(':') || comparisonSide.test(lead)))) return { columnStart: 2 }
  }
  if (!compares) return undefined
  if (shape === 'list list') {
    const sides = versusSides(toString(heading))
    const [first, second] = [(body[0] as List).children, (body[1] as List).children]
    return sides && !(namesSide(first, sides) && namesSide(second, sides)) ? undefined : { columnStart: 1 }
  }
  if (shape === 'list') {
    const items = (body[0] as List).children
    if (items.length < 2 || items.length > 6) return undefined
    const labelled = items.findIndex((item, index) => index > 0 && comparisonSide.test(boldLabel(item)))
    const splitItems = labelled > 0 ? labelled : Math.ceil(items.length / 2)
    // Under "A vs. B", each column names a side ("In web application back-ends, …" | "Front-end applications…"): a
    // continuation of the section whose bullets name neither ("If the error happened early enough…") is no comparison.
    const sides = versusSides(toString(heading))
    if (sides && labelled <= 0 && !(namesSide(items.slice(0, splitItems), sides) && namesSide(items.slice(splitItems), sides))) return undefined
    return { columnStart: 0, splitItems }
  }
  return undefined
}

/** The sides' first words in a heading "A vs. B" ("Front-End vs. Back-End Error Handling": front, back), if it has them. */
function versusSides(heading: string): string[] | undefined {
  const match = /(\p{L}[\p{L}-]*)(?:\s+\S+)?\s+(?:vs\.?|versus)\s+(\p{L}[\p{L}-]*)/iu.exec(heading)
  return match ? [match[1]!, match[2]!].map((side) => escapeStringRegexp(side.split('-')[0]!)) : undefined
}

/** Whether a column's bullets name one of the sides. */
function namesSide(items: readonly ListItem[], sides: readonly string[]): boolean {
  return items.some((item) => sides.some((side) => new RegExp(`\\b${side}`, 'i').test(toString(item))))
}

function boldLabel(item: ListItem): string {
  const first = item.children[0]
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined
  return lead?.type === 'strong' ? toString(lead) : ''
}
