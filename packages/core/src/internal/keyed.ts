/**
 * Responses of keyed admin metrics (measures, dimensions): an array of results, each typed by its
 * `key`. The members of the union are chosen from the keys a request asks for.
 */
import * as Schema from "effect/Schema"

/**
 * The schema of an array of results for `keys`: each documented key decodes with its own schema;
 * one `fallback` member, last, covers every key that has none (a newer server's).
 */
export const arrayForKeys = (
  schemas: Readonly<Record<string, Schema.Schema.Any>>,
  fallback: Schema.Schema.Any,
  keys: ReadonlyArray<string>
): Schema.Schema.Any => {
  const members: Array<Schema.Schema.Any> = []
  const seen = new Set<string>()
  let unknown = false
  for (const key of keys) {
    if (seen.has(key)) continue
    seen.add(key)
    if (Object.prototype.hasOwnProperty.call(schemas, key)) members.push(schemas[key]!)
    else unknown = true
  }
  if (unknown) members.push(fallback)
  return Schema.Array(Schema.Union(...members))
}
