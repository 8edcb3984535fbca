/**
 * `lectern serve`: an HTTP server on 127.0.0.1 that serves every deck from
 * memory exactly as `lectern build` would write it, rebuilds what a save
 * changed, and reloads open tabs on the same slide. Only the decks, their
 * assets and Lectern's own assets are served; any other path is refused.
 */
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { isIP } from 'node:net'
import { hostname } from 'node:os'
import path from 'node:path'
import type { ThemeMeasurer } from '../theme/deck-metrics.js'
import type { DiagramRenderer } from '../mermaid/mermaid-blocks.js'
import { DeckStore } from './deck-store.js'
import { LecternError, expectArgument } from '../errors.js'
import { failedDeckPage, indexPage } from './index-page.js'
import { expandInputs, sourceExtensions, type DeckSource } from '../read/inputs.js'
import { lecternAssets } from '../package-paths.js'
import { contentTypeOf } from '../read/media-types.js'
import { openToRead } from '../read/read-policy.js'
import type { ThemeResolver } from '../html/render.js'
import type { DeckConfig } from '../types.js'
import { watchFiles, type FileWatcher } from './watch-files.js'
import type { VFile } from 'vfile'

/** Options of {@link serve}. */
export interface ServeOptions {
  /** Files and folders to serve; default `slides`. */
  inputs?: readonly string[] | undefined
  /** Project folder; default `process.cwd()`. */
  cwd?: string | undefined
  /** Host to listen on; default `127.0.0.1`. */
  host?: string | undefined
  /** Port; default 4321. `0` picks a free port. */
  port?: number | undefined
  /** Whether the port was asked for: then a busy port is an error instead of trying the next one. */
  strictPort?: boolean | undefined
  /** Settings that win over front matter. */
  overrides?: Partial<DeckConfig> | undefined
  /** Theme resolver. */
  resolveTheme?: ThemeResolver | undefined
  /** Measures a theme without committed measurements, for article mode's fit; default none (a cautious fallback, with a warning). */
  measureTheme?: ThemeMeasurer | undefined
  /** Draws Mermaid diagrams; default none: they stay code blocks. */
  renderDiagrams?: DiagramRenderer | undefined
  /** Watch the files and reload; default true. */
  watch?: boolean | undefined
  /** Watch by polling (where file system events do not arrive); default false. */
  poll?: boolean | undefined
  /** Called after each build (for the terminal). */
  onBuild?: ((name: string, result: { file?: VFile; error?: LecternError }) => void) | undefined
}

/** A running dev server. */
export interface DevServer {
  /** `http://host:port/`. */
  url: string
  /** The port it listens on. */
  port: number
  /** The decks in memory. */
  store: DeckStore
  /** Rebuild after a change to `file` (what the watcher calls); resolves when done. */
  changed(file: string): Promise<void>
  /** Stop watching, close connections and the server. */
  close(): Promise<void>
}

const clientPath = '/__lectern/live-reload.js'
const eventsPath = '/__lectern/events'

/**
 * Start the dev server.
 *
 * @param options Inputs, host, port, overrides.
 * @throws LecternError `port-in-use` when the port is taken (with `strictPort`), `input` for bad inputs.
 */
