/**
 * remark plugin: the height a display formula takes on the slide, from its
 * KaTeX layout, for the fitter (`slide-metrics.ts`) to count it by: a sum
 * with limits or a fraction stands taller than a line of text.
 */
import type { Root } from 'mdast'
import type { Math } from 'mdast-util-math'
import katex from 'katex'
import { texMacros, texSource } from './rehype-math.js'
import { visit } from 'unist-util-visit'

/** The data the fitter reads on a `math` node. */
export interface MathHeightData {
  /** Height of the formula in ems of the text around it (KaTeX's own size included), without the display margins. */
  heightEm?: number | undefined
}

/** KaTeX sets formulas at 1.21 times the surrounding text (katex.css `.katex { font: 1.21em … }`). */
const katexScale = 1.21

/**
 * The height of a display formula in ems of the surrounding text: the
 * tallest strut (height plus depth) KaTeX lays it out with, at KaTeX's size.
 * Undefined when KaTeX cannot read it (it is then shown as one line of source).
 *
 * @param value The TeX source.
 */
export function displayHeightEm(value: string): number | undefined {
  let html: string
  try {
    html = katex.renderToString(texSource(value), { displayMode: true, throwOnError: true, output: 'html', trust: false, strict: 'ignore', macros: { ...texMacros } })
  } catch {
    return undefined
  }
  let tallest = 0
  for (const match of html.matchAll(/class="strut" style="height:([\d.]+)em;/g)) tallest = Math.max(tallest, Number(match[1]))
  return tallest > 0 ? tallest * katexScale : undefined
}

/** Record each display formula's height on its node (`data.heightEm`). */
export function remarkMathHeight() {
  return function (tree: Root): void {
    visit(tree, 'math', (node: Math) => {
      const height = displayHeightEm(node.value)
      if (height !== undefined) (node.data ??= {} as Math['data'] & MathHeightData) && Object.assign(node.data!, { heightEm: height })
    })
  }
}
