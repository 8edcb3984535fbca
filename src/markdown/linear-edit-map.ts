/**
 * Makes micromark's `EditMap#consume` cost what it changes instead of the
 * whole document, for Lectern's own parses only. micromark's document
 * tokenizer consumes an edit map each time a container closes after a blank
 * line (every item of a loose list), editing only the last events, but
 * `consume` copies every event of the document each time: a 4,000-item loose
 * list took seconds, a large source minutes. `consumeEdits` leaves the events
 * before the first edit where they are and rebuilds only the rest; the
 * resulting events are the same.
 *
 * Scoped, not installed for the process: `remarkLinearEditMap` wraps the
 * processor's parser so that `consumeEdits` is on `EditMap.prototype` only
 * while that parser runs, and micromark's own method is put back in `finally`.
 * A parse is synchronous, so no other code (another library's micromark use
 * included) runs while it is swapped. It is swapped only over the
 * implementation it replaces (micromark-util-edit-map 1.x, with its `map`
 * and `index` fields); otherwise parses run on micromark's own.
 */
import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'
import type { Processor } from 'unified'

/** A change: at index, how many to remove, what to add. */
type Change = [number, number, Event[]]

/** What `consume` works on (its private fields, as micromark-util-edit-map 1.x has them). */
interface EditMapFields {
  map: Change[]
  index: Map<number, Change>
}

/**
 * Apply the edits of `this` to `events`, in place, and clear them: the same
 * result as micromark-util-edit-map 1.0's `consume`, in time proportional to
 * the events from the first edit on.
 *
 * @param events The events to edit.
 */
export function consumeEdits(this: EditMapFields, events: Event[]): void {
  this.map.sort((a, b) => a[0] - b[0])
  if (this.map.length === 0) return
  const pieces: Event[][] = []
  for (let index = this.map.length - 1; index >= 0; index--) {
    const [at, remove, add] = this.map[index]!
    pieces.push(events.slice(at + remove), add)
    events.length = at
  }
  // `events` now holds what comes before the first edit; append the rest in order.
  for (let index = pieces.length - 1; index >= 0; index--) {
    for (const event of pieces[index]!) events.push(event)
  }
  this.map.length = 0
  this.index.clear()
}

const prototype = EditMap.prototype as unknown as { consume(events: Event[]): void }
/** micromark's own `consume`, put back after every parse. */
const micromarkConsume = prototype.consume
const probe = new EditMap()

/** Whether the `EditMap` in reach is the implementation `consumeEdits` replaces (the one with the `map` and `index` fields). */
export const linearEditMapApplies: boolean = 'map' in probe && 'index' in probe && typeof micromarkConsume === 'function'

/**
 * Run `parse` (synchronous) with the linear `consume` on micromark's edit map,
 * then put micromark's own back, whether `parse` returns or throws.
 *
 * @param parse The parse to run.
 * @returns What `parse` returns.
 */
export function withLinearEditMap<T>(parse: () => T): T {
  // Not over an implementation this does not know, nor twice (a parse inside a parse).
  if (!linearEditMapApplies || prototype.consume !== micromarkConsume) return parse()
  prototype.consume = consumeEdits
  try {
    return parse()
  } finally {
    prototype.consume = micromarkConsume
  }
}

/**
 * Plugin, used after `remark-parse`: the processor's parser runs with the
 * linear edit map (`withLinearEditMap`); the tree is the same.
 */
export function remarkLinearEditMap(this: Processor): void {
  const parse = this.parser
  if (!parse) return
  this.parser = (document, file) => withLinearEditMap(() => parse(document, file))
}
