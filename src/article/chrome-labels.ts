/**
 * The words Lectern adds to a deck — "Introduction", "Agenda", "(cont.)",
 * "In closing", "Takeaways", "Questions?" — in the deck's language. The
 * stages before work with the English words (they find an overview or a
 * continuation by them); this last step writes them in the language of a
 * Dutch, German, French, Spanish, Italian or Portuguese article.
 */
import type { Heading, PhrasingContent, Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Slide } from '../types.js'
import { continuedMark } from './continued.js'

/** The added words, by language (the English ones are the keys). */
const labels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  nl: { Introduction: 'Inleiding', Agenda: 'Agenda', '(cont.)': '(vervolg)', 'In closing': 'Tot slot', Takeaways: 'Kernpunten', 'Questions?': 'Vragen?' },
  de: { Introduction: 'Einleitung', Agenda: 'Agenda', '(cont.)': '(Forts.)', 'In closing': 'Zum Schluss', Takeaways: 'Das Wichtigste', 'Questions?': 'Fragen?' },
  fr: { Introduction: 'Introduction', Agenda: 'Sommaire', '(cont.)': '(suite)', 'In closing': 'Pour conclure', Takeaways: 'À retenir', 'Questions?': 'Des questions ?' },
  es: { Introduction: 'Introducción', Agenda: 'Índice', '(cont.)': '(cont.)', 'In closing': 'Para terminar', Takeaways: 'Ideas clave', 'Questions?': '¿Preguntas?' },
  it: { Introduction: 'Introduzione', Agenda: 'Sommario', '(cont.)': '(segue)', 'In closing': 'In conclusione', Takeaways: 'Punti chiave', 'Questions?': 'Domande?' },
  pt: { Introduction: 'Introdução', Agenda: 'Sumário', '(cont.)': '(cont.)', 'In closing': 'Para concluir', Takeaways: 'Pontos-chave', 'Questions?': 'Perguntas?' }
}

/** Classes of the slides whose heading Lectern wrote: the agenda, the closing line, "Questions?". */
const addedSlides = /\b(?:agenda|closing|closing-line)\b/

/**
 * The labels of a language, by its BCP 47 tag (`nl`, `de-AT`); `undefined` for English and languages not listed.
 *
 * @param lang The deck's language.
 */
export function chromeLabels(lang: string): Readonly<Record<string, string>> | undefined {
  return labels[lang.toLowerCase().split('-')[0]!]
}

/**
 * remark plugin, the last of the Markdown stages: write the headings Lectern added in the deck's language.
 *
 * @returns Transformer.
 */
export function remarkChromeLanguage() {
  return function (tree: Root, file: VFile): void {
    const words = chromeLabels(file.data.deck?.config.lang ?? 'en')
    if (!words) return
    const visit = (node: Root | Slide): void => {
      for (const child of node.children) {
        if (child.type === 'slide') visit(child)
        else if ((child as { type: string }).type === 'slideStack') visit(child as unknown as Root)
        else if (child.type === 'heading') translate(child, words, node.type === 'slide' && addedSlides.test(String(node.data?.attributes?.['class'] ?? '')))
      }
    }
    visit(tree)
  }
}

/** A heading's added words: "(cont.)" at its end, and its whole text when Lectern wrote it ("Introduction", "Agenda (cont.)"). */
function translate(heading: Heading, words: Readonly<Record<string, string>>, added: boolean): void {
  heading.children = heading.children.map((child): PhrasingContent => {
    if (child.type === 'emphasis' && child.children.length === 1 && child.children[0]!.type === 'text' && child.children[0]!.value === continuedMark) return { ...child, children: [{ type: 'text', value: words[continuedMark]! }] }
    if (child.type !== 'text') return child
    const [, text = '', rest = ''] = /^(.*?)( \(cont\.\))?$/.exec(child.value) ?? []
    const own = words[text] !== undefined && (added || text === 'Introduction') ? words[text]! : text
    return { ...child, value: own + (rest ? ` ${words[continuedMark]!}` : '') }
  })
}
