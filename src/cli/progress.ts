/**
 * Progress of a batch on stderr: a redrawn bar on a terminal, one plain line
 * per finished item elsewhere (CI logs, pipes), so stdout stays free.
 */

/** One step of a batch. */
export interface ProgressEvent {
  /** `start`: an item began; `ok`/`failed`: it ended. */
  status: 'start' | 'ok' | 'failed'
  /** What the item is, for example the output path. */
  label: string
  /** Items ended so far (after this event). */
  done: number
  /** Items in the batch. */
  total: number
  /** Why it failed, or a note. */
  message?: string | undefined
}

/** A progress display. */
export interface Progress {
  /** Show one event. Bound: pass it around as a callback. */
  report: (event: ProgressEvent) => void
  /** End the display (clear the bar). */
  finish: () => void
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Stream to write to; default `process.stderr`. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** Draw a bar; default: whether `stream` is a terminal and `CI` is not set. */
  tty?: boolean | undefined
  /** How an item is shown (a path relative to the working folder); default as given. */
  label?: ((label: string) => string) | undefined
  /** The line printed for an item that ended well (`wrote dist/talk.pdf`), given its label and note; default `[n/N] ok LABEL`, and no line on a terminal. */
  okLine?: ((label: string, note: string | undefined) => string) | undefined
  /** Print a line for a failed item; default true (false when the caller prints the error itself). */
  failedLines?: boolean | undefined
}

/**
 * Create a progress display.
 *
 * @param options Stream (default stderr) and whether to draw a bar (default: on a terminal outside CI).
 */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr
  const tty = options.tty ?? (Boolean((stream as { isTTY?: boolean }).isTTY) && !process.env.CI)
  const running = new Set<string>()
  let last: ProgressEvent | undefined
  let drawn = false

  const clear = (): void => {
    if (drawn) stream.write('\r\u001B[2K')
    drawn = false
  }
  const draw = (): void => {
    if (!last) return
    const columns = (stream as { columns?: number }).columns ?? 80
    const counter = `${last.done}/${last.total}`
    const width = Math.max(10, Math.min(30, columns - counter.length - 20))
    const filled = last.total === 0 ? width : Math.round((last.done / last.total) * width)
    const current = [...running].join(', ')
    let line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counter}${current ? ' ' + current : ''}`
    if (line.length > columns - 1) line = line.slice(0, Math.max(columns - 2, 1)) + '…'
    clear()
    stream.write(line)
    drawn = true
  }

  const failedLines = options.failedLines ?? true
  const report = (given: ProgressEvent): void => {
    const event = options.label ? { ...given, label: options.label(given.label) } : given
    last = event
    if (event.status === 'start') running.add(event.label)
    else running.delete(event.label)

    const ended = event.status === 'ok' ? 'ok' : event.status === 'failed' ? 'failed' : undefined
    if (event.status === 'ok' && options.okLine) {
      clear()
      stream.write(`${options.okLine(given.label, given.message)}\n`)
      if (tty) draw()
      return
    }
    if (event.status === 'failed' && !failedLines) {
      if (tty) draw()
      return
    }
    if (tty) {
      if (event.status === 'failed') {
        clear()
        stream.write(`failed ${event.label}${event.message ? `: ${event.message}` : ''}\n`)
      }
      draw()
    } else if (ended) {
      stream.write(
        `[${event.done}/${event.total}] ${ended} ${event.label}${event.message ? `: ${event.message}` : ''}\n`
      )
    }
  }

  const finish = (): void => {
    if (tty) {
      clear()
    }
  }

  return { report, finish }
}
