/**
 * Sentences and notes that send the reader elsewhere: pointers to other reading ("See … for more details"), to what the
 * page played or linked, where else the post ran, a licence's legal text and a press release's furniture. None of them
 * becomes a bullet; `signposts.ts` counts them among the sentences that are no claim of their own.
 */
import { linkLabel } from '../text/lines.js'
import { nextPartLink } from '../text/boilerplate-lines.js'

/**
 * A pointer to other reading ("To learn more on the research we conducted, visit the ODI Innovation Hub…"): "See Typed
 * Linting: The Most Powerful TypeScript Linting Ever for more details…", "💡 See … for more areas…", "For a nice glossary of
 * complexity terms, see the…", "This topic is explored in more detail in Jonathan Amsterdam's … talk"; or to what the page
 * played or linked, "Watch an animation on how SMAP gathers data", "Click here to access the tutorial", "Slides available from
 * Zenodo: …", "YouTube video (starting 3:20)".
 */
export const pointer =
  /^(?:the )?(?:slides|recording|video|youtube video)(?: part \d+)?(?: (?:are|is))? (?:available (?:from|on|at)\b|\(starting\b)|^for (?:more |further |full )?(?:details|information|background) see\b|^(?:this|that|the) (?:topic|subject|idea|issue|question|problem|approach|technique|pattern) (?:is|was|has been) (?:explored|discussed|covered|explained|described|treated|examined) (?:in )?(?:more |greater |further |much more )?(?:detail|depth) in\b|^for (?:an? |the |some )?(?:[\w-]+ ){0,3}(?:glossary|glossaries|list|lists|overview|introduction|summary|explanation|primer|tutorial|guide|definitions?|references?|history|discussion|review|treatment|account) (?:of|on|to|about)\b[^,]{0,70},\s*(?:see|read|check out|visit|consult|refer to)\b|^download (?:the |our |a |this |helpful )?[^.!?]{0,60}\b(?:as an? |in )?(?:pdfs?|docx?|odt|csv|xlsx?|pptx?)\b|\b(?:send|drop|write)(?: me| us)? (?:an? )?(?:e-?mail|line|message)\b[^.!?]{0,40}[\w.+-]+@[\w-]+\.\w|^(?:please )?feel free to (?:e-?mail|contact|write to|reach out to|get in touch with|message|drop) (?:me|us)\b|\b(?:contact|reach|e-?mail|write to) (?:me|us|him|her|them|the team)\b[^.!?]{0,30}\b(?:at|on|via)\s+[\w.+-]+@[\w-]+\.\w|^(?:please )?(?:read|learn|find out) (?:more )?about\b[^.]{0,80}\b(?:in|on|at) (?:this|our|the|an?|my|his|her|their) (?:[\w-]+ ){0,2}(?:post|article|story|page|webpage|web page|website|guide|site|video|series)\b|^(?:note:\s*)?(?:for|to (?:learn|read|find out|hear|see)) (?:more|further|sample|examples?|details|instructions|guidance|information|documentation|an? (?:example|overview|introduction))\b[^,]{0,70},\s*(?:see|read|review|visit|check out|watch|consult|go to|head to|explore)\b|^[^\p{L}\p{N}]*(?:see|read|check out|visit|refer to)\s.*\bfor (?:more|further|a (?:full|complete|detailed|deeper)|(?:the (?:[\w-]+ )?)?details|an? (?:overview|explanation|introduction|deep dive))\b|\b(?:is|are) (?:provided|shown|listed|given|described|summari[sz]ed) below\b|\b(?:watch|play|see|listen to)\b[^.!?]{0,30}\b(?:the following|this|the below) (?:video|clip|footage|recording|audio)\b|^(?:and,? )?if you(?:['’]re| are) interested\b[^.!?]{0,120}\b(?:check out|visit|see|read|contact|get in touch|sign up|join|reach out)\b|\b(?:a lot|much|plenty) more (?:available )?to read\b|\b(?:should|can|may) (?:also )?(?:read|see|consult|check out) (?:our|my|the) (?:[\w-]+ ){0,2}(?:guidance|guide|guidelines|post|article|blog|report|page)\b|^you can (?:also )?read (?:about|more)\b|^(?:two|three|four|a few|several|some) (?:points|things|issues|lessons|observations|aspects|details) (?:are|is) worth (?:noting|mentioning|highlighting|pointing out)\b|^prerequisites?:|\bthis (?:blog )?(?:article|post) in (?:different|several|other|many|\w+) languages\b|\b(?:article|post) is (?:also )?available in (?:different|several|other|many) languages\b|\b(?:names|details|stories|identities)(?: [\w-]+)? (?:have been|were|are|has been) (?:changed|adapted|altered|anonymi[sz]ed) to protect\b|^to (?:see|view|explore|follow) (?:the|our|this|these|it|them|live|real)\b[^,]{0,80},\s*(?:visit|see|go to|check out|head to|click)\b|\b(?:found|find|available|located|listed|described|explained|see|read|click|visit|download|at github|on github)\b[^.!?]{0,60}\bhere[.!]?$|^(?:i|we)(?:['’]ve| have)? (?:wrote|written|write|blogged|talked) about\b[^.!?]{0,80}\bhere\b|\b(?:can be found|are available|is available|see|visit|read more)\b[^!?]{0,100}(?:https?:\/\/|www\.)\S+$|^(?:watch|view|play) (?:an? |the |this |our )?(?:short |brief |\d+-minute )?(?:video|animation|clip|recording|webinar|film)\b|^click here\b|^click (?:on )?(?:the|a|an|any|each) [^.!?]{0,60}\bto (?:see|view|explore|find out)\b|^see (?:\p{Lu}[\p{L}'’]*\s)+[^.!?]{0,60}\b(?:summary|overview|history|article|post|page|report|guide|list|map|video|website|site|timeline|profile)\b[^.!?]{0,40}[.!]?$|\b(?:you can|please) (?:e-?mail|contact|write to|reach)(?: (?:us|me|them|the team))?:?\s*[.!]?$/iu

/**
 * A sentence that only points at a figure or a link the slide does not show: "The command was as shown", "The expected growth in clients is provided in
 * figure 161", "In figure 183 I've listed the obvious wheres on our map…", "I've provided a link to a pdf of the scenario".
 */
const figurePointer = /^(?:the [^.!?]{1,40}? (?:was|were|is|are) as shown(?: above| here)?[.!]?$|the [^.!?]{1,60}? (?:is|are) (?:provided|shown|given|listed|outlined|illustrated|summari[sz]ed) in (?:figure|fig\.|table|chart) \d+[a-z]?[.!]?$|in (?:figure|fig\.|table|chart) \d+[a-z]?,? (?:i|we)(?:['’]ve| have)? (?:listed|shown|marked|outlined|provided|added|drawn|highlighted)\b|(?:i|we)(?:['’]ve| have) (?:provided|included|added|put) (?:a |the )?links? to\b)/i

/**
 * Whether a sentence only points to other reading ("See … for more details").
 *
 * @param text A sentence or a short block's text.
 */
export function isPointer(text: string): boolean {
  // (After a footnote's number too: "[2] See reports from the Joint Committee on Human Rights: http://…"; and an embedded
  // post's text with its shortened links, "…from http://t.co/Fv7z9WwLJ4 and found the following: pic.twitter.com/37eVs8Kln9".)
  const trimmed = text.trim().replace(/^\[\d{1,3}\]\s+(?=\p{L})/u, '')
  // ("If you just want to skip to my actual slides, they are here.": a link the slide does not show.)
  return [pointer, figurePointer, elsewhere, onThePage, linkLabel, nextPartLink, seeFor, publicationNote, archivedCopy, askUs, recordingLink, mediaLink, foundHere, /\bpic\.twitter\.com\/\w|\bhttps?:\/\/t\.co\/\w/i, /^if you (?:just |only )?want to (?:skip|jump|go|get) (?:straight |right |directly )?to\b[^.!?]{0,60},\s*(?:they|it|these|those)(?:['’]re|['’]s| are| is) (?:all )?(?:here|linked(?: here| below| above)?|below|above)[.!]?$/i].some((pattern) => pattern.test(trimmed))
}

/** Where something is, its address after: "The full list of play_raw posts can always be found here: https://…". */
const foundHere = /^(?:but )?(?:you can|you['’]ll|you will) (?:find|see) [^.!?]{1,60} (?:listed |linked |collected )?(?:at the (?:end|bottom)(?: of (?:this|the) (?:post|article|page))?|below|further down)[.!]?$|^(?:you can|you['’]ll|you will) (?:find|see|read|access|download|browse) [^.!?]{1,80} in (?:this|that|our) (?:shared |public )?(?:google |online )?(?:drive folder|document|doc|folder|spreadsheet|sheet|pad|etherpad|slide deck|repo(?:sitory)?)[.!]?$|^(?!.*:\s*$)[^.!?]{0,80}\b(?:can|may) (?:always |also |now )?be (?:found|seen|read|viewed|accessed|downloaded|browsed) (?:here|on (?:our|the|this) (?:website|site|forum|wiki|blog|page)|in (?:this|that|the following|our) (?:shared |public )?(?:google |online )?(?:drive folder|document|doc|folder|spreadsheet|sheet|pad|etherpad|slide deck|repo(?:sitory)?))\b[^.!?]{0,20}(?::\s*\S+)?[.!]?$/i

/** A link's words that name a recording elsewhere by its kind: "Video: Stop Confusing Privacy, Anonymity, and Security" (a page's button); a data essay's "Download Full Data (including hidden columns)" and "Related article(s): “On top of the world…,” Translation Studies, https://doi.org/…". */
const mediaLink = /^(?:video|watch|listen|podcast|webinar|recording):\s[^.!?]{3,90}$|^(?:note:\s*)?(?:(?:if not,? )?(?:skip|enjoy|watch) the (?:video|recording|talk) (?:below|above|and read on)|if not,? skip the video)\b|^(?:note:\s*)?if you (?:prefer|would rather|want to) (?:watch|watching|listen|listening)\b[^.!?]{0,80}\b(?:video|recording|talk|presentation)\b[^.!?]{0,40}(?:below|above)\b|^related (?:articles?|posts?|papers?|publications?|reading)(?:\(s\))?\s*:\s*\S[^]*?(?:https?:\/\/|doi\.org\/|www\.)\S+[.!]?$|^(?:download|copy) (?:the )?(?:full |table |raw |all |filtered )?data(?: url| file| set)?(?: \([^)]{0,60}\))?[.!]?$/i

/** A link's words that only say where a recording is: "Recording is available", "The slides are now available here". */
const recordingLink = /^(?:the |a )?(?:full )?(?:recordings?|videos?|slides|replay|recap|transcript)(?: of (?:the|this) (?:event|session|webinar|talk))? (?:is|are) (?:now )?(?:available|online|up)\b[^.!?]{0,30}[.!]?$/i

/** Where to ask: "Questions? Email us.", "Comments? Contact us". */
const askUs = /^(?:questions|comments|feedback|suggestions|queries)\?\s*(?:please )?(?:e-?mail|contact|write to|ask|message|call) us\b[^.!?]{0,40}[.!]?$|^(?:we|i)(?:['’]d| would) (?:love|like|appreciate|welcome) (?:it )?(?:if you (?:can |could |would )?|for you to |you to )(?:report|file|send|share|leave|let us know|tell us|give|open)\b[^.!?]{0,100}[.!]?$/i

/** A link to an older copy of a page: "See the website’s archived version", "View the archived copy". */
const archivedCopy = /^(?:see|view|visit|read|browse) (?:the |an |our |its |this )?(?:[\w’'-]+ ){0,2}(?:archived|cached|older|earlier|previous|original) (?:version|copy|snapshot|page)\b[^.!?]{0,40}[.!]?$/i

/** Where the rest is: "See reader.go for the actual code", "See Figure 3 for the full results". */
const seeFor = /^(?:please )?see [^!?]{1,40}? for (?:the |a |an )?(?:actual|full|complete|whole|real|working|entire|detailed) (?:code|source(?: code)?|implementation|example|results?|details?|listing|program|script|list|text|version)\b[^.!?]{0,20}[.!]?$/i

/**
 * A sentence about the page the article is read on rather than its topic: what stands below or above it ("Our Strava
 * Map is below.", "Above is the 1989 white logo that has only been dusted off."), where else it explains ("We explain that in the next part of this article"), how to use it ("NB: if the figures are too small click through for the full-size versions…"), the
 * order of its parts ("First up is output.", "Lastly we come to price.", "Below you can learn more about our challenges",
 * "Have a quick read"), how to work its interactive charts ("Hover your pointer over the dot…", "…can be selected from the dropdown
 * menu", "Click "Run Classifier" to see how your model performs"), where to look ("See also my related essay…", "Note the different month and date attributes here"), or the writer's time away from it ("It has
 * been a while since my last post (I've been migrating the site…)"). A slide has none of them.
 */
const onThePage = /^(?:we|i) (?:explain|describe|cover|discuss|show|tell you)\b[^.!?]{0,80}\b(?:on (?:the|our|this) page|in the next (?:part|section|chapter|post|article)|(?:in|on) (?:a|another|our|the) (?:separate |later |next )?(?:page|article|post|guide|section|chapter))\b|^(?:below|above|pictured (?:below|above)|on the (?:left|right)),? (?:is|are) (?:the|a|an|my|our|his|her|their|one|two|both)\b(?![^.!?:]*\b(?:most|main|key|following|some|steps|reasons|ways|tips|factors|things|options|questions|examples|points|results|details|links|resources|list|rules|benefits)\b)[^.!?:,]{0,90}[.!]?$|^this (?:blog(?: post)?|post|article|page) (?:will )?links? to (?:internal|intranet|restricted)\b|^an? (?:subsequent|future|follow-up|later|second|separate|upcoming) (?:blog(?: post)?|post|article|piece) will (?:be (?:posted|published|shared)|follow|cover|look|explore|dig|share|discuss)\b|^(?:first|next|last) up(?: to (?:speak|present|talk))? (?:is|are|:)|^(?:below|above|here|in this (?:post|article|section|guide)),? you (?:can|will|['’]ll) (?:learn|find|read|see|get|discover)\b|^(?:have|take) a (?:quick |closer |brief )?(?:read|look)(?: at (?:it|this|them|these))?[.!]?$|^(?:lastly|finally|next|now|then),? (?:we|i) (?:come|turn|move|get) (?:on )?to\b|^[^.!?]{0,60}\b(?:is|are) (?:just |shown |pictured )?(?:below|above)[.!:]?$|\bclick (?:through|here|into (?:the|this|each) (?:example|demo|embed|sandbox|pen|codepen)|on (?:the|any|a|each)|to (?:enlarge|see|view|open))\b|^(?:hover|mouse)(?: your (?:pointer|mouse|cursor))? over\b|^(?:click|tap|press)(?: on)? (?:(?:the )?["“‘'][^.!?"”’']{1,40}["”’'](?: button| tab| link)?|the (?:[\w-]+ ){0,2}(?:button|tab|link|icon|arrow)|here|below|above) to (?:see|try|run|explore|view|start|play|find|watch|compare|toggle|switch)\b|^(?:below|above),? (?:we|i) (?:compare|summari[sz]e|show|list|present|describe|outline|look at|plot|map|visuali[sz]e|report|provide|give|detail|explain|discuss)\b|^(?:below|above) (?:shows|summari[sz]es|lists|presents|describes|illustrates|compares|plots|maps)\b|^in (?:this|the (?:following|accompanying|linked)) (?:jupyter |r |python )?(?:notebook|video|repository|repo|spreadsheet|dashboard|appendix),? (?:we|i) (?:show|explain|describe|demonstrate|walk)\b|^(?:we|i) (?:won['’]t|will not|do not|don['’]t) (?:go|get) into (?:the )?details?\b|^(?:the|this|our) (?:full |accompanying |linked )?(?:report|paper|notebook|appendix|document) (?:provides|gives|has|contains|includes) (?:great |more |much more |further |full |additional )?(?:detail|details|information)\b|^this (?:report|post|article|paper) (?:concludes|ends|closes) with\b|^(?:on|in) this (?:page|site|post|article),? (?:we(?:['’]re| are)?|you(?:['’]ll| will| can)?) (?:detail(?:ing)?|read|learn|find|describe|describing|explain(?:ing)?|look(?:ing)? at|cover(?:ing)?|outlin(?:e|ing))\b|^this (?:blog )?(?:post|article|page|piece) is (?:an? )?(?:exploration|overview|introduction|summary|look|guide|primer|walkthrough|tour|deep dive) (?:of|at|to|into|on|through)\b|^this (?:section|page|guide|chapter) (?:can|will|should|may) help\b|^see (?:this|the|our) (?:guide|page|post|article|doc(?:ument)?|handbook|section|tutorial|video|link)\b|^you can (?:learn|read|find out|see) more (?:in|on|at|about)\b|\b(?:can be found|is available|are available|is explained|are explained|is described|are described) in the [^.!?]{1,80}\b(?:section|page|chapter|appendix|handbook|guide|documentation|docs)\b|\b(?:discusses|discussed|explains|explained|describes|described|covers|covered|writes about|wrote about) (?:this|that|it|these|them) (?:further |more |in (?:more )?detail )?in (?:a|an|his|her|their|our|this) (?:blog )?(?:post|article|essay|piece|paper|talk)\b|^you can read (?:the|our|this|his|her|their|\w+ \w+['’]s)\b|^(?:we(?:['’]ve| have)|i(?:['’]ve| have)) (?:talked|written|discussed|covered|explained|seen) (?:above|earlier|before|already)\b|^the [^.!?]{1,60}\b(?:resource pack|guide|handbook|toolkit|documentation|website|report) provides (?:further|more|additional|detailed) (?:guidance|information|details|detail)\b|^see also\b|^update:\s*(?:part \d+|the (?:next|second|third) (?:part|post|article)|a (?:follow-up|sequel))\b[^.!?]{0,60}\b(?:is (?:now )?(?:live|out|up|available|published)|has been published)\b|^you can find\b[^.!?]{0,60}\b(?:in|on|at) (?:the|my|our|this)\b[^!?]{0,100}?\b(?:notebook|repository|repo|folder|file|page|post|website|site|docs|documentation)\b|^note (?:the|that|how)\b[^.!?]{0,80}\b(?:here|above|below)[.!]?$|\b(?:(?:can|may) be )?(?:selected|chosen|toggled|filtered) (?:from|in|with|using) the (?:dropdown|drop-down|menu|slider|legend|buttons?|toggle)\b|^(?:it(?:['’]s| has been| is) (?:been )?(?:a while|a long time|ages|some time)|sorry for the (?:silence|delay|long break))\b[^.!?]{0,30}\bsince (?:my|our|the) (?:last|previous) (?:blog )?(?:post|entry|update)\b/i

/** Where else a post ran, who wrote it with whom, what it draws on: "This article was also published on LinkedIn on 1 September 2022", "A shorter… version of this post was published by dataindex.us", "This post was written in collaboration with…", "This post was featured in the RStudio Blog *R Views*…". */
const ranElsewhere = String.raw`(?:an? (?:[\w-]+,? (?:and )?){0,5}?version of )?this (?:article|(?:blog )?post|blog|blogpost|piece|interview|essay|story|page) (?:(?:was|is|has(?: also| previously| first| originally)? been) (?:also |first |originally |previously |earlier )?(?:published|posted|cross-posted|republished|featured|reprinted|syndicated|(?:co-?)?written (?:in collaboration |together |jointly )?with)|(?:also |first |originally )(?:appeared|appears|ran|runs)|(?:partially |partly |largely |mostly )?(?:draws|drew|is based|was based|builds) (?:up)?on)\b`

/** The writers' own paper, named where it ran: "Our article Real-time analysis of … published in BMC Medicine." */
const ownPaper = String.raw`our (?:article|paper|study|preprint|report)\b[^!?]{0,200}\b(?:published|appeared|appears|available) (?:in|on|at)\b[^.!?]{0,80}[.!?]?$`

/** The record of the edited volume the article is a chapter of: "In Franziska Naether, ed. 2020. Cult Practices in…". */
export const inVolume = String.raw`in (?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+[^,]{3,40})?,?\s+\(?eds?\.\)?(?:\s+\d{4}\.?)?(?:\s|$)`

/** An update's note of what the writers added to the page: "Update: At the end of the article, we add useful readings published recently…" (its label in bold or not). */
const addedNote = String.raw`(?:update\s*:\s*[^.!?]{0,60}\b|(?:at the end of|below|above) (?:the|this) (?:article|post|page),? )(?:we (?:have )?add(?:ed)?|(?:has|have) been added|(?:was|were) added)\b`

/** What the post is a version of: "This is a writeup of a presentation I did at LinuxCon Europe…". */
const writeUp = String.raw`this (?:post |article |page )?is (?:a|an|the) (?:write-?up|transcript|summary|recap|blog version|written version|(?:lightly )?edited version) of (?:a|an|my|the|our) (?:[\w-]+ )?(?:presentation|talk|keynote|lecture|session|workshop|webinar|speech)\b`

const publicationNote = new RegExp(`^(?:${ranElsewhere}|${ownPaper}|${addedNote}|${writeUp})|\\b(?:i|we) (?:can(?:['’]t|not)|am unable to|are unable to) (?:point|link|refer) you to (?:a|the|any) (?:youtube |video |recording)\\b`, 'i')

/**
 * A licence's or a copyright notice's own words, quoted in full ("Copyright (c) <year> <copyright holders>",
 * "Permission is hereby granted, free of charge…", "THE SOFTWARE IS PROVIDED "AS IS"…"): legal text for the page, which
 * a speaker names and does not project.
 */
const legalText = /^(?:copyright\s*(?:\(c\)|©)|permission is hereby granted\b|the (?:above copyright notice|software is provided)\b|licensed under the apache license\b|this program is free software\b|redistribution and use in source and binary forms\b|all rights reserved\b|this (?:work|post|article|page|essay|piece|text|content|blog)(?: by [^.!?]{1,80}?)? (?:is )?licensed under\b|(?:did you (?:like|enjoy) this (?:post|article)\?\s*)?you (?:can|may) (?:freely )?(?:re-?use|share|republish) (?:it|this (?:post|article|work)) (?:freely )?under\b)/i

/** Whether a sentence (or a note that opens with it) says where else the post ran, or is a licence's legal text. */
export function isPublicationNote(text: string): boolean {
  // (And a disclaimer, "Disclaimer: I am still learning about public policy… Any feedback and corrections are welcome.",
  // which a talk's introduction had shown as its pull quote.)
  return publicationNote.test(text.trim()) || legalText.test(text.trim()) || /^(?:disclaimer|disclosure)s?\s*:/i.test(text.trim()) || isPressFurniture(text)
}

/**
 * Whether a paragraph is a press release's furniture: whom the press calls ("News Media Contact: Office of Public Affairs,
 * 202-482-4883"), how reporters register, or the organisation's standard paragraph about itself ("About SelectUSA: Housed within the U.S.
 * Department of Commerce, …"), which had been bullets of a release's first and last slides; a proclamation's formula of
 * signing ("IN WITNESS WHEREOF, I have hereunto set my hand…"), which had been its close. (Not an editor's note: a
 * paired reader preferred "the article's one outside example" shown, `fortieth-reading.test.ts`.)
 *
 * @param text The paragraph's text.
 */
export function isPressFurniture(text: string): boolean {
  return pressFurniture.test(text.trim())
}

const pressFurniture = new RegExp(`^IN WITNESS WHEREOF\\b|^(?:(?:[Nn]ews |[Pp]ress )?[Mm]edia (?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)|[Pp]ress (?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|[Oo]ffice))\\s*:|^(?:[Jj]ournalists|[Rr]eporters|[Mm]embers of the (?:media|press)|[Mm]edia)\\b[^.]{0,40}\\b(?:register|RSVP|apply for (?:media |press )?accreditation)\\b|^[Aa]bout (?:the )?\\p{Lu}[\\p{L}&.'’-]*(?: \\p{Lu}[\\p{L}&.'’-]*){0,4}\\s*:\\s+\\S`, 'u')

/** Where to look for more: "For other examples and references you can look at the adopters of containerd and CRI-O". */
const lookElsewhere = String.raw`(?:for (?:other|more|further) (?:examples|references|details|information|reading)(?: and (?:examples|references|details))?,? )you (?:can|could|may|might) (?:also )?(?:look at|take a look at|have a look at|check out|refer to|consult)\b`

/**
 * The writer's later post, announced ("Update: I wrote a follow up: Keeping platforms open", "Since 2900 words wasn't
 * quite enough, I wrote a follow-up: …"): a pointer to other reading, which had closed a talk as its last word.
 */
const followUp = String.raw`(?:(?:update|edit)\s*(?:\([^)]{0,30}\))?\s*:\s*)?(?:[^.!?:]{0,60},\s*)?(?:i|we)(?: also)? (?:wrote|have written|published|posted|put out) an? (?:follow[- ]?up|sequel|companion (?:post|piece|article)|second part)\b`

/**
 * Where else a post ran, said in one sentence, or an invitation to the publisher's own page: "This article was also
 * published on LinkedIn", "Get to know us through this short leaflet".
 */
const elsewhere = new RegExp(String.raw`^(?:${ranElsewhere}[^.!?]{0,80}[.!?]?$|${ownPaper}|${followUp}|get to know us\b|find out more about us\b|learn more about (?:us|our (?:work|organi[sz]ation|team|foundation))\b|${lookElsewhere})`, 'i')
