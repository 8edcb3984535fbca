/**
 * Line rules: a line of web-page or press-release boilerplate on its own
 * (`Advertisement`, `Share this:`, a copyright line, a photo credit, a site
 * menu on one line), in English and in German.
 */

import { countWords } from './lines.js'

/** Why a line was dropped, in a few words (shown in the outline and in messages). */
export type DropReason =
  | 'advertisement'
  | 'caption'
  | 'comments'
  | 'copyright'
  | 'end mark'
  | 'footer'
  | 'navigation'
  | 'press release mark'
  | 'document label'
  | 'read more'
  | 'related links'
  | 'reading time'
  | 'series'
  | 'share'
  | 'social'
  | 'subscribe'
  | 'table of contents'
  | 'tags'
  | 'contact'
  | 'cookies'
  | 'repeated title'
  | 'update note'
  | 'issue'

/** A rule for one line: the reason, its pattern, and the longest line it applies to. */
interface LineRule {
  reason: DropReason
  test: RegExp
  /** Longest line (in words) the rule applies to, so prose is never caught. */
  maxWords: number
}

/** The English line rules (applied in every language). */
const lineRules: LineRule[] = [
  {
    reason: 'advertisement',
    test: /^(?:advertisements?|advertising|sponsored(?: content)?|(?:platinum|gold|silver|bronze|diamond|premium) sponsors?|ad|paid content|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)$/i,
    maxWords: 6
  },
  {
    reason: 'subscribe',
    test: new RegExp(
      '^(?:' +
        [
          // `Subscribe`, `Subscribe now`, `Subscribe to our newsletter for more`
          String.raw`subscribe(?: (?:now|today|for free|here))?`,
          String.raw`subscribe to (?:new|future|more|the latest|all) (?:posts|articles|stories|updates|episodes)`,
          String.raw`subscribe (?:to|for) (?:our|the|my) [^.!?]{0,40}?\b(?:newsletters?|digest|mailing list|updates|podcast|channel|blog|feed)\b[^.!?]{0,40}`,
          // `Sign up for our newsletter`, `Sign up to get updates by email`
          String.raw`sign up\b[^.!?]*\b(?:newsletters?|updates|e-?mails?|inbox|digest|mailing list)\b[^.!?]*`,
          String.raw`(?:join|get) (?:our|the) (?:free |weekly |daily |monthly )*newsletter[^.!?]*`,
          String.raw`newsletter(?: sign-?up)?`,
          // The newsletter form's field: `Email address`, `Your email`
          String.raw`(?:your e-?mail(?: address)?|e-?mail address)(?: \*)?`,
          // `Get the best stories every week.`, `Get the latest news in your inbox`
          String.raw`get (?:the|our) (?:best|latest|top|biggest|most important|day['’]s|week['’]s) [^.!?]{0,60}?\b(?:(?:in|to|into) your inbox|by e-?mail|every (?:day|week|morning|evening|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (?:day|week|month)|weekly|daily|monthly)`,
          // `Don't miss a story.`
          String.raw`(?:don['’]t|never) miss (?:a|another|an) (?:story|post|article|issue|update|episode)[^.!?]*`,
          // `Want more stories like this? Sign up for our weekly newsletter.`
          String.raw`(?:want|like|liked|enjoy|enjoyed|love|loved) [^?]{0,50}\?\s+(?:sign up|subscribe|join)\b[^.!?]*`
        ].join('|') +
        String.raw`)[.!]?$`,
      'i'
    ),
    maxWords: 25
  },
  {
    reason: 'read more',
    test: new RegExp(
      '^(?:' +
        [
          // A marker alone, or before a colon or arrow and a link title: `Read more: How ports charge their fleets`
          String.raw`(?:read more|read next|read also|see also|more stories|you (?:may|might) also like|recommended(?: for you| reading)?|keep reading|most read|most popular)(?:\s*[:»›→]\s*\S.*|\s*[»›→…]*)`,
          // `Read the full Reflections on Restoration and Partnerships: 2025 Status Report`: a link to the whole document
          String.raw`read the full (?:report|story|article|post|paper|study|text|release|statement|\p{Lu}[^.!?]{0,100})`,
          // `More from The Verge` (a name, not `More from the survey: …`)
          String.raw`more from (?:the |our )?[\p{Lu}\p{N}][^.!?:]{0,60}`,
          // `Continue reading`, `Continue reading on Medium »`, `Continue reading the full story`
          String.raw`continue reading(?: (?:on|at) \S+(?: \S+)?| the (?:full |rest of the )?(?:story|article|post))?\s*[»›→…]*\.?`,
          // `Download this case study`, `Download the report (PDF)`: a button's label
          String.raw`download (?:this|the|our) (?:full )?(?:case study|report|pdf|guide|article|paper|white ?paper|e-?book|brochure|fact ?sheet)(?: \((?:pdf|docx?|pptx?|\d)[^)]*\))?`,
          // `Download “Everyday Accessibility” posters (PDF, 98kb).`: any download with its file's type and size
          String.raw`download [^()]{1,80} \((?:pdf|docx?|pptx?|xlsx?|zip|epub)\b[^)]*\)\.?`,
          // `Watch this post as a video`, `Listen to this article`
          String.raw`(?:watch|listen to) (?:this|the) (?:post|article|story|episode|talk|page)(?: as an? (?:video|podcast|audio(?: file)?)| on youtube)?\.?`
        ].join('|') +
        ')$',
      'iu'
    ),
    maxWords: 20
  },
  {
    reason: 'copyright',
    // (Also at the end of the site's menu: "All posts | Résumé | Talks | Colophon | Technomancy is © 2004 – 2020 Phil Hagelberg".)
    test: /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})|\ball rights reserved\b|\s©\s?(?:19|20)\d\d\b[^.!?]*$/i,
    maxWords: 25
  },
  {
    // A site's licence and engine at its foot: "Except where otherwise noted, content on this site is licensed under the CC-BY license • Powered by Hugo", "Powered by WordPress", "rOpenSci is a fiscally sponsored project of NumFOCUS." ("This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 Unported License.")
    reason: 'copyright',
    // ("Some images are used from Font Awesome, CC BY 4": the theme's icons' credit at the foot.)
    test: /^(?:(?:except (?:where|as) otherwise noted,? )?(?:the |any |all |other )?(?:copyright )?(?:content on this (?:site|website|blog|page)|code samples?\b[^.!?]{0,40}) (?:is|are) licensed\b|for details,? see our site policies\.?$|some (?:images|icons|graphics) (?:are )?(?:used )?(?:from|by|courtesy of)\b[^.!?]{1,60}\b(?:cc[ -]?by|cc0|licen[cs]e)\b|this (?:work|post|article|page|essay|blog|site|website|document) is licensed under (?:a |the )?(?:creative commons|cc[- ]by)\b|this (?:recipe|work|post|article|page|essay|story|blog|site|guide)(?: by [^.!?]{1,40})? is licensed under(?: a| the)?$|creative commons (?:attribution|zero|cc0)[\w .-]{0,60}licen[cs]e\.?$|site design (?:based on|by|from)\b[^.!?]{1,80}\.?$|(?:proudly )?powered by \S+(?: \S+)?$|hosted (?:on|by) (?:github pages|gitlab pages|netlify|vercel|cloudflare pages)$|(?:modified from |based on |adapted from )?(?:a |the )?(?:theme|template|design) by \S+(?: \S+)?$)|\bis a fiscally sponsored project of\b/i,
    maxWords: 30
  },
  {
    reason: 'comments',
    test: /^(?:(?:(?:to )?leave a (?:reply|comment)|post (?:a )?comment|cancel reply|your email address will not be published|required fields are marked|save my name, email|notify me of (?:follow-up comments|new posts)|\d+ thoughts? on\b.*|join the (?:discussion|conversation)|(?:questions|comments|feedback|queries)\?\s*(?:please )?(?:e-?mail|contact|write to|ask|message) us)\b|(?:\d+ (?:comments?|responses?|replies)|comments? \(\d+\)|(?:show|view|load) (?:more )?comments|(?:blog )?comments powered by (?:disqus|utterances|giscus|commento|isso))$)/i,
    maxWords: 25
  },
  {
    reason: 'share',
    test: new RegExp(
      '^(?:' +
        [
          String.raw`share(?: this)?(?: (?:article|story|post|page))?(?: on(?: \w+| social media| your (?:social )?(?:networks?|channels?))?)?:?`,
          String.raw`share via\b.*`,
          String.raw`share and enjoy[!.]?`, String.raw`(?:(?:e-?mail|twitter|github|gitlab|stack overflow|linkedin|mastodon|facebook|instagram|youtube|rss|bluesky|orcid|google scholar|website)\s*){3,}`,
          String.raw`(?:re)?tweet this(?: article| post| page)?[!.]?`,
          // `Share on Mastodon, Twitter, Facebook, Reddit, LinkedIn, Lobsters, Hacker News, or by mail.`
          String.raw`share (?:it |this )?on (?:[\w .-]+, ){2,}(?:or |and )?[\w .-]+\.?`,
          String.raw`click to (?:share|email|print)\b.*`,
          String.raw`tweet(?: this)?|pin it|email this(?: article)?|print this(?: article| page)?|like this:?|like loading\.*|copy link`,
          // `Enjoyed this article? Share it.`, `Found this useful? Share it with a colleague.`
          String.raw`(?:enjoyed|liked|loved|found|did you (?:enjoy|like)) (?:this|the|our) (?:article|post|story|piece|read|guide|newsletter|issue)(?: (?:useful|helpful|interesting))?\?(?:\s+(?:please |then |why not )?(?:share|forward|send|pass|tell|give|clap|recommend)\b[^.!?]*[.!]?)?`,
          String.raw`(?:found this|enjoyed it|liked it)(?: useful| helpful)?\?\s+(?:please |then )?(?:share|forward|send|pass)\b[^.!?]*[.!]?`,
          // `If you enjoyed this post, please share it with a friend.`
          String.raw`if you (?:enjoyed|liked|found|loved)\b[^,.!?]{0,40},\s*(?:please )?(?:share|forward|send|pass|consider sharing)\b[^.!?]*[.!]?`,
          String.raw`(?:please )?share (?:this|it) with (?:a friend|your friends|friends|someone|a colleague|colleagues|your network)[^.!?]*[.!]?`,
          // `Share this: Twitter Facebook LinkedIn` on one line; `Share and join the conversation: X/Twitter, Mastodon, LinkedIn and Bluesky`
          String.raw`share(?: this)?(?: (?:article|story|post|page))?(?: and (?:join|follow) (?:the |our )?(?:conversation|discussion))?(?: on| via)?:?(?:(?:[\s,|·•/]+|,?\s+and\s+)(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|print|reddit|pinterest|telegram|mastodon|bluesky|threads|instagram|tumblr|pocket|flipboard|messenger|sms|copy link|hacker ?news))+[.!]?`
        ].join('|') +
        ')$',
      'i'
    ),
    maxWords: 25
  },
  {
    reason: 'cookies',
    // `We use cookies to improve your experience. Accept`, `This site uses cookies. Manage preferences`
    test: /^(?:we use cookies|this (?:site|website) uses cookies|by (?:using|continuing to use) this (?:site|website)[^.]*cookies|cookie (?:policy|settings|preferences))\b[^]*$/i,
    maxWords: 30
  },
  {
    reason: 'social',
    // `Follow us on X`, `Follow us on Twitter, Facebook and Instagram`, `Follow me on Mastodon for more.`
    test: /^follow (?:us|me)(?: on [\p{L}\p{N} (),&+@.'’-]+?)?(?: for (?:more|updates|the latest)[^.!?]*)?[.!]?$/iu,
    maxWords: 15
  },
  {
    reason: 'social',
    // An embedded post's bar: `Comment / 216 Likes / Source`, `Reply · 21 votes · Share`.
    test: /^(?:(?:comment|reply|source|share|link|-?\d[\d,.]*k? (?:likes?|votes?|upvotes?|points?|replies|comments?|shares?|retweets?|reposts?))(?:\s*[/·|•]\s*|$)){2,4}$/i,
    maxWords: 8
  },
  {
    reason: 'tags',
    // ("Categorized under: accessibility.")
    test: /^(?:tags|tagged(?: with)?|filed under|categories|category|categori[sz]ed (?:under|in|as)|posted in|topics)\s*:/i,
    maxWords: 30
  },
  // ("In: Featured Life Narrative Perspective" under a post's date: the categories it is filed in, each in capitals.)
  { reason: 'tags', test: /^In:\s*\p{Lu}[\p{L}-]*(?:,?\s+\p{Lu}[\p{L}-]*){0,8}$/u, maxWords: 12 },
  {
    reason: 'update note',
    // "Updated November 28, 2012" at a page's foot: when the page last changed, no line of the article. (With who changed it and where to help, "Last updated on 4/19/2021 by Josh Luo", "…May 23, 2025. You can contribute to this documentation by editing this page on Github"; or "How to interpret a p-value histogram was published on December 15, 2014 and last modified on December 17, 2014.")
    test: /^(?:last )?(?:updated|update|modified|edited|revised)(?: on)?:?\s+(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?: by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?(?:\.\s+[^.!?]{0,80}\b(?:contribute|edit(?:ing)?|improve|suggest)\b[^.!?]{0,60}[.!]?)?$|^[^.!?]{3,120} was (?:published|posted) on [^.!?]{4,30} and (?:last )?(?:modified|updated) on [^.!?]{4,30}\.?$/iu,
    maxWords: 30
  },
  {
    reason: 'reading time',
    // "5 min read"; and a lesson's duration alone on its line, "60 mins"; a page's two read times under their label, "Read Time" / "Brief View 5 MINS" / "Full Story 20 MINS" (they had been two section dividers).
    test: /^\d+\s*-?\s*min(?:ute)?s?\.?\s+read$|^\d+\s*(?:mins?|minutes|hours?|hrs?)\.?$|^(?:(?:estimated )?read(?:ing)? time|(?:brief|quick|short|full|long) (?:view|read|story|version)\s*:?\s*\d+\s*(?:mins?|minutes)\.?)$/i,
    maxWords: 4
  },
  {
    // "Part of a series on the Future of Teaching", "Cross-posted on the Esri blog": where the page sits, not what it says.
    reason: 'series',
    // ("Also see: Op-Ed: Preserve Local Parks Grants, adapted from this essay": a pointer to another page.)
    test: /^(?:this (?:post|article|piece|blog post) is )?(?:part (?:\d+ |one |two |three |four |five )?of (?:a|an|the|our|my) (?:[\p{L}-]+ ){0,4}series\b|cross-?posted (?:on|at|from|to)\b|also see:\s|see also:\s)/iu,
    maxWords: 15
  },
  {
    reason: 'press release mark',
    test: /^(?:for immediate release|immediate release|press release|news release|embargoed\b.*)$/i,
    maxWords: 10
  },
  {
    // ("A PROCLAMATION" under "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA": the kind of document, in capitals, which had headed its whole text as one section, "A PROCLAMATION (cont.)" over two more slides.)
    reason: 'document label',
    // ("Status: draft" over a postmortem's owners: where the document stands in its review, no content.)
    test: /^(?:(?:A |AN )?(?:PROCLAMATION|EXECUTIVE ORDER|PRESIDENTIAL (?:MEMORANDUM|PROCLAMATION)|MEMORANDUM(?: FOR [A-Z ]+)?|FACT SHEET|MEDIA ADVISORY|JOINT STATEMENT)|[Ss]tatus: (?:[Dd]raft|[Ff]inal|[Pp]ublished|[Ii]n [Pp]rogress|WIP|[Ii]n [Rr]eview|[Uu]nder [Rr]eview))$/,
    maxWords: 8
  },
  {
    reason: 'caption',
    test: /^(?:\(?(?:photo(?:graph)?s?|image|picture|pictured|illustration|credit|photo credit|image credit|image caption|image source|caption|graphic)\s*(?::|by\b|—|–|-)|fig(?:ure|\.)\s*:\s|\((?:photo|image|credit|pictured|source)\b[^)]*\)$)/i,
    maxWords: 40
  },
  {
    // "Gaillardia flowers at Spring Creek Forest Preserve… Some rights reserved by gurdonark" (Flickr's licence line), "Muhamad
    // Chabib alwi/iStock via Getty Images": a photo's caption ending in its credit.
    reason: 'caption',
    test: /\bsome rights reserved by \S+\s*$|\/\s?(?:iStock(?:photo)?|Getty Images|Shutterstock|Adobe Stock|Alamy)\b.{0,30}$|\bvia (?:Getty Images|Shutterstock|Unsplash|Pexels|Pixabay|Flickr|Wikimedia Commons)\s*$/i,
    maxWords: 30
  },
  {
    // A picture copied as its file name ("first-fast.webp", no alt text), or credited to its Flickr owner ("Feedback by
    // giulia.forsythe, on Flickr"): set 70's file names had titled four slides, a credit a section.
    reason: 'caption',
    test: /^[\p{L}\p{N}_.%()-]+\.(?:webp|png|jpe?g|gif|svg|avif|tiff?|bmp|heic)$|\bby [^\s,]+(?: [^\s,]+)?,? on Flickr\.?$/iu,
    maxWords: 15
  },
  {
    // A data essay's buttons copied as lines: "Download Full Data", "Copy Full Data URL" had titled four slides.
    reason: 'navigation',
    // (And one button a format, "Download CSV", "Download Excel"; a licence badge's alt text, "Creative Commons License".)
    // (And a row of a site's addresses without their scheme at its foot, "iFixit.com/Info/Jobs GitHub.com/iFixit"; a
    // contents box's button with its entries left out, "Table of Contents"; a promotion's pointing hand, "👉 Discover what's
    // new at Microsoft Quantum"; the links to the posts either side, "« Oct 20, 2025 Gear Nov 3, 2025 »".)
    test: /^(?:download|copy) (?:the )?(?:full |table |raw |all |filtered )?data(?: url| file| set)?(?: \([^)]{0,60}\))?$|^download (?:as )?(?:csv|json|excel|xlsx?|pdf|png|svg|zip|geojson|parquet)$|^creative commons licen[cs]e$|^(?:[\w-]+\.(?:com|org|net|io|dev)\/[\w/.-]*\s*){1,4}$|^table of contents?$|^(?:👉|➡️?)\s*(?:discover|read|see|learn|check|find|explore|watch|try|join|sign up|subscribe|get)\b[^.!?]{0,80}$|^jump to:\s*\S[^|]*(?:\|[^|]+)+$|^[«‹]\s*\S[^«»‹›]{0,100}[»›]$/i,
    maxWords: 24
  },
  {
    // A page's other editions and its categories: "Also available in français", "Filed under network, and Linux".
    reason: 'navigation',
    test: /^(?:also )?available in (?:english|français|francais|deutsch|español|espanol|italiano|português|nederlands|日本語|中文|\p{Lu}\p{Ll}+)$|^comments(?: \([^)]{0,60}\))?$/iu,
    maxWords: 10
  },
  { reason: 'tags', test: /^filed under [\p{L}\d .-]+(?:,\s*(?:and )?[\p{L}\d .-]+)*\.?$/iu, maxWords: 12 },
  {
    // A blog's notes about itself: "The postings on this site are my own and don't necessarily represent iRobot's
    // positions…", "except where noted." (a licence line's tail), "Come visit the complete End-to-End Machine Learning
    // course library", "part of the End-to-End Machine Learning library", "[ Portuguese version, translated by …]".
    reason: 'footer',
    test: /^the (?:postings|posts|views|opinions|thoughts) (?:on this (?:site|blog)|expressed here|here)\b[^.!?]{0,30}\b(?:my own|are mine|personal)\b|^except where (?:otherwise )?noted\.?$|^come (?:visit|see|check out) (?:the|my|our) [^.!?]{0,60}\b(?:library|courses?|archive|shop|store|collection)\.?$|^part of (?:the|my|our) [^.!?]{3,60}\b(?:library|series|collection|course)$|^\[\s*\p{L}+ (?:version|translation)\b[^\]]{0,80}\]$/iu,
    maxWords: 30
  },
  {
    // A site's credit line at its foot: "Built with 🧡 and technology", "Made with ❤ in Berlin", "Powered by Hugo".
    reason: 'footer',
    test: /^(?:built|made|crafted|handcrafted|powered|hosted|generated|created) (?:with|by|on|using) (?:[^.!?]{0,30}(?:\p{Extended_Pictographic}|[❤♥])[^.!?]{0,30}|(?:hugo|jekyll|gatsby|astro|eleventy|11ty|next\.?js|netlify|github pages|wordpress|ghost|quarto|docusaurus|mkdocs|sphinx|zola|hexo|pelican|frog)\b[^.!?]{0,60}|\S+(?: \S+)?, an? (?:static[- ])?(?:site|blog|static-site|static-blog|website) generator\b[^.!?]{0,40})\.?$|^(?:the )?source(?: code)? (?:for|of) this (?:blog|site|website)\.?$/iu,
    maxWords: 10
  },
  {
    // A link to the rest of a collection under a card of it: "All accessibility stats", "See all interviews" had headed slides.
    reason: 'navigation',
    test: /^(?:see |view |browse |show |explore )?all (?:(?:of )?(?:our|the) )?(?:[\p{L}-]+ ){0,3}(?:stats|statistics|interviews|posts|articles|stories|news|events|case studies|resources|reports|videos|episodes|projects|guides|tutorials)$/iu,
    maxWords: 6
  },
  {
    // A chart's download links copied under it: "Download: PNG | PDF | Code" had titled six slides of set 72.
    reason: 'navigation',
    test: /^(?:download|get|view)(?: (?:as|the))?\s*:?\s*(?:png|pdf|svg|csv|code|data|image|jpe?g|zip|xlsx?|json|html)(?:\s*[|·,/]\s*(?:png|pdf|svg|csv|code|data|image|jpe?g|zip|xlsx?|json|html))+$/i,
    maxWords: 10
  },
  {
    reason: 'navigation',
    test: /^(?:skip to (?:main )?content|(?:skip|jump) (?:straight |right )?(?:to|ahead to) (?:the )?[a-z ]{3,30}|back to (?:the )?(?:top|table of contents|contents|index)(?:\s*[↑⬆^])?|(?:[←‹«<]\s*)?(?:go )?back|(?:[←‹«<]\s*)?back to (?:the )?(?:blog|news|insights|articles|posts|all posts|overview)|jump to (?:navigation|comments)|menu|search|log ?in|sign ?in|home|listen to this article|open in app|print|permalink|permanent link|copy link)$/i,
    maxWords: 6
  },
  {
    // "Originally posted by Michael Marin on Oct 31, 2023": where the article first ran, at its foot.
    reason: 'footer',
    // "Also cross-posted on the Openscapes blog": where else it ran, under its byline.
    // ("republished from LSE Impact Blog": where it first ran, over the article.)
    test: /^(?:originally (?:posted|published)\b|(?:this (?:post|article) (?:was|is) )?(?:also )?(?:cross-?posted|republished|reposted|reprinted|syndicated) (?:on|to|at|from|with)\b)/i,
    maxWords: 16
  },
  {
    // The alt text of the site's logo, first on a copied page: "Rust Logo".
    reason: 'navigation',
    test: /^[\p{L}\p{N}.&' -]{1,30} logo$/iu,
    maxWords: 4
  },
  {
    // An interactive chart's instructions, copied without the chart: "Click or hover to view areas burned by wildfire in
    // each year.", "Click the play button to replay the animation."
    reason: 'navigation',
    test: /^(?:click|tap|hover|drag|swipe|scroll)(?: or (?:click|tap|hover|drag|swipe|scroll))?(?: over| on)?(?: the [\p{L} ,-]{1,50}?(?: buttons?| icons?| maps?| charts?| sliders?| menus?| tabs?| dropdowns?| legends?| bars?| dots?))? to (?:view|see|replay|play|explore|zoom|compare|show|hide|toggle|select|change)\b[^.!?]{0,80}[.!]?$/iu,
    maxWords: 18
  },
  {
    // The site's foot: "Maintained by the Rust Team. See a typo? Send a fix here!", "Edit this page on GitHub".
    reason: 'footer',
    // (After the date too: "Published on Wednesday, April 12, 2023 • Improve article".)
    test: /^(?:maintained by the .{1,40}\. )?(?:see|found|spot(?:ted)?) a typo\?|^edit this page(?: on \w+)?$|^improve this page$|(?:^|[•·|]\s*)(?:improve|edit) (?:this )?(?:article|page|post)(?: on \w+)?$/i,
    maxWords: 16
  },
  {
    // The banner on every U.S. government site.
    reason: 'navigation',
    test: /^(?:an official website of the (?:united states|u\.s\.) government|here[’']s how you know|official websites use \.gov|secure \.gov websites use https)$/i,
    maxWords: 8
  }
]

/**
 * German pages' boilerplate (`lang: de`): the same kinds of line, in German.
 * Applied as well as the English rules, which German pages use too.
 */
const germanLineRules: LineRule[] = [
  { reason: 'advertisement', test: /^(?:anzeige|werbung|gesponsert(?:er inhalt)?|bezahlter inhalt|weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt)$/i, maxWords: 8 },
  {
    reason: 'subscribe',
    test: /^(?:(?:jetzt |hier )?(?:kostenlos |gratis )?(?:newsletter )?abonnieren|newsletter(?:-anmeldung| bestellen)?|(?:abonnieren sie|bestellen sie|melden sie sich (?:für|zu)) (?:unseren|den) [^.!?]{0,40}newsletter[^.!?]{0,40}(?: an)?|(?:jetzt )?für (?:unseren|den) newsletter anmelden)[.!]?$/i,
    maxWords: 25
  },
  {
    reason: 'read more',
    test: /^(?:weiterlesen|mehr (?:zum thema|dazu|lesen)|lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|empfohlene artikel)(?:\s*[:»›→]\s*\S.*|\s*[»›→…]*)$/i,
    maxWords: 20
  },
  { reason: 'copyright', test: /\balle rechte vorbehalten\b/i, maxWords: 25 },
  { reason: 'comments', test: /^(?:(?:kommentar (?:schreiben|verfassen)|diskutieren sie mit|kommentare anzeigen|zu den kommentaren)\b.*|\d+ kommentare?|kommentare? \(\d+\))$/i, maxWords: 25 },
  { reason: 'share', test: /^(?:(?:artikel |beitrag |diesen artikel |seite )?teilen(?: (?:auf|per|via) \w+)?:?|per e-?mail (?:teilen|versenden)|drucken|link kopieren)$/i, maxWords: 8 },
  { reason: 'social', test: /^folgen sie (?:uns|mir)(?: auf [\p{L}\p{N} ,&+@.'’-]+?)?[.!]?$/iu, maxWords: 15 },
  { reason: 'tags', test: /^(?:schlagwörter|schlagworte|themen|kategorien?|stichworte)\s*:/i, maxWords: 30 },
  { reason: 'reading time', test: /^(?:lesezeit:?\s*\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s+lesezeit)$/i, maxWords: 5 },
  { reason: 'navigation', test: /^(?:zum (?:haupt)?inhalt springen|zum inhalt|nach oben|startseite|suche|anmelden|einloggen|menü)$/i, maxWords: 6 }
]

/** The line rules of a language (BCP 47 `lang`): English's, and German's too for German. */
function lineRulesOf(lang: string): readonly LineRule[] {
  return lang.toLowerCase().split(/[-_]/)[0] === 'de' ? [...lineRules, ...germanLineRules] : lineRules
}

/**
 * Whether a single line is boilerplate on its own, and why.
 *
 * @param text Cleaned line text.
 * @param lang Language of the article (BCP 47); default `en`.
 * @returns The reason, or `undefined` when the line may be content.
 */
export function lineBoilerplate(text: string, lang = 'en'): DropReason | undefined {
  // (A site's icon before its line is no part of it: "📢 Share on Mastodon, Twitter…", "🗞️ Subscribe to new posts".)
  const words = countWords(text)
  for (const rule of lineRulesOf(lang)) {
    if (words <= rule.maxWords && rule.test.test(text)) return rule.reason
  }
  if (isMenuLine(text)) return 'navigation'
  const bare = text.replace(/^\s*(?![©®™])\p{Extended_Pictographic}\uFE0F?\s+/u, '')
  if (bare !== text) return lineBoilerplate(bare, lang)
  // (Or a line of such sentences, each one of them: "Except as otherwise noted, any code samples… are licensed under V8’s BSD-style license. Other content on this page is licensed under… For details, see our site policies.")
  const [first, ...rest] = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)
  const reason = rest.length >= 1 && rest.length <= 3 ? lineBoilerplate(first!, lang) : undefined
  return reason !== undefined && rest.every((sentence) => lineBoilerplate(sentence, lang) !== undefined) ? reason : undefined
}

/**
 * A site menu on one line: three or more short entries separated by `|`,
 * `·`, `•` or `/`, one of which is a usual menu entry (`Home | Blog | About`).
 */
function isMenuLine(text: string): boolean {
  const entries = text.split(/\s+[|·•/]\s+/)
  if (entries.length >= 3 && entries.every((entry) => countWords(entry) <= 3 && !/[.!?]$/.test(entry)) && entries.some((entry) => menuWord.test(entry.trim()))) return true
  // A menu copied without separators: "Tauri Docs Guides References Blog Releases Search ⌘K".
  const words = text.split(/\s+/)
  return words.length >= 5 && words.every((word) => /^[\p{Lu}⌘]/u.test(word)) && words.filter((word) => menuWord.test(word) || siteWord.test(word)).length >= 3
}

/** Words of a site's menu besides {@link menuWord}. */
export const siteWord = /^(?:docs|documentation|guides?|references?|api|releases?|showcase|partners|community|pricing|features|products?|solutions|resources|careers|events|support|downloads?|install|learn|tools|governance|get started|playground|examples|tutorials|team|press|talks|projects|publications|writing|speaking|portfolio|cv|resume|articles|posts|podcasts?|newsletter|⌘k|ctrl\+k)$/i

/** Words that name a site's menu entries. */
export const menuWord = /^(?:home|menu|about(?: us)?|contact(?: us)?|search|blog|news|shop|store|recipes|archive|subscribe|log ?in|sign ?in|sign up|register|donate|faq|help)$/i

/**
 * A line that says who wrote a quoted post or e-mail: an embedded post's byline, "Ruben C. Arslan (@ruben.the100.ci)
 * October 12, 2025 at 10:34 AM"; a quoted e-mail's header, "< On Nov 3, 2025 at 16:04 +0100, Michaela Support
 * support@osf.io, wrote"; a contact's line, "Alabama: Amy Hunter- Amy.Hunter@dcnr.alabama.gov". The speaker's notes
 * keep it (who said what), never a heading or a bullet.
 *
 * @param text Cleaned line text.
 */
export function isAttributionLine(text: string): boolean {
  return countWords(text) <= 24 && /^[^()]{1,60}\(@[\w.-]+\)\s+(?:\p{L}{3,9}\.? \d{1,2},?|\d{1,2}\.? \p{L}{3,9}) \d{4}(?: at \d{1,2}:\d{2}(?:\s?[AP]M)?)?$|^<?\s*On [^<>]{6,60}\d{1,2}:\d{2}[^<>]{0,80}\bwrote:?>?$|^[\p{L} .,'’()-]{2,40}:\s*[\p{L} .'’-]{2,40}\s*[-–—]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu.test(text.trim())
}

/** A link that sends the reader to the site's next part: "Go to the next section: Procurement", "Continue to the next chapter". */
export const nextPartLink = /^(?:go|continue|skip|jump|move on|read on) to the (?:next|previous|following) (?:section|chapter|page|part|post|step)\b|^continue (?:the story|reading|the series)\s*:/i

/** A blog's links to the posts beside this one, each label over its post's title: "Newer post" / "Scipy 2020 Packaging BOF". */
export const postNeighbour = /^(?:[«‹←]\s*)?(?:newer|older|next|previous|prev)(?: (?:post|article|entry|story))?\s*:?(?:\s*[»›→])?$|^[«‹←]\s*(?:newer|older|next|previous|prev)(?: (?:post|article|entry|story))?\s*:\s*\S.{0,100}$/i

/** Both links on one line: "Previous Next", "« Older posts | Newer posts »". */
export const postNeighbours = /^(?:[«‹←]\s*)?(?:previous|prev|older)(?: (?:posts?|articles?|entry|story))?\s*[|·•/]?\s*(?:next|newer)(?: (?:posts?|articles?|entry|story))?(?:\s*[»›→])?$/i

/** A comments section heading that ends the article when found in its second half. */
export const commentsTail = /^(?:was this (?:page|article|post|content|information|answer) (?:helpful|useful)\??|leave a (?:reply|comment)|\d+ (?:comments?|responses?|thoughts? on\b.*)|comments?|(?:(?:want|like) to )?(?:join|start) the (?:discussion|conversation)\??)$/i
