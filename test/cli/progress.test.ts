import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { describe, it } from 'node:test'
import { createProgress } from '../../src/cli/progress.js'

/** A stream that keeps what is written. */
function sink(isTTY: boolean): Writable & { text: string; isTTY: boolean; columns: number } {
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      stream.text += String(chunk)
      callback()
    }
  }) as Writable & { text: string; isTTY: boolean; columns: number }
  stream.text = ''
  stream.isTTY = isTTY
  stream.columns = 80
  return stream
}

describe('createProgress', () => {
  it('should print one plain line per finished item when not on a terminal', () => {
    const stream = sink(false)
    const progress = createProgress({ stream })
    progress.report({ status: 'start', label: 'a.pdf', done: 0, total: 2 })
    progress.report({ status: 'ok', label: 'a.pdf', done: 1, total: 2 })
    progress.report({ status: 'failed', label: 'b.pdf', done: 2, total: 2, message: 'timed out' })
    progress.finish()
    assert.equal(stream.text, '[1/2] ok a.pdf\n[2/2] failed b.pdf: timed out\n')
  })

  it('should redraw a bar on a terminal and print failures above it', () => {
    const stream = sink(true)
    const progress = createProgress({ stream, tty: true })
    progress.report({ status: 'start', label: 'a.pdf', done: 0, total: 2 })
    assert.match(stream.text, /^\[-+\] 0\/2 a\.pdf$/)
    progress.report({ status: 'failed', label: 'a.pdf', done: 1, total: 2, message: 'boom' })
    assert.match(stream.text, /\r\u001B\[2Kfailed a\.pdf: boom\n\[#+-+\] 1\/2$/)
    progress.finish()
    assert.ok(stream.text.endsWith('\r\u001B[2K'))
  })

  it('should print one line per written output, as given by okLine, above the bar, and leave failures to the caller', () => {
    for (const tty of [false, true]) {
      const stream = sink(tty)
      const progress = createProgress({ stream, tty, label: (label) => label.replace('/abs/', ''), okLine: (label) => `wrote ${label.replace('/abs/', '')}`, failedLines: false })
      progress.report({ status: 'start', label: '/abs/a.pdf', done: 0, total: 2 })
      progress.report({ status: 'ok', label: '/abs/a.pdf', done: 1, total: 2 })
      progress.report({ status: 'failed', label: '/abs/b.pdf', done: 2, total: 2, message: 'timed out' })
      progress.finish()
      const lines = stream.text.replace(/\r\u001B\[2K/g, '\n').split('\n').filter((line) => line && !line.startsWith('['))
      assert.deepEqual(lines, ['wrote a.pdf'], `tty: ${tty}`)
      if (tty) assert.match(stream.text, /^\[-+\] 0\/2 a\.pdf/, 'the bar shows the label')
    }
  })
})
