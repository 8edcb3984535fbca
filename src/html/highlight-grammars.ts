/**
 * Syntax highlighting with only the highlight.js grammars a deck's code
 * names: rehype-highlight, given the grammar of each language named by a
 * `pre > code` block (by file name or alias, resolved as highlight.js does)
 * and the grammars those embed (`subLanguage`), each loaded on first use.
 * Registering lowlight's whole `common` set cost every deck with code about
 * 15 ms of CPU, and loading its 37 grammars more.
 *
 * A language of the `common` set embeds only other `common` grammars, as
 * when the whole set was registered, so its blocks highlight exactly as
 * before. A language outside that set which highlight.js has (`elixir`,
 * `dockerfile`) is highlighted too, with what it embeds; a name highlight.js
 * does not know stays plain, with rehype-highlight's `missing-language`
 * warning. The names come from `highlight-names.ts` (generated).
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Element, Root } from 'hast'
import type { LanguageFn } from 'highlight.js'
import rehypeHighlight, { type Options } from 'rehype-highlight'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { commonGrammars, grammarNames } from './highlight-names.js'

const common = new Set(commonGrammars)

let fileByName: Map<string, string> | undefined

/**
 * The grammar a language name (any case) means: the `common` set's names win
 * over the others', as that set was registered alone before; in each, a
 * grammar's own name wins over another's alias, and of two aliases the later
 * grammar's (highlight.js's own rules).
 *
 * @param name A language name or alias.
 * @returns The grammar's file name, or `undefined` when highlight.js has none.
 */
export function grammarOf(name: string): string | undefined {
  if (!fileByName) {
    fileByName = new Map()
    const files = Object.keys(grammarNames)
    for (const inCommon of [false, true]) {
      const group = files.filter((file) => common.has(file) === inCommon)
      for (const file of group) for (const alias of grammarNames[file]![0].split(' ').filter(Boolean)) fileByName.set(alias, file)
      for (const file of group) fileByName.set(file, file)
    }
  }
  return fileByName.get(name.toLowerCase())
}

/**
 * The grammars to register for code in `languages`: each one's grammar and,
 * recursively, the grammars it embeds (for a `common` grammar, the `common`
 * ones only). Ordered as they must be registered: the rest, then `common`.
 *
 * @param languages Language names as the code blocks give them.
 * @returns Grammar file names.
 */
export function grammarsFor(languages: Iterable<string>): string[] {
  const wanted = new Set<string>()
  const want = (file: string, commonOnly: boolean): void => {
    if (wanted.has(file)) return
    wanted.add(file)
    for (const embedded of grammarNames[file]![1].split(' ').filter(Boolean)) {
      const sub = grammarOf(embedded)
      if (sub && (!commonOnly || common.has(sub))) want(sub, commonOnly)
    }
  }
  for (const language of languages) {
    const file = grammarOf(language)
    if (file) want(file, common.has(file))
  }
  const files = Object.keys(grammarNames).filter((file) => wanted.has(file))
  return [...files.filter((file) => !common.has(file)), ...files.filter((file) => common.has(file))]
}

const require = createRequire(import.meta.url)

let grammarFolder: string | undefined

/**
 * The folder of the highlight.js whose grammars rehype-highlight's lowlight
 * registers: lowlight may pin another version (11.11) than the one Lectern
 * takes code styles from (11.12), and a grammar of another version may
 * highlight differently.
 */
export function lowlightHighlightFolder(): string {
  if (!grammarFolder) {
    const lowlight = createRequire(require.resolve('rehype-highlight')).resolve('lowlight')
    grammarFolder = path.dirname(createRequire(lowlight).resolve('highlight.js/package.json'))
  }
  return grammarFolder
}

const loading = new Map<string, Promise<LanguageFn>>()

/** A grammar of lowlight's highlight.js (its ES module), imported once per process. */
function loadGrammar(file: string): Promise<LanguageFn> {
  let grammar = loading.get(file)
  if (!grammar) {
    const url = pathToFileURL(path.join(lowlightHighlightFolder(), 'es', 'languages', `${file}.js`)).href
    grammar = import(url).then((module: { default: LanguageFn }) => module.default)
    loading.set(file, grammar)
  }
  return grammar
}

/**
 * The language rehype-highlight reads from a code element's classes: the
 * first `lang-` or `language-` class; `false` for `no-highlight`.
 */
function languageOf(node: Element): string | false | undefined {
  const classes = node.properties['className']
  if (!Array.isArray(classes)) return undefined
  let name: string | undefined
  for (const value of classes.map(String)) {
    if (value === 'no-highlight' || value === 'nohighlight') return false
    if (!name && value.startsWith('lang-')) name = value.slice(5)
    if (!name && value.startsWith('language-')) name = value.slice(9)
  }
  return name
}

/**
 * A Quarto or R Markdown chunk's language as its grammar's name: ```` ```{r} ````, ```` ```{r, echo = FALSE} ````,
 * ```` ```{python} ```` are R and Python (the class `language-{r,` becomes `language-r`).
 */
function chunkLanguage(node: Element): void {
  const classes = node.properties['className']
  if (!Array.isArray(classes)) return
  node.properties['className'] = classes.map((value) => String(value).replace(/^(lang(?:uage)?-)\{([\w-]+)[,}]?.*$/, '$1$2'))
}

/**
 * The languages rehype-highlight would highlight in `tree`: those of code
 * directly in `pre`, except the plain-text names.
 */
function codeLanguages(tree: Root, plainText: readonly string[]): Set<string> {
  const languages = new Set<string>()
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return
    chunkLanguage(node)
    const language = languageOf(node)
    if (language && !plainText.includes(language)) languages.add(language)
  })
  return languages
}

/**
 * rehype plugin: rehype-highlight with the grammars the tree's code needs
 * (`languages` is set here; `detect` must stay off, as it would choose among
 * the registered grammars only).
 *
 * @param options rehype-highlight's options.
 */
export function rehypeHighlightAsNeeded(options: Omit<Options, 'languages' | 'detect'> = {}) {
  return async function (tree: Root, file: VFile): Promise<void> {
    const files = grammarsFor(codeLanguages(tree, options.plainText ?? []))
    const grammars = await Promise.all(files.map(loadGrammar))
    const languages = Object.fromEntries(files.map((name, index) => [name, grammars[index]!]))
    rehypeHighlight({ ...options, languages })(tree, file)
  }
}
