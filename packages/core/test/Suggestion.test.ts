import { describe, expect, it } from "@effect/vitest"
import * as Suggestion from "@mastodon-effect/core/Suggestion"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Suggestion.js"

const roundTrip = (input: unknown) =>
  Schema.encodeSync(Suggestion.Suggestion)(Schema.decodeUnknownSync(Suggestion.Suggestion)(input))

describe("Suggestion", () => {
  it("decodes and round-trips both forms", () => {
    expect(Schema.decodeUnknownSync(Suggestion.Suggestion)(Fx.full).sources).toEqual(["most_followed", "friends_of_friends"])
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
    expect(roundTrip(Fx.mastodon34)).toStrictEqual(Fx.mastodon34)
  })

  it("keeps unknown reasons", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual({ sources: ["trending_author"], account: Fx.extra.account })
  })

  it("fails without account", () => {
    const result = Schema.decodeUnknownEither(Suggestion.Suggestion)(Fx.missingAccount)
    expect(Either.isLeft(result) && String(result.left)).toContain('["account"]')
  })
})
