/**
 * The theme gallery's index page (`OUT/themes/index.html`): one card per
 * theme, grouped by source, with its thumbnails linking into its sample
 * deck. Pure: themes in, HTML out (built as a hast tree).
 */
import { h } from 'hastscript'
import path from 'node:path'
import { htmlPage } from '../html/html-page.js'
import { gallerySampleSlides } from './gallery-sample.js'
import type { ThemeSource } from './themes.js'

/** One theme in the gallery. */
export interface GalleryTheme {
  /** Theme name (what goes in `theme:`). */
  name: string
  /** Where it comes from. */
  source: Exclude<ThemeSource, 'file'>
  /** One-line description from `theme.json`, when there is one. */
  description?: string | undefined
  /** Whether the theme has a dark background. */
  dark: boolean
  /** Sources of themes of the same name that this one shadows. */
  shadows: Array<Exclude<ThemeSource, 'file'>>
  /** Absolute path of the sample deck in this theme. */
  deckPath: string
  /** Absolute paths of the thumbnails, one per captured slide, title slide first. */
  thumbnails: string[]
  /** Why the deck or its thumbnails could not be made. */
  error?: string | undefined
}

/** Options of {@link galleryPage}. */
export interface GalleryPageOptions {
  /** The gallery folder: deck and thumbnail links are relative to it. */
  galleryDir: string
}

const sourceLabels: Record<GalleryTheme['source'], string> = { project: 'Project', lectern: 'Lectern', reveal: 'reveal.js' }
const sectionTitles: Record<GalleryTheme['source'], string> = {
  project: 'Your project’s themes',
  lectern: 'Lectern’s themes',
  reveal: 'reveal.js built-ins'
}
/** One line for each reveal.js built-in (reveal.js ships no `theme.json`). */
const revealDescriptions: Record<string, string> = {
  black: 'reveal.js’s default: black background, white text, blue links.',
  white: 'White background, black text, blue links.',
  league: 'Grey radial gradient, white text, blue links.',
  beige: 'Beige gradient background, dark text, brown links.',
  night: 'Black background, heavy white headings, orange links.',
  serif: 'Cappuccino background, grey serif text, brown links.',
  simple: 'White background, black text, blue links; plain and quiet.',
  solarized: 'Solarized light: cream background, dark grey-green text, blue links.',
  moon: 'Solarized dark: deep blue background, grey text, blue links.',
  dracula: 'Dracula colours on near-black: purple headings, pink links.',
  sky: 'Pale blue gradient, thin dark text, blue links.',
  blood: 'Dark background, heavy white text, red links.',
  'black-contrast': 'High-contrast black: pure black background, white text.',
  'white-contrast': 'High-contrast white: pure white background, black text.'
}

const sectionNotes: Record<GalleryTheme['source'], string> = {
  project: 'From themes/NAME/theme.css in this project; they win over themes of the same name below.',
  lectern: 'Bundled with Lectern, fonts included; the default is lectern.',
  reveal: 'The themes that ship with reveal.js, with their web fonts served locally.'
}

/**
 * The gallery's index page: one card per theme, grouped by source, with
 * thumbnails linking to the theme's deck.
 *
 * @param themes The themes, as {@link buildGallery} returns them.
 * @param options The gallery folder that links are relative to.
 */
export function galleryPage(themes: readonly GalleryTheme[], options: GalleryPageOptions): string {
  const link = (file: string) => path.relative(options.galleryDir, file).split(path.sep).map(encodeURIComponent).join('/')
  const sections = (['project', 'lectern', 'reveal'] as const)
    .map((source) => ({ source, themes: themes.filter((theme) => theme.source === source) }))
    .filter((section) => section.themes.length > 0)

  const card = (theme: GalleryTheme) => {
    const deck = link(theme.deckPath)
    const [first, ...rest] = theme.thumbnails.map((file) => ({ file, index: slideIndexOf(file) }))
    return h('article.card', { id: `theme-${theme.name}` }, [
      first
        ? h('a.main', { href: `${deck}#/${first.index}`, title: `Open the sample deck in ${theme.name}` }, [
            h('img', { src: link(first.file), width: 640, height: 360, alt: `${theme.name}: ${gallerySampleSlides[first.index] ?? 'slide'}` })
          ])
        : h('a.main.missing', { href: deck }, theme.error ? 'No preview' : 'Open the deck'),
      rest.length > 0
        ? h(
            'ul.strip',
            rest.map((thumb) =>
              h('li', [
                h('a', { href: `${deck}#/${thumb.index}`, title: gallerySampleSlides[thumb.index] }, [
                  h('img', { src: link(thumb.file), width: 640, height: 360, alt: `${theme.name}: ${gallerySampleSlides[thumb.index] ?? 'slide'}` })
                ]),
                h('span.label', gallerySampleSlides[thumb.index] ?? '')
              ])
            )
          )
        : undefined,
      h('div.body', [
        h('h3', [h('a', { href: deck }, theme.name)]),
        h('p.badges', [
          h(`span.badge.source.${theme.source}`, sourceLabels[theme.source]),
          h(`span.badge.${theme.dark ? 'dark' : 'light'}`, theme.dark ? 'Dark' : 'Light'),
          ...theme.shadows.map((source) => h('span.badge.shadow', `shadows ${sourceLabels[source]}’s`))
        ]),
        h('p.description', theme.description ?? (theme.source === 'reveal' ? revealDescriptions[theme.name] : undefined) ?? 'No description in theme.json.'),
        theme.error ? h('p.error', theme.error) : undefined,
        h('p.use', [h('code', `theme: ${theme.name}`), h('a.open', { href: deck }, 'Open deck →')])
      ])
    ])
  }

  return (
    htmlPage({
      title: 'Lectern themes',
      style: galleryCss,
      viewport: true,
      body: [
        h('header', [
          h('h1', 'Lectern themes'),
          h('p.lede', [
            `${themes.length} theme${themes.length === 1 ? '' : 's'}, one sample deck: a slide in each layout Lectern makes (title, section, agenda, bullets, statement, big number, quote, image, two columns, code, closing) and a table. `,
            'Click a thumbnail to open the deck at that slide.'
          ]),
          h('p.how', [
            h('strong', 'Use a theme: '),
            'put ',
            h('code', 'theme: NAME'),
            ' in a deck’s front matter, or pass ',
            h('code', '--theme NAME'),
            ' to ',
            h('code', 'lectern build'),
            '.'
          ]),
          h(
            'nav',
            sections.map((section) => h('a', { href: `#${section.source}` }, `${sectionTitles[section.source]} (${section.themes.length})`))
          )
        ]),
        h(
          'main',
          sections.map((section) =>
            h('section', { id: section.source }, [
              h('h2', sectionTitles[section.source]),
              h('p.note', sectionNotes[section.source]),
              h('div.grid', section.themes.map(card))
            ])
          )
        )
      ]
    }) + '\n'
  )
}

