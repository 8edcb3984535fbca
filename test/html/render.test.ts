/**
 * Golden tests: every folder in `test/fixtures/markdown` holds `input.md`
 * (and optionally `config.json` with overrides, and `diagrams.json`: the
 * Mermaid drawings a browser returned, by source); its slides must render to
 * `expected.html`, and its messages to `expected-messages.txt`.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/index.js'
import type { DiagramRequest, DiagramResult } from '../../src/mermaid/mermaid-blocks.js'
import { fixtures, golden, slidesHtml } from '../helpers.js'

const folder = path.join(fixtures, 'markdown')
const cases = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()

describe('golden Markdown fixtures', () => {
  for (const name of cases) {
    it(`should render ${name}`, async () => {
      const dir = path.join(folder, name)
      const input = await readFile(path.join(dir, 'input.md'), 'utf8')
      const overrides = await readFile(path.join(dir, 'config.json'), 'utf8').then(JSON.parse, () => ({}))
      const file = new VFile({ value: input, path: path.join(dir, 'input.md') })
      const diagrams = await readFile(path.join(dir, 'diagrams.json'), 'utf8').then((text) => JSON.parse(text) as Record<string, DiagramResult>, () => undefined)
      // The drawings a browser returned (recorded), so the fixture shows what Lectern does with them: sanitised, in place, errors at their line.
      const renderDiagrams = diagrams ? async (requests: readonly DiagramRequest[]) => requests.map((request) => diagrams[request.code] ?? { error: 'not recorded' }) : undefined
      const { html } = await renderDeck(file, { overrides, renderDiagrams })
      await golden(slidesHtml(html), path.join(dir, 'expected.html'))
      const messages = file.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.ruleId ?? ''} ${message.reason}`).join('\n')
      await golden(messages + '\n', path.join(dir, 'expected-messages.txt'))
    })
  }
})
