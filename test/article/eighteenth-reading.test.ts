/**
 * What the thirteenth session (4 December 2026) found reading held-out decks
 * as their speaker: captions of pictures a copied page lost shown as bullets,
 * a sentence that names its speaker read as a quotation's attribution, a
 * short title before a dash kept whole, a first name as a slide title, and
 * the key statement of a section left off its face because no cut brought it
 * within the hard cap. Each case is the text as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressTokens, unwrap } from '../../src/article/compress.js'
import { tagSentence } from '../../src/article/nlp.js'
import { isSignpost, namesPicture } from '../../src/article/signposts.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { selectSentences, bulletBudget } from '../../src/article/select.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { splitSentences } from '../../src/article/sentences.js'
import { recogniseText } from '../../src/text/index.js'
import { isPersonWithRole } from '../../src/text/lines.js'

/** The bullets a section's paragraphs give, as selection chooses them. */
function chosen(paragraphs: readonly string[], heading?: string): string[] {
  const candidates = scoreSentences(paragraphs.map((paragraph) => splitSentences(paragraph)), { heading })
  return selectSentences(candidates, bulletBudget(candidates.length)).map((candidate) => candidate.bullet!.text)
}

test('should read a copied page’s caption of a lost picture as no bullet: one that names its picture, one with its credit', () => {
  // Louise Vaughn, "Panhandle rising" (SECAS, CC0), as copied: the hero map's caption had been the opening bullet.
  assert.ok(namesPicture(tagSentence('Draft map of regional recreation and connectivity assets around Marianna, FL.')))
  assert.ok(!namesPicture(tagSentence('A view of the river shows the damage.')))
  assert.ok(!namesPicture(tagSentence('The map of the city is old.')))
  const intro = chosen([
    'Draft map of regional recreation and connectivity assets around Marianna, FL. Habitat corridors (shown in green hatching) are based on the Southeast Blueprint.',
    'From face masks to flooding, 2020 has changed our ideas of what’s normal. As the this year’s record-breaking Atlantic hurricane season ends, many coastal communities find themselves preparing for a climate future that shares few resemblances with the past.',
  ])
  assert.ok(intro.length > 0 && intro.every((text) => !/Draft map|Habitat corridors/.test(text)), intro.join(' | '))
  // Matt McGregor, "Te Papa Joins the Commons" (Creative Commons Aotearoa New Zealand, CC BY 4.0): two museum captions
  // with their credits had been four bullets.
  const faces = chosen([
    'People at Te Papa have been thinking about Creative Commons licensing for a while now. As our national museum, Te Papa is the kaitiaki of an incredible range of artistic, scientific and cultural items.',
    'Kea, Nestor notabilis collected September 1987, Otira, Westland, New Zealand. Reproduced courtesy of Museum of New Zealand Te Papa Tongarewa under a Creative Commons BY-NC-ND 3.0 licence. (OR.023944)',
    'Little Spotted Kiwi by J.G. Keulemans, 1872. New Zealand. Reproduced courtesy of Museum of New Zealand Te Papa Tongarewa. No known copyright restrictions. (O.009829)',
  ])
  assert.ok(faces.length > 0 && faces.every((text) => !/Kea|Kiwi|Reproduced/.test(text)), faces.join(' | '))
})

test('should read a sentence that names its speaker and quotes them as prose, not as the attribution of a quotation', () => {
  // Matt McGregor (CC BY 4.0): the paragraph before it had become a quotation "— As Adrian Kingston, … wrote…".
  const said = 'As Adrian Kingston, Collections Information Manager for Digital Assets and Development, wrote at the time, "Te Papa’s collections have been built over nearly 150 years and range from miniscule lice and molluscs through to caravans."'
  assert.ok(!isPersonWithRole(said))
  assert.ok(isPersonWithRole('Oli Scherer, Rust compiler team member and GSoC mentor'))
  const { tree } = recogniseText(`Te Papa Joins the Commons\nBy Matt McGregor\n\nA decade ago, these collections were difficult for most New Zealanders to access. Since then, the team at Te Papa has been working on digitising their collection of over 2 million items.\n\n${said}\n\nSome of these headaches are technical; others are legal.\n`)
  assert.ok(!tree.children.some((node) => node.type === 'blockquote'))
})

test('should read a long copied title’s part after a dash as its subtitle when the part before it is two words', () => {
  // Louise Vaughn (CC0).
  const { outline } = recogniseText('Panhandle rising - How small cities in Florida are working together to rebuild for resiliency\n\nNov 30, 2020 • By Louise Vaughn\n\nFrom face masks to flooding, 2020 has changed our ideas of what’s normal. Storms don’t care about who has resources or the best-laid plans.\n')
  assert.equal(outline.title, 'Panhandle rising')
  assert.equal(outline.subtitle, 'How small cities in Florida are working together to rebuild for resiliency')
})

test('should read thanks to all who took part as a signpost, and keep a title’s second part after a colon', () => {
  // Glen Thurston, "Renting a Property" (NZ Service Innovation Lab, CC0).
  assert.ok(isSignpost('Thanks to all who participated, especially those who were interviewed, came into the lab to help us on our journey, or took the time to give feedback.'))
  // Matt McGregor (CC BY 4.0): the bullet had ended "…21 audio guides for its Rita Angus".
  const bullet = compressTokens(tagSentence(unwrap('In 2008, as an initial experiment with open licensing, Te Papa applied a Creative Commons licence to 21 audio guides for its Rita Angus: Life and Vision exhibition.')), 14, 30)
  assert.ok(bullet === undefined || /Life and Vision exhibition$/.test(bullet.text), bullet?.text)
})

test('should title no slide with the first name of someone the article names in full', () => {
  // Matt McGregor (CC BY 4.0): a page had been titled "Victoria".
  const pages = [
    'Some of these headaches are technical; others are legal. As Victoria Leachman, Rights Manager at Te Papa, puts it, “our focus has been on accessibility, rather than reuse." Recognising this, Victoria and her team have been steadily applying Creative Commons licences to thousands of items. The team, as Victoria puts it, has been “nibbling away at the edges of the collections."',
    'Te Papa itself also produces a vast amount of material. Other works from Te Papa can be found in its Flickr stream.',
  ]
  assert.notEqual(keyPhrases(pages, 'Te Papa Joins the Commons')[0], 'Victoria')
})

test('should show a section’s key statement that no cut brings within the hard cap as one long bullet', () => {
  // Bill O'Brian and Roy Hewitt, "National Wildlife Refuges Along the Trail of Tears" (USFWS, public domain): the
  // section's first and most central sentence had no bullet; the slide showed only what visitors see today.
  const faces = chosen([
    'In the 1830s, a branch of the Trail of Tears crossed southern Illinois about five miles north of what is now Cypress Creek National Wildlife Refuge.',
    'Today, you might see bald cypress trees that are hundreds of years old at the refuge. It is cradled between the Ohio and Mississippi Rivers and is part of a RAMSAR Wetland of International Importance.',
  ], 'Cypress Creek National Wildlife Refuge')
  assert.ok(faces.some((text) => /^In the 1830s, a branch of the Trail of Tears crossed southern Illinois/.test(text)), faces.join(' | '))
  // (At most one such bullet on a face.)
  assert.ok(faces.filter((text) => text.split(/\s+/).length > 24).length <= 1)
})
