import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { BlockContent, List, Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { compressSentence } from '../../src/article/compress.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { condenseSection } from '../../src/article/condense.js'
import { keySentence, shortenSentence } from '../../src/article/condense-items.js'
import { isMostlyProse } from '../../src/article/prose-share.js'
import { splitSentences } from '../../src/article/sentences.js'
import { tagSentence } from '../../src/article/nlp.js'
import { recogniseText } from '../../src/text/index.js'

const fixtures = new URL('../../../test/fixtures/text/', import.meta.url)

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] }
}

function markdown(text: string): Root {
  return unified().use(remarkParse).parse(text)
}

/** The children of each section (split at headings), title excluded. */
function sections(tree: Root): BlockContent[][] {
  const out: BlockContent[][] = [[]]
  for (const node of tree.children) {
    if (node.type === 'heading') out.push([])
    else out[out.length - 1]!.push(node as BlockContent)
  }
  return out.filter((section) => section.length > 0)
}

function text(nodes: readonly BlockContent[]): string {
  return nodes.map((node) => toString(node)).join('\n')
}

test('should split sentences with Intl.Segmenter', () => {
  assert.deepEqual(splitSentences('Gardens are cheap. Are they? Yes!'), ['Gardens are cheap.', 'Are they?', 'Yes!'])
  assert.deepEqual(splitSentences(''), [])
})

test('should not split after titles, initials and e.g./i.e.', () => {
  assert.deepEqual(splitSentences('Dr. Smith met Prof. Jones. They talked.'), ['Dr. Smith met Prof. Jones.', 'They talked.'])
  assert.deepEqual(splitSentences('It was written by J. R. R. Tolkien in 1937. Fans loved it.'), [
    'It was written by J. R. R. Tolkien in 1937.',
    'Fans loved it.'
  ])
  assert.deepEqual(splitSentences('Bring tools, e.g. a spade. Gloves help, i.e. thick ones.'), ['Bring tools, e.g. a spade.', 'Gloves help, i.e. thick ones.'])
})

test('should not split inside decimals, and decide on `U.S.` by the next word', () => {
  assert.deepEqual(splitSentences('Prices rose 2.5% last year. Rents rose 3.1%.'), ['Prices rose 2.5% last year.', 'Rents rose 3.1%.'])
  assert.deepEqual(splitSentences('He joined the U.S. Army in 1990. It changed him.'), ['He joined the U.S. Army in 1990.', 'It changed him.'])
  assert.deepEqual(splitSentences('Prices rose in the U.S. The Fed reacted.'), ['Prices rose in the U.S.', 'The Fed reacted.'])
  assert.deepEqual(splitSentences('We met at 10 a.m. The talk began.'), ['We met at 10 a.m.', 'The talk began.'])
})

test('should treat line breaks inside a paragraph as spaces', () => {
  assert.deepEqual(splitSentences('One line\nwraps here. Next\n  sentence.'), ['One line wraps here.', 'Next sentence.'])
})

test('should drop parentheticals, asides and leading connectives, and the final period', () => {
  assert.equal(shortenSentence('However, the garden (a former car park) is busy.'), 'The garden is busy')
  // A bracket that holds the evidence stays.
  assert.equal(shortenSentence('Builds got smaller (more than 30 percent) and faster.'), 'Builds got smaller (more than 30 percent) and faster')
  assert.equal(shortenSentence('In fact, the pot — a cheap one — works well.'), 'The pot works well')
  assert.equal(shortenSentence('Is it worth it?'), 'Is it worth it?')
})

