/**
 * Handlers for Lectern's own mdast nodes, for `remark-rehype`.
 */
import { notes } from './notes.js'
import { slide } from './slide.js'
import { slideStack } from './slide-stack.js'

/** Handlers to pass as `remark-rehype`'s `handlers` option. */
export const deckHandlers = { slide, slideStack, notes }
