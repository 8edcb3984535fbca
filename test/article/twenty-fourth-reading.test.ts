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

test('held-out set 102: a case study titled by `heading:`, its MDX `<Summary>` read as Markdown, its lede "Overview" before its own "Introduction"', async () => {
  // JoDee DeVillier, Shawn Leitner and Tim McFadden, "How the Pay.gov Team Went Agile" (TechFAR Hub case study,
  // usds/techfar-hub-website-v3, US public domain and CC0): the deck had been titled by the file's name ("How the
  // paygov team went agile"), the `<Summary>` component's list had gone to the notes as raw text, and once read, its
  // slide and the article's own introduction were both "Introduction".
  const source = `---
slug: how-pay-gov-team-went-agile
heading: How the Pay.gov Team Went Agile
---
By JoDee DeVillier, Shawn Leitner, and Tim McFadden

<Summary>
This case study provides the following information:
- How the US Treasury and its partners implemented Agile
- The results of the implementation on increasing the quality software products
- How the implementation increased the efficiency of shipping products to market
</Summary>

## Introduction
The US Treasury, Federal Reserve Bank of Cleveland, is responsible for the Pay.gov system. This system allows customers to make electronic payments to government. But after a series of product issues, the team decided to try a new approach to building and maintaining all of the products that together, created the customer experience for Pay.gov.

## Background
One of US Treasury’s systems, Pay.gov, provides services to 1,000+ federal government business lines to allow customers to pay the government electronically, collecting 160 million transactions for $160 billion annually. Pay.gov has gone through numerous iterations since its inception in 2000, including three development teams in three different organizations.

## The Problem
The problem soon became very evident. Our features did not meet customer expectations. Our time-to-market was slow. We could not adapt quickly to scope changes. But most of all, our software quality was low, resulting in significant regressions, customer frustration, disruption, and project volatility.
`
  const { html } = await renderDeck(source, { path: 'How-Pay-Gov-Team-went-Agile.mdx', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.match(faces, /<h1>How the Pay\.gov Team Went Agile<\/h1>/)
  assert.doesNotMatch(html, /&#x3C;Summary>|<Summary>/)
  assert.match(faces, /<li>How the US Treasury and its partners implemented Agile<\/li>/)
  const titles = [...faces.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]*>/g, '').trim())
  assert.deepEqual(titles.slice(0, 2), ['Overview', 'Introduction'])
})
