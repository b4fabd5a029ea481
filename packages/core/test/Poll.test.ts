import { describe, expect, it } from "@effect/vitest"
import * as Poll from "@mastodon-effect/core/Poll"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Poll.js"

const roundTrip = (input: unknown) => Schema.encodeSync(Poll.Poll)(Schema.decodeUnknownSync(Poll.Poll)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Poll", () => {
  it("decodes and round-trips a full poll", () => {
    const poll = Schema.decodeUnknownSync(Poll.Poll)(Fx.full)
    expect(poll.expires_at && DateTime.formatIso(poll.expires_at)).toBe("2025-12-05T04:05:08.302Z")
    expect(poll.own_votes).toEqual([0, 1])
    expect(poll.options.map((o) => o.votes_count)).toEqual([6, 4])
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes an anonymous poll with hidden results", () => {
    const poll = Schema.decodeUnknownSync(Poll.Poll)(Fx.anonymous)
    expect(poll.expires_at).toBeNull()
    expect(poll.voted).toBeUndefined()
    expect(roundTrip(Fx.anonymous)).toStrictEqual(Fx.anonymous)
  })

  it("decodes a Pleroma poll and drops its extras", () => {
    const { pleroma: _p, ...rest } = Fx.pleroma
    expect(roundTrip(Fx.pleroma)).toStrictEqual({ ...rest, options: [{ title: "a", votes_count: 3 }] })
  })

  it("fails without options and names it", () => {
    expect(failure(Schema.decodeUnknownEither(Poll.Poll)(Fx.missingOptions))).toContain('["options"]')
  })

  it("fails on a fractional count", () => {
    const message = failure(Schema.decodeUnknownEither(Poll.Poll)(Fx.badCount))
    expect(message).toContain('["votes_count"]')
    expect(message).toContain("integer")
  })
})
