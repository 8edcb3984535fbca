/**
 * A table's column of pictures the deck cannot show: its cells print empty and its header wraps a letter a line ("IT" /
 * "E" / "M" over a van guide's four components, whose photos stayed on the site). The column goes from the face; the
 * table as written stays in the notes.
 */
import type { Table, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** Whether a cell holds nothing a slide shows but pictures marked unavailable (`remark-unavailable-pictures.ts`). */
function blankPicture(cell: TableCell | undefined): boolean {
  if (!cell) return true
  const pictures = cell.children.filter((child) => child.type === 'html' && /<img\b/i.test(child.value))
  const rest = cell.children.filter((child) => !pictures.includes(child))
  return pictures.every((child) => child.type === 'html' && [...child.value.matchAll(/<img\b[^>]*>/gi)].every((tag) => /data-lectern-unavailable/i.test(tag[0]))) && rest.every((child) => toString(child).trim() === '' && child.type !== 'image')
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
  const blank = header.children.map((_, column) => body.every((row) => blankPicture(row.children[column])) && body.some((row) => row.children[column]?.children.some((child) => child.type === 'html' && /<img\b/i.test(child.value))))
  if (!blank.some(Boolean) || blank.every(Boolean)) return table
  const keep = (_: unknown, column: number): boolean => !blank[column]
  return { ...table, align: table.align?.filter(keep), children: table.children.map((row) => ({ ...row, children: row.children.filter(keep) })) }
}
