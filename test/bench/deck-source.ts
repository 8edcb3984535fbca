/**
 * Benchmark decks: Markdown sources of a given number of slides, each with a
 * heading, bullets and speaker notes, and a code block on every 5th slide.
 * Deterministic, so runs on different machines print the same decks.
 */

/** Options of {@link deckSource}. */
export interface DeckSourceOptions {
  /** Deck title; default `Benchmark deck (N slides)`. */
  title?: string | undefined
  /** Text put on the title slide, to find a rebuild in the page (the dev server bench). */
  marker?: string | undefined
  /**
   * Whose Markdown to write the same deck in: `lectern` (default; slides
   * start at headings, `Note:` paragraphs), `marp` (`marp: true`, `---`
   * between slides, notes in HTML comments), `reveal-md` (`---` between
   * slides, `Note:`) or `pandoc` (slides start at headings, `::: notes` divs).
   */
  dialect?: DeckDialect | undefined
}

/** The Markdown dialects of {@link deckSource}. */
export type DeckDialect = 'lectern' | 'marp' | 'reveal-md' | 'pandoc'

const words = [
  'latency', 'throughput', 'cache', 'queue', 'schema', 'index', 'replica', 'shard', 'budget', 'trace',
  'render', 'layout', 'parser', 'token', 'buffer', 'stream', 'worker', 'thread', 'socket', 'session'
]

/** A short sentence made of the word list, different per slide and line. */
function sentence(slide: number, line: number, length = 9): string {
  const picked = Array.from({ length }, (_, i) => words[(slide * 7 + line * 3 + i * 5) % words.length]!)
  const text = picked.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function codeBlock(slide: number): string {
  return [
    '```ts',
    `export async function step${slide}(input: readonly number[]): Promise<number> {`,
    '  let total = 0',
    '  for (const value of input) {',
    `    if (value % ${(slide % 7) + 2} === 0) continue`,
    '    total += await Promise.resolve(value * 2)',
    '  }',
    `  return total / ${slide}`,
    '}',
    '```'
  ].join('\n')
}

/**
 * A deck source of `slides` slides: a `#` title slide, then `##` slides with
 * four bullets (some with emphasis, inline code and a link) and speaker notes;
 * every 5th slide holds a TypeScript code block instead of the last bullets.
 *
 * @param slides Number of slides, title slide included (at least 1).
 * @param options Title (default `Benchmark deck (N slides)`) and title-slide marker.
 */
export function deckSource(slides: number, options: DeckSourceOptions = {}): string {
  const title = options.title ?? `Benchmark deck (${slides} slides)`
  const dialect = options.dialect ?? 'lectern'
  const note = (text: string): string => (dialect === 'marp' ? `<!-- ${text} -->` : dialect === 'pandoc' ? `::: notes\n${text}\n:::` : `Note: ${text}`)
  const parts = [
    `---\n${dialect === 'marp' ? 'marp: true\n' : ''}title: ${JSON.stringify(title)}\nauthor: Lectern bench\n---`,
    `# ${title}\n\n${options.marker ?? 'Generated for `npm run bench`.'}\n\n${note('Welcome everyone; this deck is generated.')}`
  ]
  for (let slide = 2; slide <= slides; slide++) {
    const body: string[] = [`## ${slide}. ${sentence(slide, 0, 4)}`]
    if (slide % 5 === 0) {
      body.push(`- ${sentence(slide, 1)} with \`inline code\``, codeBlock(slide))
    } else {
      body.push(
        [
          `- ${sentence(slide, 1)} and **${words[slide % words.length]}**`,
          `- ${sentence(slide, 2)} with \`code\``,
          `- ${sentence(slide, 3)}, see [the docs](https://example.org/${slide})`,
          `- ${sentence(slide, 4, 6)} *in italics*`
        ].join('\n')
      )
    }
    body.push(note(`${sentence(slide, 5, 14)}. ${sentence(slide, 6, 12)}; then move on to slide ${slide + 1}.`))
    parts.push(body.join('\n\n'))
  }
  // Marp and reveal-md split slides at `---` lines, not at headings.
  const separator = dialect === 'marp' || dialect === 'reveal-md' ? '\n\n---\n\n' : '\n\n'
  return `${parts[0]}\n\n${parts.slice(1).join(separator)}\n`
}
