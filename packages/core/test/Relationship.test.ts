import { describe, expect, it } from "@effect/vitest"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Relationship.js"

const decode = Schema.decodeUnknownEither(Relationship.Relationship)
const roundTrip = (input: unknown) =>
  Schema.encodeSync(Relationship.Relationship)(Schema.decodeUnknownSync(Relationship.Relationship)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Relationship", () => {
  it("decodes every documented field", () => {
    const r = Schema.decodeUnknownSync(Relationship.Relationship)(Fx.full)
    expect(r.following).toBe(true)
    expect(r.languages).toEqual(["en", "de"])
    expect(r.muting_expires_at && DateTime.formatIso(r.muting_expires_at)).toBe("2026-01-15T08:00:00.000Z")
    expect(r.note).toBe("met at the river clean-up")
  })

  it("round-trips the full fixture exactly", () => {
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes a Mastodon 3.0 relationship and round-trips it", () => {
    const r = Schema.decodeUnknownSync(Relationship.Relationship)(Fx.mastodon30)
    expect(r.notifying).toBeUndefined()
    expect(r.requested_by).toBeUndefined()
    expect(roundTrip(Fx.mastodon30)).toStrictEqual(Fx.mastodon30)
  })

  it("accepts null languages", () => {
    expect(Schema.decodeUnknownSync(Relationship.Relationship)(Fx.nullLanguages).languages).toBeNull()
    expect(roundTrip(Fx.nullLanguages)).toStrictEqual(Fx.nullLanguages)
  })

  it("ignores unknown fields (Pleroma's subscribing)", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.mastodon30)
  })

  it("fails on a wrong type and names the path", () => {
    const message = failure(decode(Fx.badType))
    expect(message).toContain('["following"]')
    expect(message).toContain('Expected boolean, actual "true"')
  })

  it("fails on a missing field and names it", () => {
    expect(failure(decode(Fx.missingBlocking))).toContain('["blocking"]')
  })

  it.prop("decode(encode(a)) equals a", [Relationship.Relationship], ([r]) => {
    const encoded = Schema.encodeSync(Relationship.Relationship)(r)
    const decoded = Schema.decodeUnknownSync(Relationship.Relationship)(encoded)
    expect(Schema.equivalence(Relationship.Relationship)(decoded, r)).toBe(true)
    expect(Schema.encodeSync(Relationship.Relationship)(decoded)).toStrictEqual(encoded)
  })
})
