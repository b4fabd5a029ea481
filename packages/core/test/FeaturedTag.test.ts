import { describe, expect, it } from "@effect/vitest"
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/FeaturedTag.js"

const decode = Schema.decodeUnknownEither(FeaturedTag.FeaturedTag)
const roundTrip = (input: unknown) =>
  Schema.encodeSync(FeaturedTag.FeaturedTag)(Schema.decodeUnknownSync(FeaturedTag.FeaturedTag)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("FeaturedTag", () => {
  it("decodes and round-trips a full featured tag", () => {
    const tag = Schema.decodeUnknownSync(FeaturedTag.FeaturedTag)(Fx.full)
    expect(tag.statuses_count).toBe("70")
    expect(tag.last_status_at && DateTime.formatIso(tag.last_status_at)).toBe("2025-08-29T00:00:00.000Z")
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
    expect(roundTrip(Fx.unused)).toStrictEqual(Fx.unused)
  })

  it("decodes a Mastodon 3.0 featured tag: numeric count, full datetime, no url", () => {
    const tag = Schema.decodeUnknownSync(FeaturedTag.FeaturedTag)(Fx.mastodon30)
    expect(tag.statuses_count).toBe("5")
    expect(tag.url).toBeUndefined()
    expect(tag.last_status_at && DateTime.formatIso(tag.last_status_at)).toBe("2019-11-15T07:14:43.524Z")
    expect(roundTrip(Fx.mastodon30)).toStrictEqual({
      id: "11",
      name: "caturday",
      statuses_count: "5",
      last_status_at: "2019-11-15"
    })
  })

  it("drops unknown fields", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.full)
  })

  it("fails on a wrong type and names the path", () => {
    expect(failure(decode(Fx.badType))).toContain('["statuses_count"]')
  })

  it("fails on a missing name", () => {
    expect(failure(decode(Fx.missingName))).toContain('["name"]')
  })

  it.prop("decode(encode(a)) equals a", [FeaturedTag.FeaturedTag], ([tag]) => {
    const decoded = Schema.decodeSync(FeaturedTag.FeaturedTag)(Schema.encodeSync(FeaturedTag.FeaturedTag)(tag))
    expect(Schema.equivalence(FeaturedTag.FeaturedTag)(decoded, tag)).toBe(true)
  })
})
