/**
 * Recognise tables in plain text: a browser copies a table's rows as lines
 * with its cells separated by tabs (`Before⇥After`, `You were not very
 * clear.⇥We did not understand your message.`). Two or more lines in a row
 * with the same number of tab-separated cells (two or more) are a table; the
 * first is its header row.
 */
import type { SourceLine } from './lines.js'

/** A table found in the text. */
export interface TableRun {
  /** Index of its first line. */
  start: number
  /** Index after its last line. */
  end: number
  /** Its cells, row by row (the first row is the header). */
  rows: string[][]
}

/** The cells of a line copied from a table row, or `undefined` for a line without tabs. */
function cells(raw: string): string[] | undefined {
  if (!raw.includes('\t')) return undefined
  const parts = raw.split('\t').map((cell) => cell.trim())
  // (Indentation by tabs is no cell.)
  while (parts.length > 0 && parts[0] === '') parts.shift()
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  // ("*⇥Schools: 48 million euros": a list item's marker and a tab.)
  if (/^(?:[-*•·▪◦‣●○+]|\(?\d{1,3}[.)])$/.test(parts[0] ?? '')) return undefined
  return parts.length >= 2 && parts.every((cell) => cell !== '') ? parts : undefined
}

/**
 * The cells of a row that leaves some empty, as a table whose first column labels a group of rows is copied
 * (`XMRV⇥Forward outer⇥5′ CATT… 3′⇥411–4321` over `⇥Reverse outer⇥…`, under `Target⇥Sequence⇥⇥Location`): every
 * tab is a cell's edge, and two cells at least hold something.
 */
function looseCells(raw: string): string[] | undefined {
  if (!raw.includes('\t') || /^\s*(?:[-*•·▪◦‣●○+]|\(?\d{1,3}[.)])\t/.test(raw)) return undefined
  const parts = raw.split('\t').map((cell) => cell.trim())
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return parts.length >= 3 && parts.filter((cell) => cell !== '').length >= 2 ? parts : undefined
}

/** Whether a raw line is a table's row as {@link findTables} reads it: two tab-separated cells or more. */
export function isTableRow(raw: string): boolean {
  return cells(raw) !== undefined
}

/**
 * Find tables: runs of two or more consecutive lines (or lines a blank line
 * apart) with the same number of tab-separated cells, or of three or more
 * that leave cells empty ({@link looseCells}), whichever reads more lines.
 *
 * @param lines All lines, cleaned.
 * @param raw The raw text of each line (tabs kept).
 * @param from First line to look at (the start of the body).
 * @param skip Lines already dropped or taken (code listings).
 * @returns The runs, in order.
 */
export function findTables(lines: readonly SourceLine[], raw: readonly string[], from: number, skip: (index: number) => boolean): TableRun[] {
  const runs: TableRun[] = []
  for (let index = from; index < lines.length; index++) {
    if (skip(index) || lines[index]!.blank) continue
    const strict = runFrom(lines, raw, index, skip, cells)
    // (A run of rows with empty cells, three rows at least, read with every tab a cell's edge, when that reads more of it.)
    const loose = runFrom(lines, raw, index, skip, looseCells, true)
    const run = loose && loose.rows.length >= 3 && (!strict || loose.end > strict.end) ? loose : strict && strict.rows.length >= 2 ? strict : undefined
    if (!run) continue
    runs.push(run)
    index = run.end - 1
  }
  return runs
}

/**
 * The run of rows from line `index` with as many cells as its first, each row read by `read` ({@link cells}, or
 * {@link looseCells} with a group's label as a row of its own when `grouped`); `undefined` when line `index` is no row.
 */
function runFrom(lines: readonly SourceLine[], raw: readonly string[], index: number, skip: (index: number) => boolean, read: (raw: string) => string[] | undefined, grouped = false): TableRun | undefined {
  const first = read(raw[index]!)
  if (!first) return undefined
  const rows = [first]
  let end = index + 1
  for (; end < lines.length && !skip(end); end++) {
    // (Rows a blank line apart, as some pages copy them: the line after the blank.)
    const at = lines[end]!.blank && end + 1 < lines.length && !skip(end + 1) ? end + 1 : end
    if (lines[at]!.blank) break
    const read_ = read(raw[at]!) ?? (grouped ? groupLabel(lines, raw, at, first.length, skip) : undefined)
    // (A row one cell short under a full one, its first cell spanned from the row above as a browser copies it: "Single⇥under
    // 65⇥$12,400" / "65 or older⇥$14,050". It had ended the table, the rest read as headers of tables of their own.)
    const row = read_ && read_.length === first.length - 1 && first.length >= 3 && rows.length >= 2 ? ['', ...read_] : read_
    if (!row || row.length !== first.length) break
    rows.push(row)
    end = at
  }
  return { start: index, end, rows }
}

/**
 * A short line without tabs between rows of a table, which labels the rows under it ("Genomes", "BACs and fosmids"
 * inside a table of strains), as a row of its own: the label in its first cell.
 */
function groupLabel(lines: readonly SourceLine[], raw: readonly string[], at: number, width: number, skip: (index: number) => boolean): string[] | undefined {
  const text = raw[at]!.trim()
  if (raw[at]!.includes('\t') || text.split(/\s+/).length > 4 || /[.!?:]$/.test(text)) return undefined
  const next = lines[at + 1]?.blank && !skip(at + 2) ? at + 2 : at + 1
  const below = next < lines.length && !skip(next) ? looseCells(raw[next]!) : undefined
  return below?.length === width ? [text, ...Array.from({ length: width - 1 }, () => '')] : undefined
}
