/**
 * What the nineteenth session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { slideFaces } from '../helpers.js'

test('held-out set 99: a kramdown list whose first item stands on the line of its `<div markdown="1">` is one list', async () => {
  // The Open Data Institute, "Economic impacts of open standards" (Open Standards for Data guidebook,
  // theodi/open-standards-guidebook, MIT): the first item had been a list of its own, and the other five,
  // below the blank line, ran on to a slide "(cont.)".
  const source = `# Open standards

Open standards can create new commercial opportunities for organisations that adopt them early and well.

## Standards create new ecosystems

Standards transform published data sets from opaque, bespoke items to commoditised products. Data users no longer need custom code and processes to use new datasets. With a large enough community, organisations can specialise in providing products and services for each step of the data pipeline including:

<div class="callout" markdown="1">
* **data production** to map and convert legacy, closed and shared datasets to open standards

* **data publishing** to share data directly with other organisations, through online platforms or by using programmable interfaces like APIs

* **data acquisition** to find and update internal systems with the latest version of shared or open data

* **data aggregation** to combine similar data from different sources for a wider picture that supports insight, prediction and research

* **data linkage** to combine complementary data from various sources and build a richer picture that supports insight and decision making

* **data analytics** to provide insight as a service based on combined, enriched data and expertise
</div>

Adopting an open standard for data means an organisation can focus on providing value at any stage along the pipeline.
`
  const { html } = await renderDeck(source, { path: 'economic-impacts.md', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.doesNotMatch(faces, /\(cont\.\)/)
  const lists = [...faces.matchAll(/<ul[^>]*>([\s\S]*?)<\/ul>/g)].map((match) => (match[1]!.match(/<li>/g) ?? []).length)
  assert.ok(lists.includes(6), `one list of six items: ${lists.join(', ')}`)
  assert.match(html, /data-source-line="5"/)
})
