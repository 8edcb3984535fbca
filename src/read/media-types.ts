/**
 * What a file is by its name: the media type of a deck's files, for the dev
 * server's `content-type` and for the `data:` URLs of a one-file deck.
 */
import path from 'node:path'

const mediaTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav'
}

/**
 * The media type of a file by its extension (`application/octet-stream` when unknown).
 *
 * @param file A path or URL (a query or fragment is ignored).
 */
export function mediaTypeOf(file: string): string {
  return mediaTypes[path.posix.extname(file.replace(/[?#].*$/, '')).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The `content-type` header of a file: its media type, with `charset=utf-8` for the text ones Lectern writes.
 *
 * @param file A path or URL.
 */
export function contentTypeOf(file: string): string {
  const type = mediaTypeOf(file)
  return /^text\//.test(type) ? `${type}; charset=utf-8` : type
}
