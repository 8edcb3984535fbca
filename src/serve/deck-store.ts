/**
 * The dev server's memory: every deck rendered as `lectern build` would
 * write it, the assets it needs, and which files each deck depends on, so a
 * save rebuilds only what changed. A failed rebuild keeps the last good deck.
 */
import path from 'node:path'
import { buildDeck } from '../write/build.js'
import type { ThemeMeasurer } from '../theme/deck-metrics.js'
import type { DiagramRenderer } from '../mermaid/mermaid-blocks.js'
import { LecternError } from '../errors.js'
import type { DeckSource } from '../read/inputs.js'
import type { ReadRule } from '../read/read-policy.js'
import type { ThemeResolver } from '../html/render.js'
import type { DeckConfig } from '../types.js'
import type { VFile } from 'vfile'

/** A deck held in memory. */
export interface StoredDeck {
  /** Its source. */
  source: DeckSource
  /** The last good HTML. */
  html?: string | undefined
  /** Title of the last good build. */
  title: string
  /** Slide count of the last good build. */
  slides: number
  /** Number of the last good build; the page knows the version it shows. */
  version: number
  /** The error of the last build, when it failed. */
  error?: LecternError | undefined
  /** Absolute paths the deck was built from (source, media, theme files). */
  dependencies: Set<string>
  /** The assets of the last good build, by path relative to the deck: nothing a later build dropped stays served. */
  assets: Map<string, StoredAsset>
}

/** An asset served at `/to`: a file on disk or generated content. */
export interface StoredAsset {
  /** Absolute path of the file to serve. */
  from?: string | undefined
  /** Generated content. */
  content?: string | undefined
  /** For a file the document named: the rule it is read under, checked again on every request (`read-policy.ts`). */
  rule?: ReadRule | undefined
}

/** Options of {@link DeckStore}. */
export interface DeckStoreOptions {
  /** Project folder. */
  cwd: string
  /** Settings that win over front matter. */
  overrides?: Partial<DeckConfig> | undefined
  /** Theme resolver. */
  resolveTheme?: ThemeResolver | undefined
  /** Measures a theme without committed measurements; default none. */
  measureTheme?: ThemeMeasurer | undefined
  /** Draws Mermaid diagrams; default none. */
  renderDiagrams?: DiagramRenderer | undefined
  /** Script srcs added to every deck. */
  extraScripts?: readonly string[] | undefined
  /** Called after each build with its file (warnings) or error. */
  onBuild?: ((name: string, result: { file?: VFile; error?: LecternError }) => void) | undefined
}

/** Decks and assets in memory. */
export class DeckStore {
  /** Decks by output name. */
  readonly decks = new Map<string, StoredDeck>()
  readonly #options: DeckStoreOptions
  #builds = 0

  /** @param options Project folder, overrides, resolver and callback. */
  constructor(options: DeckStoreOptions) {
    this.#options = options
  }

  /**
   * Build (or rebuild) a deck. On failure the last good HTML stays.
   *
   * @param source The deck's source.
   * @returns Whether the build succeeded.
   */
  async build(source: DeckSource): Promise<boolean> {
    const { cwd } = this.#options
    const stored: StoredDeck = this.decks.get(source.name) ?? { source, title: source.name, slides: 0, version: 0, dependencies: new Set(), assets: new Map() }
    const version = ++this.#builds
    this.decks.set(source.name, stored)
    stored.dependencies.add(path.resolve(cwd, source.path))
    try {
      const built = await buildDeck(source, {
        cwd,
        overrides: this.#options.overrides,
        resolveTheme: this.#options.resolveTheme,
        measureTheme: this.#options.measureTheme,
        renderDiagrams: this.#options.renderDiagrams,
        extraScripts: this.#options.extraScripts?.map((src) => `${src}?version=${version}`),
        writeHtml: false
      })
      const { rendered } = built
      const assets = new Map<string, StoredAsset>()
      for (const asset of [...rendered.assets, ...built.media]) assets.set(asset.to, { from: asset.from, rule: asset.rule })
      for (const asset of rendered.generated) assets.set(asset.to, { content: asset.content })
      stored.assets = assets
      stored.dependencies = new Set([
        path.resolve(cwd, source.path),
        ...rendered.deck.media.map((media) => media.from),
        ...rendered.assets.map((asset) => asset.from).filter((from) => !from.includes(`${path.sep}node_modules${path.sep}`))
      ])
      stored.html = rendered.html
      stored.title = rendered.deck.config.title ?? source.name
      stored.slides = rendered.deck.slideCount
      stored.error = undefined
      stored.version = version
      this.#options.onBuild?.(source.name, { file: rendered.file })
      return true
    } catch (error) {
      stored.error = error instanceof LecternError ? error : new LecternError(String((error as Error)?.message ?? error), { code: 'input', file: source.path, cause: error })
      this.#options.onBuild?.(source.name, { error: stored.error })
      return false
    }
  }

  /**
   * Names of the decks that depend on a file.
   *
   * @param file Absolute path of a changed file.
   */
  dependents(file: string): string[] {
    return [...this.decks.values()].filter((deck) => deck.dependencies.has(file)).map((deck) => deck.source.name)
  }

  /**
   * The asset served at `to` (a path relative to the decks), from the last
   * good build of any deck that uses it.
   *
   * @param to Path such as `assets/reveal/reveal.js`.
   */
  asset(to: string): StoredAsset | undefined {
    for (const deck of this.decks.values()) {
      const asset = deck.assets.get(to)
      if (asset) return asset
    }
    return undefined
  }

  /** Forget a deck whose source was removed. */
  remove(name: string): void {
    this.decks.delete(name)
  }
}
