/**
 * Writes `article.html` for a few articles of the real-article corpus: the
 * page a reader saves with "Save page as…", with the site's chrome around the
 * published article:
 *
 * - `<head>`: `<title>` with a ` | Site` suffix, author and Open Graph meta, a canonical link,
 *   a remote stylesheet, an analytics `<script src>` and an inline script;
 * - before the article: a cookie banner with buttons, a site header with a
 *   logo and a nav menu;
 * - the article: `<h1>`, a byline with a `<time>`, a share line (top or
 *   bottom), the body as the site renders the Markdown (remark-rehype, GFM,
 *   footnotes, raw HTML), an `<img onerror=…>` tracking pixel;
 * - after it: a newsletter box with a form, a related-posts list, a footer
 *   with a copyright line, and a script with an inline handler.
 *
 * Class names, the share line's place, the byline's form and the article's
 * wrapper are chosen from a hash of the folder name, so the output is the
 * same on every run. Compile and run it like `make-real-text.ts`:
 *
 *     npx tsc --ignoreConfig --strict --module nodenext --moduleResolution nodenext \
 *       --target es2022 --lib es2022,dom --types node --skipLibCheck \
 *       --outDir build/corpus-script test/corpus/make-real-html.ts
 *     node build/corpus-script/make-real-html.js [fixtures-folder]
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import rehypeRaw from 'rehype-raw'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'
import { hash, months } from './make-real-text.js'

/** The articles that get a saved web page. */
export const htmlArticles = ['go-supply-chain', 'julia-ml-programming-languages', 'nodejs-downloads-reliable'] as const

interface Source {
  title?: string
  url?: string
  site?: string
}

interface Meta {
  title?: string
  author?: string
  date?: string
}

function pick<T>(value: number, shift: number, options: readonly T[]): T {
  return options[(value >>> shift) % options.length]!
}

function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  if (!match) return date
  return `${months[Number(match[2]) - 1]} ${Number(match[3])}, ${match[1]}`
}

/** The published body as the site renders it; images point at the site (remote) or at the saved page's folder (local). */
function body(tree: Root, origin: string, value: number): ElementContent[] {
  const hast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).runSync({ ...tree, children: tree.children.filter((node) => node.type !== 'yaml') }) as HastRoot
  let images = 0
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'img') {
        const src = String(child.properties['src'] ?? '')
        const file = src.split('/').pop() ?? 'image.png'
        // Every other image was saved next to the page; the rest still point at the site.
        child.properties['src'] = images++ % 2 === pick(value, 5, [0, 1]) ? `article_files/${file}` : new URL(src, origin).href
        child.properties['loading'] = 'lazy'
        child.properties['onerror'] = "this.style.display='none'"
      }
      visit(child)
    }
  }
  visit(hast)
  return hast.children as ElementContent[]
}

/**
 * The saved page of one article.
 *
 * @param markdown `article.md`.
 * @param slug The folder name.
 * @param source `source.json`.
 */
