/**
 * Attribute names as written in HTML to hast property names.
 */
import type { Properties } from 'hast'
import { find, html } from 'property-information'

/**
 * Convert HTML attributes (`data-background-color`, `class`) to hast
 * properties (`dataBackgroundColor`, `className`).
 *
 * @param attributes Attributes as written.
 */
export function toProperties(attributes: Readonly<Record<string, string>>): Properties {
  const properties: Properties = {}
  for (const [name, value] of Object.entries(attributes)) {
    const info = find(html, name)
    if (info.property === 'className') {
      properties.className = value.split(/\s+/).filter(Boolean)
    } else if (info.boolean) {
      properties[info.property] = true
    } else {
      properties[info.property] = value
    }
  }
  return properties
}
