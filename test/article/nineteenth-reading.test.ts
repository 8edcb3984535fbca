/**
 * What the fourteenth session (4 December 2026) found reading held-out decks
 * as their speaker. Each case is the text as published (source, author and
 * licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressTokens } from '../../src/article/compress.js'
import { dropSubjectAppositive } from '../../src/article/compress-asides.js'
import { tagSentence, tokensText } from '../../src/article/nlp.js'

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
