/**
 * A minimal theme resolver: reveal.js's built-in themes only, with their
 * remote font imports removed. The full resolver lives in `themes.ts`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { LecternError } from './errors.js'
import { revealDist } from './package-paths.js'
import type { ResolvedTheme } from './render.js'
import type { DeckConfig } from './types.js'

const dark = new Set(['black', 'league', 'night', 'moon', 'dracula', 'blood', 'black-contrast'])

/**
 * Resolve a reveal.js built-in theme by name.
 *
 * @param config Deck configuration (its `theme`).
 * @param file The deck's file, for error messages.
 */
export async function resolveBuiltinTheme(config: DeckConfig, file: VFile): Promise<ResolvedTheme> {
  const name = config.theme === 'lectern' ? 'white' : config.theme
  const from = path.join(revealDist, 'theme', `${name}.css`)
  let css: string
  try {
    css = await readFile(from, 'utf8')
  } catch (error) {
    throw new LecternError(`Unknown theme \`${config.theme}\``, { code: 'theme', file: file.path, cause: error })
  }
  const to = `assets/reveal/theme/${name}.css`
  return {
    name,
    stylesheets: [to],
    files: [],
    generated: [{ to, content: css.replace(/@import\s+(?:url\()?["']?https?:[^;]*;/g, '') }],
    dark: dark.has(name)
  }
}
