/**
 * What the twenty-fifth session (5 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { List, Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { renderDeck } from '../../src/index.js'
import { recogniseText } from '../../src/text/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { isSignpost } from '../../src/article/signposts.js'
import { phraseHead } from '../../src/article/item-endings.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'

// Gulf Coast Ecosystem Restoration Council, "GCERC Releases Reflections on Restoration and Partnership- 2025 Status
// Report" (restorethegulf.gov, GCERC/site, a US federal work in the public domain), as copied from the page; shortened
// to what the cases below need, its words as published.
const release = [
  'GCERC Releases Reflections on Restoration and Partnership- 2025 Status Report', '',
  'April 16, 2025', '',
  'Contact Information',
  'Gulf Coast Ecosystem Restoration Council External Affairs',
  '(keala.hughes@restorethegulf.gov', '',
  'New Orleans, LA (April 16, 2025) - Today, the Gulf Coast Ecosystem Restoration Council (RESTORE Council) released its 2025 Status Report, Reflections on Restoration and Partnerships, marking a significant milestone in the ongoing recovery efforts of the Gulf Coast region. This comprehensive report commemorates fifteen years since the Deepwater Horizon oil spill on April 10, 2010, reflecting on the progress made and the critical partnerships that have shaped the restoration process.', '',
  'The report highlights the long-term commitment of federal, state, and local agencies, along with a variety of partners, in addressing the environmental and economic impacts of the spill. Since the creation of the RESTORE Act in 2012, the Council has been at the forefront of efforts to restore ecosystems, enhance biodiversity, and support sustainable economic recovery for communities across the Gulf Coast.', '',
  'Key achievements outlined in the report include:', '',
  'The restoration of critical habitats such as wetlands, marshes, and estuaries that support diverse marine and wildlife populations.',
  'The successful implementation of over 180 restoration projects, with numerous ongoing initiatives focused on habitat recovery, water quality improvement, and coastal protection.',
  'The establishment of long-lasting partnerships that have brought together stakeholders committed to the Gulf’s environmental recovery.', '',
  'For more information, media inquiries, or to schedule an interview, please contact:', '',
  'Keala J. Hughes',
  'Director of External Affairs & Tribal Relations',
  '(504) 717-7235',
  'keala.hughes@restorethegulf.gov', '',
  'About the Gulf Coast Ecosystem Restoration Council', '',
  'The RESTORE Council oversees administration of two of the five components established by the RESTORE Act, representing 60% of the funds made available from the Gulf Coast Restoration Trust Fund established in the wake of the oil spill. The RESTORE Council does not receive any further Congressional appropriations; all funding comes from the Gulf Coast Restoration Trust Fund.', ''
].join('\n')

test('a press release’s contact details go to the notes: no “Contact Information” slide, no list of a telephone number', async () => {
  const { tree, outline } = recogniseText(release)
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['About the Gulf Coast Ecosystem Restoration Council'])
  const { html } = await renderDeck(release, { path: 'release.txt', overrides: { condense: true } })
  const faces = facesOf(html)
  assert.doesNotMatch(faces, /Contact Information|717-7235|Keala|please contact/)
  const notes = notesOf(html)
  for (const kept of ['Contact Information', 'Director of External Affairs', '(504) 717-7235', 'please contact:']) assert.ok(notes.includes(kept), kept)
  // The achievements, lines one under another after the lead-in, are its list.
  const list = tree.children.find((node): node is List => node.type === 'list')
  assert.equal(list?.children.length, 3)
  assert.match(faces, /The successful implementation of over 180 restoration projects(?!,)/)
})

test('a press release’s dateline is no part of a bullet', () => {
  const dated = 'New Orleans, LA (April 16, 2025) - Today, the Gulf Coast Ecosystem Restoration Council (RESTORE Council) released its 2025 Status Report, Reflections on Restoration and Partnerships, marking a significant milestone in the ongoing recovery efforts of the Gulf Coast region.'
  assert.equal(compressSentence(dated)?.text, 'The Gulf Coast Ecosystem Restoration Council released its 2025 Status Report, Reflections on Restoration and Partnerships')
  assert.equal(compressSentence('WASHINGTON — The agency announced new rules for drones on Tuesday.')?.text, 'The agency announced new rules for drones on Tuesday')
  // A hyphen inside a word is no dateline's dash: "AI-generated", "NZGOAL-SE".
  assert.equal(compressSentence('AI-generated drafts should always be reviewed.')?.text, 'AI-generated drafts should always be reviewed')
  assert.match(compressSentence('NZGOAL-SE was created to help make the open source licensing process straightforward for government agencies.')?.text ?? '', /^NZGOAL-SE was created/)
})

test('an item that is a long noun phrase shows its head, not the whole line or a cut series', () => {
  assert.equal(phraseHead('The successful implementation of over 180 restoration projects, with numerous ongoing initiatives focused on habitat recovery, water quality improvement, and coastal protection.', 14)?.text, 'The successful implementation of over 180 restoration projects')
  assert.equal(phraseHead('The restoration of critical habitats such as wetlands, marshes, and estuaries that support diverse marine and wildlife populations.', 14)?.text, 'The restoration of critical habitats such as wetlands, marshes, and estuaries')
  // What is the item's point stays: a series, an appositive, what "including" and "which" add, a relative clause that
  // says which ones, a comma that closes an aside, a comma inside brackets. (From the held-out decks these had cut.)
  for (const whole of [
    'a research data service unit, scholarly publishing commons, or copyright librarian within your university’s library system',
    'Dual-supporting copier now too, a cookiecutter replacement with a huge CLI improvement (and also supports updating)',
    'a ‘personal details’ task list, including things about the user which typically will not change from one application to another',
    'Fund seagrass restoration projects, which can store carbon below ground for hundreds of years',
    'Identifying defendants appearing in court who are known to probation due to the volume of cases and the repetitive and laborious manual nature of the task',
    'the 10 LAs in the sample that our Business Analyst, Alex Wiskar, looked at are representative of all 69 LAs in terms of how they use Teaching Vacancies',
    'Relationships - commitments as a network with individuals or entities (such as invitations to membership, appointing directors, MOUs with ventures or other entities)'
  ]) assert.equal(phraseHead(whole, 14), undefined, whole)
})

test('“as well as” set off by commas before the verb drops only its aside', () => {
  // Tyler Bradley and others, "Do You Really Have Hypertension?" (a held-out article, CC BY 4.0), its words.
  assert.equal(compressSentence('In particular, the automated devices commonly used in clinical settings, as well as those bought for at-home measurement, are known to be highly variable.')?.text, 'The automated devices commonly used in clinical settings are known to be highly variable')
  // Verbs it coordinates are no aside: the claim before it stands.
  assert.equal(compressSentence('After completing this tutorial, you will be able to choose the optimal SMAP product for your analysis/application, as well as import, visualize, and analyze a time series of SMAP soil moisture data in Google Earth Engine.')?.text, 'You will be able to choose the optimal SMAP product for your analysis/application')
})

test('a postscript is no bullet', () => {
  // Andres Kütt, "Age of exploration startups" (a held-out post, MIT): the PS in the middle of a section.
  assert.ok(isSignpost('PS: I later found this Wikipedia article putting the average cargo of a nau at 382 tonnes, which is not too far off my 300 tonne assumption.'))
  assert.ok(isSignpost('P.S. This post took an unexpected direction.'))
  assert.ok(!isSignpost('PS5 sales rose by a third in the quarter.'))
})

test('lines after a lead-in stay paragraphs when they are set apart or run on as prose', () => {
  const spaced = recogniseText('Notes\n\nWe found three things:\n\nThe first finding was that prices rose quickly in the spring.\n\nThe second was that wages did not follow them.\n').tree
  assert.equal(spaced.children.filter((node) => node.type === 'list').length, 0)
  const paragraphs = spaced.children.filter((node): node is Paragraph => node.type === 'paragraph').map((node) => toString(node))
  assert.ok(paragraphs.includes('The second was that wages did not follow them.'))
})
