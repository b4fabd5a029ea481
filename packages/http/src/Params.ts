/**
 * Request parameters, and their encoding as Rails (and so Mastodon) reads them: arrays as
 * `id[]=a&id[]=b`, nested hashes as `source[privacy]=public`, arrays of hashes with an index as
 * `fields_attributes[0][name]=…`, booleans as `true`/`false`, dates as ISO 8601. An `undefined`
 * value is left out, so an option the caller did not set is never sent.
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"

/**
 * A file to send in a multipart body (an `Upload` is one). A body with a file in it goes as
 * `multipart/form-data`; one without goes as a form.
 *
 * @since 0.1.0
 */
export interface File {
  readonly blob: Blob
  readonly filename: string
}

/**
 * Whether a parameter value is a file.
 *
 * @since 0.1.0
 */
export const isFile = (value: unknown): value is File =>
  typeof value === "object" && value !== null && typeof Blob !== "undefined" &&
  (value as { blob?: unknown }).blob instanceof Blob && typeof (value as { filename?: unknown }).filename === "string"

/**
 * A value a parameter may take.
 *
 * @since 0.1.0
 */
export type Value =
  | File
  | string
  | number
  | boolean
  | null
  | undefined
  | Date
  | DateTime.DateTime
  | ReadonlyArray<Value>
  | { readonly [key: string]: Value }

/**
 * A set of named parameters.
 *
 * @since 0.1.0
 */
export type Params = { readonly [key: string]: Value }

const scalar = (value: string | number | boolean | Date | DateTime.DateTime): string =>
  typeof value === "string"
    ? value
    : typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : value instanceof Date
    ? value.toISOString()
    : DateTime.formatIso(value)

const isScalar = (value: Value): value is string | number | boolean | Date | DateTime.DateTime =>
  typeof value !== "object" || value instanceof Date || DateTime.isDateTime(value)

const isRecord = (value: Value): value is { readonly [key: string]: Value } =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !isScalar(value) && !isFile(value)

const flattenInto = (out: Array<[string, string | File]>, key: string, value: Value): void => {
  if (value === undefined) return
  if (isFile(value)) {
    out.push([key, value])
  } else if (value === null) {
    // An explicit null clears a field: Rails reads the empty string as "no value".
    out.push([key, ""])
  } else if (isScalar(value)) {
    out.push([key, scalar(value)])
  } else if (Array.isArray(value)) {
    const items = value as ReadonlyArray<Value>
    if (items.length === 0) {
      // `key[]=` is how a form says "an empty list" (e.g. clearing attribution_domains).
      out.push([`${key}[]`, ""])
    } else if (items.some(isRecord)) {
      // Rails only groups hash members of an array correctly when each carries an index.
      items.forEach((item, index) => flattenInto(out, `${key}[${index}]`, item))
    } else {
      for (const item of items) flattenInto(out, `${key}[]`, item)
    }
  } else if (isRecord(value)) {
    for (const [sub, subValue] of Object.entries(value)) flattenInto(out, `${key}[${sub}]`, subValue)
  }
}

/**
 * Flatten parameters into the ordered key/value pairs of a query string or form body.
 *
 * @example
 * import { Params } from "@mastodon-effect/http"
 * Params.flatten({ id: ["1", "2"], source: { privacy: "public" }, limit: undefined })
 * // [["id[]", "1"], ["id[]", "2"], ["source[privacy]", "public"]]
 *
 * @since 0.1.0
 */
export const flatten = (params: Params): Array<[string, string]> => {
  const out: Array<[string, string | File]> = []
  for (const [key, value] of Object.entries(params)) flattenInto(out, key, value)
  // A file has no place in a query string or a plain form: keep its name, as a browser form would.
  return out.map(([key, value]) => [key, typeof value === "string" ? value : value.filename])
}

/**
 * Flatten a body: the same pairs as {@link flatten}, with files kept as files, and whether any part
 * is a file (so the body must go as multipart).
 *
 * @since 0.1.0
 */
export const flattenBody = (params: Params): { readonly pairs: Array<[string, string | File]>; readonly multipart: boolean } => {
  const pairs: Array<[string, string | File]> = []
  for (const [key, value] of Object.entries(params)) flattenInto(pairs, key, value)
  return { pairs, multipart: pairs.some(([, value]) => typeof value !== "string") }
}
