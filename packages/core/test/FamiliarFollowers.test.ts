import { describe, expect, it } from "@effect/vitest"
import * as FamiliarFollowers from "@mastodon-effect/core/FamiliarFollowers"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/FamiliarFollowers.js"

const Response = Schema.Array(FamiliarFollowers.FamiliarFollowers)
const decode = Schema.decodeUnknownEither(FamiliarFollowers.FamiliarFollowers)
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("FamiliarFollowers", () => {
  it("decodes and round-trips a response", () => {
    const answers = Schema.decodeUnknownSync(Response)(Fx.full)
    expect(answers.map((a) => a.id)).toEqual(["1", "2"])
    expect(answers[0]?.accounts.map((a) => a.username)).toEqual(["otterly", "heron"])
    expect(Schema.encodeSync(Response)(answers)).toStrictEqual(Fx.full)
  })

  it("drops unknown fields", () => {
    const answer = Schema.decodeUnknownSync(FamiliarFollowers.FamiliarFollowers)(Fx.extra)
    expect(Schema.encodeSync(FamiliarFollowers.FamiliarFollowers)(answer)).toStrictEqual({ id: "3", accounts: [] })
  })

  it("fails on a broken account and names the path", () => {
    const message = failure(decode(Fx.badAccount))
    expect(message).toContain('["accounts"]')
    expect(message).toContain("[1]")
    expect(message).toContain('["followers_count"]')
  })

  it("fails on missing accounts", () => {
    expect(failure(decode(Fx.missingAccounts))).toContain('["accounts"]')
  })
})
