/** Small helpers shared by the entity tests: decode, round trip, failure message, kept extras. */
import { expect } from "@effect/vitest"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"

/** Decodes or throws (the test fails with the parse error). */
export const decode = <A, I>(schema: Schema.Schema<A, I>, input: unknown): A => Schema.decodeUnknownSync(schema)(input)

/** Decodes, then encodes back to JSON form. */
export const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))

/** Decodes keeping the fields the schema does not know, as the http client does. */
export const decodePreserving = <A, I>(schema: Schema.Schema<A, I>, input: unknown): A =>
  Schema.decodeUnknownSync(schema, { onExcessProperty: "preserve" })(input)

/** Asserts that decoding fails and returns the error message (which names the path). */
export const failure = <A, I>(schema: Schema.Schema<A, I>, input: unknown): string => {
  const result = Schema.decodeUnknownEither(schema)(input)
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}
