/**
 * What a deck may read: the one place that decides whether a file a document
 * names (an image, a theme, a stylesheet, a logo, a font, a file a theme's
 * CSS refers to) may be copied into the output or served.
 *
 * A file may be read when its real path (after every symbolic link) is inside
 * one of the project's folders, it is a regular file, and its type is one
 * allowed for what it is used as (a theme is a `.css` file, a logo an image).
 * The check is made when the deck is built, and again when the file is
 * opened to be copied or served ({@link openToRead}), on the file actually
 * opened, so a file swapped for a symbolic link in between is refused too.
 */
import { constants } from 'node:fs'
import { open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { LecternError } from '../errors.js'

const imageTypes = ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif', '.bmp', '.ico']
const fontTypes = ['.woff2', '.woff', '.ttf', '.otf']

/** What a file is read as, and the types each use allows. */
export const readKinds = {
  /** A theme, or a stylesheet of the `css:` list. */
  stylesheet: ['.css'],
  /** An image on a slide or as a slide background; a background video. */
  media: [...imageTypes, '.mp4', '.webm', '.ogv', '.mov', '.m4v', '.mp3', '.ogg', '.wav'],
  /** A logo. */
  image: imageTypes,
  /** A font file of a theme variable. */
  font: fontTypes,
  /** A file a theme's CSS refers to: another stylesheet, a font, an image. */
  themeAsset: ['.css', ...fontTypes, ...imageTypes]
} as const satisfies Record<string, readonly string[]>

/** What a file is read as. */
export type ReadKind = keyof typeof readKinds

/** The rule a file is read under: its use, and the folders it must be in. */
export interface ReadRule {
  /** What the file is read as (decides the allowed types). */
  kind: ReadKind
  /** Absolute folders the file's real path must be inside (the project folder, the source's folder). */
  roots: readonly string[]
}

/** Why a file may not be read. */
export type ReadRefusal = 'missing' | 'outside' | 'type' | 'not-file'

/** The outcome of {@link checkRead}: the real path, or why not. */
export type ReadDecision = { real: string; refused?: undefined } | { real?: undefined; refused: ReadRefusal }

/**
 * Whether `file` is `root` or inside it (`root/..notes.png` is inside;
 * `root/../x` is not).
 *
 * @param file Absolute path.
 * @param root Absolute folder.
 */
export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/** The roots and their real paths (a project under a symbolic link stays itself). */
async function realRoots(roots: readonly string[]): Promise<string[]> {
  const real = await Promise.all(roots.map((root) => realpath(root).catch(() => path.resolve(root))))
  return [...new Set([...roots.map((root) => path.resolve(root)), ...real])]
}

/** Whether a real path, and the name it was asked for by, have an allowed type. */
function allowedType(names: readonly string[], kind: ReadKind): boolean {
  const types: readonly string[] = readKinds[kind]
  return names.every((name) => types.includes(path.extname(name).toLowerCase()))
}

/**
 * Decide whether `file` may be read under `rule`.
 *
 * @param file Absolute path as the document names it.
 * @param rule Its use and the allowed folders.
 */
export async function checkRead(file: string, rule: ReadRule): Promise<ReadDecision> {
  const real = await realpath(file).catch(() => undefined)
  const roots = await realRoots(rule.roots)
  // Outside first: a path that leads out of the project says so, whether or not the file exists.
  if (!roots.some((root) => isInside(real ?? path.resolve(file), root))) return { refused: 'outside' }
  if (!real) return { refused: 'missing' }
  if (!roots.some((root) => isInside(real, root))) return { refused: 'outside' }
  if (!allowedType([file, real], rule.kind)) return { refused: 'type' }
  const info = await stat(real).catch(() => undefined)
  if (!info?.isFile()) return { refused: info ? 'not-file' : 'missing' }
  return { real }
}

const typeWords: Readonly<Record<ReadKind, string>> = {
  stylesheet: 'a .css file',
  media: 'an image, video or audio file',
  image: 'an image (.png, .jpg, .gif, .svg, .webp…)',
  font: 'a font file (.woff2, .woff, .ttf, .otf)',
  themeAsset: 'a stylesheet, font or image'
}

/**
 * Words for a refusal, to follow "Not copying `x`: ".
 *
 * @param refusal Why.
 * @param kind What the file was read as.
 */
export function describeRefusal(refusal: ReadRefusal, kind: ReadKind): string {
  switch (refusal) {
    case 'missing':
      return 'no such file'
    case 'outside':
      return 'it is outside the project folder'
    case 'type':
      return `it is not ${typeWords[kind]}`
    case 'not-file':
      return 'it is not a regular file'
  }
}

/**
 * Open `file` to copy or serve it, checking the rule on the file actually
 * opened: its real path is read back from the open descriptor (on Linux), so
 * a file replaced by a symbolic link after the build is still refused.
 * Opening never blocks on a pipe.
 *
 * @param file Absolute path.
 * @param rule Its use and the allowed folders.
 * @returns An open handle; close it.
 * @throws {LecternError} `input` when the file may not be read.
 */
export async function openToRead(file: string, rule: ReadRule): Promise<FileHandle> {
  const refuse = (refusal: ReadRefusal, cause?: unknown) =>
    new LecternError(`Not reading \`${file}\`: ${describeRefusal(refusal, rule.kind)}`, { code: 'input', file, cause })
  const decision = await checkRead(file, rule)
  if (decision.refused) throw refuse(decision.refused)
  let handle: FileHandle
  try {
    handle = await open(decision.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    throw refuse('missing', error)
  }
  try {
    const opened = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => decision.real)
    const roots = await realRoots(rule.roots)
    if (!roots.some((root) => isInside(opened, root))) throw refuse('outside')
    if (!allowedType([opened], rule.kind)) throw refuse('type')
    if (!(await handle.stat()).isFile()) throw refuse('not-file')
    return handle
  } catch (error) {
    await handle.close()
    throw error
  }
}
