import { describe, expect, it } from "@effect/vitest"
import * as MastodonErrorBody from "@mastodon-effect/core/MastodonErrorBody"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/MastodonErrorBody.js"

const Body = MastodonErrorBody.MastodonErrorBody
const decode = Schema.decodeUnknownEither(Body)
const roundTrip = (input: unknown) => Schema.encodeSync(Body)(Schema.decodeUnknownSync(Body)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("MastodonErrorBody", () => {
  it("decodes an OAuth error and a plain one", () => {
    expect(Schema.decodeUnknownSync(Body)(Fx.oauth).error_description).toContain("authorization grant")
    expect(roundTrip(Fx.oauth)).toStrictEqual(Fx.oauth)
    expect(roundTrip(Fx.minimal)).toStrictEqual(Fx.minimal)
  })

  it("decodes registration details as typed codes", () => {
    const body = Schema.decodeUnknownSync(Body)(Fx.registration)
    expect(body.details?.["email"]?.[0]?.error).toBe("ERR_TAKEN")
    expect(body.details?.["username"]?.map((d) => d.error)).toEqual(["ERR_RESERVED", "ERR_INVALID"])
    expect(body.details?.["locale"]?.[0]?.description).toBe("is not included in the list")
    expect(roundTrip(Fx.registration)).toStrictEqual(Fx.registration)
  })

  it("keeps an unknown ERR code and drops unknown fields", () => {
    const body = Schema.decodeUnknownSync(Body)(Fx.extra)
    expect(body.details?.["date_of_birth"]?.[0]?.error).toBe("ERR_BELOW_LIMIT")
    const { request_id: _r, ...known } = Fx.extra
    expect(roundTrip(Fx.extra)).toStrictEqual(known)
  })

  it("fails without error", () => {
    const message = failure(decode(Fx.missingError))
    expect(message).toContain('["error"]')
    expect(message).toContain("is missing")
  })

  it("fails on a detail without description and names the nested path", () => {
    const message = failure(decode(Fx.badDetail))
    expect(message).toContain('["details"]')
    expect(message).toContain('["email"]')
    expect(message).toContain('["description"]')
  })

  it("exposes the code and detail schemas", () => {
    expect(Schema.decodeUnknownSync(MastodonErrorBody.ErrorDetailCode)("ERR_UNREACHABLE")).toBe("ERR_UNREACHABLE")
    expect(Either.isLeft(Schema.decodeUnknownEither(MastodonErrorBody.ErrorDetailCode)(42))).toBe(true)
    expect(Schema.decodeUnknownSync(MastodonErrorBody.ErrorDetail)({ error: "ERR_BLANK", description: "can't be blank" }))
      .toEqual({ error: "ERR_BLANK", description: "can't be blank" })
    expect(Either.isLeft(Schema.decodeUnknownEither(MastodonErrorBody.ErrorDetails)({ email: "taken" }))).toBe(true)
  })

  it("AnyShape reads the flat body and the Collections endpoints' nested one to the same value", () => {
    const flat = { error: "Validation failed", details: { name: [{ error: "ERR_TOO_LONG", description: "is too long" }] } }
    const decodeAny = Schema.decodeUnknownSync(MastodonErrorBody.AnyShape)
    expect(decodeAny({ error: flat })).toStrictEqual(decodeAny(flat))
    expect(decodeAny({ error: flat }).details?.["name"]?.[0]?.error).toBe("ERR_TOO_LONG")
    expect(Schema.encodeSync(MastodonErrorBody.AnyShape)(decodeAny({ error: flat }))).toStrictEqual(flat)
    // Neither shape: a nested body whose inner error is not a string.
    expect(Either.isLeft(Schema.decodeUnknownEither(MastodonErrorBody.AnyShape)({ error: { error: 42 } }))).toBe(true)
  })

  // A Record drops a "__proto__" key on purpose (prototype pollution), so no round trip keeps one;
  // no server names a parameter that way.
  const bodies = Arbitrary.make(Body).filter((b) => !Object.keys(b.details ?? {}).includes("__proto__"))

  it("drops a __proto__ key from details instead of polluting the prototype", () => {
    const decoded = Schema.decodeUnknownSync(Body)(JSON.parse('{"error":"x","details":{"__proto__":[{"error":"ERR_BLANK","description":"d"}]}}'))
    expect(Object.keys(decoded.details ?? {})).toEqual([])
    expect(({} as Record<string, unknown>)["error"]).toBeUndefined()
  })

  it.prop("decode(encode(a)) equals a", [bodies], ([body]) => {
    expect(Schema.decodeSync(Body)(Schema.encodeSync(Body)(body))).toStrictEqual(body)
  })
})
