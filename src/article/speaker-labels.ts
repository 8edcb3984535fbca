/**
 * Interview answers labelled with who gives them ("Timen: Ten eerste passen we de Nederlandse API-strategie toe."): the
 * label is the notes', the claim the face's.
 */
import type { Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import escapeStringRegexp from 'escape-string-regexp'

/** A speaker's name, one to three capitalised words: "Timen", "Greg Bunce". */
const speakerName = String.raw`\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}`

/** A name and a colon that open a paragraph: "Timen: Het tweede belangrijke principe…", "Greg Bunce: And we are from…". */
const speakerOpening = new RegExp(String.raw`^(${speakerName}): (?=["“‘]?\p{Lu})`, 'u')

/** A name and its colon set in bold: "**Jerod Santo:**". */
const boldSpeaker = new RegExp(String.raw`^(${speakerName}):$`, 'u')

/** Labels that open paragraphs without naming anyone. */
const notNames = /^(?:note|notes|update|edit|tip|warning|caution|important|example|answer|question|step|source|sources|summary|result|results|conclusion|disclaimer|spoiler|bonus|hint|correction|addendum|context|background|problem|solution|reason|goal|lesson|takeaway|verdict|pros|cons|location|date|time|when|where|who|what|why|how|price|cost|ps|nb|fyi|tldr|quote|interviewer|editor|moderator|transcript)$/i

/**
 * Mark the paragraphs an interview opens with a speaker's first name ("Kiske: Het Vorderingenoverzicht Rijk is
 * ontstaan…") with that name: the face shows the answer without it, the notes keep it. A label is a speaker's when it
 * opens two paragraphs or more and is a full name, or the article also gives that person's full name ("Timen Olthof, Architect").
 *
 * @param tree The article (changed in place).
 */
export function markSpeakerLabels(tree: Root): void {
  const opened = new Map<string, Paragraph[]>()
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue
    const [first, next] = node.children
    // (Or in bold, as a transcript writes it: "**Jerod Santo:** \[00:31\] Welcome to…", "**Sid Sijbrandij**: You have…".)
    const bold = first?.type === 'strong' ? boldSpeaker.exec(`${toString(first).trim()}${next?.type === 'text' && /^:\s/.test(next.value) ? ':' : ''}`)?.[1] : undefined
    const name = first?.type === 'text' ? speakerOpening.exec(first.value)?.[1] : bold
    // (No word of it a label's: "Key Takeaway:", "Pro Tip:", "Action Item:" name no one.)
    if (name && !name.split(' ').some((word) => notNames.test(word) || /^(?:takeaways?|items?|facts?|ideas?|points?|reminders?|insights?|findings?|quotes?|definitions?|rules?)$/i.test(word))) opened.set(name, [...(opened.get(name) ?? []), node])
  }
  if (opened.size === 0) return
  const text = toString(tree)
  for (const [name, paragraphs] of opened) {
    // (A full name is its own evidence: "Greg Bunce: …" / "Matt Peters: …", a podcast's hosts.)
    if (paragraphs.length < 2 || (!name.includes(' ') && !new RegExp(`(?<![\\p{L}])${escapeStringRegexp(name)} (?:(?:de|van|von|der|den|da|di|le|la|du|del|dos|das|ter|ten) )*\\p{Lu}\\p{Ll}`, 'u').test(text))) continue
    for (const node of paragraphs) node.data = { ...node.data, speaker: name }
  }
}

/**
 * The prose of a paragraph without its speaker's label, when {@link markSpeakerLabels} marked one.
 *
 * @param node A paragraph.
 * @param text Its prose.
 */
export function withoutSpeaker(node: Paragraph, text: string): string {
  const name = node.data?.speaker
  return name !== undefined && text.startsWith(`${name}: `) ? text.slice(name.length + 2) : text
}
