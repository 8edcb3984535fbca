/**
 * The files a theme brings: its stylesheet, and every stylesheet, font and
 * image that stylesheet refers to, each at its place relative to the copy;
 * a theme the document names may bring only files the read policy allows.
 */
import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { LecternError } from '../errors.js'
import { checkRead, describeRefusal, type ReadRule } from '../read/read-policy.js'
import { cssReferences } from './theme-css.js'
import { fontsDir, fontsourceFile } from './theme-fonts.js'

/** A file the deck builder copies: absolute `from`, `to` relative to `dist/`. */
export interface ThemeFile {
  /** Absolute source path. */
  from: string
  /** Destination relative to `dist/` (POSIX separators). */
  to: string
  /** For a file the document named (not one shipped with Lectern): the rule it is read under when copied or served. */
  rule?: ReadRule | undefined
}

/**
 * Add to `files` the stylesheet at `cssPath` (copied to `to`) and every
 * local file it refers to with `url()` or `@import`, at the same place
 * relative to `to`. A `../../fonts/PKG/FILE` reference that is not beside
 * the stylesheet comes from the installed `@fontsource/PKG` package.
 *
 * A theme the document names (`rule` given) may refer only to stylesheets,
 * fonts and images inside the project (see `read-policy.ts`).
 *
 * @throws {LecternError} On a remote URL, a missing file, a path that leaves the deck, or a file the rule refuses.
 */
export async function collectAssets(cssPath: string, to: string, files: ThemeFile[], seen: string[], rule?: ReadRule): Promise<void> {
  if (seen.includes(cssPath)) return
  seen.push(cssPath)
  const css = await readFile(cssPath, 'utf8')
  addFile(files, { from: cssPath, to, rule: rule && { ...rule, kind: 'stylesheet' } })
  for (const ref of cssReferences(css, cssPath)) {
    const fail = (message: string) => new LecternError(message, { code: 'theme', file: cssPath })
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !/^data:/i.test(ref)) {
      throw fail(
        `Theme stylesheet loads \`${ref}\`, which needs a network; a deck must work offline: ` +
          'save the file beside the stylesheet and refer to it by a relative path'
      )
    }
    if (/^(?:data:|#)/i.test(ref) || ref === '') continue
    const clean = decodeURI(ref.replace(/[?#].*$/, ''))
    if (clean.startsWith('/')) throw fail(`Theme stylesheet refers to \`${ref}\`: use a path relative to the stylesheet`)
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(to), clean))
    if (target.startsWith('../') || target === '..') {
      throw fail(`Theme stylesheet refers to \`${ref}\`, which lands outside the deck folder`)
    }
    let from: string | undefined = path.resolve(path.dirname(cssPath), clean)
    if (!existsSync(from) || !statSync(from).isFile()) {
      const font = new RegExp(`^${fontsDir}/([a-z0-9-]+)/([^/]+)$`).exec(target)
      from = font?.[1] && font[2] ? fontsourceFile(font[1], font[2]) : undefined
    }
    if (!from) throw fail(`Theme stylesheet refers to \`${ref}\`, but there is no such file`)
    // A font from an installed @fontsource package is Lectern's own; anything else the theme names obeys the rule.
    const own = rule && !from.startsWith(path.resolve(path.dirname(cssPath)) + path.sep) && fontsourceOwned(target, from)
    const assetRule = rule && !own ? ({ ...rule, kind: 'themeAsset' } as const) : undefined
    if (assetRule) {
      const decision = await checkRead(from, assetRule)
      if (decision.refused) throw fail(`Theme stylesheet refers to \`${ref}\`: ${describeRefusal(decision.refused, assetRule.kind)}`)
    }
    if (/\.css$/i.test(from)) await collectAssets(from, target, files, seen, assetRule)
    else addFile(files, { from, to: target, rule: assetRule })
  }
}

/** Whether `from` is the @fontsource file a `fonts/PKG/FILE` reference falls back to. */
function fontsourceOwned(target: string, from: string): boolean {
  const font = new RegExp(`^${fontsDir}/([a-z0-9-]+)/([^/]+)$`).exec(target)
  return Boolean(font?.[1] && font[2] && fontsourceFile(font[1], font[2]) === from)
}

/** Refuse a theme stylesheet the read policy refuses. */
export async function assertReadable(file: string, asWritten: string, rule: ReadRule, fail: (message: string) => Error): Promise<void> {
  const decision = await checkRead(file, rule)
  if (decision.refused) throw fail(`Not using theme \`${asWritten}\`: ${describeRefusal(decision.refused, rule.kind)}`)
}

/** Add a file once (by destination). */
export function addFile(files: ThemeFile[], file: ThemeFile): void {
  if (!files.some((f) => f.to === file.to)) files.push(file)
}
