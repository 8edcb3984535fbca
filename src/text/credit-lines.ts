/**
 * Plain-text recogniser: lines that say who made something rather than what the article says — a picture's credit or
 * source ("Photo: George Lee", "CC BY-SA 3.0", "© MSF"), the author's bio under the byline, a quoted person's name and
 * role. They go to the notes, never to a heading or a bullet.
 */
import { countWords, roleWords } from './lines.js'

/** A maker's credit in a caption: a participle, "by" and a name ("created by Rob Nokomis", not "built by the community"). */
const pictureCredit = /\b(?:created|designed|drawn|taken|made|photographed|painted|built|illustrated|shot|sketched|rendered) by \p{Lu}\p{Ll}+/u

/**
 * Whether a sentence says where the page's picture came from: "The header image for this article was created by Pixabay
 * user msandersmusic…", "This graphic was found posted in the Cloudy Nights forum by BYoesle. link"; or is a credit
 * line alone, "Src: Wallpaper Flare", "Credits: NASA", or a caption on its credit, "…Visitor? Credit: Wellcome Images no. L0025727".
 *
 * @param text A line or a short paragraph.
 */
export function isPictureSource(text: string): boolean {
  // ("Cover image by Tony Hisgett from Birmingham, UK. Taken from Commons, licensed under CC-BY-2.0.": the post's picture and its maker.)
  if (countWords(text) <= 40 && /^(?:cover|header|featured|hero|banner|lead|title|top) (?:image|photo(?:graph)?|picture|illustration|graphic|artwork) (?:by|from|courtesy of|credit)\b/i.test(text.trim())) return true
  return (countWords(text) <= 24 && /(?:^|[.!?]\s+)(?:photo |image |picture )?credits?\s*:\s*\p{Lu}[^!?]{0,60}$/iu.test(text.trim())) || (countWords(text) <= 12 && /^(?:src|(?:image |photo |picture )?credits?|(?:data |image |photo |chart )?sources?)\s*:\s*\S[^!?]{0,90}$/i.test(text.trim()) && !/[.!?]\s+\p{Lu}/u.test(text)) || (countWords(text) <= 40 && /^(?:this|the) (?:(?:header|featured|cover|top|banner|lead|title|above|below) )?(?:graphic|image|photo|photograph|picture|illustration|chart|map|diagram|infographic|drawing)s?(?: (?:for|of|in|on|at the top of) (?:this|the) (?:article|post|page|blog post))? (?:was|is|were|are) (?:(?:originally|first|kindly) )?(?:found|posted|created|made|taken|drawn|provided|shared|produced|designed|sourced|used|courtesy)\b/i.test(text.trim())) || (countWords(text) <= 16 && /^\S+(?:\s+\S+){2,}\s+(?:report|book|magazine|issue|album|brochure)\s+cover$/i.test(text.trim()))
}

/** Who did a piece's work behind the scenes: "Questions were prepared by Luboš Kocman and Douglas DeMaio", "Post-processing and formatting were done by Gertjan Lettink", "Interview conducted by Jane Roe". */
const productionCredit =
  /^(?:the |this |our )?(?:questions?|interviews?|post-processing|formatting|editing|transcription|translation|proofreading|copy-?editing|layout|illustrations?|graphics|artwork|photos|photography|additional reporting)(?:(?:,| and| &) (?:[\w-]+ ){0,2}?[\w-]+)*(?: (?:for|of|in) (?:this|the) (?:post|article|interview|piece|story|issue))? (?:(?:was|were|is|are|has been|have been) )?(?:kindly )?(?:prepared|conducted|done|provided|handled|edited|transcribed|translated|proofread|compiled|drawn|designed|produced) by \p{Lu}[^.!?]{0,100}[.!]?$/u

/**
 * Whether a sentence only credits the people who did a piece's work behind the scenes (see {@link productionCredit}).
 *
 * @param text A sentence.
 */
export function isProductionCredit(text: string): boolean {
  // (Its first letter lowered: the name after "by" must be a capital's.)
  return countWords(text) <= 24 && productionCredit.test(text.trim().replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()))
}

/**
 * Whether a line (or a sentence without its full stop) is a picture's
 * caption that credits its maker ("Expandable LEGO solar farm created by Rob
 * Nokomis and submitted to LEGO ideas").
 *
 * @param text Cleaned line text.
 */
