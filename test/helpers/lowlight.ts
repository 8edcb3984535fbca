/**
 * lowlight's grammar sets (`all`, `common`), from the lowlight rehype-highlight
 * uses: lowlight is not a dependency of Lectern's own, so it is found where
 * rehype-highlight finds it, as `src/html/highlight-grammars.ts` does.
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const rehypeHighlight = createRequire(import.meta.url).resolve('rehype-highlight')
const lowlight = (await import(pathToFileURL(createRequire(rehypeHighlight).resolve('lowlight')).href)) as typeof import('lowlight')

/** Every grammar lowlight has, by name. */
export const all: typeof lowlight.all = lowlight.all
/** lowlight's common grammars, by name: rehype-highlight's default. */
export const common: typeof lowlight.common = lowlight.common
