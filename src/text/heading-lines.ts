/**
 * Which line of a plain-text body is a heading, given its shape, its
 * neighbours and what is known about the whole body.
 */
import { isPublicationNote, pointer } from '../article/pointers.js'
import { parseByline } from './byline.js'
import type { BodyLine } from './body-lines.js'
import { isQuestionOverAnswer, isStandaloneQuestion, speakerWords, type BodyShape } from './body-shape.js'
import { isAttributionLine, nextPartLink } from './boilerplate-lines.js'
import { countWords, endsSentence, isAttribution, isBoxLabel, isCallout, isHeadlineShaped, isQuotation, linkLabel, startsLowercase, timeStamp } from './lines.js'
import { isPersonWithRole, isPictureCredit } from './credit-lines.js'
import escapeStringRegexp from 'escape-string-regexp'
import { datedCaption, isNumberedCaption, isPictureCaption, isPlaceCaption, isTitleCaseText } from './caption-lines.js'

/** Words of a line that is a paragraph of its own in text with a paragraph a line. */
const minParagraphWords = 25

/** Most words in a heading made of questions only. */
const maxQuestionHeadingWords = 24

/** Whether a line holds only questions (an exclamation may open it): "Help! What should I do?". */
function isQuestionLine(text: string): boolean {
  if (countWords(text) > maxQuestionHeadingWords || !/\?["'”’)]*$/.test(text)) return false
  const sentences = text.split(/(?<=[.!?])\s+(?=["'“‘]?\p{Lu})/u)
  // (Or a short statement before it: "🤓 I'm not very technical. Can I still help?".)
  return sentences.length > 1 && sentences.slice(1).every((sentence) => /\?["'”’)]*$/.test(sentence)) && (/[!?]["'”’)]*$/.test(sentences[0]!) || (sentences.length === 2 && countWords(sentences[0]!) <= 6))
}

/** Two to four capitalised words and a colon: "All Time Review:", "Key Findings:" (not "Note:" or "Severity breakdown:"). */
function isSectionLabel(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}'’-]*(?: (?:\p{Lu}[\p{L}\p{N}'’-]*|of|and|the|for|to|in|on|a|an)){1,3}:$/u.test(text) && !isBoxLabel(text.slice(0, -1)) && !isCallout(text + ' x')
}

/**
 * Whether `line` (a text or numbered line) can be a heading, given its neighbours.
 *
 * @param body The body's lines.
 * @param at The line's index in `body`.
 * @param shape What is known about the whole body.
 */

/** A value alone on its line: a year, a date, a month and year, an amount ("2020", "April, 2024", "$5m", "40%"). */
const bareValue = /^(?:\d{4}|\p{L}+\.?,? \d{4}|\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4}|[$€£]?\d[\d,.]*\s?(?:%|k|m|bn|million|billion)?\+?)$/iu
/** A link or button's label standing alone ("Visit Website", "Learn more"). */
const buttonLabel = /^(?:visit (?:the )?(?:web ?site|site|page|homepage|project)|get started|sign up now|download now|see more|view (?:website|project|source))$/i

/** A sentence that points at a figure after it: "Per the visualization below, …", "…in the following chart:". */
const figureBelow = /\b(?:(?:visuali[sz]ation|chart|graph|plot|figure|map|diagram|table|image|picture|photo)s? below|(?:the )?following (?:visuali[sz]ation|chart|graph|plot|figure|map|diagram|image|picture|photo)s?)\b/i

/** A paragraph that opens on the figure before it: "As we can see, …", "The chart above shows…". */
const figureAbove = /^(?:as (?:we|you|one) can see\b|as (?:is )?shown (?:above|here)\b|(?:in|from) the (?:visuali[sz]ation|chart|graph|plot|figure|map|diagram|image|picture|photo) above\b|(?:this|the) (?:visuali[sz]ation|chart|graph|plot|figure|map|diagram) (?:above )?(?:shows|illustrates|reveals|demonstrates)\b)/i

/** A back-matter heading: "References", "Notes and sources", "About the author", "How to cite". */
export const backMatterHeading = /^(?:\*?(?:references|sources|further reading|resources|bibliography|footnotes|notes)(?: (?:and|&) (?:references|sources|resources|notes|credits|further reading))?|(?:special |many )?thanks(?: and (?:gratitude|acknowledge?ments))?|thank you|see also|(?:learn|find out|read) more(?: about (?:us|me|the authors?|the project|our work))?|more information|further information|(?:useful |external |more )?links|related (?:posts|reading|links|articles)|acknowledge?ments|credits|about the authors?|how to cite(?: this)?|(?:recommended|suggested) citation|cite (?:this(?: (?:article|post|piece))?|as|me!?))\s*:?$/i

export function isHeading(body: readonly BodyLine[], at: number, shape: BodyShape): boolean {
  const line = body[at]!
  const next = body[at + 1]
  const previous = body[at - 1]
  if (!next) return false
  // (Neither words someone said over the name that says who, nor the name: "How many hours a day I use my phone?…" / "Jesse".)
  if (line.attribution || (line.kind === 'text' && next.attribution)) return false
  // ("…to address new topics…:" / "What groups… have been most affected?" / "Who is being tested…?" / …: questions a colon
  // introduces, one a paragraph, are its list, not six sections.)
  if (line.kind === 'text' && questionRunAfterColon(body, at)) return false
  // (Nor the one question a paragraph's colon asks, "…You have to step back and ask:" / "Why did the system let this happen in
  // the first place?": what the writer asks, not a section's name.)
  if (line.kind === 'text' && /\?["'”’)]*$/.test(line.source.text) && previous?.kind === 'text' && /:\s*$/.test(previous.source.text) && countWords(previous.source.text) >= 3) return false
  // (Nor a script's speaker, "VOICE TWO:", said three times or more: who reads the next lines, not a section.)
  if (line.kind === 'text' && /^\p{Lu}[\p{Lu}\p{N} .'’-]{1,30}:$/u.test(line.source.text) && body.filter((other) => other.source.text === line.source.text).length >= 3) return false
  // (Nor a field each step of a plan closes with, "Goal: Optimized version of the machine" over "Step 4: Testing…": a
  // label the body repeats, once at least right over a numbered heading, is the step's, not a section of its own.)
  if (shape.fields.has(at) || shape.dialogue?.has(at)) return false
  // (Nor a photo's caption dated in it, "Artsy team at General Assembly, June 2011, the Observer", over a section.)
  // (Title Case or not: its date and its credit after commas make it one.)
  if (line.kind === 'text' && datedCaption(line.source.text)) return false
  // (Nor a cry of a word or two between a paragraph and a heading, "Score!": a photo's caption left without its photo.)
  // (Or a reaction opening on an interjection, "Uhh… okay?": the writer's aside, no section.)
  const exclaims = /!$/.test(line.source.text)
  const cry = exclaims || /^(?:u+h+|u+m+|h+m+|huh|o+h+|wow|ugh|meh|yikes|whoa|er+m*|well|okay|ok)\b[.…!?, ]/i.test(line.source.text)
  if (line.kind === 'text' && cry && countWords(line.source.text) <= (exclaims ? 2 : 4) && previous?.kind === 'text' && !isHeadlineShaped(previous.source.text) && next.kind === 'text' && (isHeadlineShaped(next.source.text) || (/\?$/.test(next.source.text) && countWords(next.source.text) <= 8))) return false
  if (shape.lowercase.has(at) || shape.listed.has(at)) return true
  // (A back matter's heading over its addresses, "Links" / "https://bruksmuseum.fi/en/home/", too.)
  if (line.kind === 'text' && line.gap && backMatterHeading.test(line.source.text) && /^(?:https?:\/\/|www\.)\S+$/.test(next.source.text)) return true
  if (!next.gap && next.kind === 'text' && startsLowercase(next.source.text) && !shape.lowercase.has(at + 1)) return false
  if (line.kind === 'section') return true
  // ("References:" over a list of titles: the back matter's heading, with or without its colon.)
  // ("About the author:" over the author's bio, "How to cite :" over the citation.)
  if (line.kind === 'text' && line.gap && backMatterHeading.test(line.source.text)) return true
  // (A survey question's label over what its answers showed, "Responses to question: I think about the security and
  // integrity of the software I install": the finding's heading, not a bullet that states the question as a claim.)
  if (line.kind === 'text' && line.gap && next.gap && /^(?:responses? to (?:the )?(?:survey )?(?:question|statement)|survey question|question \d{1,2})\s*:\s*\S/i.test(line.source.text) && !/[.!]$/.test(line.source.text)) return true
  if (shape.interview && isStandaloneQuestion(body, at)) return true
  // (So is a question set apart over its answer with no blank line between them: "Do you have any ideas to expand the
  // OpenStreetMap community, to motivate more people to contribute?" had run on under the one before.)
  if (shape.interview && isQuestionOverAnswer(body, at)) return true
  // In a debate, who speaks heads what they said ("Jeffrey Sachs, Director of the United Nations Millennium Project…").
  if (shape.speakers && line.kind === 'text' && line.gap && next.gap && isPersonWithRole(line.source.text, speakerWords)) return true
  const content = line.kind === 'item' ? line.item!.content : line.source.text
  // A line of questions only ("Help! What should I do?", "What does this mean for developers? Do we
  // still write Dockerfiles?") that stands apart and leads a paragraph is a heading.
  // (In text with a paragraph a line and no blank lines, the line before must end its sentence instead.)
  const apart = line.gap || (!shape.wrapped && !shape.spaced && previous?.kind === 'text' && endsSentence(previous.source.text))
  // (Not a long question alone of its kind in the text, one sentence, a textbook's exercise over its answer: "Why would it be good for
  // cases within each stratum to be very similar?" had titled the section's last two slides, on other methods.)
  const asks = (text: string): boolean => (/\?["'”’)]*$/.test(text) && isHeadlineShaped(text)) || isQuestionLine(text)
  if (line.kind === 'text' && countWords(content) >= 10 && asks(content) && !isQuestionLine(content) && body.filter((other) => other.kind === 'text' && other.gap && asks(other.source.text)).length === 1) return false
  // (Numbered too, as the first of a run of numbered questions: "1. Who is your reader? Why should they care about your message?")
  const questions = (line.kind === 'text' && isQuestionLine(content) && apart && next.kind === 'text' && !isHeadlineShaped(next.source.text)) || (line.item?.ordered === true && isQuestionLine(content) && line.gap)
  // A label in Title Case set apart before a paragraph ("All Time Review:" / (blank) / "On average, we receive…") names a section.
  const label = line.kind === 'text' && line.gap && next.gap && isSectionLabel(content) && next.kind === 'text' && countWords(next.source.text) >= 12 && !isHeadlineShaped(next.source.text)
  // (So does a short line in sentence case that ends on its colon over a paragraph of prose, naming the case it covers, "If
  // you no longer have access to the account:", "Take extra precautions against attackers:"; not a lead-in that points at
  // what follows, "Here is what happened:", "The reason is simple:".)
  // (Or over the lead-in of its steps, an exclamation before it: "Don't stop here! Important next steps:" / "If you suspect
  // that someone else has access to your account, complete the following steps:" / "• Step 1: …".)
  const leadsSteps = next.kind === 'text' && /:$/.test(next.source.text) && countWords(next.source.text) >= 6 && body[at + 2]?.kind === 'item'
  const casesLabel = line.kind === 'text' && line.gap && next.gap && next.kind === 'text' && /^\p{Lu}[^.?]*?(?:! \p{Lu}[^.!?]*)?:$/u.test(content) && !/![^ ]/.test(content) && countWords(content) >= 4 && countWords(content) <= 10 && (countWords(next.source.text) >= 25 || (leadsSteps && /! \p{Lu}/u.test(content))) && !/\b(?:following|below|above|here|these|this|those|follows|include|includes|including|is|are|was|were|be|says?|said|like|such as|example|examples)\b/i.test(content.replace(/^.*! /, '')) && !/^(?:you|we|i|they|he|she|it)\s/i.test(content)
  if (label || casesLabel || shape.colonLabels?.has(at) || shape.statements?.has(at)) return true
  if (!isHeadlineShaped(content) && !shape.numbered.has(at) && !questions) return false
  // (A link's words, "See Place Matters' summary of the building's history", point elsewhere; a player's title under "I
  // recommend this YouTube video…", "Napoleonic Wars: Battle of Austerlitz 1805", names what the page played.)
  // (Nor a chart's title, "Number of health facilities listed in each dataset", "The frequency of various types of…".)
  if (line.kind === 'text' && countWords(content) >= 5 && /^(?:the )?(?:number|frequency|share|percentage|proportion) of\b/i.test(content)) return false
  if (line.kind === 'text' && (/^(?:[Ss]ee|[Rr]ead|[Vv]isit|[Dd]ownload)\s+(?:\p{Lu}|(?:the|our|this|more|also)\b)|^(?:[Ww]atch|[Ll]isten to|[Vv]iew) (?:the|this|our) (?:video|clip|recording|talk|podcast)\b/u.test(content) || nextPartLink.test(content) || /\b(?:this|the following|the below) (?:youtube |vimeo |short |great |excellent )?(?:video|clip|documentary|podcast|lecture|recording)\b[^.!?]*[.:!]?$/i.test(previous?.source.text ?? ''))) return false
  // A chart's legend or a row of tabs copied without the chart ("Self-supply" / "Combination" / "Public supply", a blank
  // line between each): three short labels in a row with nothing under any of them name no sections.
  if (line.kind === 'text' && labelRun(body, at)) return false
  // (Nor rows of data set a line each with no blank line between: "Eigergletscher (7°58'/46°35'), 2320 m asl., data
  // from 1908 until 1952" / "Kleine Schneidegg (…), 2060 m asl., data since 1960" had been eight sections of nothing.)
  const record = (other: BodyLine | undefined): boolean => other?.kind === 'text' && /\d/.test(other.source.text) && /,\s/.test(other.source.text)
  // (A row alone too, when it reads as data: three numbers or more and two commas, "JUN: Junfraujoch (7°59'/46°33'),
  // 3580 m asl., data from 1933 until 2018".)
  const row = (line.source.text.match(/\d+/g) ?? []).length >= 3 && (line.source.text.match(/,\s/g) ?? []).length >= 2
  if (record(line) && (row || (record(next) && !next.gap) || (record(previous) && !line.gap))) return false
  // (Nor the span of years a chart's title has under it, "Area burned by wildfires…" / "1984 to 2020".)
  if (line.kind === 'text' && !line.gap && /^(?:1[5-9]|20)\d{2}\s*(?:-|–|—|to)\s*(?:1[5-9]|20)\d{2}$/.test(content.trim())) return false
  // (Nor where the piece first ran, "This piece originally appeared in the online magazine Educating Modern Learners in
  // May 2014", a note without its full stop: it had titled a slide.)
  // (Nor an epigraph over who said it, "Statistics are people with the tears washed off" / "- Paul Brodeur".)
  if (line.kind === 'text' && (isPublicationNote(content) || isAttribution(next.source.text) || isAttributionLine(next.source.text) || /\bpic\.twitter\.com\//.test(content))) return false
  // (Nor a link's words that point at a player or a page, "Watch an animation on how SMAP gathers data", "Click here to
  // access the tutorial".)
  if (line.kind === 'text' && pointer.test(content)) return false
  // "The environmental datasets needed to study safe drinking water are" / "• Small" / "• Scarce": a sentence that runs
  // on into its list is its lead-in, not a heading.
  // (So is the writer's own clause over it, "For a longer trip (2 weeks or more) I will also pack"; and a clause of theirs
  // with its commas is a sentence that lost its stop, "I have some useful routefiles, mostly Swedish, in maps page".)
  const ownClause = /(?:^|[\s,)])(?:I|[Ww]e)(?:['’](?:ll|ve|m|d))? (?:\p{Ll}+ )?(?:will|would|have|had|am|was|can|could|use|used|need|take|took|pack|bring|carry|recommend|prefer)\b/u.test(content)
  if (ownClause && countWords(content) >= 5 && (next.kind === 'item' || (/^(?:I|We) \p{Ll}/u.test(content) && content.includes(',')))) return false
  if (next.kind === 'item' && countWords(content) >= 5 && /\b(?:are|is|were|was|include|includes|including|such as|like|the|an?|of|and|or)$/i.test(content)) return false
  // A remark in brackets ("(Alt-text example from NHS website jaundice page)") and an example box's label ("Example")
  // belong to the text around them.
  if (/^\(.*\)$/.test(content) || /^(?:for )?examples?:?$|^(?:before|after):?$|,\s*please:?$/i.test(content)) return false
  // (Nor a lead-in that asks, "If you liked this article, please".) A picture's caption that credits its maker ("Expandable LEGO solar farm created by Rob Nokomis and submitted to
  // LEGO ideas") and a greeting ("Welcome to our Openscapes session at MozFest!") are no headings.
  // (Nor a remark to the reader that ends in "!", "You can also add plots!": a caption the copy kept, no section's name.)
  // (Nor a picture's caption that dates the work shown: "Typeface of the Gutenberg Bible, c. 1454", "Roman typeface by
  // Nicholas Jenson (1476)".)
  // (Nor a labelled byline, "Author: Vencislav Popov", nor a post of a thread, "…should be resolved soon. (1/2)"; a report
  // cover's alt text, "…2025 Status Report cover", is a picture's source below.)
  if (/^(?:author|authors|written by)\s*:\s*\S/i.test(content) || isAttributionLine(content) || /\(\d{1,2}\/\d{1,2}\)$/.test(content)) return false
  if (/^[^.!?]{3,80},?\s+(?:c\.|ca\.|circa)\s*\d{3,4}s?$/i.test(content) || /^[^.!?]{3,80}\bby \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3},?\s*\((?:c\.\s*)?\d{3,4}\)$/u.test(content)) return false
  // (Nor after a phrase: "Combining several techniques you can really make almost anything!" had headed three sections.)
  if (isPictureCredit(content) || /^welcome (?:to|back)\b.*!$/i.test(content) || /^(?:you|we|i|it|this|that|there)\b(?:['’]\w+)?\s+[^!?]*!$/i.test(content) || /^[^!?]*\b(?:you|we) (?:can|could|will|may|might|really|just)\b[^!?]*!$/i.test(content)) return false
  // (Nor is the caption a credit follows: "Peaceful Dove (Geopelia placida)" / "Dany Sloan CC-BY-NC 4.0 (Int)" — unless
  // the credit opens the next picture's lines, its caption right under it: "Src: Radio Telescopes - lumenlearning" /
  // "Karl Jansky and his radio-wave receiver" under the heading "The Discovery of the Radio Spectrum".)
  const credits = body[at + 2]?.kind !== 'text' || body[at + 2]!.gap || endsSentence(body[at + 2]!.source.text)
  if (next.kind === 'text' && countWords(next.source.text) <= 12 && isPictureCredit(next.source.text) && credits) return false
  // (Nor the caption over a line that opens on its credit: "Residents of the Wahgi Valley, Papua New Guinea" / "Photo
  // courtesy of William Heaney A family from the Wahgi Valley…".)
  if (next.kind === 'text' && !next.gap && /^(?:photo(?:graph)?s?|images?|pictures?|illustrations?)\s+(?:courtesy of|by|credit)\b/i.test(next.source.text)) return false
  // Nor is a photo's caption that names where it was taken, between the paragraphs of a story ("Small ledge and spring,
  // along a minor brook emptying into Lake Springfield, Missouri", "Wetlands southeast of downtown Dallas, near the Trinity
  // River"): a scene and its place, no verb, no section's name.
  if (isPlaceCaption(content)) return false
  // Nor one that says what its picture shows ("All the stars from The Almagest shown around the Earth", "Ptolemy and Tycho
  // Star Catalogs (Orion is just to the left of Earth)", "No Southern Skies in this catalog" / "Despite its imperfections…").
  if (line.kind === 'text' && (isPictureCaption(content, next.kind === 'text' ? next.source.text : '') || isNumberedCaption(content))) return false
  // Nor a chart's caption the prose around it points at ("Per the visualization below, …" / "Cartwright's average opinion
  // lengths relative to those of his peers", "Cumulative published opinion counts…" / "As we can see, …").
  if (line.kind === 'text' && previous?.kind === 'text' && next.kind === 'text' && (figureBelow.test(previous.source.text) || figureAbove.test(next.source.text))) return false
  // (Nor a picture's caption that names again a thing the last sentence above it names: "…They even saved me a Scout
  // badge, my first in 25 years!" / "The JOTA/JOTI 2024 badge".)
  // (A caption heads no list: "The good" over its points, after "…had good features that enabled code sharing…".)
  if (line.kind === 'text' && previous?.kind === 'text' && next.kind !== 'item' && echoesLastSentence(content, previous.source.text)) return false
  // (Nor one in sentence case that names what the paragraph above named and the one below does not: "The 'Züri wie neu'
  // issue reporting platform", "Methane plumes identified by EMIT are currently visible" under their pictures.)
  if (line.kind === 'text' && previous?.kind === 'text' && next.kind === 'text' && namesBackOnly(content, previous.source.text, next.source.text)) return false
  // The time stamp of an embedded post ("March 11, 2011 18:43 JST", "Posted on Facebook, March 11, 2011 14:57 JST") is
  // what is left of the post, not a section's name.
  if (timeStamp.test(content)) return false
  // A page's fact box ("Founded" / "2020" / "Using Gleam Since" / "April, 2024") and its button ("Visit Website"): a
  // label over its value, a value, a link's label, never a section.
  // (Not a year that heads a stretch of a timeline, "2012" under a paragraph, nor a heading over one.)
  const short = (at?: BodyLine): boolean => at !== undefined && at.kind === 'text' && countWords(at.source.text) <= 4 && !/[.!?:;,]$/.test(at.source.text.trim())
  const value = (at?: BodyLine): boolean => at !== undefined && at.kind === 'text' && bareValue.test(at.source.text.trim())
  if (buttonLabel.test(content) || (value(line) && short(previous))) return false
  if (next.gap && value(next) && (short(body[at + 2]) || value(previous))) return false
  // Nor is a note right under a table's last row ("Here “foreign” refers to non-citizen, non-PR, non-provincial nominees").
  if (previous?.kind === 'table' && previous.last !== undefined && line.source.line === previous.last.line + 1) return false
  // Nor is a work cited ("Graßhoff: The History of Ptolemy’s Star Catalogue Gerd Graßhoff, Springer-Verlag New York, 1990").
  if (/,\s*(?:1[5-9]|20)\d\d\.?$/.test(content) && (content.match(/,/g) ?? []).length >= 2) return false
  // Nor is a figure's or a table's caption ("Table 8.1 helps readers keep track of the authors’ multiple arguments").
  if (/^(?:figure|fig\.?|table|chart|exhibit|map|image|photo|illustration)\s*\d+(?:\.\d+)*[:.]?\s+\S/i.test(content)) return false
  // Nor is a chart's title with its source ("Different estimates of $2 a day poverty rate – Chandy and Smith (2014)").
  if (/\s[–—-]\s+\p{Lu}[^–—]{1,60}\((?:19|20)\d\d\)$/u.test(content) && previous?.kind === 'text' && /\b(?:chart|graph|figure|plot|map|table)\b/i.test(previous.source.text)) return false
  // Nor is a line that dates the page ("This post was updated February 26, 2017", "Updated: 3 March 2026").
  const dated = /^(?:this|updated|published|posted|last|first)\b/i.test(content) ? parseByline(content) : undefined
  if (dated?.date !== undefined && dated.byline === undefined) return false
  // (Nor a name and a date set apart by a separator, "Dylan Baker // January 2022": a byline, wherever it stands.)
  const signed = /\s(?:\/\/|[·•|])\s/.test(content) ? parseByline(content) : undefined
  if (signed?.date !== undefined && signed.byline !== undefined) return false
  // (Nor a link's label, "Find out how you can contribute to the data design process", "See planning considerations in the
  // Backlog stage": where the page sends its reader.)
  // (Or a link's label that offers more, "Learn more about appealing a decision", with no stop: no heading.)
  if (linkLabel.test(content) || (line.kind === 'text' && /^(?:learn|read|find out|get|see) more (?:about|on|from)\b[^.!?]*$/i.test(content))) return false
  // (Nor a line of credits, "Design: Praline", "Website development: King's Digital Lab": a role and who filled it.)
  if (/^(?:(?:web ?site |web |graphic |exhibition )?(?:design|development)|photography|photos?|illustrations?|editing|editors?|partners?|funders?|funding|(?:exhibiting )?artists?|curators?|production|music|sound|translation)\s*:\s*\p{Lu}/iu.test(content)) return false
  // (Nor a sentence that lists what it introduces, its stop missing: "Examples of companies that offer outsourcing include: Picturae and Bioshare".)
  if (/\b(?:include|includes|included|including|are|were|such as|namely)\s*:\s+\S/i.test(content) && countWords(content) >= 6) return false
  // (Nor a page's version or date of change: "Version: 1.0", "Last updated: 28 July 2023".)
  if (/^(?:version|revision|release|last (?:updated|modified|reviewed|revised)|updated|modified|reviewed)\s*:\s*\S/i.test(content)) return false
  // A contact detail ("Website: Community Collaborative Rain, Hail and Snow Network", "Email: …") is no heading.
  if (/^(?:(?:project )?web ?site|url|homepage|e-?mail|phone|tel|twitter|mastodon|contact|address)\s*:\s*\S/i.test(content)) return false
  // A list of things in sentence case right under a label ("Materials" / "Paper, markers, and access to a GitHub project
  // repo") is what the label introduces, not a heading of its own.
  const underLabel = previous?.kind === 'text' && countWords(previous.source.text) <= 3 && !/[.!?:,;]$/.test(previous.source.text)
  if (underLabel && /^[^,]+(?:, [^,]+)+,? (?:and|or) \S/.test(content) && !isTitleCaseText(content)) return false
  // Callouts (`Note: …`, `Tip: …`) and quotations (`“Simple things should be simple.”`) are prose; a quoted
  // line without sentence punctuation that stands apart and leads a paragraph, with no attribution under
  // it, can be a heading (`“A little copying is better than a little dependency”`). So can a callout label
  // before Title Case words ("Warning: Learning Overload: Code and Data Literacy in One Workshop").
  if (isBoxLabel(content)) return false
  // Who said the paragraph above ("Oli Scherer, Rust compiler team member and Tiffany's GSoC mentor") is no heading.
  if (previous?.kind === 'text' && endsSentence(previous.source.text) && isPersonWithRole(content) && !shape.speakers) return false
  if (isCallout(content) && !(isTitleCaseText(content.replace(/^[^:]+:\s*/, '')) && !isHeadlineShaped(next.source.text) && next.kind === 'text')) return false
  // (Nor a line of dialogue, or a quoted line over one: "Participant says “The address I am looking for isn’t on this list”", or a quoted reply over a
  // short line of the story, "“Oh yes it is”" / "I ask what they have selected.", a user-research transcript's.)
  // (Nor what the transcript's next line does with the words quoted: "Participant manually edits OS places address from
  // “Former post office” to “The Post Office”" under "Participant says “This isn't quite the same…”".)
  const quoting = /[“"‘][^”"’]+[”"’]/
  if (dialogue.test(content) || (/^[“"‘]/.test(content) && dialogue.test(next.source.text)) || (quoting.test(content) && previous !== undefined && dialogue.test(previous.source.text))) return false
  if (isQuotation(content) && (/[.!?…,;:]\s*\S?$/.test(content.slice(0, -1)) || !line.gap || next.attribution || next.kind !== 'text' || isHeadlineShaped(next.source.text) || countWords(next.source.text) < 12)) {
    return false
  }
  // `Label: text` is prose, unless it is a short line without a full stop that leads a paragraph ("What to expect: as a user").
  // (Nor in a run of numbered headings: "4. Self-organization: the power to add, change, or evolve system structure".)
  if (/^[^:]{1,40}:\s+\p{Ll}/u.test(content) && !shape.numbered.has(at) && !(countWords(content) <= 8 && !/[.!?;,]$/.test(content) && next.kind === 'text' && countWords(next.source.text) >= 12 && !isCallout(content))) return false
  // In text whose blocks stand apart, a line right under a paragraph ("Matteo Collina, via social media") is no heading.
  // (Not the next of numbered points each over its paragraph: "1. Don't assume that a neighborhood is a blank slate!" /
  // its paragraph / "2. Be aware of your own role in this process!", the points after the first written tight under the
  // paragraph before; "2." to "5." had run on under "1." for ten slides.)
  const number = line.kind === 'item' && line.item!.ordered ? line.item!.number ?? 0 : 0
  const numberedRun = number > 1 && body.slice(Math.max(0, at - 4), at).some((other) => other.kind === 'item' && other.item!.ordered && other.item!.number === number - 1 && countWords(other.item!.content) <= 14) && countWords(previous?.source.text ?? '') >= 15
  if (shape.spaced && previous && !line.gap && previous.kind === 'text' && !numberedRun) return false
  // "Here's how it works:" / (blank) / "A security researcher finds a vulnerability…" / "They submit to our program":
  // what a colon introduces, set apart from it, is a list, not a heading.
  if (previous && line.gap && /:$/.test(previous.source.text) && !next.gap && next.kind === 'text' && countWords(next.source.text) <= 30) return false
  // ("…a few industry examples include:" / (blank) / "WebAIM WCAG Checklist Vox Accessibility Guidelines": the names the
  // colon introduces, run together by the copy, are no heading either.)
  if (previous && line.gap && /\b(?:include|includes|including|are|follows?|following)\s*:$/i.test(previous.source.text)) return false
  // ("More on phase control & burst mode:" / (blank) / "MK2: Switching High Current Loads using a Triac": the page it points
  // to, a link's text, is no section.)
  if (previous && line.gap && /^(?:more (?:on|about)|read more|see also|see|further reading(?: on)?|related)\b[^.!?]{0,60}:$/i.test(previous.source.text.trim())) return false
  // ("It tells other people what they can find…." / its paragraph / "It makes your project manageable…." / its paragraph /
  // "It interacts with your research questions" / its paragraph: the last of a run of short points, each over its own
  // explanation, that lost its full stop; the point two lines up opens with the same word.)
  const twoUp = body[at - 2]
  const firstWord = (text: string): string => /^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? ''
  if (previous && !line.gap && !previous.gap && twoUp?.kind === 'text' && line.kind === 'text' && countWords(twoUp.source.text) <= 12 && endsSentence(twoUp.source.text) && firstWord(twoUp.source.text) === firstWord(content) && countWords(previous.source.text) > countWords(twoUp.source.text)) return false
  if (previous && !line.gap) {
    const text = previous.source.text
    // ("Develop a communal space (primarily online) in which…" / "Develop a body of professional practice…, …" / "Break down
    // language barriers between data scientists and others": the last of a run of items a line each, no heading.)
    const item = (other: BodyLine | undefined): boolean => other?.kind === 'text' && countWords(other.source.text) >= 5 && !/[.!?:;]["'”’)]?$/.test(other.source.text.trim())
    if (!previous.gap && item(previous) && item(body[at - 2]) && item(line)) return false
    // After a colon comes what it introduces, unless a paragraph ends on "…brings us to the next point:" and
    // a paragraph follows this line too (one paragraph a line, no blank lines).
    const pointsOn = !shape.wrapped && countWords(text) >= minParagraphWords && next.kind === 'text' && countWords(next.source.text) >= minParagraphWords
    if (/:$/.test(text) && !pointsOn) return false
    if (previous.kind === 'text' && !previous.attribution && !endsSentence(text) && !isHeadlineShaped(text) && !(pointsOn && /:$/.test(text))) return false
  }
  if (line.kind === 'item') {
    if (!line.item!.ordered) return false
    // ("References" / "1. The Tau Manifesto" / "Hartl, Michael, 2013.": the first entry of a list of works, no section.)
    if (previous?.kind === 'text' && /^(?:references|sources|bibliography|footnotes|notes|works cited|citations|endnotes)\s*:?$/i.test(previous.source.text.trim())) return false
    if (next.kind === 'item' && next.item!.ordered) return false
    // The next item of a numbered list, not a heading.
    // (Also over a line of its own: "1. The Tau Manifesto" / "Hartl, Michael, 2013." / "2. Interpretive Labor".)
    const twoBack = body[at - 2]
    if (previous?.kind === 'text' && !line.gap && countWords(previous.source.text) <= 8 && twoBack?.kind === 'item' && twoBack.item!.ordered && twoBack.item!.number! + 1 === line.item!.number) return false
    if (previous?.kind === 'item' && previous.item!.ordered) {
      if (!line.gap) return false
      if (previous.item!.marker === line.item!.marker && previous.item!.number! + 1 === line.item!.number) return false
    }
  }
  return true
}

/** Whether the line at `at` is one of two or more question lines in a row that a line ending with a colon introduces. */
function questionRunAfterColon(body: readonly BodyLine[], at: number): boolean {
  const question = (index: number): boolean => body[index]?.kind === 'text' && /\?["'”’)]*$/.test(body[index]!.source.text) && countWords(body[index]!.source.text) <= 30
  if (!question(at)) return false
  let start = at
  while (question(start - 1)) start--
  // (A run written tight, a line each, ends at its blank line: the question after it, over a paragraph, is the first
  // section the list named — "…we address the following questions:" / five questions / (blank) / "How might AI…?".)
  const tight = question(start + 1) && !body[start + 1]!.gap
  let end = start
  while (question(end + 1) && !(tight && body[end + 1]!.gap)) end++
  return at <= end && end > start && /:$/.test(body[start - 1]?.source.text ?? '')
}

/** Whether a line is one of three or more labels of three words or fewer in a row, each standing alone between blank lines. */
function labelRun(body: readonly BodyLine[], at: number): boolean {
  // (Not "Contact Information" / "Kenneth Knapp" over "Email: …": a name over its details is no label.)
  const short = (index: number): boolean => {
    const line = body[index]
    return line?.kind === 'text' && line.gap && (body[index + 1]?.gap ?? true) && countWords(line.source.text) <= 3 && !/[.!?:;,]$/.test(line.source.text.trim())
  }
  if (!short(at)) return false
  let [start, end] = [at, at]
  while (short(start - 1)) start--
  while (short(end + 1)) end++
  return end - start + 1 >= 3
}

/**
 * Whether a short line that opens on an article names the thing the last sentence above it mentions, its last word a
 * noun of that sentence ("The JOTA/JOTI 2024 badge" under "They even saved me a Scout badge, my first in 25 years!"):
 * the picture's caption.
 */
function echoesLastSentence(line: string, above: string): boolean {
  const words = line.trim().split(/\s+/)
  // (A common noun after an article: "Our experience developing with Swift" under "…the backend using Swift." is a heading.)
  if (words.length < 2 || words.length > 6 || !/^(?:the|a|an)$/i.test(words[0]!) || !/^\p{Ll}/u.test(words[words.length - 1]!) || /[.!?:]$/.test(line.trim())) return false
  const head = words[words.length - 1]!.replace(/[^\p{L}]/gu, '')
  // (Not a section's name that the introduction announced: "…This article explains the problem and proposed solution…" / "The problem".)
  if (words.length <= 3 && /^(?:problem|solution|goal|background|context|idea|plan|approach|results?|method|question|answer|challenge|setup|fix|conclusion|findings?|data)$/i.test(head)) return false
  const last = above.split(/(?<=[.!?])\s+/).at(-1)!.toLowerCase()
  return head.length >= 3 && new RegExp(`\\b${head}s?\\b`, 'u').test(last)
}

/**
 * Whether a line in sentence case names only things the text above it named and the text below it does not (a quoted
 * name, a name in capitals past its first word): a picture's caption between two paragraphs, not a section's title.
 */
function namesBackOnly(line: string, above: string, below: string): boolean {
  const words = line.trim().split(/\s+/)
  // (Nor a name in Title Case whose long words are too few for `isTitleCaseText`: "Department of Defense (DoD)".)
  const long = words.map((word) => word.replace(/^[^\p{L}]+/u, '')).filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 4)
  if (words.length < 4 || words.length > 12 || /[.!?:;,]$/.test(line.trim()) || isTitleCaseText(line) || long.every((word) => /^\p{Lu}/u.test(word))) return false
  // (A title opens on a question word, a gerund or a counter: "How public code supports the SDGs", "Using management
  // companies to recruit ‘offline users’", "Day 8 - Osaka".)
  if (/^(?:how|why|what|when|where|who|which|our|my|your|\p{L}+ing)\b/iu.test(words[0]!) || /\d/.test(line)) return false
  const quoted = [...line.matchAll(/['‘"“]([^'’"”]{2,40})['’"”]/g)].map((match) => match[1]!)
  const names = quoted.length > 0 ? quoted : words.slice(1).filter((word) => /^\p{Lu}[\p{L}\d-]+$/u.test(word))
  const named = (text: string, name: string): boolean => new RegExp(`(?<![\\p{L}])${escapeStringRegexp(name)}(?![\\p{L}])`, 'u').test(text)
  // (A line whose own common noun the text below takes up opens that text: "Bus ride to Dien Bien Phu" over "…looking for
  // the right bus…", though the paragraph above had named the town.)
  const taken = words.map((word, at) => (at === 0 ? word.toLowerCase() : word).replace(/[^\p{L}]/gu, '')).some((word) => /^\p{Ll}{3,}$/u.test(word) && !minor.has(word) && named(below.toLowerCase(), word))
  return names.length > 0 && !taken && names.every((name) => named(above, name) && !named(below, name))
}

/** Words of a line too common to tie it to the text below it. */
const minor = new Set(['the', 'and', 'for', 'from', 'with', 'into', 'onto', 'our', 'your', 'their', 'its', 'his', 'her', 'this', 'that', 'these', 'those', 'about', 'over', 'under', 'after', 'before', 'between', 'new', 'old', 'one', 'two', 'all', 'some', 'more', 'most', 'out', 'off', 'are', 'was', 'were', 'has', 'had', 'have', 'not', 'but', 'per', 'via'])

/** A line that reports what someone says, its words in quotation marks: "Participant says “The address I am looking for…”". */
const dialogue = /\b(?:says?|said|asks?|asked|repl(?:y|ies|ied)|comments?|commented|explains?|explained|adds?|added)\s*[:,]?\s*[“"‘]/i
