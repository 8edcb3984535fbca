/**
 * Selection measured against people: for 665 stretches of prose from 109
 * published articles, speaker-coaches (who saw only the sentences, the title
 * and the heading) chose the `k` sentences they would show; Lectern chooses
 * `k` from the same sentences with the same heading, title and budget. The
 * agreement is the share of their picks Lectern also shows
 * (`test/fixtures/selection/README.md`).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { selectSentences } from '../../src/article/select.js'
import { scoreSentences, type Candidate, type SelectOptions } from '../../src/article/sentence-score.js'

interface Picks {
  articles: { id: string; author: string; licence: string }[]
  sections: Record<string, { article: string; paragraphs: string[][]; options: SelectOptions }>
  units: { section: string; run: [number, number][]; signposts: number[]; count: number; maxWords?: number; picks: number[] }[]
}

const picks = JSON.parse(readFileSync(new URL('../../../test/fixtures/selection/picks.json', import.meta.url), 'utf8')) as Picks

/** Agreement of Lectern's choice, and of two naive choices, with the coaches' picks, over every unit. */
function measure(): { lectern: number; precision: number; first: number; chance: number; units: number } {
  const scored = new Map<string, Candidate[]>()
  let lectern = 0
  let first = 0
  let chance = 0
  let hits = 0
  let shownAll = 0
  for (const unit of picks.units) {
    const section = picks.sections[unit.section]!
    if (!scored.has(unit.section)) scored.set(unit.section, scoreSentences(section.paragraphs, section.options))
    const candidates = scored.get(unit.section)!
    // (The run as the pipeline passed it, with the sentences it had marked as said before: `condense.ts`.)
    const pool = unit.run.map(([paragraph, index], at) => {
      const candidate = candidates.find((each) => each.paragraph === paragraph && each.index === index)!
      return unit.signposts.includes(at) ? { ...candidate, signpost: true } : candidate
    })
    const shown = new Set(selectSentences(pool, unit.count, unit.maxWords).map((chosen) => pool.findIndex((each) => each.paragraph === chosen.paragraph && each.index === Math.floor(chosen.index))))
    const agree = (chosen: ReadonlySet<number>): number => unit.picks.filter((pick) => chosen.has(pick)).length / unit.picks.length
    lectern += agree(shown)
    hits += unit.picks.filter((pick) => shown.has(pick)).length
    shownAll += shown.size
    first += agree(new Set(unit.picks.map((_, at) => at)))
    chance += unit.count / pool.length
  }
  const units = picks.units.length
  return { lectern: lectern / units, precision: hits / shownAll, first: first / units, chance: chance / units, units }
}

test('the labelled set is whole: every article attributed, every unit within its run', () => {
  assert.ok(picks.articles.length >= 100)
  for (const article of picks.articles) assert.ok(article.author && article.licence, article.id)
  assert.equal(picks.units.length, 665)
  for (const unit of picks.units) {
    assert.equal(new Set(unit.picks).size, unit.count)
    assert.ok(unit.picks.every((pick) => pick >= 0 && pick < unit.run.length))
  }
})

test('Lectern shows at least 44.0% of what speaker-coaches chose, ahead of chance, and more than half of what it shows is theirs', () => {
  const { lectern, precision, first, chance, units } = measure()
  console.log(`selection agreement over ${units} units: Lectern ${lectern.toFixed(4)} (precision ${precision.toFixed(4)}), first k sentences ${first.toFixed(4)}, chance ${chance.toFixed(4)}`)
  // (0.4233 at the start of the tenth session; 0.4319 once sentences flagged as leaning but with no word pointing back
  // competed, `select.ts`; 0.4385 once a statement no cut brings within the hard cap had a long bullet,
  // `sentence-analysis.ts`. The first k sentences score 0.4408: what ranks above position is still to be found.)
  // (0.4403 in the eleventh session, once statements the grammar check took for fragments could be shown — 0.4410 — and a
  // "both" standing alone, "I have added both together", leaned; 0.4420, above the first k for the first time, once a relative
  // "that" after a plural noun no longer leaned, "It became clear… that…" was an empty "it", and "Such timers…" leaned;
  // 0.4438 once a claim the writer stresses, "the largest on record", "a key driver", weighed 0.6: coaches picked such
  // sentences 50% of the time against 36% for all, Lectern showed them 31% against 29%; both halves of the articles gained;
  // 0.4448 once a section whose every statement leans shows first a clause of the long sentence they lean on; 0.4435 once
  // "when we…" no longer opened a main clause, a mistake that had happened to help two units; 0.4430 once a cut never left
  // a fronted phrase without its clause, "In a stylized Korean admissions market in which… assess students", a fragment
  // that one coach's pick had been shown as; 0.4415 after an audit of the held-out decks' bullets against their sources:
  // a clause or a "that" kept without its verb, or a phrase cut from the noun that takes it ("…an integral role[ for a
  // healthy research community]"), is no bullet — such a sentence is shown whole, as a long bullet that competes less,
  // or not at all; 0.4420 once a list of adjectives was no clause boundary; 0.4425 once a time in the past stayed.)
  assert.ok(lectern >= 0.440, `agreement fell to ${lectern.toFixed(4)}`)
  assert.ok(lectern > chance + 0.03)
  // (Showing more never lowers agreement; precision says whether what was added is what a coach would show: 0.5195, 0.5242, 0.5293,
  // 0.5311.)
  assert.ok(precision >= 0.531, `precision fell to ${precision.toFixed(4)}`)
})
