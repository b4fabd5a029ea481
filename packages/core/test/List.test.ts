import { describe, expect, it } from "@effect/vitest"
import * as List from "@mastodon-effect/core/List"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/List.js"

const decode = Schema.decodeUnknownEither(List.List)
const roundTrip = (input: unknown) => Schema.encodeSync(List.List)(Schema.decodeUnknownSync(List.List)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("List", () => {
  it("decodes and round-trips a full list", () => {
    const list = Schema.decodeUnknownSync(List.List)(Fx.full)
    expect(list).toEqual({ id: "12249", title: "River people", replies_policy: "list", exclusive: true })
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes an old list with only id and title", () => {
    const list = Schema.decodeUnknownSync(List.List)(Fx.minimal)
    expect(list.replies_policy).toBeUndefined()
    expect(list.exclusive).toBeUndefined()
    expect(roundTrip(Fx.minimal)).toStrictEqual(Fx.minimal)
  })

  it("keeps an unknown replies_policy and drops unknown fields", () => {
    expect(Schema.decodeUnknownSync(List.List)(Fx.extra).replies_policy).toBe("mutuals_only")
    expect(roundTrip(Fx.extra)).toStrictEqual({ id: "7", title: "Mixed", replies_policy: "mutuals_only", exclusive: false })
  })

  it("fails on a wrong type and names the path", () => {
    expect(failure(decode(Fx.badType))).toContain('["title"]')
  })

  it("fails on a missing id", () => {
    const message = failure(decode(Fx.missingId))
    expect(message).toContain('["id"]')
    expect(message).toContain("is missing")
  })

  it.prop("decode(encode(a)) equals a", [List.List], ([list]) => {
    expect(Schema.decodeSync(List.List)(Schema.encodeSync(List.List)(list))).toStrictEqual(list)
  })
})
