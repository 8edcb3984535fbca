/**
 * Recognise code listings in plain text: a browser copy of an article keeps
 * a listing's lines and their indentation but loses the `<pre>` around them
 * (`class Bottles` / `  def verse(number)` / `    if number == 0` …). A run
 * of lines most of which look like code becomes a code block; prose never
 * does.
 */

import { countWords, type SourceLine } from './lines.js'
import { listMarker } from './lists.js'

/** A code listing found in the text. */
export interface CodeRun {
  /** Index of its first line. */
  start: number
  /** Index after its last line. */
  end: number
  /** The listing, indentation kept (the common indentation removed). */
  value: string
}

/** Keywords that open a line of code in common languages. */
const keyword =
  /^(?:def|class|end|if|elif|elsif|else|unless|for|foreach|while|do|return|import|from|export|function|const|let|var|fn|pub|use|package|func|struct|enum|impl|interface|type|module|require|include|async|await|try|catch|except|finally|raise|throw|switch|case|when|break|continue|yield|lambda|print|println|printf|echo|public|private|protected|static|void|int|new|self|this|#include|#define|#!)\b/

/** Whether a line looks like a line of code rather than prose. */
export function isCodeLine(raw: string): boolean {
  const text = raw.trim()
  // A diff's line, "-  "rome": "12.1.3"", "+    "format": "biome format --write ./src"": its marker before a line of code.
  if (/^[-+] {1,8}\S/.test(raw.trim()) && /^[-+] {2,}/.test(raw.trim()) && isCodeLine(raw.trim().slice(1))) return true
  // A list item ("* Electrics: lamps…", "- one") is a list, whatever it holds.
  if (text === '' || listMarker(text)) return false
  const words = countWords(text)
  // Prose: a capitalised sentence of several words that ends with a full stop and has no code punctuation.
  if (/^[\p{Lu}"“'‘]/u.test(text) && /[.!?]["'”’)]*$/.test(text) && words >= 6 && !/[{};=]|\w\(|=>|->/.test(text)) return false
  if (keyword.test(text) && !/^(?:if|for|while|do|else|case|import|from|type|use|new|print|return|this|self|public|static|interface|module|include)\s+\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(text)) return true
  if (/[{};]\s*$|^[})\]]+[;,)]*$/.test(text)) return true
  if (/^(?:#|\/\/|\/\*|;{1,3})\s/.test(text) && words <= 12) return true
  // (A Lisp form: "(for/fold ([v #f]) ([i (in-range N)])", "(let ([g (generator ()"; not an aside in brackets, "(See below.)".)
  if (/^\([\w/*!?<>=+.-]+(?:\s|$)/.test(text) && (text.match(/[([]/g) ?? []).length >= 2 && !/[.!?]["'”’]?\)?$/.test(text)) return true
  if (/^[\w.$[\]"']+\s*(?:[+\-*/%|&^]|\?\?|\|\||&&)?=(?!=)\s*\S/.test(text) && !/\s(?:is|are|was|the|a|an)\s/i.test(text)) return true
  // (R's assignment, "log <-" over the value on the next lines, "rules <- apriori(as(log, "transactions"),".)
  if (/^[\w.$]+\s*<<?-(?:\s|$)/.test(text) && !/\s(?:is|are|was|the|a|an)\s/i.test(text)) return true
  // (Its arguments may hold brackets in quotes: "assertionFailure("startSession() called before permission resolved")".)
  // (Not yet with a comment after it, "api.sendData(data) // crashes if .init() never ran": the listing it ends grows a line
  // that reveal.js's own themes cut off, their code boxes narrower than the model of its wrapping knows.)
  if (/^[\w.$]+\((?:[^()"']|"[^"]*"|'[^']*'|\([^()]*\))*\)\s*[;:]?$/.test(text)) return true
  // A preprocessor's line: "#if DEBUG", "#else", "#endif".
  if (/^#(?:if|ifdef|ifndef|elif|else|endif|pragma|region|endregion|undef|define|include)\b/.test(text)) return true
  // (The end of a comment a line before opened: "state, about 60 seconds */".)
  if (/\*\/\s*$/.test(text) && !/\/\*/.test(text) && words <= 12) return true
  // An expression alone on its line, a comparison or a sum: "ade == 0", "ade + 1" (a buggy listing's lines).
  if (/^[a-z_$][\w.$[\]]*\s*(?:===?|!==?|<=|>=|[+\-*/%])\s*[\w'"$.[\]]+$/.test(text) && words <= 4) return true
  // A call or a literal whose arguments follow on the next lines: "napi_create_external_buffer(", "const options = [".
  if (/^[\w.$:<>*&]+\s*[([{]$/.test(text)) return true
  // A string literal: short, or holding an escape or an interpolation ("…wall.\nGo to the store…", "#{number} bottles…").
  if (/^["'].*["']\s*[+,]?$/.test(text) && (words <= 12 || /\\[nt"']|#\{|\$\{/.test(text))) return true
  if (/^\$ \S|^>>> \S|^\w+@[\w-]+:/.test(text)) return true
  // A shell command: a line continued with a backslash, or a program in lower case with two options or more
  // ("avrdude -V -p t84 -c PROGRAMMER_NAME -P usb -B 10 -e -u \\", "-U efuse:w:0xff:m \\").
  if (/\s\\$/.test(text) || /^[a-z][\w.-]*(?:\s+(?:-{1,2}[A-Za-z][\w-]*(?:[=\s]\S+)?)){2,}/.test(text)) return true
  // A program's output in aligned columns: "server wall time:            3.14 s".
  if (/^[\p{L}\d][^:]{0,40}:\s{3,}\S/u.test(text) && words <= 10) return true
  if (isDiagramLine(raw)) return true
  // YAML: a front matter fence, "id: version-1.0.0-hello", "original_id: hello".
  if (/^-{3}$/.test(text) || (/^[a-z_][\w-]*:\s+\S/.test(text) && words <= 4 && !/[.!?]$/.test(text))) return true
  return false
}

/**
 * Whether a line is part of a drawing in text, as a `<pre>` holds it and a
 * copy keeps it: mostly symbols (`/3333333\\`, `-------`), a legend's key
 * (`11 -> People who…`), or words set apart in columns by runs of spaces
 * (`Number of people         Time it takes each person`).
 */
export function isDiagramLine(raw: string): boolean {
  const text = raw.trim()
  const marks = text.replace(/\s/g, '')
  if (marks.length >= 2 && (marks.match(/\p{L}/gu) ?? []).length * 3 < marks.length && !/^[\d.,:%$€£+-]+$/u.test(marks)) return true
  if (/^\d+\s*->\s/.test(text) || /^\d{1,2}$/.test(text)) return true
  // (Not two sentences set apart by a copy's extra spaces, "…the end.   Next…".)
  return /\S\s{3,}\S/.test(text) && !/[.!?:;,]\s{3,}/.test(text) && countWords(text) <= 14
}

/** Whether every line of a run that is not blank is a diagram's ({@link isDiagramLine}). */
function allDiagram(lines: readonly string[]): boolean {
  const kept = lines.filter((line) => line.trim() !== '')
  return kept.length >= 3 && kept.every(isDiagramLine) && kept.some((line) => /\S\s{3,}\S/.test(line.trim()) || /^\s{4,}\S/.test(line))
}

/**
 * Whether a line is a shell command without a prompt, as a docs page shows them one to a line: a program in lower case
 * with an option, a path, an address or "..." among its words ("mkdir -p /etc/ssl/certs/", "rclone copy ..."), after
 * variables it sets ("GODEBUG=tls3des=1 rclone ..."), or a variable set ("set GODEBUG=tlsrsakex=1",
 * "$env:GODEBUG="tlsrsakex=1""); maybe after a made-up prompt ("Server A> rclone sync …").
 */
export function isCommandLine(raw: string): boolean {
  const text = raw.trim().replace(/^\p{Lu}[\p{L}\d]*(?: [\p{L}\d]{1,10})?> (?=\S)/u, '')
  if (/^\$env:\w+=\S+$|^(?:set|export) [A-Za-z_]\w*=\S+$/.test(text)) return true
  const words = text.split(/\s+/)
  if (words.length < 2 || words.length > 16 || (/[.!?,;]$/.test(text) && !/\.\.\.$/.test(text)) || !/^(?:[A-Z_][A-Z\d_]*=\S+ )*(?:sudo )?[a-z][\w.-]*(?: |$)/.test(text)) return false
  const program = words.findIndex((word) => !/=/.test(word) && word !== 'sudo')
  return words.slice(program + 1).some((word) => /^-{1,2}[A-Za-z]|^[\w.~-]*\/|^https?:|^\.\.\.$|^[a-z][\w-]*:[\w/]/.test(word))
}

/** A shell's or a debugger's prompt opening a line: "$ ss -tan", ">>> import os", "(gdb) print sizeof(…)". */
const promptLine = /^\s*(?:\$|>>>|PS>|C:\\>|\(gdb\)) \S/

/** Whether a line is a sentence of prose: a capital, six words or more, a full stop, no code punctuation. */
function isProse(raw: string): boolean {
  const text = raw.trim()
  return /^[\p{Lu}"“'‘]/u.test(text) && /[.!?:]["'”’)]*$/.test(text) && countWords(text) >= 6 && !/[{};=]|\w\(|=>|->|\|/.test(text)
}

/** Leading spaces of a raw line (a tab counts as two). */
function indentation(raw: string): number {
  return /^[ \t]*/.exec(raw)![0].replace(/\t/g, '  ').length
}

/**
 * Find code listings: runs of at least three lines (blank lines inside
 * allowed) of which at least two thirds look like code, with some
 * indentation or at least four code lines, or two shell commands or more.
 *
 * @param lines All lines, cleaned.
 * @param raw The raw text of each line (indentation kept).
 * @param from First line to look at (the start of the body).
 * @param skip Lines already dropped.
 * @returns The runs, in order.
 */
export function findCode(lines: readonly SourceLine[], raw: readonly string[], from: number, skip: ReadonlyMap<number, unknown>): CodeRun[] {
  const runs: CodeRun[] = []
  let index = from
  while (index < lines.length) {
    if (lines[index]!.blank || skip.has(index) || !(isCodeLine(raw[index]!) || isCommandLine(raw[index]!))) {
      index++
      continue
    }
    // Grow the run: code lines, lines indented inside it, and blank lines followed by more code.
    let end = index + 1
    let code = 1
    let other = 0
    const base = indentation(raw[index]!)
    while (end < lines.length && !skip.has(end)) {
      const line = lines[end]!
      if (line.blank) {
        let next = end + 1
        while (next < lines.length && lines[next]!.blank) next++
        if (next < lines.length && (isCodeLine(raw[next]!) || indentation(raw[next]!) > base) && next - end <= 2) {
          end = next
          continue
        }
        break
      }
      // Inside a listing a comment is code however long it is ("    // - If you want a type meaning "any value", …").
      // (So is what a shell session prints after its prompt, up to its blank line: "    696 10.24.2.30 10.33.1.64", "(gdb)
      // print sizeof(…)", " $1 = 168"; and a command's continuation after a backslash, ">     sed 's/:[^ ]*//g' | sort".)
      const session = promptLine.test(raw[index]!) && !isProse(raw[end]!)
      if (isCodeLine(raw[end]!) || isCommandLine(raw[end]!) || session || (/^\s*(?:\/\/|\/\*|\*\s|#\s)/.test(raw[end]!) && indentation(raw[end]!) >= base)) code++
      else if (indentation(raw[end]!) > base) other++
      else break
      end++
    }
    // A file with front matter ("---", "id: hello", "---", "Hello world !"): the lines right after the closing fence are the file's body.
    if (raw[index]!.trim() === '---' && end - index >= 3 && raw[end - 1]!.trim() === '---') {
      for (let body = 0; body < 3 && end < lines.length && !lines[end]!.blank && !skip.has(end); body++) end++
    }
    const indented = lines.slice(index, end).some((line, at) => !line.blank && indentation(raw[index + at]!) > base)
    // Two shell commands in a row ("$ npm install", "$ npx lectern build") are a listing too.
    const prompts = raw.slice(index, end).filter((line) => /^\s*(?:\$|>>>|PS>|C:\\>) \S/.test(line)).length
    // (So is one command and what it printed, "$ dmesg | grep "TCP bind hash table"" / "[    0.169348] TCP bind hash table
    // entries: 65536…"; and a line whose comment runs on to the next, "#define TCP_TIMEWAIT_LEN (60*HZ) /* how long to
    // wait…" / "state, about 60 seconds */".)
    const printed = prompts >= 1 && promptLine.test(raw[index]!) && code >= 2 && other === 0
    const comment = end - index === 2 && /\/\*(?!.*\*\/)/.test(raw[index]!) && /\*\/\s*$/.test(raw[index + 1]!)
    // (Commands without a prompt, two or more in a row, or one after a lead-in's colon: "mkdir -p /etc/ssl/certs/" /
    // "curl -o …"; "• Linux/macOS:" / "GODEBUG=tlsrsakex=1 rclone copy ...".)
    const commands = raw.slice(index, end).filter((line) => line.trim() !== '')
    const leadIn = index >= 2 && lines[index - 1]!.blank && /:$/.test(raw[index - 2]!.trim())
    const shell = commands.every(isCommandLine) && (commands.length >= 2 || (leadIn && commands.length === 1))
    if (shell || (code >= 3 && code >= 2 * other && (indented || code >= 4 || allDiagram(raw.slice(index, end)))) || (prompts >= 2 && prompts === code && other === 0) || printed || comment) {
      const kept = raw.slice(index, end).map((line) => line.replace(/\s+$/, ''))
      const common = Math.min(...kept.filter((line) => line.trim() !== '').map(indentation))
      runs.push({ start: index, end, value: kept.map((line) => line.replace(/\t/g, '  ').slice(common)).join('\n') })
    }
    index = end
  }
  return runs
}

/**
 * The lines of each shell session in a text: from a prompt's line ("$ ss -tan …", "(gdb) print …") to the next blank
 * line. What it prints ("    696 10.24.2.30 10.33.1.64") is no table of contents for its numbers.
 *
 * @param raw The raw text of each line.
 * @returns The indexes of the sessions' lines.
 */
export function sessionLines(raw: readonly string[]): Set<number> {
  const found = new Set<number>()
  for (let index = 0; index < raw.length; index++) {
    if (!promptLine.test(raw[index]!)) continue
    while (index < raw.length && raw[index]!.trim() !== '') found.add(index++)
  }
  return found
}