/** The 0-based slide index in a thumbnail name (`NAME-3.png` → 2). */
function slideIndexOf(file: string): number {
  const match = /-(\d+)\.png$/.exec(file)
  return match ? Number(match[1]) - 1 : 0
}

const galleryCss = `
:root{--ink:#1c1d21;--muted:#5d6069;--line:#e2ded6;--paper:#f6f4ef;--card:#fff;--accent:#c4511f;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,sans-serif}
header,main{max-width:1400px;margin:0 auto;padding:0 2rem}
header{padding-top:2.5rem;padding-bottom:.5rem}
h1{font-size:2.4rem;line-height:1.1;margin:0 0 .6rem;letter-spacing:-.02em}
.lede{font-size:1.1rem;color:var(--muted);margin:0 0 .8rem;max-width:60rem}
.how{display:inline-block;margin:0 0 1rem;padding:.6rem .9rem;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px}
code{white-space:nowrap;font:.9em/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;background:#efebe3;padding:.1em .35em;border-radius:4px}
nav{display:flex;flex-wrap:wrap;gap:.5rem}
nav a{color:var(--ink);text-decoration:none;padding:.3rem .8rem;border:1px solid var(--line);border-radius:999px;background:var(--card);font-size:.9rem}
nav a:hover{border-color:var(--accent);color:var(--accent)}
section{padding-top:1.5rem}
h2{font-size:1.4rem;margin:0 0 .1rem}
.note{color:var(--muted);margin:0 0 1rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(380px,100%),1fr));gap:1.5rem;margin-bottom:1.5rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;overflow:hidden;box-shadow:0 1px 2px rgba(0,0,0,.04),0 6px 20px rgba(0,0,0,.05);display:flex;flex-direction:column}
.card:target{outline:3px solid var(--accent)}
.card img{display:block;width:100%;height:auto;aspect-ratio:16/9;background:#ddd}
.main{display:block;border-bottom:1px solid var(--line)}
.main.missing{aspect-ratio:16/9;display:grid;place-items:center;color:var(--muted);background:#eee}
.strip{list-style:none;margin:0;padding:.5rem;display:grid;grid-template-columns:repeat(5,1fr);gap:.4rem;border-bottom:1px solid var(--line);background:#faf9f6}
.strip a{display:block;border-radius:4px;overflow:hidden;outline:1px solid rgba(0,0,0,.08)}
.strip a:hover,.main:hover img{filter:brightness(1.04)}
.strip a:hover{outline:2px solid var(--accent)}
.strip .label{display:block;margin-top:.15rem;font-size:.68rem;line-height:1.2;color:var(--muted);text-align:center;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.body{padding:.8rem 1rem 1rem;display:flex;flex-direction:column;flex:1}
h3{margin:0;font-size:1.2rem}
h3 a{color:inherit;text-decoration:none}
h3 a:hover{color:var(--accent)}
.badges{margin:.35rem 0 .5rem;display:flex;flex-wrap:wrap;gap:.35rem}
.badge{font-size:.75rem;font-weight:600;letter-spacing:.02em;padding:.1rem .55rem;border-radius:999px;border:1px solid transparent}
.badge.project{background:#e3f1e6;color:#1d5b2c}
.badge.lectern{background:#fbe7dc;color:#8a3510}
.badge.reveal{background:#e4e9f7;color:#27407a}
.badge.dark{background:#22252c;color:#f2f2f2}
.badge.light{background:#fff;color:#444;border-color:#d5d1c8}
.badge.shadow{background:#fff6d6;color:#6b5200}
.description{margin:0 0 .8rem;color:var(--muted);flex:1}
.error{margin:0 0 .8rem;color:#b3261e;font-size:.9rem}
.use{margin:0;display:flex;justify-content:space-between;align-items:center;gap:1rem}
.open{color:var(--accent);font-weight:600;text-decoration:none;white-space:nowrap}
.open:hover{text-decoration:underline}
@media (max-width:600px){header,main{padding:0 1rem}header{padding-top:1.5rem}h1{font-size:2rem}}
`
