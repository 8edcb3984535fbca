/**
 * Makes micromark's `EditMap#consume` cost what it changes instead of the
 * whole document. micromark's document tokenizer consumes an edit map each
 * time a container closes after a blank line (every item of a loose list),
 * editing only the last events, but `consume` copied every event of the
 * document each time: a 4,000-item loose list took seconds, a large source
 * minutes. The replacement leaves the events before the first edit where they
 * are and rebuilds only the rest; the resulting events are the same.
 *
 * Importing this module installs it, once, on the `EditMap` micromark uses
 * (the same copy of `micromark-util-edit-map`, checked in the tests).
 */
import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'

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
// Only over the implementation this replaces (the one with the `map` and `index` fields).
if ('map' in new EditMap() && 'index' in new EditMap()) prototype.consume = consumeEdits

/** Whether the linear `consume` is installed. */
export const linearEditMap: boolean = prototype.consume === consumeEdits
