/**
 * `npm run highlight-names`: write `src/html/highlight-names.ts`, the names
 * every highlight.js grammar answers to and the grammars each embeds, read
 * from lowlight's `all` and `common` sets (the grammars of the highlight.js
 * lowlight depends on). A
 * deck loads only the grammars its code names (`html/highlight-grammars.ts`)
 * and needs these names to find their files without loading all of them.
 * `test/html/highlight-grammars.test.ts` fails when the committed file no
 * longer matches the installed packages: run this script then, and review
 * the diff.
 *
 * Usage: node build/test/scripts/highlight-names.js
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import hljs from 'highlight.js/lib/core'
import type { LanguageFn, Mode } from 'highlight.js'
import { all, common } from '../helpers/lowlight.js'
import { lowlightHighlightFolder } from '../../src/html/highlight-grammars.js'
import { packageRoot } from '../../src/package-paths.js'

/** Where the names live. */
export const highlightNamesPath = path.join(packageRoot, 'src', 'html', 'highlight-names.ts')

/**
 * The sub-languages a grammar's modes name (`subLanguage`), in the order
 * first met.
 *
 * @param grammar The grammar.
 */
export function embeddedLanguages(grammar: LanguageFn): string[] {
  const found: string[] = []
  const seen = new Set<object>()
  const walk = (mode: unknown): void => {
    if (!mode || typeof mode !== 'object' || seen.has(mode)) return
    seen.add(mode)
    const { subLanguage, contains, variants, starts } = mode as Mode & { subLanguage?: string | string[] }
    for (const name of subLanguage === undefined ? [] : Array.isArray(subLanguage) ? subLanguage : [subLanguage]) if (!found.includes(name)) found.push(name)
    for (const child of [...(contains ?? []), ...(variants ?? []), starts]) walk(child)
  }
  walk(grammar(hljs))
  return found
}

/** A name in single quotes (grammar names and aliases hold no quote or backslash). */
const quote = (text: string): string => `'${text}'`

/** The text of `highlight-names.ts` for the installed packages. */
export async function highlightNamesSource(): Promise<string> {
  // The highlight.js of lowlight's grammars, which may be another version than Lectern's own.
  const version = (JSON.parse(await readFile(path.join(lowlightHighlightFolder(), 'package.json'), 'utf8')) as { version: string }).version
  const rows = Object.entries(all).map(([name, grammar]) => {
    const aliases = (grammar(hljs).aliases ?? []).map((alias) => alias.toLowerCase())
    return `  ${quote(name)}: [${quote(aliases.join(' '))}, ${quote(embeddedLanguages(grammar).join(' '))}]`
  })
  return [
    '/**',
    ` * The names highlight.js ${version}'s grammars answer to and the grammars each`,
    ' * embeds, written by `npm run highlight-names` (test/scripts/highlight-names.ts)',
    ' * from the installed highlight.js and lowlight; test/html/highlight-grammars.test.ts',
    ' * checks them against the packages. Do not edit by hand.',
    ' */',
    '',
    `/** The highlight.js version these names come from. */`,
    `export const highlightVersion = ${quote(version)}`,
    '',
    '/** lowlight\'s `common` grammars, in its order: what Lectern highlighted before grammars loaded on demand. */',
    `export const commonGrammars: readonly string[] = [${Object.keys(common).map(quote).join(', ')}]`,
    '',
    '/** Every grammar by file name, in lowlight\'s `all` order: its other names and the grammars it embeds, space-separated. */',
    'export const grammarNames: Readonly<Record<string, readonly [aliases: string, embeds: string]>> = {',
    rows.join(',\n'),
    '}',
    ''
  ].join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(packageRoot, 'build', 'test', 'scripts', 'highlight-names.js')) {
  await writeFile(highlightNamesPath, await highlightNamesSource())
  process.stdout.write(`wrote ${path.relative(process.cwd(), highlightNamesPath)}\n`)
}
