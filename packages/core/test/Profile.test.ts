import { describe, expect, it } from "@effect/vitest"
import * as Profile from "@mastodon-effect/core/Profile"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Profile.js"

const roundTrip = (input: unknown) =>
  Schema.encodeSync(Profile.Profile)(Schema.decodeUnknownSync(Profile.Profile)(input))

describe("Profile", () => {
  it("decodes and round-trips a full profile", () => {
    const profile = Schema.decodeUnknownSync(Profile.Profile)(Fx.full)
    expect(profile.avatar).toBeNull()
    expect(profile.hide_collections).toBeNull()
    expect(profile.featured_tags?.map((t) => t.name)).toEqual(["nowplaying", "rivers"])
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("drops unknown fields", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.full)
  })

  it("fails without show_media and names it", () => {
    const result = Schema.decodeUnknownEither(Profile.Profile)(Fx.missingShowMedia)
    expect(Either.isLeft(result) && String(result.left)).toContain('["show_media"]')
  })
})
