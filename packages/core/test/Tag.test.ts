import { describe, expect, it } from "@effect/vitest"
import * as Tag from "@mastodon-effect/core/Tag"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Tag.js"

const decode = Schema.decodeUnknownEither(Tag.Tag)
const roundTrip = (input: unknown) => Schema.encodeSync(Tag.Tag)(Schema.decodeUnknownSync(Tag.Tag)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Tag", () => {
  it("decodes and round-trips a full tag", () => {
    const tag = Schema.decodeUnknownSync(Tag.Tag)(Fx.full)
    expect(tag.id).toBe("802")
    expect(tag.history?.[0]).toEqual({ day: "1731801600", uses: "210", accounts: "33" })
    expect(tag.following).toBe(true)
    expect(tag.featuring).toBe(false)
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes a Mastodon 3 tag without id and a bare search result", () => {
    expect(Schema.decodeUnknownSync(Tag.Tag)(Fx.mastodon3).id).toBeUndefined()
    expect(roundTrip(Fx.mastodon3)).toStrictEqual(Fx.mastodon3)
    expect(roundTrip(Fx.minimal)).toStrictEqual(Fx.minimal)
  })

  it("drops unknown (admin) fields", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.full)
  })

  it("fails on a wrong type and names the nested path", () => {
    const message = failure(decode(Fx.badHistory))
    expect(message).toContain('["history"]')
    expect(message).toContain("[0]")
    expect(message).toContain('["uses"]')
  })

  it("fails on a missing url", () => {
    expect(failure(decode(Fx.missingUrl))).toContain('["url"]')
  })

  it.prop("decode(encode(a)) equals a", [Tag.Tag], ([tag]) => {
    expect(Schema.decodeSync(Tag.Tag)(Schema.encodeSync(Tag.Tag)(tag))).toStrictEqual(tag)
  })
})
