/**
 * Deck configuration: defaults, and the validation of front matter into a
 * {@link DeckConfig}. Pure: takes parsed values, reports through a callback.
 */
import { closest } from './suggest.js'
import { isNameWord } from '../text/byline.js'
import { isLayoutName, layoutNames } from '../article/layout-names.js'
import type { DeckConfig } from '../types.js'

/** Default canvas and deck settings. */
export const defaultConfig: Readonly<DeckConfig> = Object.freeze({
  theme: 'lectern',
  width: 1280,
  height: 720,
  lang: 'en',
  slideLevel: 2,
  reveal: {},
  themeVariables: {},
  css: [],
  maxBullets: 6,
  maxWords: 14
})

/** Reveal.js transitions a deck may name. */
export const transitions = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const

type Check = (value: unknown) => string | undefined

const isString: Check = (value) =>
  typeof value === 'string' || typeof value === 'number' ? undefined : 'a string'
const isBoolean: Check = (value) => (typeof value === 'boolean' ? undefined : '`true` or `false`')
const isMapping: Check = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? undefined : 'a mapping'
const isInteger =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `a whole number from ${min} to ${max}`
const isStringList: Check = (value) =>
  typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    ? undefined
    : 'a path or a list of paths'
const isTransition: Check = (value) =>
  typeof value === 'string' && (transitions as readonly string[]).includes(value)
    ? undefined
    : `one of ${transitions.join(', ')}`

/** The page layouts of site generators' themes (Jekyll, Hugo, Eleventy): a page's, never a typo of a slide layout. */
const siteLayouts = new Set(['page', 'post', 'posts', 'default', 'single', 'list', 'home', 'article', 'blog', 'base', 'archive', 'splash', 'docs', 'doc', 'note', 'notes', 'essay', 'story', 'news', 'project', 'talk'])

const isLayout: Check = (value) => (value === 'auto' || isLayoutName(value) ? undefined : `auto or one of ${layoutNames.join(', ')}`)

/** Every front-matter key Lectern knows, with the check of its value. */
export const frontMatterKeys: Readonly<Record<string, Check>> = {
  title: isString,
  subtitle: isString,
  author: isString,
  date: isString,
  kicker: isString,
  description: isString,
  theme: isString,
  transition: isTransition,
  width: isInteger(320, 7680),
  height: isInteger(180, 4320),
  lang: isString,
  slideLevel: isInteger(1, 6),
  reveal: isMapping,
  condense: isBoolean,
  agenda: isBoolean,
  closing: isBoolean,
  fit: isBoolean,
  themeVariables: isMapping,
  css: isStringList,
  maxBullets: isInteger(1, 20),
  maxWords: isInteger(3, 60),
  layout: isLayout
}

/** Front-matter keys that blog and documentation generators use, which a deck ignores without a word. */
const siteKeys = new Set(
  [
    'authors', 'name', 'layout', 'tags', 'tag', 'categories', 'category', 'permalink', 'slug', 'draft', 'excerpt', 'summary', 'image', 'images',
    'cover', 'thumbnail', 'hero', 'banner', 'header', 'teaser', 'keywords', 'aliases', 'weight', 'type', 'series', 'toc', 'comments', 'published', 'updated',
    'lastmod', 'last_modified_at', 'modified', 'canonical_url', 'canonical', 'url', 'redirect_from', 'redirect_to', 'order', 'class',
    'untranslated', 'linktitle', 'sitemap', 'menu', 'nav_order', 'parent', 'has_children', 'sidebar', 'hide', 'search', 'id', 'uid',
    'kind', 'author_name', 'author_url', 'twitter', 'og_image', 'socialimage', 'social_image', 'qualifiers', 'syndication', 'seo', 'feature', 'featured', 'pinned', 'status', 'version',
    'image-alt', 'link', 'is_orphan', 'spellcheck_exceptions', 'previewimage', 'nocomments', 'hidetitle', 'template', 'pretty_url', 'enclosure', 'filters', 'password', 'has_math', 'citation', 'draft-mode', 'freeze', 'execute', 'format', 'bibliography', 'csl', 'params', 'engine', 'knitr', 'jupyter', 'updated_at', 'date_modified', 'youtubeid'
  ]
)