export async function serve(options: ServeOptions = {}): Promise<DevServer> {
  expectArgument(typeof options === 'object' && options !== null && !Array.isArray(options), 'serve(options)', 'an options object { inputs, cwd, port… }', options)
  expectArgument(options.inputs === undefined || (Array.isArray(options.inputs) && options.inputs.every((input) => typeof input === 'string')), 'serve options.inputs', 'an array of paths (strings)', options.inputs)
  const cwd = options.cwd ?? process.cwd()
  const inputs = options.inputs && options.inputs.length > 0 ? options.inputs : ['slides']
  const clients = new Map<ServerResponse, string>()
  const store = new DeckStore({
    cwd,
    overrides: options.overrides,
    resolveTheme: options.resolveTheme,
    measureTheme: options.measureTheme,
    renderDiagrams: options.renderDiagrams,
    extraScripts: [clientPath],
    onBuild: options.onBuild
  })

  for (const source of await expandInputs(inputs, cwd)) await store.build(source)

  const send = (deck: string, event: string, data: unknown) => {
    for (const [response, name] of clients) {
      if (name === deck) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
    }
  }

  // A change to the deck's own source is swapped into open pages; a theme, stylesheet or
  // image changed under the same URL needs a full reload so the browser fetches it again.
  const rebuild = async (name: string, full: boolean) => {
    const deck = store.decks.get(name)
    if (!deck) return
    if (await store.build(deck.source)) send(name, 'reload', { version: store.decks.get(name)?.version, full })
    else send(name, 'error-report', { message: deck.error?.toString() ?? 'build failed' })
  }

  const changed = async (file: string): Promise<void> => {
    const absolute = path.resolve(cwd, file)
    let names = store.dependents(absolute)
    const themesDir = path.join(cwd, 'themes') + path.sep
    if (names.length === 0 && (absolute.startsWith(themesDir) || absolute.endsWith('.css'))) names = [...store.decks.keys()]
    if (names.length === 0 && isSourceFile(absolute)) {
      const source = await newSource(absolute, cwd)
      if (source) names = [source.name]
      if (source) await store.build(source)
      return
    }
    await Promise.all(names.map((name) => rebuild(name, path.resolve(cwd, store.decks.get(name)!.source.path) !== absolute)))
  }

  const listenHost = options.host ?? '127.0.0.1'
  const server = createServer((request, response) => {
    // DNS rebinding: a web page the user visits may point its own name at 127.0.0.1; refuse any Host but ours.
    if (!isOwnHost(request.headers.host, listenHost)) return end(response, 421, 'Unknown host: open the server by its address')
    handle(request, response, store, clients).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  const port = await listen(server, options.host ?? '127.0.0.1', options.port ?? 4321, options.strictPort ?? false)
  const host = options.host ?? '127.0.0.1'

  let watcher: FileWatcher | undefined
  if (options.watch !== false) {
    const targets = [...inputs.map((input) => path.resolve(cwd, input)), path.join(cwd, 'themes')]
    for (const deck of store.decks.values()) targets.push(...deck.dependencies)
    watcher = await watchFiles(targets, (file) => {
      void changed(file).then(async () => {
        // Watch what a rebuild newly depends on (a new image).
        for (const deck of store.decks.values()) for (const dependency of deck.dependencies) await watcher?.add(dependency)
      })
    }, { poll: options.poll })
  }

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    store,
    changed,
    async close() {
      await watcher?.close()
      for (const response of clients.keys()) response.end()
      clients.clear()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
    }
  }
}

/**
 * Whether a request's `Host` names this server: `localhost`, an IP address,
 * or the host it listens on (and the machine's name when it listens on
 * every interface). Any other name is a page elsewhere reaching in through
 * DNS rebinding.
 *
 * @param header The `Host` header.
 * @param listenHost The host the server listens on.
 */
export function isOwnHost(header: string | undefined, listenHost: string): boolean {
  if (!header) return false
  let name: string
  try {
    name = new URL(`http://${header}`).hostname.toLowerCase().replace(/^\[|\]$/g, '')
  } catch {
    return false
  }
  if (name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0) return true
  const listen = listenHost.toLowerCase().replace(/^\[|\]$/g, '')
  if (name === listen) return true
  return (listen === '0.0.0.0' || listen === '::') && name === hostname().toLowerCase()
}

function isSourceFile(file: string): boolean {
  return (sourceExtensions as readonly string[]).includes(path.extname(file).toLowerCase()) && path.basename(file).toLowerCase() !== 'readme.md'
}

async function newSource(file: string, cwd: string): Promise<DeckSource | undefined> {
  try {
    const [source] = await expandInputs([path.relative(cwd, file)], cwd)
    return source
  } catch {
    return undefined
  }
}

async function listen(server: Server, host: string, port: number, strict: boolean): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(candidate, host, () => {
          server.off('error', reject)
          resolve()
        })
      })
      const address = server.address()
      return typeof address === 'object' && address ? address.port : candidate
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EADDRINUSE' || strict || port === 0) {
        throw new LecternError(
          code === 'EADDRINUSE'
            ? `Port ${candidate} on ${host} is already in use; pick another with --port`
            : `Cannot listen on ${host}:${candidate}: ${code ?? String(error)}`,
          { code: code === 'EADDRINUSE' ? 'port-in-use' : 'usage', cause: error }
        )
      }
    }
  }
  throw new LecternError(`Ports ${port} to ${port + 19} on ${host} are all in use; pick another with --port`, { code: 'port-in-use' })
}

