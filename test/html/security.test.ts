/**
 * An article must not run code in its deck when sanitised, and must not reach
 * out of the machine or out of its folder while Lectern prints or checks it.
 * (The dev server's path traversal is tested in serve.test.ts.)
 */
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import path from 'node:path'
import { describe, it } from 'node:test'
import type { Element, Root } from 'hast'
import rehypeRaw from 'rehype-raw'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { checkLayout } from '../../src/print/check.js'
import { runCli, runMain, tempDir } from '../helpers.js'
import { testBrowser } from '../helpers/browser.js'

/**
 * Each payload would, if it ran, request `http://pwned.example/N` — so a PDF
 * export (which reports every outside request) also proves none ran.
 */
const payloads = `
<script>fetch('http://pwned.example/1')</script>

<img src="x.png" onerror="fetch('http://pwned.example/2')">

<svg onload="fetch('http://pwned.example/3')"><circle r="1"/></svg>

[a Markdown link](javascript:fetch('http://pwned.example/4')) and [a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

![a javascript image](javascript:fetch('http://pwned.example/5'))

<a href="javascript:fetch('http://pwned.example/6')">raw</a> <a href="jav&#x61;script:fetch('http://pwned.example/7')">hex entity</a>
<a href="&#106;avascript:fetch('http://pwned.example/8')">decimal entity</a> <a href="JaVaScRiPt:fetch('http://pwned.example/9')">mixed case</a>
<a href="  javascript:fetch('http://pwned.example/10')">leading spaces</a> <a href="java&#9;script:fetch('http://pwned.example/11')">tab</a>
<a href="data:text/html,<script>fetch('http://pwned.example/12')</script>">data URL</a>

<iframe src="javascript:fetch('http://pwned.example/13')"></iframe> <iframe srcdoc="<script>fetch('http://pwned.example/14')</script>"></iframe>

<object data="javascript:fetch('http://pwned.example/15')"></object><embed src="javascript:fetch('http://pwned.example/16')">

<p style="background: url(javascript:fetch('http://pwned.example/17')); width: expression(fetch('http://pwned.example/18'))">styled</p>

<style>body { background: url(http://pwned.example/19) }</style>

<meta http-equiv="refresh" content="0; url=http://pwned.example/20">

<base href="http://pwned.example/21/">

<form action="http://pwned.example/22"><input name="q" onfocus="fetch('http://pwned.example/23')" autofocus><button formaction="javascript:fetch('http://pwned.example/24')">go</button></form>

<details open ontoggle="fetch('http://pwned.example/25')"><summary>open</summary></details>

<math><mi xlink:href="javascript:fetch('http://pwned.example/26')">x</mi></math>

<noscript><p title="</noscript><img src=x onerror=fetch('http://pwned.example/27')>"></p></noscript>

<video poster="javascript:fetch('http://pwned.example/28')" onloadstart="fetch('http://pwned.example/29')"></video>

A paragraph <!-- .element: onmouseover="fetch('http://pwned.example/30')" style="color: red" class="fragment" -->

<div>Hover <!-- .element: onclick="fetch('http://pwned.example/31')" --></div>

## Attribute comments

<!-- .slide: onclick="fetch('http://pwned.example/32')" data-background-iframe="javascript:fetch('http://pwned.example/33')" data-background-image="javascript:fetch('http://pwned.example/34')" data-state="kept" -->

Slide attributes with event handlers.
`

const forbiddenTags = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'applet', 'svg', 'math', 'meta', 'base', 'link', 'form', 'button', 'noscript', 'template'])
const urlProperties = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'cite', 'background', 'xLinkHref', 'srcSet', 'dataBackgroundImage', 'dataBackgroundIframe', 'dataBackgroundVideo']

/** Parse a built deck into the tree a browser would build. */
async function parseDeck(html: string): Promise<Root> {
  const tree: Root = { type: 'root', children: [{ type: 'raw', value: html }] }
  return (await unified().use(rehypeRaw).run(tree)) as Root
}

