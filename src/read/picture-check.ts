/**
 * Whether a local picture a deck names can be shown: a real image file
 * inside the project (the rule the builder copies media by). Article mode
 * asks before it lays out slides, so that a picture it cannot show goes to
 * the speaker notes instead of a broken image on a slide.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import { checkRead } from './read-policy.js'

/** Whether the picture at an absolute path can be shown in a deck built from `file`. */
export type PictureCheck = (absolute: string, file: VFile) => Promise<boolean>

/**
 * The folders a deck's media may come from: the working folder and the
 * source's own folder.
 *
 * @param file The source.
 */
export function mediaRoots(file: VFile): string[] {
  return [file.cwd, ...(file.dirname ? [path.resolve(file.cwd, file.dirname)] : [])]
}

/**
 * The builder's rule: an image file inside {@link mediaRoots}.
 *
 * @param absolute Absolute path of the picture.
 * @param file The source.
 */
export const pictureExists: PictureCheck = async (absolute, file) => {
  const decision = await checkRead(absolute, { kind: 'media', roots: mediaRoots(file) })
  return decision.refused === undefined
}