test('should compress a long sentence into a complete statement, never cut off with an ellipsis', () => {
  // The example from the review: the cut used to keep the set-up and lose the claim.
  assert.equal(
    shortenSentence(
      'When organizations like Hugging Face, EleutherAI, or Meta AI open-source their models, they enable researchers, developers, and startups around the world to build on state-of-the-art technology without starting from scratch.'
    ),
    // "without…" can carry the claim's condition ("add ARIA without affecting other users"), so it stays; so does a short
    // list of single words (blind readers of set 49 read "…between size and coverage" as a list cut short).
    'Organizations like Hugging Face or EleutherAI enable researchers, developers, and startups to build on state-of-the-art technology without starting from scratch'
  )
  assert.equal(
    shortenSentence('By publishing weights openly, Meta lowered the cost of entry for thousands of small teams, which had previously relied on expensive APIs.', 10),
    'Meta lowered the cost of entry for thousands of small teams'
  )
  // A statement a few words over the budget stays whole rather than lose a clause.
  assert.equal(
    shortenSentence('By publishing weights openly, Meta lowered the cost of entry for thousands of small teams, which had previously relied on expensive APIs.'),
    'Meta lowered the cost of entry for thousands of small teams, which had previously relied on expensive APIs'
  )
  assert.equal(
    shortenSentence('In 2019, the Go team shipped module mirrors that cache every public module so that builds keep working when an upstream repository disappears.'),
    'In 2019, the Go team shipped module mirrors that cache every public module'
  )
  assert.equal(shortenSentence('We cultivate our reviewer pool as well as expand it.'), 'We cultivate our reviewer pool as well as expand it')
  for (const sentence of [
    'Left alone they collect litter and fences; handed to neighbours with seeds and a water tap, they can become the busiest place on the block.',
    'Volunteers who know how to repair electrical goods and bicycles meet every week in the reading room of the library',
    'There is no way for changes in the outside world to automatically affect the build, so builds are reproducible.'
  ]) {
    const short = shortenSentence(sentence, 8)
    assert.doesNotMatch(short, /…$/)
    assert.ok(compressSentence(sentence, { maxWords: 8 }) === undefined || isStatement(compressSentence(sentence, { maxWords: 8 })!.tokens), short)
  }
})

test("should not take a relative clause's verb for the main verb, nor keep a dangling clause", () => {
  assert.equal(isStatement(tagSentence('The question that the towns along the old line are being asked')), false)
  assert.equal(isStatement(tagSentence('The railway arrived in 1846, and although the canal company fought it in Parliament')), false)
  assert.equal(isStatement(tagSentence('When the canal closed in 1962')), false)
  assert.equal(isStatement(tagSentence('Modules that do not contribute code have no security impact')), true)
  assert.equal(isStatement(tagSentence('MXNet uses its graph not just for kernel-level optimisations but also')), false)
})

test('should choose topic sentences and examples over signposts and questions', () => {
  assert.equal(keySentence(["Let's flip the problem upside down.", 'Open source projects dismantle these barriers.']), 1)
  assert.equal(keySentence(['Why?', 'Because 412 items were repaired by volunteers in three months.']), 1)
  assert.equal(keySentence(['Consider projects like PyTorch or TensorFlow.', 'PyTorch grew from a research codebase into the default tool for 80% of papers.']), 1)
  assert.equal(keySentence([]), -1)
})

test('should turn a short section into three bullets, never a sentence that leans on another, and keep the prose in the notes', () => {
  const nodes = [paragraph('Gardens are cheap to start. They are expensive to keep.'), paragraph('However, land is the real problem. Leases are short.')]
  const { face, notes, sentences } = condenseSection(nodes)
  assert.equal(sentences, 4)
  assert.equal(face.length, 1)
  const list = face[0] as List
  assert.equal(list.type, 'list')
  assert.deepEqual(
    list.children.map((item) => toString(item)),
    ['Gardens are cheap to start', 'Land is the real problem', 'Leases are short']
  )
  assert.deepEqual(notes, nodes)
})

test('should split long runs of bullets into lists of at most maxBullets', () => {
  const topics = ['Gardens', 'Libraries', 'Ferries', 'Bakeries', 'Workshops', 'Markets', 'Clinics', 'Schools', 'Parks', 'Theatres', 'Museums', 'Depots', 'Harbours', 'Studios', 'Archives']
  const nodes = topics.map((topic, index) => paragraph(`${topic} opened ${index + 2} new sites across the region. ${topic} hired local staff for each site.`))
  const { face } = condenseSection(nodes, { maxBullets: 3 })
  assert.ok(face.length > 1, 'several lists')
  for (const node of face) assert.ok((node as List).children.length <= 3)
})

