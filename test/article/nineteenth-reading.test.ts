/**
 * What the fourteenth session (4 December 2026) found reading held-out decks
 * as their speaker. Each case is the text as published (source, author and
 * licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressTokens } from '../../src/article/compress.js'
import { dropSubjectAppositive } from '../../src/article/compress-asides.js'
import { shortenPredicates } from '../../src/article/compress-coordination.js'
import { tagSentence, tokensText } from '../../src/article/nlp.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { firstFigure } from '../../src/article/key-figures.js'
import { isPublicationNote } from '../../src/article/pointers.js'
import { splitSentences } from '../../src/article/sentences.js'
import { isVague } from '../../src/article/leaning.js'
import { settleConfig } from '../../src/markdown/config.js'
import { recogniseText } from '../../src/text/index.js'
import { renderDeck } from '../../src/index.js'
import { isBylineLine } from '../../src/article/block-kinds.js'

const dropped = (sentence: string): string => tokensText(dropSubjectAppositive(tagSentence(sentence)))

test('a long appositive after a named subject is dropped, the claim kept whole', () => {
  // "The early history of MapSwipe", Ivan Gayton, Pete Masters and Dan Joseph (MapSwipe website, MIT licence).
  const msf = 'The MSF-UK team, already a co-founding member of the Missing Maps consortium with the British Red Cross, American Red Cross, and the Humanitarian OpenStreetMap Team, planned a mapping campaign.'
  assert.equal(dropped(msf), 'The MSF-UK team planned a mapping campaign.')
  // "Casual sighting leads to endangered bat discovery", Gary Peeples (US Fish and Wildlife Service, public domain).
  const kelly = 'Kelly, a biologist with the N.C. Wildlife Resources Commission, was on the bridge doing bird work.'
  assert.equal(dropped(kelly), 'Kelly was on the bridge doing bird work.')
  assert.equal(compressTokens(tagSentence(kelly), 8, 16)?.text, 'Kelly was on the bridge doing bird work')
})

test('an appositive that says who an unnamed subject is, or a list of names, stays', () => {
  assert.equal(dropped('Our partner, the regional health authority, provided the data.'), 'Our partner, the regional health authority, provided the data.')
  assert.equal(dropped('The Red Cross, the Red Crescent, and the United Nations sent teams.'), 'The Red Cross, the Red Crescent, and the United Nations sent teams.')
  assert.equal(dropped('The survey, a study of the kind that runs every year, asked 2,000 people.'), 'The survey, a study of the kind that runs every year, asked 2,000 people.')
})

test('a journal section label under the byline is the kicker, not the first section', () => {
  // "Educating the Brain to Avoid Dementia", Margaret Gatz (PLoS Medicine, 2005; CC BY).
  const { outline } = recogniseText('Educating the Brain to Avoid Dementia: Can Mental Exercise Prevent Alzheimer Disease?\n\nMargaret Gatz\n\nPublished: January 25, 2005\n\nPLoS Medicine, Best Practice\n\nPhysicians now commonly advise older adults to engage in mentally stimulating activity as a way of reducing their risk of dementia. In certain respects, there is no problem.\n\nWhat Does the Evidence Show?\n\nThree types of evidence are cited to support the idea that mental exercise can improve one\'s chances of escaping Alzheimer disease.\n')
  assert.equal(outline.kicker, 'PLoS Medicine, Best Practice')
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['What Does the Evidence Show?'])
})

test('a site\'s own title key stands for a missing title', () => {
  // "Preliminary City Plan of Chicago, 1946", Mapping Movement in American History and Culture (Newberry Library, CC0).
  const problems: string[] = []
  const config = settleConfig({ minititle: 'Preliminary City Plan of Chicago, 1946', essaytitle: 'Planning Transportation', imagetitle: 'Preliminary comprehensive city plan' }, {}, (problem) => problems.push(problem.key))
  assert.equal(config.title, 'Preliminary City Plan of Chicago, 1946')
  assert.equal(settleConfig({ title: 'Own title', minititle: 'Other' }, {}, () => undefined).title, 'Own title')
  assert.equal(settleConfig({ imagetitle: 'A picture', subtitle: 'A subtitle' }, {}, () => undefined).title, undefined)
})

test('a participle before its noun is no verb: the subject alone is no bullet', () => {
  // The same essay.
  assert.equal(isStatement(tagSentence('Proposed locations for urban renewal projects')), false)
  assert.equal(isStatement(tagSentence('Proposed locations for urban renewal projects are notable for their absence on the map')), true)
  assert.equal(isStatement(tagSentence('undetonated ordnance correlates with high poverty levels')), true)
})

test('a byline left in a Markdown body is no slide, and a teaser is the standfirst', async () => {
  // "The Carpentries in the Classroom", Denice Adkins (Library Carpentry blog, 2019; CC BY 4.0).
  const markdown = '---\nauthors: ["Denice Adkins"]\ntitle: "The Carpentries in the Classroom"\nteaser: "Reflections on Holding a Carpentries-Inspired Workshop in my Library and Information Science (LIS) Class"\n---\n\nBy [Denice Adkins](mailto:adkinsde@missouri.edu)\n\n## Incorporating The Carpentries into my Curriculum\n\nAs a Library and Information Science (LIS) professor at University of Missouri, one of my concerns is that students get a mix of theoretical knowledge and practical learning. I also knew that the classroom has constraints that a dedicated Carpentries session does not have.\n'
  const { html } = await renderDeck(markdown, { path: 'carpentries.md', overrides: { condense: true } })
  const faces = html.replace(/<aside[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(faces, /By <a|By Denice/)
  assert.match(faces, /Reflections on Holding a Carpentries-Inspired Workshop/)
  assert.equal(isBylineLine('By 2030 emissions fall by half'), false)
  assert.equal(isBylineLine('By Matt McGregor, 3 May 2021'), true)
})

test('a series of three predicates keeps its first and last, never bare verbs; "in interaction with" and "very much" stay whole', () => {
  // "The early history of MapSwipe" (MIT licence, as above).
  assert.equal(tokensText(shortenPredicates(tagSentence('Volunteers would log into the platform, choose a square of several square kilometres of South Sudanese countryside, and trace every human settlement or structure they could see.'))), 'Volunteers would log into the platform and trace every human settlement or structure they could see.')
  const bare = 'The author expects that others will use, modify, and share the work.'
  assert.equal(tokensText(shortenPredicates(tagSentence(bare))), bare)
  // "Educating the Brain to Avoid Dementia" (CC BY, as above).
  const balance = 'The balance of the explanation lies in environmental influences and behavioral health practices, alone or in interaction with genetic factors.'
  assert.match(compressTokens(tagSentence(balance), 14, 20)?.text ?? '', /in interaction with genetic factors$/)
  // "The Carpentries in the Classroom" (CC BY 4.0, as above).
  assert.equal(compressTokens(tagSentence('But with 51 students online, I did, very much!'), 14, 20)?.text, 'With 51 students online, I did, very much!')
})

test('a multiple written in words is a figure, a two-part argument is none', () => {
  // "Educating the Brain to Avoid Dementia" (CC BY, as above): the section's key finding had lost to its caveats.
  assert.equal(firstFigure('Typically, the risk of Alzheimer disease is two to four times higher in those who have fewer years of education.'), 'two to four times')
  assert.equal(firstFigure('Costs rose tenfold in a decade.'), 'tenfold')
  assert.equal(firstFigure('The argument for this design is twofold: First, it is cost-efficient.'), undefined)
  assert.equal(firstFigure('I went there three times with friends.'), undefined)
  // "Preliminary City Plan of Chicago, 1946" (CC0, as above): a share in words that opens its clause.
  assert.equal(firstFigure('Only about half of the mileage shown on this map was built over the next twenty years.'), 'about half')
  assert.equal(firstFigure('Others point out that solar capex is at best half of the story.'), undefined)
  assert.equal(firstFigure('In the first half of the year we grew.'), undefined)
  // "Failure to Detect the Novel Retrovirus XMRV in Chronic Fatigue Syndrome", Erlwein et al. (PLoS ONE, CC BY): a
  // reference in square brackets and the spread of a median are no big number.
  assert.equal(firstFigure('Subsequent studies failed to confirm evidence for HTLV–[25] or other retroviruses.'), undefined)
  assert.equal(firstFigure('Patients had been unwell for a median of 4.0 y (range 1–28 y).'), undefined)
  assert.equal(firstFigure('None of the 186 test samples analysed yielded a specific PCR product [12].'), '186')
})

test('a fronted cause, however long, gives way to the claim', () => {
  // "Preliminary City Plan of Chicago, 1946" (CC0, as above): the essay's last claim had no bullet.
  assert.equal(compressTokens(tagSentence('Partially because of the inadequacies of its expressways, however, the Windy City\'s commuter rail and rapid-transit systems are among the most heavily used in the country.'), 14, 20)?.text, 'The Windy City\'s commuter rail and rapid-transit systems are among the most heavily used in the country')
})

test('a closing run of related stories\' titles goes to the notes, and so does a quoted licence', async () => {
  // "OA monitoring 2022" (SNSF data story, CC BY 4.0): three empty dividers had stood before "Questions?".
  const text = 'OA monitoring 2022: strong increase and continued demand for article funding\n\nTobias Philipp, Marlene Lanzerstorfer, Simon Gorin\n\n13 November 2024\n\nOpen access has become the standard in the research system. In 2022, 77% of publications from SNSF-funded projects were freely available.\n\nWhat is OpenAPC?\n\nOpenAPC is an initiative based at the University of Bielefeld in Germany. It collects data on the costs of OA publishing in order to bring greater transparency to the scientific publishing system.\n\nOA-Monitoring 2021\n\nOA-Monitoring 2020\n\nOA-Monitoring 2018-2019\n\nData, text and code of this data story are available on Github and archived on Zenodo.\n'
  const { html } = await renderDeck(text, { path: 'oa.txt', overrides: { condense: true } })
  const faces = html.replace(/<aside[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(faces, /OA-Monitoring 20/)
  assert.match(html, /<aside class="notes">[\s\S]*OA-Monitoring 2021[\s\S]*OA-Monitoring 2020/)
  // "Chapter 2: Starting a New Project", The Field Guide to Open Source in the Newsroom (OpenNews, MIT): the MIT licence
  // quoted whole had filled three slides.
  assert.equal(isPublicationNote('Permission is hereby granted, free of charge, to any person obtaining a copy of this software'), true)
  assert.equal(isPublicationNote('Copyright (c) <year> <copyright holders>'), true)
  assert.equal(isPublicationNote('Copyright law protects creative works by default.'), false)
})

test('a page cited between two sentences is a piece of its own, so the next sentence can be the example', () => {
  // "Freight Rates on Inland Rivers, 1908", Gerald A. Danzer (Newberry Library, CC0): the rates of rail and river had
  // been read as an aside behind "(325)".
  assert.deepEqual(splitSentences('The map and the accompanying tables demonstrate that “on the Upper Mississippi river rates are in many cases only two-thirds of the rail rate.” (325) Note that the rate between St. Paul and St. Louis was sixty-three cents per 100 pounds of first-class freight by rail, but only forty cents by water.'), [
    'The map and the accompanying tables demonstrate that “on the Upper Mississippi river rates are in many cases only two-thirds of the rail rate.”',
    '(325)',
    'Note that the rate between St. Paul and St. Louis was sixty-three cents per 100 pounds of first-class freight by rail, but only forty cents by water.'
  ])
  // (A figure's panel opens its sentence: "Liquid-handling Lego robots…", Gerber et al., PLoS Biology, CC BY 4.0, had
  // lost its slide titles when "(A)" was split off as a page; blind readers of set 62 preferred the start's deck.)
  assert.deepEqual(splitSentences('Fig 2. Lego pipette designs. (A) Transfer and mixing of colored water.'), ['Fig 2.', 'Lego pipette designs.', '(A) Transfer and mixing of colored water.'])
})

test('a pronoun the sentence names after it, and a "that" opening a clause, lean on nothing', () => {
  // "Social Medicine in the Twenty-First Century", Stonington, Holmes and the PLoS Medicine Editors (CC BY).
  assert.equal(isVague(tagSentence('In his 1848 medical report of an outbreak of typhus in Silesia, Virchow concluded that poverty and living conditions, not biology, were the prime causes of the epidemic.'), 'In his 1848 medical report of an outbreak of typhus in Silesia, Virchow concluded that poverty and living conditions, not biology, were the prime causes of the epidemic.'), false)
  assert.equal(isVague(tagSentence('Attackers can’t reach that code in most installations.'), 'Attackers can’t reach that code in most installations.'), true)
})

test('no bullet from the second condition of an "if", a reference in square brackets goes, a figure pointer leans', () => {
  // "Neuroscience, Ethics, and National Security", Tennison and Moreno (PLoS Biology, CC BY): the bullet had read "The
  // intervention in question is as invasive as remote brain control, then the ethical implications are immense".
  assert.doesNotMatch(compressTokens(tagSentence('If a warfighter is allowed no autonomous freedom to accept or decline an enhancement intervention, and the intervention in question is as invasive as remote brain control, then the ethical implications are immense.'), 14, 20)?.text ?? '', /^The intervention/)
  // "Failure to Detect the Novel Retrovirus XMRV…", Erlwein et al. (PLoS ONE, CC BY), and the dementia essay above.
  assert.equal(compressTokens(tagSentence('Few were working, and 19% were members of patient support groups for CFS/ME–[14].'), 14, 20)?.text, 'Few were working, and 19% were members of patient support groups for CFS/ME')
  assert.equal(compressTokens(tagSentence('Research in Scotland, for example, showed that IQ test scores at age 11 were predictive of future dementia risk [7].'), 14, 20)?.text, 'IQ test scores at age 11 were predictive of future dementia risk')
  assert.equal(compressTokens(tagSentence('Contributors (~500) were contacted by email last year.'), 14, 20)?.text, 'Contributors (~500) were contacted by email last year')
  assert.equal(isVague(tagSentence('The position of the MLV primers is shown in figure 2.'), 'The position of the MLV primers is shown in figure 2.'), true)
})

test('a copied table whose first column labels groups of rows is one table', () => {
  // "Failure to Detect the Novel Retrovirus XMRV…" (PLoS ONE, CC BY): its primer table had been read as three tables,
  // each under a data row taken for its header.
  const text = 'Primers\n\nThe primers used in this study are listed below, with their locations in the reference genomes.\n\nTarget\tSequence\t\tLocation\nXMRV\tForward outer\t5′CATTCTGTATCAGTTAACCTAC 3′\t411–4321\n\tReverse outer\t5′ ATGATCTCGAGAACACTTAAAG 3′\t606–5881\nMLV\tForward outer\t5′ GGATCAAGCCCCACATACAG 3′\t2796–28471\n\tReverse outer\t5′ CATCAAACAGGGTGGGACTG 3′\t3179–31601\n\nLocations are given in GenBank accessions.\n'
  const { tree } = recogniseText(text)
  const tables = tree.children.filter((node) => node.type === 'table')
  assert.equal(tables.length, 1)
  assert.equal(tables[0]!.type === 'table' ? tables[0].children.length : 0, 5)
})

test('a person\'s pronoun after a fronted phrase that names no one leans, and closes no talk', () => {
  // "Plat book of Clayton County, Iowa, 1886", Ronald Grim (Newberry Library, CC0): "According to family tradition and
  // genealogies, he came to the United States…" had been the talk's closing line, its "he" never named.
  assert.equal(isVague(tagSentence('Trained as a shoemaker, he started a shoe manufacturing business.'), 'Trained as a shoemaker, he started a shoe manufacturing business.'), true)
  assert.equal(isVague(tagSentence('When Marie arrived, she opened a shop.'), 'When Marie arrived, she opened a shop.'), false)
})

test('a long copied table with group rows is one table in the notes; a timeline entry is no heading', async () => {
  // "The Light-Driven Proton Pump Proteorhodopsin Enhances Bacterial Survival during Tough Times", DeLong and Béjà
  // (PLoS Biology, CC BY): 56 strains, their group labels on lines of their own, had made 35 empty section dividers.
  const rows = Array.from({ length: 18 }, (_, index) => `Strain ${index + 1}\tHTCC${2100 + index}\tGammaproteobacteria\tGBMF`)
  const text = `Proteorhodopsin\n\nEdward F. DeLong, Oded Béjà\n\nApril 27, 2010\n\nProteorhodopsins and related light-driven proton pumps are not an exception, but rather the rule. They occur in an estimated 13% to 80% of marine bacteria.\n\n2006 •Proteorhodopsin genes found in uncultured marine Archaea [12].\n\n2010 •Proteorhodopsin phototrophy directly confirmed using a genetic system in marine Vibrio sp. [16]\n\nTable 1 Marine bacterial isolates containing proteorhodopsins.\n\nOrganism\tStrain\tGeneral Group\tReference\n\nGenomes\n\n${rows.join('\n\n')}\n\nLater, however, Gómez-Consarnau and colleagues showed light-dependent growth at low-carbon concentrations in marine flavobacteria.\n`
  const { outline } = recogniseText(text)
  assert.deepEqual(outline.headings.map((heading) => heading.text), [])
  const { html } = await renderDeck(text, { path: 'pr.txt', overrides: { condense: true } })
  const faces = html.replace(/<aside[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(faces, /<table/)
  assert.match(html, /<aside class="notes">[\s\S]*<table[\s\S]*Genomes[\s\S]*Strain 18/)
})

test('a long question over names for others and a date is the title, not a caption', () => {
  // "Which Single Intervention Would Do the Most to Improve the Health of Those Living on Less Than $1 Per Day?", Gavin
  // Yamey on behalf of the interviewees (PLoS Medicine, CC BY): the question had been dropped as a caption and the
  // byline made the title.
  const { outline } = recogniseText('Which Single Intervention Would Do the Most to Improve the Health of Those Living on Less Than $1 Per Day?\nGavin Yamey, on Behalf of the Interviewees\nPublished: October 23, 2007\n\nBackground to the Debate\n\nPLoS Medicine is participating in the Council of Science Editors\' global theme issue on poverty and human development. We asked researchers and advocates a single question.\n')
  assert.equal(outline.title, 'Which Single Intervention Would Do the Most to Improve the Health of Those Living on Less Than $1 Per Day?')
  assert.equal(outline.byline, 'Gavin Yamey, on Behalf of the Interviewees')
})

test('in a debate, who speaks heads what they said; a long divider title shrinks with room to spare', async () => {
  // "Which Single Intervention…" (PLoS Medicine, CC BY): each speaker's line had been read as the attribution of the
  // answer above it, crediting twelve answers to the next speaker.
  const speakers = ['Zulfiqar Bhutta, Husein Lalji Dewraj Professor of Paediatrics and Child Health, Aga Khan University, Karachi, Pakistan', 'Jeffrey Sachs, Director of the United Nations Millennium Project and Special Advisor to United Nations Secretary-General Kofi Annan on the Millennium Development Goals, Earth Institute, New York, New York, United States of America', 'Paul Farmer, Founding Director, Partners in Health and Presley Professor of Medical Anthropology, Harvard Medical School, Boston, USA', 'Armida Fernandez, Retired Professor of Neonatology and Founder Trustee of the Society for Nutrition, Education and Health Action, Mumbai, India']
  const answers = ['Cash transfers would help people living below the poverty line buy health interventions.', 'A mass distribution of free long-lasting insecticide-treated bed nets would fight malaria in tropical Africa.', 'Hiring community health workers would serve the poor where funded programs never reach them.', 'Exclusive breastfeeding for the first six months would save the most lives.']
  const text = `The Debate\n\nBackground to the Debate\n\nWe asked researchers and advocates a single question about the poorest people of the world.\n\n${speakers.map((speaker, index) => `${speaker}\n\n${answers[index]}`).join('\n\n')}\n`
  const { outline } = recogniseText(text)
  assert.deepEqual(outline.headings.slice(1).map((heading) => heading.text), speakers)
  // (Each slide titled by the speaker's name, their roles said under it.)
  const { html: deck } = await renderDeck(text, { path: 'debate.txt', overrides: { condense: true } })
  assert.match(deck, /<h2>Jeffrey Sachs<\/h2>[\s\S]*?bed nets[\s\S]*?<h2>Paul Farmer<\/h2>/)
  assert.match(deck, /Director of the United Nations Millennium Project/)
  // (The long one, shrunk, leaves a tenth of the slide: a title a few px taller than the page had printed blank.)
  const { html } = await renderDeck('# Debate\n\n## Davidson Gwatkin, Consultant on Health and Poverty, Washington, D. C., United States of America\n\nThe health of the world\'s poor would be best served by a series of revolutions that bring into power national leaderships that are centrally concerned about the well-being of disadvantaged groups within their borders.\n', { path: 'debate.md', overrides: { condense: true } })
  const divider = /<section class="layout-section[^"]*lectern-fit-(\d+)"/.exec(html)
  assert.ok(divider && Number(divider[1]) <= 90, divider?.[0] ?? 'no shrunk divider')
})
