/**
 * Sentences that are no claim of their own: signposts that announce what
 * comes next ("Let's look at…", "This post covers…"), pointers to other
 * reading (`pointers.ts`) and a picture's caption left in the text. None of
 * them becomes a bullet.
 */
import { tokensText, type Token } from './nlp.js'
import { countWords } from './token-text.js'
import { isTitleCase } from '../text/lines.js'
import { isPictureSource, isProductionCredit } from '../text/credit-lines.js'
import { inVolume, isPointer } from './pointers.js'

/** Openings of sentences that only announce what comes next. */
const signpost =
  /^(?:let['’]s(?! (?:get on with|keep (?:going|at it)|hope\b|not\b|do (?:it|this)\b))|let us|let me|consider|imagine|(?:so,? )?(?:tell|talk) (?:to )?(?:me|us) (?:a (?:bit|little) )?(?:more )?(?:about|through)\b|in the following\b|in what follows\b|here['’]s|here is|here are|in this (?:blog )?(?:post|article|section|piece|guide|essay|tutorial)|this (?:post|article|section|guide|essay) (?:will|is about|explains|describes|covers|looks)|we['’]ll|we will (?:look|see|explore|discuss|cover|start|begin|walk)|i['’]ll|i will (?:look|explain|show|walk|cover)|(?:i['’]m|i am|we['’]re|we are) going to (?:tell|talk|explain|show|walk|write|share|describe|look|cover)\b|join (?:us|me) (?:as|in|while|for)\b|as we['’]ll see|as (?:we|you) (?:can )?see|read on|below(?:,| is| are)|the following|see (?:below|above)|more on (?:this|that) (?:later|below)|(?:first|next|now|then),? (?:let['’]s|we|i)\b|(?:now|next|then|finally|lastly|first|also),? consider\b|so,? (?:what|how|why)\b|think about|take (?:a look|for example)|look at|for more (?:details|information|on|about)\b|you (?:may|might) (?:find yourself|be) wondering)|the rest of this (?:post|article|section|piece)|so far,? (?:we|i)(?:['’]ve| have) (?:explained|covered|seen|discussed|looked at|described|talked about)\b|\b(?:we['’]d|we would|i['’]d|i would) like to (?:talk|discuss|mention|share|highlight|start|begin)\b|^(?:here,? )?(?:i|we) want(?:ed)? to (?:highlight|talk about|discuss|mention|share|focus on|point out)\b|^if you (?:want|['’]d like|would like|wish) to (?:learn|read|know|find out|dig|go) (?:more|deeper|further)|\bif you like\b|^(?:glance|have a look|check out|check (?:it|them|this|these) out|head over|stay tuned)\b|^today['’]s (?:guest )?(?:post|article|piece|story|entry) (?:comes|is) (?:from|by)\b|^more (?:information|details) (?:on|about)\b[^.!?]{0,80}\b(?:can be (?:obtained|found)|is (?:available|given))\b|\b(?:comments|feedback|questions|suggestions)(?: and (?:comments|feedback|questions|suggestions))? (?:to|on|about) (?:the|this|my|our)\b[^.!?]{0,60}\b(?:is|are) (?:much |very |always |greatly |most )?(?:appre\w*|welcome)\b|^see (?:the )?[\w&\s-]{0,30}\b(?:inset|sidebar|box|appendix|diagram)\b|\bsee also (?:the (?:work|paper|post|article|analysis|discussion|book|report)s? (?:by|of|in)\b|@)|\b(?:originally|first) (?:appeared|published|posted) (?:on|in|at|for)\b|^this (?:post|article) is (?:part|the \w+ (?:part|post|article)) (?:\d+|one|two|three|four|five|six) (?:in|of)\b|^(?:edit|editor['’]s note|author['’]s note|a (?:quick |short )?note|p\.? ?s\.?):|^p\. ?s\.? |\bthere is a newer version of this (?:article|post|page)\b|^(?:an? |the )?(?:annotated |aerial |satellite |labell?ed |simple |example |sample )?(?:illustration|cartoon|photo(?:graph)?|image|picture|screenshot|diagram|figure|chart|graph|drawing|slide|close-?up|closeup)s? (?:of|by|from|shows?|showing|outlining|illustrating|depicting)\b|^used (?:under|with) (?:an? |the )?[\w .-]*licen[cs]e\b|^pictured(?: (?:above|below|here|left|right|at (?:left|right)))?,? (?:is|are|was|were)\b|\b(?:slide|figure|image|picture|diagram|chart|table|plot|graph|map|box|visuali[sz]ation|animation) (?:below|above)\b|^(?:the )?(?:red|blue|green|orange|purple|grey|gray|black|yellow|pink|dark|light|solid|dashed|dotted) (?:dots?|lines?|bars?|points?|circles?|areas?|shading|regions?) (?:represent|show|indicate|mark|denote)s?\b|^the (?:examples?|figures?|images?|pictures?|photos?|maps?|charts?|tables?|sections?|steps?|tips?|stories|cases?) (?:below|above) (?:highlight|show|describe|illustrate|explain|list|present|outline|walk)s?\b|^this (?:article|post) is (?:out of date|outdated)\b|\b(?:described|explained|shown|listed|discussed|covered|outlined|included) (?:(?:in (?:more |greater |full )?detail|further) )?(?:below|above|later|in the (?:following|next) (?:sections?|chapters?|parts?))\b|\bsee here\b|\b(?:is an?|are) (?:registered )?trademarks? of\b|\bthis (?:post|article) (?:will|is going to)\b|\b(?:make|write|do|start) (?:a|this) (?:new )?(?:blog )?post\b|\b(?:looks?|looked|is|are|was|were) (?:something )?like this\b[^.!?]{0,60}:$|^(?:this )?(?:post|article|essay|piece) (?:was )?(?:originally|first) (?:written|published|posted)\b|^(?:take|consider|look at),? (?:(?:for example|for instance),? )?the following\b|\b(?:put|add|post|share|upload)(?:ed|ing)? (?:some |a few |more |the )?(?:pictures|photos|photographs|images|the photo|the picture)\b(?: here)?[.!]?$/i

/** More openings that only announce: what the post covers, that something "has some clear short-term implications" (said before they are), what the author will do, a call to join in; thanks to the people who helped (acknowledgements, not a claim of the talk). */
const announcement =
  /^(?:(?:as [^,]{3,60}, )?(?:we|i) can (?:now )?(?:explore|look at|discuss|consider|turn to) (?:some |a few )?(?:possible |potential )?(?:future directions|next steps|implications|open questions|avenues)\b|this (?:blog )?(?:post|article|piece|guide|essay|write-?up|series|talk) (?:goes (?:into|over|through)|addresses|covers|describes|explains|explores|looks at|walks|dives|digs|details|discusses|shares|summari[sz]es|outlines|presents|provides|offers|gives (?:you )?(?:an? )?(?:overview|insight|introduction|tour)|is (?:about|going|part))|today,? (?:we['’]re|we are|i['’]m|i am) (?:back|going|talking|looking|sharing|excited|happy|pleased)|want to (?:get involved|learn more|help|contribute|know more|find out more|read more)|(?:you can |please )?(?:learn|read|find out) more about\b|(?:read|learn|find out) more (?:about|in|on|at|here)|stay tuned|(?:interested|curious) readers (?:can|may|should|will) (?:dig|find|learn|read|look|see|consult|refer)\b|it['’]?s (?:helpful|useful|worth|important|worthwhile) (?:to )?(?:first )?(?:understand|know|look|take a (?:look|moment|step back)|explain|start|begin|step back|pause|recap|(?:have|give|get|provide) (?:a (?:bit|little) of |some )?(?:context|background))|the (?:last|next|final|first|second|third|other) (?:point|reason|thing|topic|area|aspect|question)s? (?:is|are|was)\b[^.:]*:|i never thought you['’]d ask|here is where\b|in the (?:example|examples|table|list) below\b|(?:it['’]s )?time to take a (?:closer |quick |deeper )?look\b|hang on a (?:minute|second|moment)\b|see all (?:the )?(?:cases|posts|articles|stories|examples)\b|read (?:the|our|my) [^.]{0,60}\bif you['’]re new\b|so far for (?:the|this)\b|(?:we|i)(?:['’]ll| will)? (?:finish|end|close|conclude|start|begin|open) (?:with|by)\b|i hope (?:it|this|that) (?:wasn['’]t|was not|isn['’]t|is not) (?:that |too )?boring|(?:that['’]s a )?(?:great|good) question|glad you asked|this (?:post|article|piece) was (?:co-?written|written|authored|edited) (?:with|by|together with))\b|\b(?:i|we)(?:['’]ll| will| want to| would like to| am going to| are going to)? (?:dig|dive|go|walk|talk|look|explain|cover|show|share|describe|discuss|outline) (?:into|through|over|about|at|you through|in (?:more )?detail)\b|\b(?:gave|give|gives|offered|offers|provided|provides) (?:this|these|the following) examples?[.:]?$|^(?:many |special |big |huge )?thanks (?:also |again |go |goes )?(?:also )?to\b[^,.]{1,80}\bfor\b|^(?:many |special |big |huge )?thanks (?:also |again |go |goes )?(?:also )?to (?:all|everyone|everybody|those|each)\b|^(?:a (?:big |huge |special )?)?thank you (?:so much |very much |also )?to\b|^you (?:can|may|could) (?:also )?[^.!?]{0,80}\bhere[.!]?$|^(?:i|we) (?:also )?(?:would like to |want to |wish to )?thank\b|^(?:i|we) (?:want|would like|['’]d like) to give (?:you )?(?:some |a bit of |a little )?(?:background|context)\b|\bfeel free to (?:jump|skip|scroll) (?:ahead |straight )?(?:to|past)\b|^feel free to (?:reach|contact|ping|e-?mail|message|get in touch with|reach out to) (?:me|us)\b|\b(?:i|we)(?:['’]ll| will) (?:probably |likely |also )?(?:update|expand|revise) this (?:post|article|page|guide)\b|\bbe sure to check back\b|\b(?:so )?here['’]s my (?:contribution|take|story|version|two cents|attempt)[.!]?$|^(?:the|our|this) (?:[\w-]+ ){1,4}(?:thanks|wishes to thank|would like to thank|is (?:grateful|indebted) to) (?:the|all|our|everyone|its)\b|^thank you(?: (?:so|very) much)?(?:,? (?:all|everyone|again))?(?: for (?:listening|reading|coming|having me|your (?:time|attention)))?[.!]*$|^(?:i['’]m|i am|we['’]re|we are) (?:also )?(?:very |deeply |so |truly |extremely )?(?:grateful|thankful|indebted) to\b|\b(?:i|we) (?:need|have|want) to (?:cover|explain|go over|mention|lay out) (?:a few|some|several|two|three) (?:things|points|ideas)\b|^after the (?:jump|break|fold)\b|\bmy (?:twitter|x|mastodon|bluesky|github|instagram) (?:handle|account|profile)\b|^in this (?:paper|study|report|chapter|book|thesis|work|article|post),? (?:we|i) (?:review|describe|present|discuss|examine|explore|outline|introduce|propose|look at|consider|investigate|study|analy[sz]e|ask)\b|\b(?:does|do|did) not (?:necessarily )?(?:reflect|represent) (?:the |their |his |her |my |our )?(?:views|opinions|positions)\b|\b(?:we|i)(?:['’]d| would)? (?:want|love|like) to hear (?:from|what) you\b|\b(?:has|have|had) (?:some|several|a few|a number of|many|two|three|important|interesting|clear)(?: [\w-]+){0,2} (?:implications|lessons|consequences|takeaways|ramifications)[.!:]?$/i


/**
 * Whether a sentence only announces, or points to other reading.
 *
 * @param text A sentence (or a bullet's text).
 */
export function isSignpost(text: string): boolean {
  // ("To frame my discussion, consider a policymaker…": after a fronted purpose, the sentence still only announces.)
  // ("Now let us think of the sort of laws…": after a "Now", "So" or "Next" too; "We now proceed with advice to…" goes on.)
  const bare = text.replace(/^(?:to|in order to|on|for|as for|regarding|with|about) [^,]{3,60},\s*(?=(?:consider|imagine|let['’]s|let us|let me|think about|take)\b)/i, '').replace(/^(?:now|so|next|then),?\s+(?=let['’]s|let us|let me)/i, '')
  if (/^(?:we|i|let us|let['’]s) (?:now |shall now |will now |must now )?(?:proceed|pass|turn|move on|come now) (?:to|with|on to)\b/i.test(bare)) return true
  // (A listener's reply in a conversation, "Yeah, exactly.", "This was fun.", "That had to feel pretty good.": no claim.)
  if (/^(?:(?:yeah|yes|yep|right|sure|oh|wow|well|ok(?:ay)?),? )*(?:exactly|absolutely|totally|definitely|of course|cool|nice|great|awesome|interesting|indeed|true|i agree|me too|same here|good point|fair enough|makes sense|this was (?:fun|great)|my pleasure|thanks?(?: you)?(?: so much| for having me)?|that(?:['’]s| is) (?:awesome|great|cool|amazing|interesting|funny|true|right|fair|fantastic|wonderful|really cool)|that (?:had to|must have|must['’]ve) (?:feel|felt|been) (?:pretty |really |so )?(?:good|great|nice|awesome))[.!]*$/i.test(bare)) return true
  // (A sponsor's read, "…use the code "changelog20" to save 20% off your registration to OSCON 2017": an advertisement, no claim.)
  if (/\buse (?:the )?(?:promo |discount |coupon |offer )?code\b[^.!?]{0,40}\b(?:to (?:save|get)|for \d|at checkout)\b/i.test(bare)) return true
  // ("We can compare how the average household size has changed…", "One question we can ask is what portion…", "An
  // interesting question is how many…", "For the purpose of this section we want to focus on…": a question or a scope announced, no answer.)
  if (/^(?:we|you|one) (?:can|could|will|shall) (?:now |also |then )?(?:compare|examine|explore|ask|look at|investigate|check)\b[^.!?]{0,12}\b(?:how|what|whether|which|if|where|why)\b|^(?:one|an?|the|another) (?:(?:interesting|obvious|natural|related|important|key|first|next|open|big) )?question (?:(?:that )?(?:we|you|one) (?:can|could|might|may|should) ask |to ask |that (?:arises|comes up) )?is (?:how|what|whether|why|which|who|when|where|if)\b|^for (?:the|our) purposes? of this (?:section|post|article|analysis|piece|essay|chapter)\b/i.test(bare)) return true
  // ("As usual, the code that made this post is available on GitHub…", "Feel free to download it to reproduce or adapt…": the post's workshop, not its topic.)
  if (/^(?:as (?:usual|always),? )?(?:the |all (?:the |of the )?|our |my )?(?:(?:source )?code|code and data|scripts?|notebooks?|R ?markdown)\b[^.!?]{0,50}\b(?:is|are) (?:(?:freely|publicly|all|open and|open-source and) )*(?:available|on github|hosted|shared)\b|^(?:as (?:usual|always),? )?(?:the |all (?:the |of the )?|our |my )?data\b[^.!?]{0,50}\b(?:is|are) (?:(?:freely|publicly|all) )?available (?:on git(?:hub|lab)|in (?:the|our|my|this) (?:repo|repository))\b|^(?:please )?feel free to (?:download|use|reuse|adapt|fork|copy|modify|remix|play with|grab)\b/i.test(bare)) return true
  // ("There'll probably be typos.", "This will be long, rambly, and personal.", "You've read all the way to the end?": the post's
  // own form and its reader, not its subject; the first had opened a talk.)
  if (/^(?:there['’]ll|there will) (?:probably |likely |undoubtedly |almost certainly )?be (?:some |a few )?(?:typos|mistakes|errors|spelling mistakes)\b|^this (?:will be|is going to be|post will be|post is going to be|is a) (?:(?:a )?(?:long|longish|short|rambly|rambling|personal)\b)|^(?:you['’]ve|you have) (?:read|made it) (?:all the way )?to the (?:end|bottom)\b/i.test(bare)) return true
  // ("Out of these four organizations, we would like to draw your attention to the OTF, not only because…": what the talk turns to, announced.)
  if (/\b(?:we|i) (?:would like|want|wish|['’]d like) to draw (?:your |the reader['’]s )?attention to\b/i.test(bare)) return true
  // ("Here we analyze how future fires might affect California's offset program…": what the piece does, announced, not "Here we show that…"; "You can select values for these two variables", a control of an interactive figure.)
  if (/^here,? (?:we|i) (?:analy[sz]e|describe|present|discuss|examine|explore|outline|look at|consider|investigate|review|ask|estimate)\b(?! that\b)|^you can (?:select|choose|adjust|change|set|pick|toggle|drag|move|vary|play with) (?:values? for |the values? of )?(?:these|the|this|each|both)\b[^.!?]{0,40}\b(?:variables?|sliders?|parameters?|options?|values?|inputs?|settings?)\b/i.test(bare)) return true
  // ("Visuals by Jacob Rhoades": who made the page's pictures; "…: subscribe to our newsletter for updates": the page's call to follow it.)
  if (/^(?:[Vv]isuals?|[Ii]llustrations?|[Ii]mages?|[Gg]raphics?|[Pp]hotos?|[Pp]hotography|[Aa]rtwork|[Dd]rawings?|[Cc]harts?|[Aa]nimations?|[Dd]esign)(?: and [\w-]+)? (?:by|from|courtesy of) \p{Lu}[^.!?]{0,60}\.?$/u.test(text.trim()) || /\bsubscribe to (?:our|my|the) (?:[\w-]+ )?(?:newsletter|mailing list|blog|rss|feed|podcast|channel)\b/i.test(bare)) return true
  // ("(💥💥💥 THIS IS THE SUMMARY SECTION 💥💥💥)", "(💥💥💥 / END SUMMARY SECTION 💥💥💥)": where the page's summary starts and ends.)
  if (/^[\W_]*(?:this is (?:the|a|my) |(?:the )?end (?:of )?(?:the )?)?(?:summary|tl;? ?dr)(?: section)?(?: starts here| ends here)?[\W_]*$/i.test(text.trim())) return true
  // ("To better explain our work flow we prepared the following diagram, where you can see how we work…": a picture
  // announced; "…follow the stories… also on Medium platform": the page's call to follow it elsewhere.)
  if (/^(?:to (?:better |further )?(?:explain|illustrate|show|visuali[sz]e|describe)\b[^,.!?]{0,60}?,? )?(?:we|i)(?:['’]ve| have)? (?:also )?(?:prepared|made|created|drawn|put together|designed) (?:the following|this|a|an) (?:[\w-]+ )?(?:diagram|chart|figure|graphic|infographic|illustration|map|visuali[sz]ation)\b/i.test(bare) || /\bfollow (?:the |our |my )?(?:stories|posts|updates|news|us|me)\b[^.!?]{0,60}\b(?:also )?on (?:the )?(?:medium|twitter|x|mastodon|bluesky|linkedin|facebook|instagram|substack)(?: platform)?\b/i.test(bare)) return true
  // ("Check this blog post to read more and to get involved", "…share this blog post with anyone who might be interested",
  // "We really appreciate your help!": the page sending its reader elsewhere, asking to be shared, thanking.)
  // ("In the meanwhile, enjoy some more pictures of the jacket in this Flickr set": an album the slide cannot show.)
  if (/\benjoy (?:some )?(?:more )?(?:pictures|photos|images)\b|\bin this (?:flickr|photo|instagram|google photos) (?:set|album|gallery)\b|^(?:please,? )?check (?:this|the|our|my) (?:blog )?(?:post|article|page|guide|link|website|site)\b|\bshare this (?:blog )?(?:post|article|page|story)\b|^(?:we|i) (?:really |truly |greatly |very much |would )?appreciate (?:your|all your|any|every) (?:help|support|feedback|input)\b/i.test(bare)) return true
  // ("If something is still not clear about models, feel free to ask your coach!", "Hopefully it looks slightly less magic
  // for you now!": a tutorial's word to its reader, no step of it.)
  if (/\bfeel free to (?:ask|reach out|contact|get in touch|drop|ping|message)\b|^(?:we|i)(?:['’]ll| will| won['’]t| do not| don['’]t)? (?:not )?(?:explain|cover|go (?:into|over|through)|discuss|describe) (?:every|all|each) (?:bit|line|detail|part|piece|step)\b|^(?:we|i) know (?:it|this|that)(?:['’]s| is| can be| may be| might be) (?:a bit |a little |quite |very )?(?:complicated|a lot|confusing|hard|difficult|overwhelming|tricky)\b|^hopefully,? (?:it|this|that|things|everything) (?:now )?(?:looks?|seems?|makes? (?:more )?sense|feels?|is (?:a bit |a little )?(?:clearer|less)|was (?:helpful|useful))\b[^.!?]{0,50}[.!]?$/i.test(text.trim())) return true
  // ("@fig-ide shows what Positron looks like…": a Quarto cross-reference to a figure, which opens a pointer to it.)
  if (/^@(?:fig|tbl|lst)-[\w-]+\s/.test(text.trim())) return true
  // ("Compare it to the histogram for Figure 3, which tails off nicely on the right end": the reader sent to the page's figures.)
  if (/^(?:now )?(?:compare|contrast) (?:it|this|that|them|these|those)? ?(?:to|with) [^.!?]{0,40}\b(?:figures?|figs?\.|tables?|charts?|graphs?|images?|photos?|pictures?|plots?) \d/i.test(bare)) return true
  // ("I just want to include this 🌶 spicy 🌶 paragraph of his:": a quotation announced.)
  if (/^(?:i|we) (?:just |also )?(?:want|wanted|would like|['’]d like) to (?:include|quote|share|add|reproduce|cite) (?:this|these|the following|a|an|his|her|their)\b[^.!?]{0,40}\b(?:paragraph|passage|quote|quotation|excerpt|bit|lines?|words)\b/i.test(bare)) return true
  // ("We then moved onto a new discussion: “…?”", "I then put a slightly different question to the group: …": a meeting's next item announced.)
  // ("We then moved on to an update on our delivery against our business plan": a meeting's next item announced.)
  if (/^(?:we|i) (?:then |next |later |finally )?(?:(?:moved|turned|went|switched|passed) (?:on ?to|over to|to) (?:an? |the |our )?(?:[\w-]+ ){0,2}(?:discussion|topic|question|subject|debate|item|update|presentation|overview|session)\b|(?:put|posed|asked|raised) (?:a |the |another |our )?(?:[\w-]+ ){0,2}question (?:to|before|of) (?:the|our) (?:group|room|panel|audience|attendees|participants)\b)/i.test(bare)) return true
  // ("So, I try to explain...", "I replied:": a reply announced, its words in the quotation after it.)
  if (/^(?:(?:so|and|anyway|well),? )?(?:i|we) (?:(?:try|tried|attempt(?:ed)?) to (?:explain|clarify)(?: (?:this|that|it))?(?: again)?|replied|responded|answered|wrote back)\s*(?:\.{3}|…|:)?$/i.test(bare.trim())) return true
  // ("The information on this page covers the most common types of travel", "Read our foreign travel checklist…", "Our
  // crisis overseas page suggests…": the web page speaking of itself or pointing at its site's other pages.)
  if (/^(?:the )?(?:information|advice|guidance|content) (?:on|in) this (?:page|website|site)\b|^this (?:page|website|site) (?:covers|tells|explains|describes|gives|contains|sets out)\b|^(?:read|see|visit|check) our [\w\s-]{0,40}\b(?:checklist|page|guide|guidance|website|site)\b|^our [\w\s-]{0,30}\bpage (?:suggests|explains|tells|has|gives|lists)\b/i.test(bare)) return true
  // ("I gave an update on progress": a report given, not what it said.)
  if (/^(?:i|we) (?:then |also |briefly )?(?:gave|provided|presented|shared) (?:an? |the |some )?(?:brief |short |quick )?(?:update|overview|summary|presentation|recap)(?: (?:on|of) (?:progress|the work|our work|where we are))?[.!]?$/i.test(bare.trim())) return true
  // ("You'll likely have seen some of the headline findings in the press": what the audience may have read elsewhere, not what it says.)
  if (/^you(?:['’]ll|['’]ve| will| may| might| may well| might well)? (?:likely |probably |already |almost certainly )?(?:have )?(?:seen|heard|read)(?: about)? (?:some of |many of |most of |a few of )?(?:the|these|this|them|it|our)\b[^.!?]{0,40}\b(?:in the (?:press|news|media|papers)|online|on (?:social media|twitter|tv|the news))[.!]?$/i.test(bare.trim())) return true
  // ("I talk more about this at the end of the story", "Keep your eye out for that in a future post!": where else it is said.)
  if (/^(?:i|we)(?:['’]ll| will| shall)? (?:talk|write|say|speak|go into|come back to|return to|get to|touch on) (?:(?:a (?:bit|little) )?more |in (?:more )?detail |again )?(?:about |on )?(?:this|that|it|these|those)\b[^.!?]{0,40}\b(?:later|below|above|at the end|next time|in (?:a|the) (?:later|next|following|future|last)\b)|^keep (?:an|your) eyes? (?:out|open|peeled) for (?:that|this|it|more|the next|future|upcoming|part)\b/i.test(bare)) return true
  // ("Here I want to give my impressions from the visit this year", "I want to give you a short overview of the talks".)
  if (/^(?:here,? )?(?:i|we) (?:want|would like|wanted|'d like|’d like) to (?:give|share|offer|present|provide)(?: you)? (?:my|our|a|an|some|the)? ?(?:(?:short|brief|quick|few|personal) )?(?:impressions?|overview|summary|recap|notes|thoughts|highlights|report)\b/i.test(bare)) return true
  // ("It's complex. Hang in there.", "Bear with me": the reader cheered on, nothing said.)
  if (/^(?:(?:so|just|please),? )?(?:hang in there|bear with (?:me|us)|stay with (?:me|us)|stick with (?:me|us)|don['’]t give up)\b[^.!?]{0,20}[.!]?$/i.test(bare.trim())) return true
  // ("For what it's worth, here are my answers": what follows, announced.)
  if (/^(?:(?:so|and|anyway|for what it['’]s worth),? )?here (?:are|is|goes) (?:my|our) (?:(?:short|brief|quick|honest|own) )?(?:answers?|responses?|replies|reply|take|two cents)[.!:]?$/i.test(bare.trim())) return true
  // ("A simple example helps explain the basic idea", "An analogy may make this clearer": an example announced, not given.)
  if (/^(?:an?|one|this|the following|another) (?:(?:simple|quick|short|brief|concrete|small|toy|real-world|everyday|familiar|classic|useful|simplified|hypothetical) )*(?:example|analogy|illustration|thought experiment|scenario|case)s? (?:helps?|will help|may help|might help|can help|should help|could help|serves? to|may|might|can|will|should) (?:to )?(?:explain|illustrate|show|clarify|demonstrate|make (?:this|that|it|the (?:\w+ )?(?:idea|point|concept)) (?:clear|clearer|concrete))\b[^.!?]{0,40}[.!:]?$/i.test(bare.trim())) return true
  // ("This is the second part in a two-part series, the first part is here", "The good stuff starts in Section 3", "My
  // notes are mostly interesting quotations", "Googling "Matasano Hiring" takes us to their blogpost…": the page's place in
  // a series, its reader sent on, its writer's notes.)
  if (/^this is (?:the )?(?:first|second|third|fourth|final|last|next|\w+th) (?:part|post|instal?lment|article|entry|episode) (?:in|of)\b|^the (?:good|interesting|fun|real|juicy) (?:stuff|part|bits?) (?:starts?|begins?|comes?)\b|^my notes (?:are|were|here are)\b|^googling\b[^.!?]{0,60}\btakes (?:us|you|me) to\b|\byou should (?:really |just |definitely |probably )*(?:go and |go )?read\b[^.!]{0,120}\bhere are my (?:short |brief |quick )?notes\b/i.test(bare.trim())) return true
  // ("Other issues often come up": more to come, none of it said.)
  if (/^(?:other|some|several|a few|further|more) (?:issues|questions|problems|concerns|objections|arguments|points|topics) (?:often |also |sometimes |frequently |commonly |usually )?(?:come up|arise|crop up|emerge|remain)[.!]?$/i.test(bare.trim())) return true
  // (Nor an editor's outro: "Thank you Dwight for this really insightful look…", "This blog has been a first for us…".)
  if (/^[Tt]hank you,? (?:\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?|all|everyone),? for\b|^[Tt]his (?:blog(?: post)?|post|article|piece|series) (?:has been|was) (?:a|the|our) first\b/u.test(bare.trim())) return true
  // (And where the page's picture came from, said in passing: "And the image is created by Bing with the help of DALL·E.")
  // (Not a plan with its date: "We will look at facilitating this with our Stonewall volunteer team later this year".)
  const planned = (): boolean => /^we(?:['’]ll| will) look at\b/i.test(bare) && /\b(?:later|early|earlier) (?:this|next) (?:year|month|week|spring|summer|autumn|fall|winter)\b|\bnext (?:year|month|week)\b|\bin the (?:coming|next) (?:days|weeks|months|year)\b/i.test(bare)
  return ((signpost.test(bare) || announcement.test(text)) && !planned()) || isPointer(text) || hook.test(text.trim()) || signOff.test(text.trim()) || housekeeping.test(text.trim()) || interviewSetUp.test(text.trim()) || showsPicture.test(text.trim()) || recap.test(text.trim()) || isPictureSource(text.trim().replace(/^(?:and|also|plus|oh,? and),?\s+/i, '')) || isProductionCredit(text)
}

/** A sentence that ends on its colon (a closing quote or bracket after it): it leads into what follows. */
export const endsOnColon = /:["'”’)]*$/

/** Most words of a lead-in that says nothing by itself. */
const shortLeadInWords = 5

/**
 * Whether a sentence only leads into what follows it, a picture or a list, and says nothing alone: a few words before
 * a colon ("Both on Internet search engines:"), or the tail of a sentence between two pictures, opened by an ellipsis
 * ("...and on Canada.ca search:"). A blind reader of set 134 found both bullets, their pictures gone.
 *
 * @param sentence The sentence.
 */
export function isBareLeadIn(sentence: string): boolean {
  const text = sentence.trim()
  return endsOnColon.test(text) && (countWords(text) <= shortLeadInWords || /^(?:\.{2,}|…)(?:[^.!?]|\.(?=\S))*:$/.test(text))
}

/** A writer's farewell: "Happy Holidays, and Don't Forget to Footnote!", "Thanks for reading", "Until next time". */
const signOff = /^(?:and )?(?:happy (?:holidays|new year|christmas|hanukkah|thanksgiving|easter|reading|hacking|coding|\w+ing)|merry christmas|season['’]s greetings|thanks? (?:you )?(?:so much )?for reading|until next time|see you (?:next time|soon|around)|take care|stay safe|(?:(?:i|we) )?(?:really |do )?hope (?:you|that you) (?:(?:have )?enjoyed|liked|found (?:it|this))|(?:i|we) hope (?:this|that|it) (?:has been|was) (?:an? )?(?:[\w-]+ (?:and )?){0,3}(?:read|post|article|introduction|tutorial|guide)|(?:i|we) hope (?:the|this|my|our) (?:article|post|tutorial|guide|piece) (?:has )?helped you\b[^.!?]{0,100})\b[^.!?]{0,60}[.!]*$/i

/** An interview's set-up that names nobody: "We sat down with them and asked them some questions". */
const interviewSetUp = /^(?:we|i) sat down with (?:them|him|her|the (?:team|board|panel|authors?|winners?))(?: (?:and|to) (?:asked?|chat(?:ted)?|talk(?:ed)?)(?: (?:them|him|her))?(?: (?:some|a few|several))?(?: questions)?)?[.!]?$/i

/**
 * The post's own housekeeping: "This post was meant to go up yesterday but frustratingly I accidentally deleted the file",
 * "Some images from the original WordPress post are no longer available" (one had opened a talk), "To be clear, I don't
 * have any answers here".
 */
const housekeeping = /^this (?:post|article|piece|blog post|entry) was (?:meant|supposed|planned|going|scheduled) to (?:go up|be (?:up|out|published|posted))\b|\bi (?:accidentally|mistakenly) deleted\b|^(?:to be clear,?\s*)?(?:i|we) (?:don['’]t|do not|won['’]t) (?:have|claim to have|pretend to have) (?:any|all the|the) answers(?: here)?[.!]?$|^(?:some |the |all )?(?:images?|pictures?|photos?|links?|videos?|embeds?) (?:from|in|of) the original (?:\w+ )?(?:post|article|page|blog)\b[^.!?]{0,30}\b(?:(?:are|is) no longer|(?:are|is) not) (?:available|working|shown)\b/i

/** A recap that says only that the reader has learnt something: "You now should have a good idea of how to cycle an aquarium" (or that it starts: "Here it goes, the three-step approach…"). */
const recap = /^(?:i|we) could go on(?: and on)?\b|^(?:our|my|the) (?:point|argument|message|answer|thesis) (?:here )?(?:is|was) (?:quite |very )?(?:simple|clear|straightforward|this)[.:!]?$|^here (?:it|we) go(?:es)?\b|^(?:by now,? |so,? )?you (?:now )?(?:should|will|ought to) (?:now )?(?:have|know|understand) (?:a |an )?(?:(?:good|better|clear|basic|rough|solid) )?(?:idea|understanding|picture|sense|grasp|overview) of\b|^(?:here,? )?(?:i|we)(?: will|['’]ll)? only (?:consider|look at|discuss|cover|focus on|talk about|write about)\b|^(?:so far,? )?(?:i|we)(?:['’]ve| have) only (?:written|talked|discussed|looked at|covered|considered)\b|^there (?:is|are) (?:an? )?(?:(?:very|really) )?(?:interesting|important|crucial|key|subtle|curious|fascinating) [\w-]+(?: [\w-]+)? (?:to be (?:observed|noted|made|seen|had)|here)(?: here)?[.!:]?$|\b(?:to|as) the (?:ones?|arguments?|points?) (?:presented|made|given) (?:here|above|in this (?:post|article|essay))[.!]?$|^(?:read|learn) about (?:the|our|this|these) [\w-]+(?: [\w-]+){0,2}[.!]?$|^suppose (?:you|we) (?:were|are|had|have|want|wanted|need|needed)\b|^one (?:consideration|thing to (?:consider|note|keep in mind)) is\b|^(?:these|this|those|it) (?:should|will|may|might|would) (?:look|seem|sound) familiar\b/i

/**
 * A sentence that presents a picture the slide does not show: "Just for good measure, here is a picture of my
 * favourite tank", "If you look closely, you can see my Bristlenose Pleco hiding under the rock"; or reads its chart,
 * "The thick lines depict the median of the ensemble…", which had closed a talk; or says where its example came from,
 * "This example is from the Leaflet.heat plugin for web maps".
 */
const showsPicture = /^in (?:each|this|the|every|both) (?:plot|chart|graph|figure|diagram|panel)s?,|^the (?:top|bottom|left|right|first|second|third|last|upper|lower|middle) (?:bar|line|row|column|panel|curve|plot)s? (?:is|are|shows?|represents?)\b|^this (?:example|map|image|picture|demo|visuali[sz]ation|screenshot) (?:is|was|comes) (?:of|from|taken from|made with|built with)\b(?:[^.!?,;]|\.(?=\w)){0,60}[.!]?$|\bhere(?:['’]s| is| are) (?:a |an |the |my |some )?(?:[\w-]+ )?(?:picture|photo|photograph|shot|snapshot|video|screenshot|image)s?\b|^if you look closely\b|^(?:the |each |all )?(?:(?:thick|thin|bold|dashed|dotted|solid|shaded|colou?red|black|red|blue|green|grey|gray|orange|purple|light|dark|vertical|horizontal)\s+)+(?:lines?|dots?|bars?|areas?|points?|curves?|bands?|regions?|markers?)\s+(?:depict|show|represent|indicate|denote|mark|give)s?\b/i

/**
 * A guess at the reader, a hook before the point: "Perhaps you heard about…", "Maybe you've even been to…"; or the
 * author's reason to write: "I thought I'd take some time to share my experiences…", "Recently I've been thinking about
 * operational risk (op. risk)."; an example announced, "We can use the example of Leeds Bradford airport".
 */
const hook = /^(?:we|i|you) (?:can|could|might|will) (?:use|take|look at|consider) (?:the |an? )?example of [^,;.!?]{2,60}[.!]?$|^(?:recently|lately|for a while(?: now)?|for some time(?: now)?),? (?:i|we)(?:['’]ve| have)? been (?:thinking|reading|wondering|musing|reflecting) (?:a lot |a bit )?(?:about|on)\b[^,;!?]{0,60}$|^(?:perhaps|maybe) you(?:['’]ve| have| had| heard| saw| know| remember| read| may| might)?\b|^(?:i|we) (?:thought|figured|decided) (?:i|we)(?:['’]d| would| should| might) (?:take (?:some |a )?(?:time|moment|minute) to )?(?:share|write|talk|tell|describe|reflect|jot)\b/i

/** Whether a figure's label names it in a title of ten words at most ("Yield (Bushels / Acre)"), not a claim. */
const titled = (text: string): boolean => countWords(text) <= 10 && isTitleCase(text)

/**
 * Whether a sentence, wherever it stands, is a figure's caption: a numbered
 * figure or table ("Table 8.1 helps readers keep track of the authors’
 * multiple arguments") or what a picture shows ("Excerpt of resume by
 * Victoria Asfalg…", "Screenshot of the dashboard").
 *
 * @param tokens The sentence's tokens.
 */
export function isFigureCaption(tokens: readonly Token[]): boolean {
  // (Not "Figure 1: We analyzed 74 pig manure projects…": a claim after its label's colon; "Figure 3: Yield (Bushels /
  // Acre)", a title after it, is the caption.)
  if (/^(?:figure|fig\.|table|chart|exhibit|image|photo|illustration)$/i.test(tokens[0]?.value ?? '') && tokens[1]?.type === 'number' && (tokens[2]?.value !== ':' || titled(tokensText(tokens.slice(3))))) return true
  return /^(?:excerpt|screenshot|screen shot|detail|photo|photograph|picture|image|map|diagram|still|footage|video) (?:of|from)$/i.test(tokens.slice(0, 2).map((token) => token.value).join(' '))
}

/**
 * Whether a paragraph's one sentence is a picture's caption left in the text: a figure's caption
 * ({@link isFigureCaption}), or a noun phrase, its only verb a participle after a noun ("CoCoRaHS data displayed on a map", "Example of CoCoRaHS data displayed with monthly
 * totals…").
 *
 * @param tokens The sentence's tokens.
 */
export function isCaption(tokens: readonly Token[]): boolean {
  if (isFigureCaption(tokens)) return true
  const words = tokens.filter((token) => token.pos !== 'PUNCT' && token.type !== 'punctuation')
  if (words.length < 3 || words.length > 16 || ['VERB', 'AUX'].includes(words[0]!.pos) || tokens.some((token) => token.pos === 'AUX' || token.pos === 'PRON')) return false
  // (Its participle takes no object: "data displayed on a map", not "the same bus carried an average of eleven people".)
  // (And it has one: "Elixir powers the National Access Point…" is a claim the tagger read without a verb.)
  const participle = (token: Token, index: number): boolean => /(?:ed|ing)$/.test(token.lower) && ['NOUN', 'PROPN'].includes(tokens[index - 1]?.pos ?? '') && tokens[index + 1]?.pos === 'ADP'
  // (Or no verb at all, a photo's people and what they do: "The LATAM Ambassadors and some student assistants hard at work on Day 1.")
  // (A noun after a determiner the tagger took for a verb, "some student assistants", is none.)
  if (!tokens.some((token, index) => token.pos === 'VERB' && tokens[index - 1]?.pos !== 'DET') && ['DET', 'PROPN', 'NOUN', 'NUM'].includes(words[0]!.pos) && /\b(?:at work|in action|on stage|at the (?:start|end|opening|closing)|pose|posing|gathered)\b/i.test(tokensText(tokens))) return true
  return tokens.some((token, index) => token.pos === 'VERB' && participle(token, index)) && tokens.every((token, index) => token.pos !== 'VERB' || participle(token, index))
}


/** Nouns of a picture that open a caption ("Draft map of…", "An aerial view of…"). */
const pictureNouns = new Set(['map', 'maps', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'image', 'images', 'view', 'diagram', 'chart', 'graph', 'illustration', 'rendering', 'drawing', 'sketch', 'screenshot', 'painting', 'portrait', 'poster', 'postcard', 'aerial'])

/**
 * Whether a sentence opens by naming a picture, with no verb of its own: "Draft map of regional recreation and
 * connectivity assets around Marianna, FL", "An aerial view of the marsh after the storm" — the caption of a picture a
 * copied page lost; the paragraph it opens ("… Habitat corridors (shown in green hatching) are based on…") is the
 * caption's, not the article's.
 *
 * @param tokens The sentence's tokens.
 */
export function namesPicture(tokens: readonly Token[]): boolean {
  const at = tokens.slice(0, 4).findIndex((token) => pictureNouns.has(token.lower))
  if (at === -1 || !['of', 'from', 'showing'].includes(tokens[at + 1]?.lower ?? '')) return false
  if (!tokens.slice(0, at).every((token) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(token.pos))) return false
  // (The tagger may read the noun as a verb: "Draft map/VERB of…".)
  return !tokens.some((token, index) => index !== at && (token.pos === 'AUX' || (token.pos === 'VERB' && !/(?:ed|ing|en)$/.test(token.lower))))
}

/**
 * Whether a sentence talks about the blog it is posted on rather than the
 * topic: "I'm still experimenting with what I'm going to blog about here",
 * "So, here's a purely academic post to start things off", "Welcome to my
 * new blog". Its paragraph is the writer's aside to regular readers.
 *
 * @param sentence A sentence as written.
 */
/**
 * What a post says of itself as a text: "The following is a short address I gave to the CU College of Music convocation
 * this morning…", "It is Creative-Commons-licensed (see bottom of post), so feel free to make tweaks and distribute it…".
 */
const postAbout = /^(?:the following|what follows|below) (?:is|are) (?:an? |the |my )?(?:\w+ ){0,3}(?:address|talk|speech|lecture|keynote|remarks|transcript|text|notes|version)\b|\bcreative[- ]commons[- ]licen[sc]ed\b|\bfeel free to (?:\w+ ){0,4}(?:distribute|re-?use|remix|adapt|republish)\b/i

export function isBlogMeta(sentence: string): boolean {
  return /^this (?:blog )?(?:post|article) (?:draws on|(?:is|was) (?:based|adapted) (?:on|from)|builds on|summari[sz]es|accompanies|(?:is|was) (?:a (?:written |longer |shorter |lightly edited )?version|the text) of)\b|\bwhat I['’]m (?:going|planning) to (?:blog|write) about\b|\bhere['’]s (?:a|my|the) (?:\w+ ){0,2}(?:post|blog post) to (?:start|kick) (?:things|it) off\b|\bwelcome to (?:my|this|the) (?:new |little )?blog\b|\b(?:my )?(?:first|inaugural) (?:ever )?(?:blog )?post (?:on|for) (?:this|my|the) (?:blog|site)\b/i.test(sentence) || postAbout.test(sentence)
}

/** The date of a work cited, in brackets after its authors: "(2020)", "(March 11, 2026)". */
export const citedDate = String.raw`\((?:\p{L}+\.? \d{1,2}, )?(?:19|20)\d\d[a-z]?\)`

/** A page's citation of itself: "Christopher Steven Marcum (March 11, 2026). "AI Robots are Coming…" Open Evidence. https://doi.org/…". */
const selfCitation = new RegExp(String.raw`^\p{Lu}[^()\n]{2,120}${citedDate}\.\s+["“]?\p{Lu}[^\n]{5,300}(?:https?:\/\/|\bdoi:)\S+$`, 'u')

/**
 * Whether a paragraph is a journal article's front: how to cite it ("Citation: Cook, Katherine. 2018. …", with the
 * author's name and "Received 2018-08-05" on the lines before), or who the author is with an address or an ORCID iD
 * ("Katherine Cook is an Assistant Professor, Université de Montréal. (katherine.cook@umontreal.ca). ORCID ID: …"),
 * or the record of the volume it is a chapter of ("In Franziska Naether, ed. 2020. Cult Practices in…").
 * The title slide and the notes carry them.
 *
 * @param text The paragraph's text.
 */
export function isJournalFront(text: string): boolean {
  if (new RegExp(`^${inVolume}`, 'iu').test(text)) return true
  if (/(?:^|\n)\s*(?:citation|cite as|cite this(?: article| post| piece)?|how to cite(?: this)?(?: article| post| piece)?|suggested citation)\s*:/i.test(text)) return true
  // (Or the citation alone: "Christopher Steven Marcum (March 11, 2026). "AI Robots are Coming…" Open Evidence. https://doi.org/…".)
  if (selfCitation.test(text.trim())) return true
  return /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:is|was) (?:an?|the)\b/u.test(text) && /\bORCID\b|[\w.+-]+@[\w-]+\.\w/.test(text) && countWords(text) <= 60
}

/**
 * Whether a question only builds suspense for the sentences after it ("The results?", "The catch?", "The verdict?"):
 * the paragraph's strongest sentence answers it, not the next one.
 *
 * @param question The question, as written.
 */
export function isTeaser(question: string): boolean {
  return /^(?:and |so,? |but )?(?:the|my|our|their) (?:(?:short |long |real |final )?(?:results?|verdict|catch|answer|outcome|upshot|bottom line|takeaway|twist|score|good news|bad news|punchline|payoff))\?["'”’)]*$/i.test(question.trim())
}

/**
 * Whether a question only asks the audience to care, "Why should you care about this?", "So what?", "Why does it
 * Whether a question only asks the audience to care, "Why should you care about this?", "So what?", "Why does it
 * of it like the medical version of the ghost of Christmas future…").
 *
 * @param question The question, as written.
 */
export function asksToCare(question: string): boolean {
  // (Nor does a tag question that only agrees with the reader: ".. they look almost identical right?" had labelled "Lets
  // try and insert rows into them…:".)
  if (/(?:,? right|,? (?:is|are|was|were|do|does|did|can|could|wo|would|have|has)n['’]t (?:it|they|there|you|we|he|she))\?["'”’)]*$/i.test(question.trim())) return true
  return /^(?:and |so,? |but )?(?:why (?:should|would|do|does) (?:you|we|i|anyone|this|that|it) (?:care|matter)(?: about (?:this|that|it|any of this))?|so what|what (?:(?:should|can|do|could) (?:i|we|you|one) do(?: about (?:it|this|that))?|(?:is there )?to do|now)|now what|what does (?:this|that|it|all this) (?:all )?mean(?: for (?:you|us))?|why does (?:this|that|it|any of this) matter)\?["'”’)]*$/i.test(question.trim())
}

/** A list of sources written as one paragraph under its label: "Sources" / "Maric, R. (2014). The Half-Spaces. https://…". */
export const sourcesParagraph = /^(?:sources?|references|bibliography|works cited|further reading|notes)\s*:?\s*\n/i

/** A request to whoever answers a form: "Please give an example of…", "Feel free to provide…", "Ideally, focus on…". */
const formRequest = /^(?:please (?!note\b)\p{Ll}+|feel free to\b|ideally,? (?:\p{Ll}+ )?(?:focus|describe|explain|give|provide|include|list|name|tell)\b|(?:if|where) possible,)/iu

/**
 * Whether a paragraph is a questionnaire's question with what it asks for ("50 years from now, what kinds of online
 * science content will…? Please give an example of a particular piece of content… Feel free to provide…"): the answer
 * follows it, and none of it is a bullet.
 *
 * Also a question of three sentences at most that opens a part answered in the paragraphs after it ("Libraries,
 * Archives and Museums have typically collected published works… Where are the natural curatorial homes for…?").
 *
 * @param sentences The paragraph's sentences.
 * @param opens Whether the paragraph opens its section and others follow it.
 */
export function isFormQuestion(sentences: readonly string[], opens = false): boolean {
  const asks = (sentence: string): boolean => /\?["'”’)]*$/.test(sentence.trim())
  // (Someone else's question: no "I" or "we" in it; an author's own set-up, "…how, then, can we support new methods…?", shows.)
  if (opens && sentences.length <= 3 && asks(sentences.at(-1) ?? '') && sentences.at(-1)!.split(/\s+/).length >= 8 && !sentences.some((sentence) => /\b(?:I|we|my|our|me|us)\b/i.test(sentence))) return true
  return sentences.length >= 2 && asks(sentences[0]!) && sentences.slice(1).every((sentence) => formRequest.test(sentence.trim()) || asks(sentence))
}