/** Other names blogs give the author and the date, and the key each stands for. */
const aliases: Record<string, 'author' | 'date' | 'description'> = { authorname: 'author', author_name: 'author', meta_description: 'description', metadescription: 'description', shortdescription: 'description', byline: 'author', published_at: 'date', publishdate: 'date', pubdate: 'date', created: 'date', created_at: 'date', date_published: 'date', datetime: 'date' }

/** Whether a line names people ("By Ana Ruiz and Li Wei", "Ana Ruiz, Li Wei") rather than saying something. */
function namesPeople(line: string): boolean {
  const words = line.replace(/^by\s+/i, '').split(/[\s,]+/).filter(Boolean)
  return /^by\s/i.test(line) || (words.length <= 6 && words.every(isNameWord))
}

/** `authors: [a, b]` or `[{name: a}, …]` as one line ("a, b"), or `undefined`. */
function authorNames(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const names = list
    .map((item) => (typeof item === 'string' ? item : item !== null && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string' ? (item as { name: string }).name : ''))
    .map((name) => String(tidyMeta('author', name)).trim())
    .filter((name) => name !== '')
  return names.length > 0 ? names.join(', ') : undefined
}

/**
 * A link keeps its words; emphasis loses its marks: "…the Local History section of _The Appendix_.", "The *Playboy* Fiction
 * Index", "The <i>Cancer Research UK</i> Reassessment…".
 */
function plainMeta(value: string): string {
  // (And a code span's backticks: "Automating `mysql_secure_installation`" had shown them on the title slide.)
  return value.replace(/(`+)([^`]+)\1/g, '$2').replace(/<\/?(?:i|em|b|strong|code|span|sup|sub|small|mark|u|cite|q)\b[^>]*>/gi, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/(?<![\p{L}\p{N}_*])(\*\*|\*|_)(\p{L}(?:[^_*]*\S)?)\1(?![\p{L}\p{N}_*])/gu, '$2')
}

/**
 * An author or date as a title slide shows it: a Markdown link as its text
 * ("[Adriana Villela](https://…) (Lightstep)," → "Adriana Villela
 * (Lightstep)"), a blog's author key as a name ("jack-cushman" → "Jack
 * Cushman"), a timestamp as its day ("2026-04-03T12:00:00.000Z" →
 * "2026-04-03").
 */
function tidyMeta(key: 'author' | 'date' | string, value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return value
  // (Jekyll's "2019-04-04 12:03:42 -0700" too.)
  // (Nikola writes its dates with slashes, "2015/07/12 15:55:47": the day is the same; so is "2016-07-10 8:10:42 -0800".)
  // (And Jekyll's single-digit month and day, "2023-4-6 08:00:00 -0800": "2023-04-06"; an offset that lost its sign, "2020-09-03 09:00:00 0200".)
  if (key === 'date') {
    const day = /^(\d{4})([-/])(\d{1,2})[-/](\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]?\d{2}:?\d{2}|UTC|GMT))?$/.exec(value.trim())
    return day ? [day[1], day[3]!.padStart(2, '0'), day[4]!.padStart(2, '0')].join(day[2]!) : value
  }
  const tidy = plainMeta(value).replace(/[\s,;]+$/, '').trim()
  // ("author: jack-cushman": a blog's author key, the name it stands for; "author: mm", a handle of a few letters, none.)
  if (key === 'author' && /^\p{Ll}{1,4}$/u.test(tidy)) return undefined
  // (Or the path of the author's page in the site's collection, "_authors/stephen-morrison.md", "_authors/Jonathan-Hillman.md".)
  const page = key === 'author' ? /^_?[\w-]+\/([\p{L}]+(?:[-_][\p{L}]+){1,3})\.(?:md|markdown|html|ya?ml)$/u.exec(tidy)?.[1] : undefined
  const name = (slug: string): string => slug.split(/[-_]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
  if (page !== undefined) return name(page)
  return /^\p{Ll}+(?:[-_]\p{Ll}+){1,3}$/u.test(tidy) ? name(tidy) : tidy
}

