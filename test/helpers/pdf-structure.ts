/**
 * Reading a PDF's structure in tests with pdf-lib: bookmarks and link URIs.
 */
import { readFile } from 'node:fs/promises'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

/** Text of a PDF string object. */
function text(value: unknown): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : ''
}

/** Titles of the bookmarks (outline), depth-first, indented by two spaces per level. */
export async function outlineTitles(pdfPath: string): Promise<string[]> {
  const document = await PDFDocument.load(await readFile(pdfPath))
  const titles: string[] = []
  const walk = (item: PDFDict | undefined, depth: number): void => {
    while (item) {
      titles.push('  '.repeat(depth) + text(item.lookup(PDFName.of('Title'))))
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1)
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
  }
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0)
  return titles
}

/** URIs of the link annotations on each page (index 0 = page 1). */
export async function linkUris(pdfPath: string): Promise<string[][]> {
  const document = await PDFDocument.load(await readFile(pdfPath))
  return document.getPages().map((page) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    const uris: string[] = []
    for (let index = 0; index < (annotations?.size() ?? 0); index++) {
      const annotation = annotations!.lookup(index, PDFDict)
      const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = text(action?.lookup(PDFName.of('URI')))
      if (uri) uris.push(uri)
    }
    return uris
  })
}