export function articlePage(markdown: string, slug: string, source: Source): string {
  const value = hash(slug)
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root
  const yaml = tree.children[0]?.type === 'yaml' ? (parseYaml(tree.children[0].value) as Meta) : {}
  const title = yaml.title ?? source.title ?? slug
  const site = source.site ?? 'The Blog'
  const origin = source.url ?? 'https://example.org/blog/post'
  const home = new URL('/', origin).href
  const date = yaml.date ? String(yaml.date).slice(0, 10) : undefined
  const names = {
    cookie: pick(value, 1, ['cookie-banner', 'consent-notice', 'gdpr-popup']),
    share: pick(value, 3, ['share-buttons', 'social-share', 'post-share']),
    newsletter: pick(value, 7, ['newsletter-signup', 'subscribe-box', 'mailing-list']),
    related: pick(value, 9, ['related-posts', 'more-stories', 'read-next']),
    content: pick(value, 11, ['post-content', 'entry-content', 'article-body'])
  }
  const shareOnTop = pick(value, 13, [true, false])
  const wrapInArticle = pick(value, 15, [true, false])

  const share = h('div', { className: [names.share] }, [
    h('span', 'Share this post:'),
    ' ',
    h('a', { href: `https://twitter.com/intent/tweet?url=${encodeURIComponent(origin)}` }, 'Twitter'),
    ' ',
    h('a', { href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(origin)}` }, 'LinkedIn'),
    ' ',
    h('a', { href: `mailto:?subject=${encodeURIComponent(title)}` }, 'Email'),
    ' ',
    h('button', { type: 'button', onclick: 'navigator.clipboard.writeText(location.href)' }, 'Copy link')
  ])
  const byline = h('p', { className: ['byline', 'post-meta'] }, [
    ...(yaml.author ? ['By ', h('a', { rel: ['author'], href: `${home}authors/` }, yaml.author)] : []),
    ...(yaml.author && date ? [' · '] : []),
    ...(date ? [h('time', { dateTime: date }, formatDate(date))] : [])
  ])
  const content = h('div', { className: [names.content] }, [
    ...body(tree, origin, value),
    h('img', { src: 'https://stats.example.net/pixel.gif', width: '1', height: '1', alt: '', onerror: 'fetch("https://stats.example.net/err")' })
  ])
  const article = h(wrapInArticle ? 'article' : 'div', { className: ['post'] }, [
    h('header', { className: ['post-header'] }, [h('h1', { className: ['post-title'] }, title), byline]),
    ...(shareOnTop ? [share] : []),
    content,
    ...(shareOnTop ? [] : [share])
  ])

  const page = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('title', `${title} | ${site}`),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      ...(yaml.author ? [h('meta', { name: 'author', content: yaml.author })] : []),
      h('meta', { property: 'og:title', content: title }),
      h('meta', { property: 'og:site_name', content: site }),
      h('meta', { property: 'og:type', content: 'article' }),
      ...(date ? [h('meta', { property: 'article:published_time', content: `${date}T09:00:00+00:00` })] : []),
      h('link', { rel: ['canonical'], href: origin }),
      h('link', { rel: ['stylesheet'], href: `${home}css/main.css` }),
      h('script', { async: true, src: 'https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE' }),
      h('script', 'window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag("js", new Date());')
    ]),
    h('body', { onload: 'initSite()' }, [
      h('div', { className: [names.cookie], id: 'cookie-notice', role: 'dialog' }, [
        h('p', 'We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.'),
        h('button', { type: 'button', onclick: 'acceptCookies()' }, 'Accept all cookies'),
        ' ',
        h('a', { href: `${home}privacy` }, 'Read our privacy policy')
      ]),
      h('header', { className: ['site-header'] }, [
        h('a', { href: home, className: ['logo'] }, [h('img', { src: `${home}images/logo.svg`, alt: `${site} logo` })]),
        h('nav', { ariaLabel: 'Main' }, [
          h('ul', ['Home', 'Blog', 'Documentation', 'Community', 'About us'].map((item) => h('li', [h('a', { href: `${home}${item.toLowerCase().replace(/\s+/g, '-')}` }, item)])))
        ])
      ]),
      h('main', { id: 'content' }, [
        article,
        h('aside', { className: [names.newsletter] }, [
          h('h3', 'Subscribe to our newsletter'),
          h('p', 'Get the latest posts delivered straight to your inbox every week, no spam ever.'),
          h('form', { action: `${home}subscribe`, method: 'post' }, [
            h('input', { type: 'email', name: 'email', placeholder: 'you@example.com' }),
            h('button', { type: 'submit' }, 'Subscribe')
          ])
        ]),
        h('section', { className: [names.related] }, [
          h('h2', 'Related posts'),
          h('ul', [
            h('li', [h('a', { href: `${home}blog/one` }, 'What we learned from a decade of release engineering')]),
            h('li', [h('a', { href: `${home}blog/two` }, 'Announcing the new contributor guide for our project')]),
            h('li', [h('a', { href: `${home}blog/three` }, 'A look back at the community survey results this year')])
          ])
        ])
      ]),
      h('footer', { className: ['site-footer'] }, [
        h('p', `© ${date?.slice(0, 4) ?? '2024'} ${site}. All rights reserved.`),
        h('ul', ['Privacy policy', 'Terms of use', 'Contact the team'].map((item) => h('li', [h('a', { href: `${home}${item.split(' ')[0]!.toLowerCase()}` }, item)])))
      ]),
      h('script', 'document.querySelectorAll("a").forEach(function (a) { a.addEventListener("click", function () { gtag("event", "click") }) }); document.body.setAttribute("onclick", "track(event)")')
    ])
  ])
  return '<!doctype html>\n' + toHtml({ type: 'root', children: [page] }) + '\n'
}

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? 'test/fixtures/real')
  for (const slug of htmlArticles) {
    const dir = path.join(folder, slug)
    const source = JSON.parse(await readFile(path.join(dir, 'source.json'), 'utf8')) as Source
    const markdown = await readFile(path.join(dir, 'article.md'), 'utf8')
    await writeFile(path.join(dir, 'article.html'), articlePage(markdown, slug, source))
  }
  process.stderr.write(`wrote ${htmlArticles.length} article.html files\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