/** A problem found in front matter. */
export interface ConfigProblem {
  /** The key at fault. */
  key: string
  /** One-line reason. */
  reason: string
  /** Whether the deck cannot be built because of it (`null`: a note, shown with `--verbose`). */
  fatal: boolean | null
}

/**
 * Settle a deck configuration from front matter and overrides.
 *
 * @param frontMatter Parsed front matter (a mapping).
 * @param overrides Options given on the command line; they win over front matter.
 * @param report Called once per problem (unknown key, wrong type).
 * @returns The configuration, with defaults for everything not set.
 */
export function settleConfig(
  frontMatter: Record<string, unknown>,
  overrides: Partial<DeckConfig>,
  report: (problem: ConfigProblem) => void
): DeckConfig {
  const config: DeckConfig = { ...defaultConfig, reveal: {}, themeVariables: {}, css: [] }
  const target = config as unknown as Record<string, unknown>

  // Front matter of a site's page (it has a key of a site generator, `layout`, `permalink`…): its other unknown keys are the
  // site's too (`carousel_title`, `readtime_str`…), a note rather than a warning each; a key close to one of Lectern's is
  // still a warning with its "did you mean".
  const sitePage = Object.keys(frontMatter).some((key) => siteKeys.has(key.toLowerCase()))
  for (const [key, raw] of Object.entries(frontMatter)) {
    // (A title's or a subtitle's Markdown shows as its words: its asterisks had been on the title slide.)
    const value = key === 'author' || key === 'date' ? tidyMeta(key, raw) : (key === 'title' || key === 'subtitle') && typeof raw === 'string' ? plainMeta(raw) : raw
    // A blog's `authors:` list names the speaker(s) when `author` does not; Quarto's and Distill's `author:` may be a
    // list too, of names or of `{name, affiliation…}`.
    if (key === 'author' && typeof raw === 'object' && raw !== null && !(raw instanceof Date)) {
      const names = authorNames(raw)
      if (names) {
        target.author = names
        continue
      }
    }
    // A blog's own names for the author and the date (`byline:`, `published_at:`, `created:`) stand for them when the
    // front matter has no `author` or `date`.
    // (A `byline:` of a sentence is the post's standfirst, "My methodology to defeat writer's block…": its description.)
    // (A `teaser:` or `summary:` of a sentence or more is the standfirst too, "Reflections on Holding a…"; one
    // that names a picture, "/assets/teaser.png", is the site's.)
    // (So is Jekyll's `excerpt:`, "Our Local History Editor explains the Local History section of _The Appendix_.".)
    const standfirst = /^(?:teaser|summary|excerpt)$/i.test(key) && typeof raw === 'string' && raw.trim().split(/\s+/).length >= 4 && !/\.(?:png|jpe?g|gif|svg|webp)$/i.test(raw.trim())
    const alias = (key.toLowerCase() === 'byline' && typeof raw === 'string' && !namesPeople(raw)) || standfirst ? 'description' : Object.hasOwn(aliases, key.toLowerCase()) ? aliases[key.toLowerCase()] : undefined
    if (alias) {
      if (frontMatter[alias] === undefined && (typeof raw === 'string' || raw instanceof Date)) target[alias] = tidyMeta(alias, raw)
      continue
    }
    if (key === 'authors' && frontMatter.author === undefined) {
      const names = authorNames(raw)
      if (names) target.author = names
      continue
    }
    // (Zola's `[taxonomies] author = ["Matthew Hodgson", "Thib"]`, or its `[extra]` table's: the speakers, when no `author` is set.)
    if ((key === 'taxonomies' || key === 'extra') && typeof raw === 'object' && raw !== null && !Array.isArray(raw) && frontMatter.author === undefined && frontMatter.authors === undefined) {
      const table = raw as Record<string, unknown>
      const names = table.author ?? table.authors ? authorNames(table.author ?? table.authors) : undefined
      if (names) target.author = names
    }
    // (A post's own headline is read below.)
    if (/^post_?title$/i.test(key)) continue
    // Own keys only: `constructor` or `__proto__` in front matter are unknown keys, not Object's.
    const check = Object.hasOwn(frontMatterKeys, key) ? frontMatterKeys[key] : undefined
    // Keys of static-site generators (Jekyll, Hugo, Eleventy, MkDocs…) are the page's, not the deck's: no warning.
    if (!check && siteKeys.has(key.toLowerCase())) continue
    if (!check) {
      const hint = closest(key, Object.keys(frontMatterKeys))
      report({
        key,
        reason: `Unknown front-matter key \`${key}\`` + (hint ? `; did you mean \`${hint}\`?` : sitePage ? ' (a key of the page’s site: ignored)' : ''),
        fatal: hint || !sitePage ? false : null
      })
      continue
    }
    if (value === null || value === undefined) continue
    const expected = check(value)
    // A site generator's page layout (Jekyll's `layout: post`, `layout: document`) is the page's, not the deck's: a value
    // near a layout name is a typo to report ("did you mean"), any other is ignored without a word; so are the layouts
    // every site theme has, however near ("page" is no typo of "image").
    const layoutHint = key === 'layout' && typeof value === 'string' && !siteLayouts.has(value.toLowerCase()) ? closest(value, ['auto', ...layoutNames]) : undefined
    if (expected && key === 'layout' && typeof value === 'string' && !layoutHint) continue
    if (expected) {
      report({
        key,
        reason: `Expected \`${key}\` to be ${expected}, not \`${JSON.stringify(value)}\`` + (layoutHint ? `; did you mean \`${layoutHint}\`?` : ''),
        fatal: false
      })
      continue
    }
    if (key === 'css') target[key] = typeof value === 'string' ? [value] : value
    else if (typeof value === 'number' && isString === check) target[key] = String(value)
    else target[key] = value
  }

  // A site's own name for the page's title when the front matter has no `title` (`minititle:`, `post_title:`): the first
  // such key, so a deck still opens on its title slide. (Not a subtitle's, a picture's or a link's title.)
  if (frontMatter.title === undefined) {
    const titled = Object.entries(frontMatter).find(([key, raw]) => /title$/i.test(key) && !/sub|image|img|^og|twitter|seo|meta|link|nav|alt|hide|short/i.test(key) && typeof raw === 'string' && raw.trim() !== '')
    // (Or its `name:`, as content collections call an entry: "name: Air Quality and COVID-19".)
    const name = typeof frontMatter.name === 'string' && frontMatter.name.trim().split(/\s+/).length <= 20 ? frontMatter.name.trim() : undefined
    // (Or its `heading:` or `headline:`, "heading: How the Pay.gov Team Went Agile", which the file's name had lost.)
    const headline = ['headline', 'heading'].map((key) => frontMatter[key]).find((raw): raw is string => typeof raw === 'string' && raw.trim() !== '' && raw.trim().split(/\s+/).length <= 20)
    if (titled) target.title = titled[1]
    else if (headline) target.title = headline.trim()
    else if (name) target.title = name
  }
  // (A post's own headline beside the page's search title wins: "postTitle: Using Tauri to build a cross-platform security
  // app" over "title: Building Cross-Platform Apps with Tauri", which only the search engine sees.)
  const post = Object.entries(frontMatter).find(([key, raw]) => /^post_?title$/i.test(key) && typeof raw === 'string' && raw.trim() !== '')
  if (post) target.title = plainMeta(String(post[1]).trim())
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) target[key] = value
  }
  return config
}

/**
 * An author line whose names are a site's keys glued in capitals ("DudleyMatthew, ReaderSteffy", Hugo's `authors:`)
 * with each name as the article itself writes it ("Matthew Dudley", "Steffy Reader"); a key the text never spells out
 * stays as it was.
 *
 * @param author The deck's author line.
 * @param text The article's text.
 */
export function spelledAuthors(author: string, text: string): string {
  const lower = text.toLowerCase()
  return author.replace(/\b(?:\p{Lu}\p{Ll}+){2,4}\b/gu, (key) => {
    const parts = key.match(/\p{Lu}\p{Ll}+/gu)!
    // (The given name last, "DelRioRiandeGimena" for "Gimena del Rio Riande", or first.)
    for (const order of [[parts.at(-1)!, ...parts.slice(0, -1)], parts]) {
      const at = lower.indexOf(order.join(' ').toLowerCase())
      if (at !== -1) return text.slice(at, at + order.join(' ').length)
    }
    return key
  })
}