export function isPictureCredit(text: string): boolean {
  // ("Top row: Julien Deswaef, Atul Varma… Bottom row: … Not pictured: …": who is where in a group photo.)
  // ("Photo Credit: FEMA/Lee Snyder", "A volunteer with his rain gauge. Photo credit: NOAA/CoCoRaHS.": a credit line.)
  // ("Kellykaneshiro , CC0, via Wikimedia Commons": a free licence and where the picture was found; "Footage of crowds
  // at Shimbashi Station, soon after the earthquake": what an embedded video shows; "Image copyright socksofdoom".)
  if (/\b(?:CC0|CC[ -]BY(?:[ -](?:SA|ND|NC))*(?: \d\.\d)?|public domain)\b[^.!?]{0,40}\bvia\b|^\S.{0,60},\s*(?:CC0|CC[ -]BY\S*)(?:,|$)/i.test(text.trim())) return true
  if (/^(?:(?:footage|video|clip|recording|photo|photograph|image|picture|screenshot|still) of\b[^.!?]{0,100}|(?:image|photo|picture|illustration)s? (?:copyright|©|credit|courtesy)\b[^.!?]{0,60})$/i.test(text.trim())) return true
  if (isPictureSource(text)) return true
  // ("Screenshot from the first meeting of…", "Diagramme illustrating the use-cases and environments…", "Facade rendering for
  // 3302 Swiss Circle", "Cross-functional workflow used to plan the cohort infrastructure.": what a picture shows, and for
  // what; sets 404 and 408 had shown them as bullets and a title.)
  if (countWords(text) <= 20 && /^(?:(?:screenshot|photo|image|picture) from\s|(?:diagram(?:me)?|chart|graph|map|infographic|screenshot|illustration)s? (?:illustrating|showing|depicting)\s|(?:\p{L}[\p{L}-]+ )?(?:rendering|mock-?up|floor ?plan|site plan) (?:of|for)\s[^.!?]*$|(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|can|could|should|would|must)\b)\p{L}[\p{L}-]+(?: [\p{L}-]+){0,3} (?:used|designed|built|created|developed) to (?:plan|show|track|map|visuali[sz]e|illustrate|explain|manage)\s[^.!?]*\.?$)/iu.test(text.trim())) return true
  // ("Image created by Cam Coulter. Icon by mikicon on the Noun Project.": who made the picture, in a sentence or two.)
  if (countWords(text) <= 24 && /^(?:(?:image|photo|picture|illustration|graphic|icon|header image|cover image)s? (?:created|made|drawn|designed|taken) by|(?:icon|illustration|graphic)s? by)\s+\S/i.test(text.trim())) return true
  // ("Timen Olthof (links) en Kiske de Leest (rechts)", "Ana Ruiz (left) and Tom Lee (right)": who stands where in a photo.)
  if (countWords(text) <= 24 && !/[.!?]$/.test(text.trim()) && (text.match(/\((?:left|right|centre|center|middle|far left|far right|links|rechts|midden|gauche|droite|izquierda|derecha|mitte|l|r)\)/gi) ?? []).length >= 2) return true
  // ("CC-BY-SA 3.0 Image by Fred J, userpage: commons.wikimedia.org/wiki/User:Fred_J)": a licence first, then whose picture.)
  if (/^(?:CC0|CC[ -]BY(?:[ -](?:SA|ND|NC))*)(?:\s\d\.\d)?\s+(?:image|photo|photograph|picture|illustration|graphic)\s+(?:by|from|courtesy)\b/i.test(text.trim()) && countWords(text) <= 20) return true
  // ("…Spring Creek Forest Preserve in Richardson and Garland. Some rights reserved by gurdonark": Flickr's licence line.)
  if (/\bsome rights reserved by \S+\s*$/i.test(text.trim()) && countWords(text) <= 30) return true
  // ("Muhamad Chabib alwi/iStock via Getty Images": a photographer and the stock agency the picture came from.)
  if (countWords(text) <= 12 && /(?:\/\s?(?:iStock(?:photo)?|Getty Images|Shutterstock|Adobe Stock|Alamy|Unsplash|Pexels|Pixabay|AP|Reuters|AFP)\b|\bvia (?:Getty Images|Shutterstock|Unsplash|Pexels|Pixabay|Flickr|Wikimedia Commons)\s*$)/.test(text.trim())) return true
  // ("UC Davis protest after the pepper spraying… / Photo from Public Laboratory / CC BY-SA 3.0": a caption ending in its licence.)
  if (/(?:^|[/|·,]\s*)(?:CC0|CC[ -]BY(?:[ -](?:SA|ND|NC))*(?: \d\.\d)?)\s*$/i.test(text.trim()) && countWords(text) <= 30) return true
  // ("Dany Sloan CC-BY-NC 4.0 (Int)": a photographer's name and the picture's licence, its jurisdiction in brackets.)
  if (/^\p{L}[^.!?]{0,50}\s(?:CC0|CC[ -]BY(?:[ -](?:SA|ND|NC))*)(?:\s\d\.\d)?(?:\s\([\p{L} .-]{1,12}\))?\s*$/iu.test(text.trim()) && countWords(text) <= 10) return true
  // ("Rapid map of Bulengo Camp © MSF", "Surveyor, DRC 2023. © MSF": a caption that ends with whose picture it is.)
  if (/\S\s*(?:©|\(c\))\s*\p{Lu}[^.!?©]{0,40}$/u.test(text.trim()) && countWords(text) <= 30) return true
  // ("Wheeler National Wildlife Refuge, Alabama. (Photo: George Lee)", "Artist's rendition courtesy of the National Park Service": a caption with its credit in brackets, a credit line; "Aerial view of missile launch site at San Cristobal, Cuba. (John F. Kennedy Library)", a collection's.)
  if (countWords(text) <= 30 && (/\((?:photos?|images?|credit|illustration|map|video)s?\s*:\s*[^()]{2,60}\)\s*$|\((?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:Library|Archives?|Museum|Collections?|Gallery)\)\s*$/iu.test(text.trim()) || (/\bcourtesy of\b/i.test(text) && /^[^.!?]{4,}$/.test(text.trim())))) return true
  // ("Tristan Perich holding 1 Bit Symphony — Photo taken from Hyperallergic.com", "Tristan starts his performance during Blip Festival — a screenshot from the movie": a caption whose dash says where its picture came from.)
  // ("Copyfight 1 - art by Trine Bjørkmann Andreassen": a work's title and its artist.)
  if (countWords(text) <= 16 && /\s[—–-]\s+(?:art(?:work)?|drawing|painting|illustration|photo(?:graph)?|cartoon|comic)\s+by\s+\p{Lu}[^.!?]{0,50}$/u.test(text.trim())) return true
  if (countWords(text) <= 30 && /\s[—–-]\s+(?:an? |the )?(?:photo(?:graph)?s?|images?|pictures?|screenshots?|screen ?grabs?|stills?)\s+(?:taken\s+|captured\s+)?(?:from|by|via|of|courtesy of)\s(?:[^.!?]|\.(?=\w)){1,60}\.?$/i.test(text.trim())) return true
  // ("…, Chicago Tribune, Jan 24, 2024. Photos by John J. Kim / Chicago Tribune": a caption that ends with its photographer.)
  if (countWords(text) <= 45 && /(?:^|[.!?]\s+)(?:photos?|images?|illustrations?)\s+(?:by|courtesy of)\s+\p{Lu}(?:\p{Lu}\.\s|[^.!?]){0,60}\.?$/iu.test(text.trim())) return true
  return (pictureCredit.test(text) && !/[.!?…]["'”’)]*$/.test(text.trim())) || /^(?:(?:top|bottom|front|back|middle) row|(?:from )?left to right|pictured|not pictured)\s*:/i.test(text.trim()) || /(?:^|[.!?]\s+)(?:photo|image|picture|illustration|graphic)\s+(?:credit|courtesy|source)s?\s*:\s*\S[^.!?]{0,60}\.?$/i.test(text.trim())
}

/**
 * Whether a paragraph is the author's bio: one or two sentences that open
 * with a name of the byline and say what they are or do ("Jo Hill is a
 * Service Designer and User Researcher at the DTA.").
 *
 * @param text The paragraph's text.
 * @param byline The article's byline ("Jo Hill", "Ana Ruiz and Ben Ode").
 */
export function isAuthorBio(text: string, byline: string): boolean {
  const names = byline.split(/\s*(?:,|&|\band\b)\s*/).map((name) => name.trim()).filter((name) => /^\p{Lu}/u.test(name) && name.split(' ').length <= 4)
  if (countWords(text) > 60 || (text.match(/[.!?](?:\s|$)/g) ?? []).length > 2) return false
  return names.some((name) => {
    // (The bio may call the writer by another form of the byline's first name, its first three letters the same: "Katie Drax is…" under "Kate Drax".)
    const [first = '', ...rest] = name.split(' ')
    const written = first.length >= 3 && rest.length > 0 && text.startsWith(first.slice(0, 3)) ? text.split(' ').slice(0, rest.length + 1).join(' ') : name
    return text.startsWith(`${written} `) && written.endsWith(name.slice(first.length)) && /^(?:is|was|works|leads|writes|heads|runs|has been)\b/.test(text.slice(written.length + 1))
  })
}

/**
 * Whether a sentence says who a writer is by title and post: "Dr Hester Lees-Jeffries is a Senior Lecturer in the
 * Faculty of English…".
 *
 * @param text A sentence.
 */
export function isPostBio(text: string): boolean {
  return /^(?:dr\.?|prof\.?|professor) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3} is (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:lecturer|professor|researcher|fellow|scientist|historian|curator|director|reader)\b/iu.test(text)
}

/**
 * Whether a sentence is the bio of a person the title names: "David Leip is Chief Electrical Engineer at LTX-Credence"
 * under "Elections Data in Context: Interview with U.S. Elections Atlas' David Leip".
 *
 * @param text A sentence.
 * @param title The article's title.
 */
export function isTitledBio(text: string, title: string): boolean {
  const name = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}) /u.exec(text)?.[1]
  return name !== undefined && title.includes(name) && isAuthorBio(text, name)
}

/**
 * A name and the person's position: "Oli Scherer, Rust compiler team member",
 * "Ana Ruiz, Professor of Law" (who said the paragraph above it).
 *
 * @param text Cleaned line text.
 */
export function isPersonWithRole(text: string, most = 20): boolean {
  // (Not a sentence that names its speaker and quotes them: "As Adrian Kingston, Collections Information Manager…, wrote at the time, "Te Papa’s collections…"".)
  if (countWords(text) > most || /["“”]/.test(text)) return false
  const match = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (.+)$/u.exec(text)
  return match !== null && roleWords.test(match[1]!)
}
