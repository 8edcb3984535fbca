/**
 * Lines of plain text that caption a picture the copy lost (a place, a date, what it shows), read so that they head no
 * section.
 */
import { countWords, isTitleCase } from './lines.js'

/** Whether most words of four letters or more start with a capital (Title Case), with three such words at least. */
export function isTitleCaseText(text: string): boolean {
  return isTitleCase(text, 3) && !/[.!?]$/.test(text)
}

/** A photo's caption with its place, its date and its source after commas: "Artsy team at General Assembly, June 2011, the Observer". */
export function datedCaption(text: string): boolean {
  return countWords(text) <= 14 && (text.match(/,\s/g) ?? []).length >= 2 && /\b(?:at|in|on)\s+(?:the\s+)?\p{Lu}\p{L}+/u.test(text) && /,\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?)?\d{4},/i.test(text) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b|[.?!:]$/i.test(text)
}

/** A photo caption that names a scene and where it is: six words or more in sentence case, a comma, a place after "at", "along", "in"… and no verb. */
export function isPlaceCaption(text: string): boolean {
  // (In sentence case: "The Tastes Great, Less Filling Model in Action" is a section's name in Title Case.)
  if (countWords(text) < 6 || !text.includes(', ') || isTitleCaseText(text)) return false
  if (/\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|may|might|must|shall|how|why|what|when|where|who|which|vs\.?|versus)\b|[?!:]/i.test(text)) return false
  return /\b(?:at|along|in|near|on|over|above|below|beside|across|outside|inside|into|toward|towards|from)\s+(?:the\s+)?\p{Lu}\p{L}+/u.test(text) && /,\s+(?:\p{Lu}\p{L}+|along|at|in|near|on|from|with)\b/u.test(text)
}

/**
 * Whether a line in sentence case between paragraphs is a picture's caption: it says what the picture shows ("…shown
 * around the Earth", "…showing, again, the listing for…"), ends with a remark in brackets, or points at its picture ("in
 * this catalog") while the paragraph after it goes on from the one before ("Despite its imperfections…").
 */
export function isPictureCaption(text: string, next: string): boolean {
  if (countWords(text) < 5 || /[.!?:;]$/.test(text) || /^(?:how|why|what|when|where|who|which|whether)\b/i.test(text)) return false
  // (A remark in brackets that says where to look: "(Orion is just to the left of Earth)", in Title Case or not.)
  const remark = /\S \(([^()]{3,})\)$/.exec(text)?.[1] ?? ''
  if (countWords(remark) >= 4 && /\b(?:is|are|shows?|left|right|top|bottom|above|below|cent(?:er|re))\b/i.test(remark)) return true
  // ("Zachary Leming working on WaveLab": someone named, doing something, is a photo's caption.)
  if (/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,2} (?:working|standing|sitting|speaking|holding|looking|talking|presenting|walking|reading|using|playing|teaching|posing)\b/u.test(text)) return true
  if (isTitleCaseText(text)) return false
  if (/\b(?:shown|showing|depicted|pictured|photographed|plotted|seen from|illustrating|depicting)\b/i.test(text)) return true
  // ("Closeup of film reel with warp and curl", "Detail of the north door": what a close-up shows.)
  if (/^(?:close-?ups?|detail|details|view|aerial view|aerial photo|cross-section) (?:of|from)\b/i.test(text)) return true
  return /\b(?:this|these)\s+\p{Ll}+$/u.test(text) && /^(?:(?:and|but|now|again|also|despite|using|as|here),?\s|(?:\S+\s){0,2}(?:its|these|this|their)\s)/i.test(next)
}

/** A figure's caption with its reference's number, in sentence case: "Summary of the study (1)" over the post's TL;DR. */
export function isNumberedCaption(text: string): boolean {
  return /^\p{Lu}[\p{Ll}\d ,'’-]+ \(\d{1,3}\)$/u.test(text) && countWords(text) <= 9 && !isTitleCaseText(text)
}
