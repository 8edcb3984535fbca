/**
 * Highlights the same code in every language of lowlight's `common` set for
 * `test/html/highlight-grammars.test.ts`, in a worker thread of its own:
 * highlight.js's shared modes keep what a highlight compiled into them, so
 * two ways of highlighting are compared each in a fresh worker, with the same
 * blocks in the same order. Posts the HTML of each language as a deck of its
 * own, then of all of them in one deck.
 */
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { common } from './lowlight.js'
import rehypeHighlight from 'rehype-highlight'
import { VFile } from 'vfile'
import { parentPort, workerData } from 'node:worker_threads'
import { rehypeHighlightAsNeeded } from '../../src/html/highlight-grammars.js'

/** What the worker is told: rehype-highlight with the whole `common` set, or Lectern's grammars on demand. */
export interface HighlightWorkerData {
  withCommon: boolean
}

/** Code that reaches the embedded parts of the grammars that embed others (tags, scripts, styles, prompts, templates). */
export const sample = [
  '<!doctype html>\n<html><head><style>a { color: red; }</style><script>const x = `a${1}`; // note</script></head>',
  '<body class="x"><?php echo "hi"; ?> <%= 1 + 2 %> {{name}}</body></html>',
  '# Title\n\n<b>bold</b> *em* `code`\n\n```js\nlet y = 2\n```',
  '>>> print(1)\n1\n$ ls -la | grep x\nkey: value # comment\n- item: [1, 2]',
  'def f(a: int) -> str:\n    return f"{a}"\nfn main() { let s = String::new(); }',
  'SELECT * FROM t WHERE a = 1; -- comment\nconst q = gql`query { a }`'
].join('\n')

/**
 * A tree of one `pre > code` block of {@link sample} per language, highlighted by `plugin`.
 *
 * @param languages Language names, one block each.
 * @param plugin A rehype transformer.
 */
export async function highlighted(languages: readonly string[], plugin: (tree: Root, file: VFile) => unknown): Promise<{ tree: Root; file: VFile }> {
  const tree: Root = { type: 'root', children: languages.map((language) => h('pre', [h('code', { className: [`language-${language}`] }, sample)])) }
  const file = new VFile()
  await plugin(tree, file)
  return { tree, file }
}

if (parentPort) {
  const { withCommon } = workerData as HighlightWorkerData
  const names = Object.keys(common).filter((name) => name !== 'plaintext')
  const options = { plainText: ['text', 'txt', 'plain', 'plaintext', 'mermaid'] }
  // A new plugin for each deck, as each render makes one.
  const plugin = (): ((tree: Root, file: VFile) => unknown) =>
    withCommon ? (rehypeHighlight({ ...options, detect: false }) as (tree: Root, file: VFile) => unknown) : rehypeHighlightAsNeeded(options)
  const html: string[] = []
  for (const name of names) html.push(`${name}: ${toHtml((await highlighted([name], plugin())).tree)}`)
  html.push(`all: ${toHtml((await highlighted(names, plugin())).tree)}`)
  parentPort.postMessage(html)
}
