/**
 * Unpacks wink-eng-lite-web-model's core model faster than the package does.
 * The package's own reader deep-copies its 3 MB JSON (`JSON.parse(JSON.stringify(…))`)
 * and decodes 1.9 MB of base64 a character at a time; this reads the same JSON,
 * which Node has already parsed for the package, decodes with `Buffer` and builds
 * the same lookup tables (about 30 ms less on a cold start). When the JSON is not
 * in the shape this expects (a model release that changed it), the package's own
 * reader is used.
 */
import type { createRequire } from 'node:module'

/** One packed feature of the model: its list of values, and the lookup built from it. */
interface Feature {
  list: string[]
  hash?: Record<string, number>
  intrinsicSize?: number
  index?: number
  maxIndex?: number
}

/** The core model as wink-nlp expects it from `model.core()`. */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] }
  features: Record<string, Feature> & { lexeme: Feature & { hash: Record<string, number> }; posClusters: { list: Array<string | Set<number>> } }
  pos: { hash: Record<string, number> }
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
}

/** Path of the core model's JSON inside the package (version 1.x). */
const coreJson = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'

function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64')
  // A copy aligned for 32-bit reads (Buffer's pool may start at any offset).
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null)
  for (let index = 0; index < list.length; index++) hash[list[index]!] = index
  return hash
}

function isPacked(model: unknown): model is CoreModel & { lexicon: string; xpansions: string } {
  const candidate = model as Partial<CoreModel> | undefined
  return (
    typeof candidate?.lexicon === 'string' &&
    typeof candidate.xpansions === 'string' &&
    typeof candidate.packing?.layout === 'object' &&
    Array.isArray(candidate.features?.lexeme?.list) &&
    Array.isArray(candidate.features?.posClusters?.list) &&
    typeof candidate.pos?.hash === 'object'
  )
}

/**
 * The core model, unpacked as the package's `model.core()` unpacks it.
 *
 * @param require A `require` that resolves from this package.
 * @param fallback The package's own `core()`, used when the JSON is not in the expected shape.
 */
export function readCoreModel(require: ReturnType<typeof createRequire>, fallback: () => CoreModel): CoreModel {
  let model: unknown
  try {
    model = require(coreJson)
  } catch {
    return fallback()
  }
  // Unpacked once: a second instance in the same process gets the package's reader.
  if (!isPacked(model)) return fallback()
  const { packing, features, pos } = model
  const unpacked = model as CoreModel
  unpacked.lexicon = words(model.lexicon)
  unpacked.xpansions = words(model.xpansions)
  packing.efList = []
  for (const [name, layout] of Object.entries(packing.layout)) {
    const feature = features[name]
    if (layout[3] === 0 && feature) {
      feature.hash = indexOf(feature.list)
      feature.intrinsicSize = feature.index = feature.list.length
      feature.maxIndex = layout[1]! >>> layout[2]!
    }
    if (layout[4] === 1) packing.efList.push(name)
  }
  features.lexeme.hash = indexOf(features.lexeme.list)
  features.lexeme.intrinsicSize = features.lexeme.index = features.lexeme.list.length
  features.posClusters.list = features.posClusters.list.map((cluster) => new Set(String(cluster).split('_').map((tag) => pos.hash[tag] ?? 0)))
  return unpacked
}
