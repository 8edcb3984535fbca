/**
 * The language of an article that does not name it, told by its function
 * words, and the deck's own words in it.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { test } from 'node:test'
import { detectLanguage } from '../../src/markdown/detect-language.js'
import { chromeLabels } from '../../src/article/chrome-labels.js'
import { renderDeck } from '../../src/index.js'
import { fixtures } from '../helpers.js'

// Piet Stam, Peter Nobels and Marco Woesthuis, "Coronavirus apps: better safe than sorry" (pietstam.nl, CC BY-SA 4.0).
const dutch = `Het kabinet kondigt twee apps aan voor het monitoren en beheersen van de verspreiding van het coronavirus. Eén app vertelt je of je in de buurt bent geweest van een andere gebruiker, die besmet blijkt te zijn. Je krijgt dan het advies om binnen te blijven. Het kabinet onderzoekt of ze het gebruik van deze apps verplicht kan stellen, maar benadrukt dat ze liever deelname op vrijwillige basis ziet. Maar een opt-in mogelijkheid is geen keuze die in deze angstige tijd te lichtzinnig gemaakt moet worden. Het biedt immers geen garantie dat onze data in goede handen zijn.`

test('should tell Dutch, German and French prose from English by its function words', async () => {
  assert.equal(detectLanguage(dutch), 'nl')
  assert.equal(detectLanguage('Die Stadt hat im vergangenen Jahr mehr Geld für den Nahverkehr ausgegeben als je zuvor. Das ist nicht nur eine Frage der Kosten, sondern auch der Zeit, die die Menschen im Bus verbringen. Die Verwaltung will die Linien neu ordnen und die Takte auf den Hauptstrecken verdichten, damit mehr Menschen auf das Auto verzichten. Im Sommer werden die ersten Änderungen wirksam, die übrigen folgen im Herbst mit dem neuen Fahrplan für die ganze Region.'), 'de')
  assert.equal(detectLanguage("La ville a dépensé l'an dernier plus que jamais pour les transports publics. Ce n'est pas seulement une question de coût, mais aussi du temps que les habitants passent dans le bus. La mairie veut réorganiser les lignes et renforcer la fréquence sur les grands axes pour que plus de gens laissent leur voiture au garage. Les premiers changements entrent en vigueur cet été, et les autres suivront à l'automne avec le nouvel horaire pour toute la région."), 'fr')
  const english = await readFile(path.join(fixtures, 'articles', 'night-buses.txt'), 'utf8')
  assert.equal(detectLanguage(english), 'en')
  // Too little to tell.
  assert.equal(detectLanguage('Het kabinet kondigt twee apps aan.'), undefined)
})

test('should build a Dutch article as a Dutch deck: its lang, its own words, sentences never cut', async () => {
  const source = `---\ntitle: Coronavirus apps\n---\n\n${dutch}\n\n# Privacyvoorwaarden\n\nHet OLVG wil de data bijvoorbeeld in geanonimiseerde vorm voor wetenschappelijk onderzoek gebruiken, wat in de algemene voorwaarden als secundair doel wordt vermeld. Maar anonimisering hoeft geen garantie te bieden dat onze privacy wordt gewaarborgd.\n\n# Oproep aan het kabinet\n\nWij hopen dat het kabinet alleen besluit tot inzet van apps met borging van onze privacy. Tot op heden is er geen sluitend bewijs dat het inzetten van apps het hogere doel dient.\n\n# Community\n\nWij hebben dit voorstel op persoonlijke titel geschreven. Iedereen kan meehelpen aan de aanscherping van de lijst.\n\n# Originele versie\n\nDe originele versie van ons voorstel is terug te vinden in de openbare repository op GitHub.\n`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  assert.match(html, /<html lang="nl"/)
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(face, /<h2>Inleiding<\/h2>/)
  assert.match(face, /<h2>Agenda<\/h2>/)
  assert.match(face, /<h2>Vragen\?<\/h2>/)
  assert.doesNotMatch(face, />(?:Overview|Introduction|Questions\?)</)
  // (Read as English, "…voor wetenschappelijk onderzoek gebruiken, wat" was a bullet.)
  assert.doesNotMatch(face, /gebruiken, wat</)
  // A deck that names its language keeps it, and English keeps its words.
  const named = await renderDeck(`---\ntitle: T\nlang: en\n---\n\n${dutch}\n`, { overrides: { condense: true } })
  assert.match(named.html, /<html lang="en"/)
  assert.equal(chromeLabels('en'), undefined)
  assert.equal(chromeLabels('de-AT')?.['Questions?'], 'Fragen?')
})

test('should show what a collapsed <details> block shows on its page: its summary, as a label or a question', async () => {
  // Piet Stam et al., "Coronavirus apps: better safe than sorry" (CC BY-SA 4.0): ten conditions, each a <details>.
  const source = `---
title: Coronavirus apps
---

## Privacyvoorwaarden

Een vruchtbare weg om bij de realisatie van de apps onze privacy te borgen is als we komen tot een lijst van voorwaarden. Apps kunnen dan aan de hand van deze lijst volgens het principe 'privacy by design' ontworpen en gebouwd worden.

<details>

<summary><b>Hoger doel</b>: De apps moeten een hoger algemeen sociaal doel dienen. Dat doel moet helder verwoord en afgebakend zijn.</summary>

Het is evident dat er in dit geval sprake is van zo'n hoger doel, namelijk het tegengaan van de verspreiding van het coronavirus in ons land.

</details>

<details>

<summary><b>Data verwijderen</b>: Als het hogere doel gerealiseerd is, dan moet de gedeelde data verwijderd worden.</summary>

Het OLVG bewaart de data twee jaar, maar een promotieonderzoek duurt ruim vier jaar.

</details>

<details>
<summary>Click to expand</summary>

De broncode staat op GitHub.

</details>

<details>
<summary>Wie zijn wij?</summary>

Wij zijn drie bezorgde burgers die dit voorstel op persoonlijke titel hebben geschreven.

</details>
`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(face, /<strong>Hoger doel:?<\/strong>/)
  assert.match(face, /<strong>Data verwijderen:?<\/strong>/)
  assert.match(face, /<strong>Wie zijn wij\?<\/strong>/)
  assert.doesNotMatch(face, /Click to expand/)
  assert.doesNotMatch(face, /&#x3C;summary|<summary/)
  // A deck written as slides keeps its HTML as written.
  const slides = await renderDeck(source, { overrides: { condense: false } })
  assert.match(slides.html, /<summary>/)
})
