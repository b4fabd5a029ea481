import { describe, expect, it } from "@effect/vitest"
import * as CustomEmoji from "@mastodon-effect/core/CustomEmoji"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/CustomEmoji.js"

const Emoji = CustomEmoji.CustomEmoji
const roundTrip = (input: unknown) => Schema.encodeSync(Emoji)(Schema.decodeUnknownSync(Emoji)(input))

describe("CustomEmoji", () => {
  it("decodes and round-trips a full emoji", () => {
    expect(Schema.decodeUnknownSync(Emoji)(Fx.full).category).toBe("Otters")
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("accepts a missing or null category", () => {
    expect(roundTrip(Fx.minimal)).toStrictEqual(Fx.minimal)
    expect(roundTrip(Fx.nullCategory)).toStrictEqual(Fx.nullCategory)
  })

  it("drops unknown fields", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.full)
  })

  it("fails on a wrong type and names the path", () => {
    const result = Schema.decodeUnknownEither(Emoji)(Fx.badType)
    expect(Either.isLeft(result) && String(result.left)).toContain('["visible_in_picker"]')
  })
})