/** Everything in `.slides` that could run code or load something it should not. */
function offences(tree: Root): string[] {
  const found: string[] = []
  let slides: Element | undefined
  visit(tree, 'element', (node: Element) => {
    if (Array.isArray(node.properties.className) && node.properties.className.includes('slides')) slides = node
  })
  assert.ok(slides, 'the deck has .slides')
  visit(slides, 'element', (node: Element) => {
    if (forbiddenTags.has(node.tagName)) found.push(`<${node.tagName}>`)
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`)
      if (name === 'style' || name === 'srcDoc') found.push(`${node.tagName}[${name}]`)
      if (urlProperties.includes(name)) {
        const url = String(value).replace(/[\u0000-\u0020]/g, '').toLowerCase()
        if (/^(?:javascript|vbscript|data):/.test(url)) found.push(`${node.tagName}[${name}=${String(value)}]`)
      }
    }
  })
  return found
}

/** Scripts of the whole document: only Lectern's own. */
function scripts(tree: Root): string[] {
  const found: string[] = []
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'script') return
    const src = node.properties.src
    found.push(src ? String(src) : (node.children[0] as { value?: string } | undefined)?.value?.slice(0, 18) ?? '')
  })
  return found
}

const lecternScripts = ['assets/reveal/reveal.js', 'assets/reveal/plugin/notes.js', 'assets/lectern/fit.js', 'Reveal.initialize(']

describe('security', () => {
  it('should sanitise raw HTML with --safe, for .txt and for standard input', async () => {
    const dir = await tempDir('lectern-security-')
    await writeFile(path.join(dir, 'article.md'), `# Payloads\n\n## Raw HTML\n${payloads}`)
    await writeFile(path.join(dir, 'article.txt'), `Payloads\n\nRaw HTML\n${payloads}`)

    const runs = [
      { label: '.md --safe', args: ['build', 'article.md', '--safe', '-o', 'safe'], html: 'safe/article.html' },
      { label: '.txt', args: ['build', 'article.txt', '-o', 'text'], html: 'text/article.html' },
      { label: 'stdin', args: ['build', '-', '-o', 'stdin'], input: payloads, html: 'stdin/stdin.html' },
      { label: 'stdin --format markdown', args: ['build', '-', '--format', 'markdown', '-o', 'stdin-md'], input: `# Payloads\n${payloads}`, html: 'stdin-md/stdin.html' }
    ]
    for (const run of runs) {
      const result = await runMain(run.args, { cwd: dir, input: run.input })
      assert.equal(result.code, 0, `${run.label}: ${result.stderr}`)
      const tree = await parseDeck(await readFile(path.join(dir, run.html), 'utf8'))
      assert.deepEqual(offences(tree), [], `${run.label}: nothing that runs code survives`)
      assert.deepEqual(scripts(tree), lecternScripts, `${run.label}: only Lectern's scripts`)
    }

    // What sanitising keeps: reveal's classes and slide attributes that run nothing.
    const safe = await readFile(path.join(dir, 'safe/article.html'), 'utf8')
    assert.match(safe, /<p class="fragment">A paragraph<\/p>/)
    assert.match(safe, /<section data-state="kept"[^>]*data-source-line="\d+">\s*<h2>Attribute comments<\/h2>/)

    // The detector works: a Markdown file without --safe is trusted and keeps its HTML.
    const trusted = await runMain(['build', 'article.md', '-o', 'trusted'], { cwd: dir })
    assert.equal(trusted.code, 0, trusted.stderr)
    const found = offences(await parseDeck(await readFile(path.join(dir, 'trusted/article.html'), 'utf8')))
    for (const expected of ['<script>', 'img[onError]', '<iframe>', 'section[onClick]', 'p[onMouseOver]']) {
      assert.ok(found.includes(expected), `without --safe the deck keeps ${expected}`)
    }
  })

  it('should run none of the payloads while printing a sanitised deck', async () => {
    const dir = await tempDir('lectern-security-')
    await writeFile(path.join(dir, 'article.md'), `# Payloads\n\n## Raw HTML\n${payloads}`)
    const result = await runMain(['build', 'article.md', '--safe', '--pdf', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /wrote out\/article\.pdf/)
    assert.doesNotMatch(result.stderr, /pwned/, 'no payload ran (each would have requested pwned.example)')

    // The detector works: trusted (no --safe), the payloads run and their requests are blocked and reported.
    // (Without the <base>, <meta refresh> and <form> lines, which would take the page away.)
    const trusted = payloads
      .split('\n')
      .filter((line) => !/<base|<meta|<form/.test(line))
      .join('\n')
    await writeFile(path.join(dir, 'trusted.md'), `# Payloads\n\n## Raw HTML\n${trusted}`)
    const control = await runMain(['build', 'trusted.md', '--pdf', '-o', 'out'], { cwd: dir })
    assert.equal(control.code, 0, control.stderr)
    assert.match(control.stderr, /Blocked a request outside the deck while printing: http:\/\/pwned\.example\/1\s/)
    assert.match(control.stderr, /Blocked a request outside the deck while printing: http:\/\/pwned\.example\/2\s/)
  })

  it('should block and report every request outside the deck while printing and checking', async () => {
    const dir = await tempDir('lectern-security-')
    await writeFile(path.join(dir, 'outside.png'), Buffer.from('89504e470d0a1a0a', 'hex'))
    // Markdown files are trusted (no --safe): raw HTML reaches the page, and only the request guard stands.
    await writeFile(
      path.join(dir, 'reach.md'),
      [
        '## Reaching out',
        '',
        '![remote](https://example.com/remote.png)',
        '',
        '<link rel="stylesheet" href="http://example.com/style.css">',
        '<script src="http://example.com/script.js"></script>',
        '<img src="file:///etc/hostname" alt="a local file">',
        '<iframe src="file:///etc/hosts"></iframe>',
        '<img src="../outside.png" alt="beside the output folder">',
        '<div style="background-image: url(http://example.com/background.png); height: 10px"></div>',
        '<style>@import url("http://example.com/import.css");</style>',
        "<script>fetch('http://example.com/fetch').catch(() => {})</script>",
        ''
      ].join('\n')
    )
    const outside = [
      'https://example.com/remote.png',
      'http://example.com/style.css',
      'http://example.com/script.js',
      'file:///etc/hostname',
      'file:///etc/hosts',
      `file://${dir}/outside.png`,
      'http://example.com/background.png',
      'http://example.com/import.css',
      'http://example.com/fetch'
    ]

    const result = await runMain(['build', 'reach.md', '--pdf', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /wrote out\/reach\.pdf/)
    const reported = [...result.stderr.matchAll(/Blocked a request outside the deck while printing: (\S+)/g)].map((match) => match[1])
    assert.deepEqual(reported.sort(), [...outside].sort())

    // Checked in the run's browser (offline as Lectern's own).
    const session = await testBrowser()
    try {
      const [layout] = await checkLayout([path.join(dir, 'out', 'reach.html')], { browser: session.browser })
      assert.deepEqual([...layout!.blockedRequests].sort(), [...outside].sort())
    } finally {
      await session.close()
    }
  })

  it('should let no request leave the browser while printing: WebSocket, worker, popup, beacon, event stream, dialog', async () => {
    const hits: string[] = []
    const listener = createServer((request, response) => {
      hits.push(`${request.method} ${request.url}`)
      response.end('reached')
    })
    listener.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
      hits.push(`upgrade ${request.url}`)
      socket.destroy()
    })
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    const port = (listener.address() as AddressInfo).port
    const target = `http://127.0.0.1:${port}`
    try {
      const dir = await tempDir('lectern-security-')
      // A trusted Markdown deck: its scripts run; only the print guard stands between them and the listener.
      const script = [
        `new WebSocket('ws://127.0.0.1:${port}/socket')`,
        `new Worker(URL.createObjectURL(new Blob(["fetch('${target}/worker')"], { type: 'text/javascript' })))`,
        `window.open('${target}/popup')`,
        `Object.assign(document.body.appendChild(document.createElement('a')), { href: '${target}/tab', target: '_blank' }).click()`,
        `navigator.sendBeacon('${target}/beacon', 'x')`,
        `new EventSource('${target}/events')`,
        `fetch('${target}/fetch')`,
        `alert('stalls the print unless dismissed')`
      ].map((line) => `try { ${line} } catch (error) {}`)
      await writeFile(path.join(dir, 'escape.md'), `# Escape\n\n## Reaching out\n\n<script>\n${script.join('\n')}\n</script>\n\n## Second\n\nText.\n`)
      const result = await runCli(['build', 'escape.md', '--pdf', '-o', 'out', '--timeout', '15000'], { cwd: dir, timeout: 60_000 })
      assert.equal(result.code, 0, result.stderr)
      assert.match(result.stderr, /wrote out\/escape\.pdf/)
      // Give a late request the time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300))
      assert.deepEqual(hits, [], 'nothing reached the listener')
      assert.match(result.stderr, /Blocked a request outside the deck while printing: ws:\/\/127\.0\.0\.1/)
      assert.match(result.stderr, new RegExp(`Blocked a request outside the deck while printing: ${target}/popup`))
    } finally {
      listener.close()
    }
  })
})
