/**
 * Document information as an incremental update: the original bytes stay,
 * the new Info dictionary wins, any script survives, and a PDF laid out
 * differently falls back to pdf-lib.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PDFDocument } from 'pdf-lib'
import { pdfString, stampPdfMetadata } from '../../src/print/pdf-metadata.js'

/** A one-page PDF with a classic cross-reference table, as Chromium writes them. */
function classicPdf(): Uint8Array {
  const objects = [
    '<</Title (Old title) /Producer (Skia/PDF m156)>>',
    '<</Type /Catalog /Pages 3 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 200 100]>>'
  ]
  let text = '%PDF-1.7\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(text.length)
    text += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = text.length
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(text)
}

describe('stampPdfMetadata', () => {
  it('should append the information without rewriting the PDF', async () => {
    const original = classicPdf()
    const stamped = await stampPdfMetadata(original, { title: 'Café Ελληνικά 你好', author: 'Ada (A.) Lovelace', subject: 'Talks', keywords: ['a', 'b'] })
    assert.equal(stamped.pages, 1)
    assert.deepEqual(stamped.bytes.subarray(0, original.length), original, 'the original bytes are a prefix')
    const document = await PDFDocument.load(stamped.bytes, { updateMetadata: false })
    assert.equal(document.getTitle(), 'Café Ελληνικά 你好')
    assert.equal(document.getAuthor(), 'Ada (A.) Lovelace')
    assert.equal(document.getSubject(), 'Talks')
    assert.equal(document.getKeywords(), 'a, b')
    assert.equal(document.getCreator(), 'Lectern')
    assert.equal(document.getProducer(), 'Skia/PDF m156', 'entries not set are kept')
    assert.equal(document.getPageCount(), 1)
  })

  it('should keep the title Chromium set when none is given', async () => {
    const document = await PDFDocument.load((await stampPdfMetadata(classicPdf(), {})).bytes, { updateMetadata: false })
    assert.equal(document.getTitle(), 'Old title')
    assert.equal(document.getCreator(), 'Lectern')
  })

  it('should fall back to pdf-lib for a PDF with a cross-reference stream', async () => {
    const document = await PDFDocument.create()
    document.addPage()
    const compressed = await document.save({ useObjectStreams: true })
    const stamped = await stampPdfMetadata(compressed, { author: 'Someone' })
    assert.equal(stamped.pages, 1)
    assert.equal((await PDFDocument.load(stamped.bytes)).getAuthor(), 'Someone')
  })

  it('should write ASCII as a literal string and anything else as UTF-16', () => {
    assert.equal(pdfString('a (b) \\ c'), '(a \\(b\\) \\\\ c)')
    assert.equal(pdfString('é'), '<FEFF00E9>')
  })
})
