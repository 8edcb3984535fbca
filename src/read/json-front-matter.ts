/**
 * Front matter written as a JSON object, line for line: Hugo's JSON front matter (`{` / `"title": "…",` / `}`) and
 * Phoenix's NimblePublisher (the same object, then the post's excerpt between two lines of `---`). Its fields become YAML
 * front matter, and the excerpt the first paragraph; the object had been the talk's title and the heading of five slides.
 */

/** A field of a flat JSON object on its line: a quoted key and a string, a list, a number, true, false or null. */
const field = /^\s*"[^"]+"\s*:\s*(?:"(?:[^"\\]|\\.)*"|\[[^\]]*\]|-?\d[\d.eE+-]*|true|false|null)\s*,?\s*$/

/**
 * Rewrite, in place, a JSON object that opens the file and names a title as YAML front matter (JSON's fields are YAML once
 * their commas go), keeping every line's number.
 *
 * @param lines The source's lines.
 */
export function jsonFrontMatter(lines: string[]): void {
  if (lines[0]?.trim() !== '{') return
  const close = lines.findIndex((line, at) => at > 0 && at < 60 && line.trim() === '}')
  const fields = lines.slice(1, close)
  if (close < 2 || !fields.every((line) => line.trim() === '' || field.test(line)) || !fields.some((line) => /^\s*"title"\s*:/.test(line))) return
  lines[0] = '---'
  for (let at = 1; at < close; at++) lines[at] = lines[at]!.trim().replace(/,\s*$/, '')
  lines[close] = '---'
  // (The excerpt between its two rules: a paragraph of its own, not a heading its closing rule would make of it.)
  if (lines[close + 1]?.trim() !== '---') return
  const end = lines.findIndex((line, at) => at > close + 1 && line.trim() === '---')
  lines[close + 1] = ''
  if (end !== -1 && end < close + 40) lines[end] = ''
}
