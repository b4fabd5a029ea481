import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import { DateOnly, UnixSeconds } from "./schema.js"

/**
 * An id that most servers send as a string but some older ones send as a JSON number (role ids
 * before Mastodon 4.1, for instance). A number decodes to its decimal string; encoding always
 * gives the string back.
 */
export const idFromStringOrNumber = /* @__NO_SIDE_EFFECTS__ */ <A extends string, R>(id: Schema.Schema<A, string, R>) =>
  /* @__PURE__ */ Schema.Union(
    id,
    /* @__PURE__ */ Schema.transform(Schema.Number, id, {
      strict: true,
      decode: (n) => String(n),
      encode: (s) => Number(s)
    })
  )

/**
 * A count that the docs describe as a string (`FeaturedTag.statuses_count`) but that older servers
 * sent as a number. Either decodes to the string form; encoding gives the string.
 */
export const StringFromStringOrNumber: Schema.Schema<string, string | number> = /* @__PURE__ */ Schema.Union(
  Schema.String,
  /* @__PURE__ */ Schema.transform(Schema.Number, Schema.String, {
    strict: true,
    decode: (n) => String(n),
    encode: (s) => Number(s)
  })
)

const MS_PER_DAY = 86_400_000
/** Days between 1970-01-01 and 9999-12-31, the range of four-digit years. */
const MAX_DAY = 2_932_896

/**
 * `DateOnly` with an arbitrary that only produces midnights, so property tests see values that
 * survive an encode/decode round trip (encoding keeps only the date).
 */
export const DateOnlyField: Schema.Schema<DateTime.Utc, string> = DateOnly.annotations({
  arbitrary: () => (fc) => fc.integer({ min: 0, max: MAX_DAY }).map((day) => DateTime.unsafeMake(day * MS_PER_DAY))
})

/**
 * `UnixSeconds` with an arbitrary that only produces whole seconds, so property tests see values
 * that survive an encode/decode round trip (encoding drops the milliseconds).
 */
export const UnixSecondsField: Schema.Schema<DateTime.Utc, number> = UnixSeconds.annotations({
  arbitrary: () => (fc) => fc.integer({ min: 0, max: 253_402_300_799 }).map((s) => DateTime.unsafeMake(s * 1000))
})
