/**
 * What the twenty-fourth session (5 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseByline } from '../../src/text/byline.js'

test('a dash between the authors and the date is the byline’s separator, not the last name’s', () => {
  // Whitley Saumweber and Ty Loft, "Distant-water Fishing along China’s Maritime Silk Road" (CSIS, CSIS-iLab/ocean,
  // MIT), as copied from the page: its byline line.
  assert.deepEqual(parseByline('By Whitley Saumweber and Ty Loft — July 31, 2020'), { byline: 'Whitley Saumweber and Ty Loft', date: 'July 31, 2020' })
  // J. Stephen Morrison and Emily Foecke Munden, "Fentanyl Opens a Grave New Health Security Threat" (CSIS,
  // CSIS-iLab/health-commission, MIT).
  assert.deepEqual(parseByline('By J. Stephen Morrison and Emily Foecke Munden – January 18, 2019'), { byline: 'J. Stephen Morrison and Emily Foecke Munden', date: 'January 18, 2019' })
  // A hyphen in a name stays the name's.
  assert.deepEqual(parseByline('By Marie-Sophie Bézert, March 20, 2023'), { byline: 'Marie-Sophie Bézert', date: 'March 20, 2023' })
})

test('the time of day a page stamped its date with is not the talk’s date', () => {
  // Alaska Center for Energy and Power, "2024 Alaska Electricity Trends Report", chapter 6 (CC BY-SA 4.0), as copied:
  // "Published" over "Mar 2, 2026 at 20:45 UTC".
  assert.deepEqual(parseByline('Mar 2, 2026 at 20:45 UTC'), { date: 'Mar 2, 2026' })
  assert.deepEqual(parseByline('By Ana Ruiz · March 4, 2026, 9:12 am'), { byline: 'Ana Ruiz', date: 'March 4, 2026' })
  // A date of two-digit year written with stops keeps its year.
  assert.deepEqual(parseByline('Published 3.3.26'), { date: '3.3.26' })
})