async function handle(request: IncomingMessage, response: ServerResponse, store: DeckStore, clients: Map<ServerResponse, string>): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return end(response, 405, 'Method not allowed')
  const url = new URL(request.url ?? '/', 'http://localhost')
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return end(response, 400, 'Bad request')
  }
  if (pathname.split(/[/\\]/).includes('..') || pathname.includes('\0') || pathname.includes('\\')) return end(response, 403, 'Forbidden')

  // A deck named `index` is at /index.html; the list of decks stays at /.
  if (pathname === '/' || (pathname === '/index.html' && !store.decks.has('index'))) {
    const entries = [...store.decks.values()].map((deck) => ({ name: deck.source.name, title: deck.title, slides: deck.slides, error: deck.error?.message }))
    return send(response, 200, 'index.html', indexPage(entries))
  }
  if (pathname === eventsPath) {
    const deck = url.searchParams.get('deck') ?? ''
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
    response.write(': connected\n\n')
    clients.set(response, deck)
    const stored = store.decks.get(deck)
    // A page that shows an older build than the last good one missed a reload while it was loading.
    if (stored?.html !== undefined && String(stored.version) !== url.searchParams.get('version')) {
      response.write(`event: reload\ndata: ${JSON.stringify({ version: stored.version })}\n\n`)
    }
    if (stored?.error) response.write(`event: error-report\ndata: ${JSON.stringify({ message: stored.error.toString() })}\n\n`)
    request.on('close', () => clients.delete(response))
    return
  }
  if (pathname === clientPath) return send(response, 200, 'live-reload.js', await readFile(path.join(lecternAssets, 'live-reload.js')))

  const deckMatch = /^\/([^/]+)\.html$/.exec(pathname)
  if (deckMatch) {
    const deck = store.decks.get(deckMatch[1]!)
    if (!deck) return end(response, 404, 'Not found')
    if (deck.html === undefined) {
      return send(response, 500, 'failed.html', failedDeckPage(clientPath))
    }
    return send(response, 200, 'deck.html', deck.html)
  }

  const asset = store.asset(pathname.slice(1))
  if (!asset) return end(response, 404, 'Not found')
  if (asset.content !== undefined) return send(response, 200, pathname, asset.content)
  // A file the document named is checked again on the file opened: one swapped for a link since the build is refused.
  const handle = asset.rule ? await openToRead(asset.from!, asset.rule).catch(() => undefined) : undefined
  if (asset.rule && !handle) return end(response, 404, 'Not found')
  response.writeHead(200, { 'content-type': contentTypeOf(pathname), 'cache-control': 'no-cache' })
  if (request.method === 'HEAD') {
    await handle?.close()
    return void response.end()
  }
  const stream = handle ? handle.createReadStream() : createReadStream(asset.from!)
  stream.on('error', () => response.destroy()).pipe(response)
}

/** Answer with `body`, typed by the extension of `name`. */
function send(response: ServerResponse, status: number, name: string, body: string | Uint8Array): void {
  response.writeHead(status, { 'content-type': contentTypeOf(name), 'cache-control': 'no-store' })
  response.end(body)
}

function end(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  response.end(`${text}\n`)
}
