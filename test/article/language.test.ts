/**
 * The article's language (front matter `lang`, a web page's `<html lang>`,
 * or the `lang` override for plain text) reaches the sentence segmenter and
 * the boilerplate rules: German abbreviations (`z. B.`, `d. h.`) and
 * ordinals (`3. Mai`) never end a sentence, German chrome lines are dropped,
 * and English stays as it was.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { VFile } from 'vfile'
import { splitSentences } from '../../src/article/condense.js'
import { renderDeck } from '../../src/index.js'
import { recogniseText } from '../../src/text/index.js'

const german = 'Viele Sprachen, z. B. Deutsch, trennen Sätze anders. Das ist gut. Er kam am 3. Mai an. Wir kaufen Obst, Gemüse usw. Dann gehen wir. Sie kennt Dr. Müller, d. h. gut. Das gilt u.a. für Berlin.'

describe('language', () => {
  it('should not end a German sentence at z. B., d. h., u.a. or an ordinal, and still at usw. before a new sentence', () => {
    assert.deepEqual(splitSentences(german, 'de'), [
      'Viele Sprachen, z. B. Deutsch, trennen Sätze anders.',
      'Das ist gut.',
      'Er kam am 3. Mai an.',
      'Wir kaufen Obst, Gemüse usw.',
      'Dann gehen wir.',
      'Sie kennt Dr. Müller, d. h. gut.',
      'Das gilt u.a. für Berlin.'
    ])
    // A region subtag reads as its language.
    assert.equal(splitSentences(german, 'de-AT')[0], 'Viele Sprachen, z. B. Deutsch, trennen Sätze anders.')
  })

  it('should split English as before, and read a tag that is not BCP 47 as English', () => {
    const english = 'He met Dr. Smith in the U.S. The meeting went well. It was 3. Then it was 4.'
    const expected = ['He met Dr. Smith in the U.S.', 'The meeting went well.', 'It was 3.', 'Then it was 4.']
    assert.deepEqual(splitSentences(english, 'en'), expected)
    assert.deepEqual(splitSentences(english), expected)
    assert.deepEqual(splitSentences(english, 'en_US'), expected)
  })

  it('should keep "z. B." inside a bullet of a German article (front matter lang: de); read as English it ends the bullet at "z"', async () => {
    const article = (lang: string): string => `---
title: Sätze trennen
lang: ${lang}
condense: true
---

## Abkürzungen

Drei Regeln für Folien:

- Viele Sprachen, z. B. Deutsch und Niederländisch, kürzen häufige Wendungen mit Punkten ab und trennen Sätze deshalb anders. Das zweite Satzende kommt erst hier.
- Ein Programm, das jeden Punkt als Satzende liest, zerlegt solche Sätze in sinnlose Stücke ohne jeden Zusammenhang. Das ist schlecht.
- Kurz und klar.
`
    const bullets = async (lang: string): Promise<string[]> => {
      const { html } = await renderDeck(new VFile({ path: 'artikel.md', value: article(lang) }))
      assert.match(html, new RegExp(`<html lang="${lang}"`))
      const start = html.indexOf('<h2>Abkürzungen')
      return [...html.slice(start, html.indexOf('<aside class="notes"', start)).matchAll(/<li>(.*?)<\/li>/gs)].map((match) => match[1]!)
    }
    const de = await bullets('de')
    assert.equal(de[0], 'Viele Sprachen, z. B. Deutsch und Niederländisch, kürzen häufige Wendungen mit Punkten ab und trennen Sätze deshalb anders')
    assert.equal((await bullets('en'))[0], 'Viele Sprachen, z', 'the bug lang: de fixes')
  })

  it('should drop German boilerplate lines from a German text article, and leave them in an English one', () => {
    const text = `Wie man Folien baut

Anzeige

Ein Vortrag beginnt mit einer Frage an das Publikum. Sie zeigt, worum es geht, und weckt Neugier bei allen Zuhörern im Saal.

Lesezeit: 4 Minuten

Weiterlesen: Die besten Vorlagen für Präsentationen

Danach folgt der Hauptteil mit drei Punkten. Jeder Punkt bekommt eine eigene Folie und ein Beispiel aus der Praxis.

Alle Rechte vorbehalten.
`
    const dropped = (lang?: string): string[] => {
      const file = new VFile({ path: 'artikel.txt' })
      recogniseText(text, file, { lang })
      return file.messages.map((message) => `${message.line}: ${message.reason}`)
    }
    const de = dropped('de')
    for (const line of [3, 7, 9, 13]) assert.ok(de.some((message) => message.startsWith(`${line}:`)), `line ${line} dropped: ${de.join('\n')}`)
    const en = dropped()
    for (const line of [3, 7, 9]) assert.ok(!en.some((message) => message.startsWith(`${line}:`)), `line ${line} kept in English: ${en.join('\n')}`)
  })
})
