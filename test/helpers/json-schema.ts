/**
 * A small JSON Schema checker for the keywords Lectern's schemas use (type,
 * const, enum, required, properties, additionalProperties, items), so a
 * test can hold a `--json` report to the shipped schema without a validator
 * dependency.
 */

type Schema = {
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
  items?: Schema
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/**
 * Every place `value` breaks `schema`, as `path: problem` lines (none when it fits).
 *
 * @param value The JSON value.
 * @param schema The schema.
 * @param where The path so far; default `$`.
 */
export function schemaErrors(value: unknown, schema: Schema, where = '$'): string[] {
  const errors: string[] = []
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    const actual = typeOf(value)
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${where}: expected ${types.join(' or ')}, found ${actual}`]
  }
  if ('const' in schema && value !== schema.const) errors.push(`${where}: expected ${JSON.stringify(schema.const)}`)
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${where}: expected one of ${schema.enum.join(', ')}, found ${JSON.stringify(value)}`)
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${where}: missing ${key}`)
    for (const [key, item] of Object.entries(object)) {
      const property = schema.properties?.[key]
      if (property) errors.push(...schemaErrors(item, property, `${where}.${key}`))
      else if (schema.additionalProperties === false) errors.push(`${where}: unexpected ${key}`)
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(item, schema.additionalProperties, `${where}.${key}`))
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => errors.push(...schemaErrors(item, schema.items!, `${where}[${index}]`)))
  return errors
}
