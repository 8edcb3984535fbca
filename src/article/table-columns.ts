/**
 * A table's column of pictures the deck cannot show: its cells print empty and its header wraps a letter a line ("IT" /
 * "E" / "M" over a van guide's four components, whose photos stayed on the site). The column goes from the face; the
 * table as written stays in the notes.
 */
import type { Table, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isMarkedUnavailable } from './unavailable-mark.js'

/** What a body cell shows: only pictures marked unavailable (`unavailable-mark.ts`), nothing, or something. */
function cellShows(cell: TableCell | undefined): 'picture' | 'nothing' | 'something' {
  const children = cell?.children ?? []
  const pictures = children.filter((child) => child.type === 'html' && /<img\b/i.test(child.value))
  if (pictures.some((child) => child.type === 'html' && [...child.value.matchAll(/<img\b[^>]*>/gi)].some((tag) => !isMarkedUnavailable(tag[0])))) return 'something'
  if (children.some((child) => !pictures.includes(child) && (child.type === 'image' || toString(child).trim() !== ''))) return 'something'
  return pictures.length > 0 ? 'picture' : 'nothing'
}

/**
 * The table without each column whose body cells are all empty or pictures that cannot be shown (and at least one is
 * such a picture), or the table as it was.
 *
 * @param table A table of the face.
 */
export function withoutBlankPictureColumns(table: Table): Table {
  const [header, ...body] = table.children
  if (!header || body.length === 0) return table
  const blank = header.children.map((_, column) => {
    const shows = body.map((row) => cellShows(row.children[column]))
    return !shows.includes('something') && shows.includes('picture')
  })
  if (!blank.some(Boolean) || blank.every(Boolean)) return table
  const keep = (_: unknown, column: number): boolean => !blank[column]
  return { ...table, align: table.align?.filter(keep), children: table.children.map((row) => ({ ...row, children: row.children.filter(keep) })) }
}
