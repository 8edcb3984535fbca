/**
 * What the twentieth session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'

test("held-out set 101: a section's example whose verb the tagger reads as a participle still makes a bullet", () => {
  // PHA4GE Wastewater Surveillance Working Group, "Guidance Document - Surveillance Strategies"
  // (pha4ge/wastewater-guidance, Apache-2.0): "focused" after "…UK HSA and WHO" had read as "a collaboration focused on…"
  // (a noun and its participle, no verb), and ", as well as…," going as an aside had taken the comma of ", which…" with it:
  // neither example of narrow surveillance had a bullet.
  const collaboration = compressSentence('For example, a collaboration between UK HSA and WHO focused on detection of poliovirus in London, resulting in positive detections in a catchment area of 3 million people and allowing for a more targeted public health intervention (Klapsa et al, 2022).')
  assert.equal(collaboration?.text, 'A collaboration between UK HSA and WHO focused on detection of poliovirus in London')
  const louisville = compressSentence('Also, a wastewater surveillance program in Louisville, Kentucky, USA successfully monitored city-wide trends in SARS-CoV-2 concentration, as well as the genetic diversity of SARS-CoV-2, which enabled targeted deployment of public health resources (Rouchka et al, 2021).')
  assert.equal(louisville?.text, 'A wastewater surveillance program in Louisville, Kentucky, USA successfully monitored city-wide trends in SARS-CoV-2 concentration')
  // (A noun and its participle before a verb of its own is still no clause: "Networks based on LoRa are cheaper" has "are".)
  assert.equal(compressSentence('Networks based on LoRa are cheaper to run than cellular ones.')?.text, 'Networks based on LoRa are cheaper to run than cellular ones')
})

test('held-out set 103: a clause joined by a bare "and" after a phrase of time is a clause of its own', () => {
  // Michael Sliwinski, "My first triathlon" (Nozbe/Michael.team, CC BY-SA 4.0): "…and after the first lap (there were 3 in
  // total) I felt comfortable…" had no split, and the sentence of the race's best moment had no bullet.
  const pace = compressSentence("I caught a very nice pace and found a few other fellow cyclists with comparable speeds and after the first lap (there were 3 in total) I felt comfortable in our small group and confident I'd make up the lost time in the sea with my bike ride.")
  assert.equal(pace?.text, 'I caught a very nice pace and found a few other fellow cyclists with comparable speeds')
})
