/**
 * `lectern theme new NAME [--from THEME]`: a project theme folder with a
 * commented `theme.css` that lists every variable of its base theme, ready
 * to edit, and a `theme.json` that loads the base first.
 */
import { mkdir, rm } from 'node:fs/promises'
import { makeDirectory } from '../write/write-file.js'
import path from 'node:path'
import { layoutNames, type LayoutName } from '../article/layout-names.js'
import { LecternError } from '../errors.js'
import { resolveTheme } from './theme-resolve.js'
import { writeFileAtomic } from '../write/write-file.js'

/** Options of {@link scaffoldTheme}. */
export interface ScaffoldThemeOptions {
  /** Base theme (name or path); default `lectern`. */
  from?: string | undefined
  /** Project folder; the theme goes to `<projectDir>/themes/NAME/`. */
  projectDir: string
}

/** What each variable does, grouped as the scaffolded file shows them. */
const variableGroups: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  [
    'Canvas',
    [
      ['--r-background', 'viewport background; may be a gradient'],
      ['--r-background-color', 'slide background colour'],
      ['--r-selection-color', 'selected text'],
      ['--r-selection-background-color', 'selection highlight'],
      ['--r-overlay-element-bg-color', 'reveal overlays, as "R, G, B"'],
      ['--r-overlay-element-fg-color', 'reveal overlays, as "R, G, B"']
    ]
  ],
  [
    'Body text',
    [
      ['--r-main-font', 'body font stack'],
      ['--r-main-font-size', 'body size on a 1280×720 slide'],
      ['--r-main-color', 'body text; keep 4.5:1 contrast on the background'],
      ['--r-block-margin', 'space between paragraphs, lists, code blocks']
    ]
  ],
  [
    'Headings',
    [
      ['--r-heading-font', 'heading font stack'],
      ['--r-heading-color', 'heading colour; keep 4.5:1 contrast'],
      ['--r-heading-font-weight', ''],
      ['--r-heading-line-height', ''],
      ['--r-heading-letter-spacing', ''],
      ['--r-heading-text-transform', 'none, uppercase, lowercase, capitalize'],
      ['--r-heading-text-shadow', ''],
      ['--r-heading-margin', ''],
      ['--r-heading1-size', 'title'],
      ['--r-heading1-text-shadow', ''],
      ['--r-heading2-size', 'slide titles'],
      ['--r-heading3-size', ''],
      ['--r-heading4-size', '']
    ]
  ],
  [
    'Links and code',
    [
      ['--r-link-color', ''],
      ['--r-link-color-hover', ''],
      ['--r-link-color-dark', 'background of reveal "roll" links'],
      ['--r-code-font', 'code font stack']
    ]
  ],
  [
    "Lectern's own parts",
    [
      ['--lectern-accent', 'kicker, list markers, quote rule, progress bar'],
      ['--lectern-muted-color', 'subtitle, date, captions, footer, slide number'],
      ['--lectern-label-font', 'kicker, table headers, footer, slide number'],
      ['--lectern-surface-color', 'inline code, quiet panels'],
      ['--lectern-border-color', 'table rules, code block border'],
      ['--lectern-code-background', 'code blocks'],
      ['--lectern-code-color', 'code blocks'],
      ['--lectern-code-font-size', 'code blocks, relative to body text'],
      ['--lectern-radius', 'corner radius of code blocks and images'],
      ['--lectern-slide-inset', 'space left and right of the slide content'],
      ['--lectern-footer-font-size', 'footer and slide number'],
      ['--lectern-logo-height', 'logo set with themeVariables.logo']
    ]
  ],
  [
    'Code colours (highlight.js classes; a codeTheme replaces them)',
    [
      ['--lectern-hl-comment', 'comments, meta'],
      ['--lectern-hl-keyword', 'keywords'],
      ['--lectern-hl-string', 'strings, regexps, additions'],
      ['--lectern-hl-number', 'numbers, literals'],
      ['--lectern-hl-title', 'function and tag names'],
      ['--lectern-hl-attr', 'attributes, properties, variables'],
      ['--lectern-hl-type', 'types, built-ins, classes'],
      ['--lectern-hl-deletion', 'deletions']
    ]
  ]
]

/**
 * Create `<projectDir>/themes/NAME/` with `theme.css` (every variable of the
 * base theme, commented, nothing remote) and `theme.json` (`extends` the
 * base). The theme is usable at once as `theme: NAME`.
 *
 * @param name New theme name: letters, digits, `-`, `_`.
 * @param options Base theme (default `lectern`) and project folder.
 * @returns The created folder.
 * @throws {LecternError} code `theme`: invalid name, unknown base, or the folder exists.
 */
export async function scaffoldTheme(name: string, options: ScaffoldThemeOptions): Promise<string> {
  const from = options.from ?? 'lectern'
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) {
    throw new LecternError(`Expected a theme name of letters, digits, \`-\` and \`_\`, found \`${name}\``, { code: 'theme' })
  }
  const themesDir = path.join(options.projectDir, 'themes')
  const dir = path.join(themesDir, name)
  const base = await resolveTheme(from, { projectDir: options.projectDir })
  await makeDirectory(themesDir)
  try {
    await mkdir(dir)
  } catch (error) {
    throw new LecternError(`Theme folder ${dir} already exists; remove it or choose another name`, {
      code: 'theme',
      file: dir,
      cause: error
    })
  }

  const isPath = base.source === 'file'
  const extendsValue = isPath ? path.relative(dir, path.resolve(options.projectDir, from)).split(path.sep).join('/') : from
  const manifest = {
    name,
    description: `Based on ${base.name}.`,
    extends: extendsValue,
    dark: base.dark
  }
  try {
    await writeFileAtomic(path.join(dir, 'theme.css'), themeTemplate(name, from, base.variables))
    await writeFileAtomic(path.join(dir, 'theme.json'), JSON.stringify(manifest, null, 2) + '\n')
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw new LecternError(`Could not write theme ${name} to ${dir}`, { code: 'theme', file: dir, cause: error })
  }
  return dir
}

