/**
 * TeX math for decks: parsed from Markdown's `$…$` and `$$…$$`, rendered at
 * build time with KaTeX. Loaded only for Markdown that holds a `$`.
 */

export { katexAssets, katexStylesheet } from './math-assets.js'
export { rehypeMath } from './rehype-math.js'
export { remarkCondensedMath } from './remark-condensed-math.js'
export { remarkDollarMath, remarkMoneyNotMath } from './remark-dollar-math.js'