test('should keep list items, compress long ones with their label, and keep the original list in the notes', () => {
  const tree = markdown(
    '- **Electrics**: our volunteers fixed lamps, kettles, radios and chargers, which are the items brought in most often on a Saturday.\n- **Textiles**: seams and zips.\n- **Everything else**: lamps, kettles, radios, chargers, toasters, hair dryers, fans, heaters and many other small appliances.\n'
  )
  const list = tree.children[0] as List
  const { face, notes } = condenseSection([list], { maxWords: 8 })
  const faceList = face[0] as List
  assert.equal((faceList.children[0]!.children[0] as Paragraph).children[0]!.type, 'strong')
  // (The trailing clause goes before the list is cut: the examples are what a speaker shows.)
  assert.equal(toString(faceList.children[0]!), 'Electrics: our volunteers fixed lamps, kettles, radios and chargers')
  // Items of one list end alike: the short one loses its full stop next to the compressed one.
  assert.equal(toString(faceList.children[1]!), 'Textiles: seams and zips')
  // An item with no statement to compress stays whole rather than cut (ending like the others).
  assert.equal(toString(faceList.children[2]!), toString(list.children[2]!).replace(/\.$/, ''))
  assert.equal(notes.length, 1)
  assert.equal(toString(notes[0]!), toString(list))
})

test('should keep code, tables, images and quotes on the face as they are', () => {
  const tree = markdown('```js\nlet a = 1\n```\n\n> A quote. Two sentences.\n\n![A chart](chart.png)\n')
  const nodes = tree.children as BlockContent[]
  const { face, notes } = condenseSection(nodes)
  assert.deepEqual(
    face.map((node) => node.type),
    ['code', 'blockquote', 'paragraph']
  )
  assert.equal(notes.length, 0)
})

test('should keep a paragraph that introduces a list as a paragraph ending with a colon', () => {
  const tree = markdown('Several benefits show up again and again in surveys of garden members:\n\n- Fresh food\n- Cool streets\n')
  const { face } = condenseSection(tree.children as BlockContent[], { maxWords: 6 })
  assert.equal(face[0]!.type, 'paragraph')
  assert.match(toString(face[0]!), /:$/)
  assert.equal(face[1]!.type, 'list')
})

test('should be deterministic', () => {
  const input = readFileSync(new URL('long-section/input.txt', fixtures), 'utf8')
  const once = sections(recogniseText(input).tree).map((section) => condenseSection(section))
  const twice = sections(recogniseText(input).tree).map((section) => condenseSection(section))
  assert.deepEqual(once, twice)
})

test('should lose nothing: every sentence of every text fixture is in the face or, verbatim, in the notes', async (t) => {
  for (const name of readdirSync(fixtures).sort()) {
    await t.test(name, () => {
      const input = readFileSync(new URL(`${name}/input.txt`, fixtures), 'utf8')
      for (const section of sections(recogniseText(input).tree)) {
        const { face, notes } = condenseSection(section)
        const faceText = text(face).replace(/\s+/g, ' ')
        const notesText = text(notes).replace(/\s+/g, ' ')
        for (const node of section) {
          const inNotes = node.type === 'paragraph'
          for (const sentence of splitSentences(toString(node))) {
            if (inNotes) assert.ok(notesText.includes(sentence), `${name}: missing from notes: ${sentence}`)
            else assert.ok(faceText.includes(sentence) || notesText.includes(sentence), `${name}: lost: ${sentence}`)
          }
        }
      }
    })
  }
})

test('should see article Markdown as prose', () => {
  const input = readFileSync(new URL('sample-community-gardens/expected.md', fixtures), 'utf8')
  assert.equal(isMostlyProse(markdown(input.replace(/^---[\s\S]*?---\n/, ''))), true)
})

test('should see slide-style Markdown as slides', () => {
  assert.equal(isMostlyProse(markdown('# Deck\n\n- one\n- two\n\n---\n\n## Next\n\nLong paragraph here. With two sentences that go on and on.\n')), false)
  assert.equal(isMostlyProse(markdown('# Deck\n\n## One\n\n- short point\n- another point\n\n## Two\n\n- more\n- points\n')), false)
  assert.equal(isMostlyProse(markdown('# Deck\n\nA paragraph of prose. With two sentences.\n\nNote: say hello first.\n')), false)
  assert.equal(isMostlyProse(markdown('')), false)
})
