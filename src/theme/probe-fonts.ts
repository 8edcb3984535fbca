/**
 * The font half of measuring a theme, run in the page that shows the probe
 * deck: the advance of each character of `measuredCharset` in each font the
 * theme's styles use, and class averages (upper and lower case weighted by
 * English letter frequencies, digits, symbols, a wide CJK character), and
 * whether the font is the system's rather than one the deck loads.
 */
import type { FontAdvances } from '../article/theme-measurements.js'

/**
 * In the page (the probe deck open in reveal's print view): measure fonts.
 * Self-contained, as it is serialised into the page.
 *
 * @param stacks `[key, CSS font]` pairs, from `measureProbeBoxes`.
 * @param charset The characters to measure one by one (`measuredCharset`).
 * @returns Advances by font key.
 */
export async function measureProbeFonts(stacks: Array<[key: string, font: string]>, charset: string): Promise<Record<string, FontAdvances>> {
  const fail = (what: string): never => {
    throw new Error(`The probe deck has no ${what}`)
  }
  const fonts = new Map(stacks)
  /** English letter frequencies (per cent), for class averages. */
  const frequency = 'a8.2b1.5c2.8d4.3e12.7f2.2g2.0h6.1i7.0j0.15k0.77l4.0m2.4n6.7o7.5p1.9q0.095r6.0s6.3t9.1u2.8v0.98w2.4x0.15y2.0z0.074'
  const weights = new Map(Array.from(frequency.matchAll(/([a-z])([\d.]+)/g), (match) => [match[1]!, Number(match[2])]))
  const canvas = document.createElement('canvas').getContext('2d') ?? fail('canvas')
  const advances: Record<string, FontAdvances> = {}
  const webFonts = new Set(
    Array.from(document.fonts)
      .filter((face) => face.status === 'loaded')
      .map((face) => face.family.replace(/^["']|["']$/g, '').toLowerCase())
  )
  for (const [key, font] of fonts) {
    await document.fonts.load(font, charset).catch(() => [])
    const family = (font.replace(/^\S+ \S+ 100px /, '').split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '').toLowerCase()
    canvas.font = font
    const advance = (char: string): number => canvas.measureText(char).width / 100
    const chars = new Map([...charset].map((char) => [char, Math.round(advance(char) * 10000) / 10000]))
    const weighted = (upper: boolean): number => {
      let sum = 0
      let total = 0
      for (const [letter, weight] of weights) {
        sum += chars.get(upper ? letter.toUpperCase() : letter)! * weight
        total += weight
      }
      return sum / total
    }
    const mean = (list: string): number => [...list].reduce((sum, char) => sum + chars.get(char)!, 0) / [...list].length
    const system = !webFonts.has(family) && !Array.from(document.fonts).some((face) => face.status === 'loaded' && face.family.replace(/^["']|["']$/g, '').toLowerCase() === family)
    advances[key] = { advances: [...chars.values()], upper: weighted(true), lower: weighted(false), digit: mean('0123456789'), other: mean('#$%&*+<=>@^_~'), wide: advance('中'), system }
  }

  return advances
}
