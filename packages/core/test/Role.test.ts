import { describe, expect, it } from "@effect/vitest"
import * as Role from "@mastodon-effect/core/Role"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Role.js"

const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Role", () => {
  it("decodes and round-trips a full role", () => {
    const role = Schema.decodeUnknownSync(Role.Role)(Fx.full)
    expect(BigInt(role.permissions) & 0x1n).toBe(0x1n)
    expect(role.collection_limit).toBe(10)
    expect(roundTrip(Role.Role, Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes numeric id and permissions to strings", () => {
    const role = Schema.decodeUnknownSync(Role.Role)(Fx.numeric)
    expect(role.id).toBe("-99")
    expect(role.permissions).toBe("65536")
    expect(roundTrip(Role.Role, Fx.numeric)).toStrictEqual({ ...Fx.numeric, id: "-99", permissions: "65536" })
  })

  it("drops unknown fields", () => {
    expect(roundTrip(Role.Role, Fx.extra)).toStrictEqual(Fx.full)
  })

  it("fails without highlighted and names it", () => {
    expect(failure(Schema.decodeUnknownEither(Role.Role)(Fx.missingHighlighted))).toContain('["highlighted"]')
  })
})

describe("AccountRole", () => {
  it("decodes and round-trips", () => {
    expect(roundTrip(Role.AccountRole, Fx.accountRole)).toStrictEqual(Fx.accountRole)
  })

  it("fails on a boolean id and names it", () => {
    expect(failure(Schema.decodeUnknownEither(Role.AccountRole)(Fx.badId))).toContain('["id"]')
  })
})