/**
 * The commented `theme.css` of a new theme.
 *
 * @param name New theme name.
 * @param from Base theme.
 * @param baseVariables The base theme's custom properties.
 */
export function themeTemplate(name: string, from: string, baseVariables: Record<string, string>): string {
  const variables = withLecternDefaults(baseVariables)
  const listed = new Set<string>()
  const lines: string[] = [
    '/*',
    ` * Theme "${name}", made by \`lectern theme new ${name} --from ${from}\`.`,
    ' *',
    ` * theme.json loads "${from}" first, so this file only needs what you change:`,
    ' * every variable is listed below with the base theme\'s value. Edit a value,',
    ' * or delete the line to keep the base value.',
    ' *',
    ' * Fonts and images: put them in this folder and use relative url()s; they',
    ' * are copied with the deck. Remote URLs (http, https, @import of a font',
    ' * service) are refused: a deck must work offline.',
    ' * Keep body text and headings at 4.5:1 contrast or more on the background.',
    ' */',
    '',
    ':root {'
  ]
  for (const [group, entries] of variableGroups) {
    lines.push(`  /* ${group} */`)
    for (const [property, note] of entries) {
      const value = variables[property]
      if (value === undefined) continue
      listed.add(property)
      lines.push(`  ${property}: ${value};${note ? ` /* ${note} */` : ''}`)
    }
    lines.push('')
  }
  const others = Object.keys(variables).filter((p) => !listed.has(p))
  if (others.length > 0) {
    lines.push('  /* Other variables of the base theme */')
    for (const property of others) lines.push(`  ${property}: ${variables[property]};`)
    lines.push('')
  }
  if (lines.at(-1) === '') lines.pop()
  lines.push(
    '}',
    '',
    ...layoutRules(),
    '',
    '/* Your rules. Examples:',
    '',
    '.reveal h2 { border-bottom: 3px solid var(--lectern-accent); padding-bottom: .2em; }',
    '.reveal .title-slide h1 { font-size: 2.8em; }',
    '.reveal .lectern-footer { font-weight: 600; }',
    '*/',
    ''
  )
  return lines.join('\n')
}

/** What each layout's slide holds, for the scaffold's layout rules. */
const layoutParts: Readonly<Record<LayoutName, string>> = {
  title: 'h1, .subtitle, .author, .date, .kicker (centred)',
  section: 'h2 drawn 1.9x (measured), over an accent rule; ::before: the part number (data-part)',
  agenda: 'h2 and an ol of the sections',
  bullets: 'h2 and ul: the default',
  statement: 'h2 and one p or ul drawn 1.45x (measured: keep the zoom)',
  'big-number': 'h2, p.key-figure drawn 3x (measured), then the claim',
  quote: 'h2, blockquote drawn 1.15x (measured) with p.attribution; .layout-quote-heading: the title is the quote (span.attribution)',
  image: 'h2 and figure.layout-figure > img + figcaption; .layout-image-beside: .layout-columns with bullets',
  'two-columns': 'h2 and .layout-columns > .layout-column x 2',
  code: 'h2, a one-line p and pre',
  closing: 'h2 "Questions?" and the credits (centred)'
}

/** The layout rules of a new theme: one empty rule per layout, with what its slide holds, ready to fill in. */
function layoutRules(): string[] {
  return [
    '/* Layouts. Every slide carries `layout-NAME` (and data-layout="NAME"); Lectern\'s',
    '   lectern.css lays each out with the variables above (--lectern-accent for',
    '   rules, figures and quote marks). Restyle any of them here; sizes marked',
    '   "measured" are what article mode fits slides to, so keep those zooms. */',
    ...layoutNames.map((name) => `.reveal .slides section.layout-${name} { }  ${' '.repeat(Math.max(0, 12 - name.length))}/* ${layoutParts[name]} */`)
  ]
}

/** Base variables plus `--lectern-*` values worked out from reveal's, for a reveal.js base. */
function withLecternDefaults(variables: Record<string, string>): Record<string, string> {
  const link = variables['--r-link-color'] ?? '#2a76dd'
  const main = variables['--r-main-color'] ?? '#222'
  const background = variables['--r-background-color'] ?? '#fff'
  const defaults: Record<string, string> = {
    '--lectern-accent': link,
    '--lectern-label-font': 'var(--r-main-font)',
    '--lectern-muted-color': `color-mix(in srgb, ${main} 75%, ${background})`,
    '--lectern-surface-color': `color-mix(in srgb, ${main} 8%, ${background})`,
    '--lectern-border-color': `color-mix(in srgb, ${main} 25%, ${background})`,
    '--lectern-code-background': `color-mix(in srgb, ${main} 6%, ${background})`,
    '--lectern-code-color': main,
    '--lectern-code-font-size': '0.55em',
    '--lectern-radius': '8px',
    '--lectern-slide-inset': '0px',
    '--lectern-footer-font-size': '15px',
    '--lectern-logo-height': '40px'
  }
  return { ...variables, ...Object.fromEntries(Object.entries(defaults).filter(([k]) => !(k in variables))) }
}
