import { describe, expect, it } from "@effect/vitest"
import * as AdminDomainAllow from "@mastodon-effect/core/AdminDomainAllow"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminDomainAllow.js"

const decode = Schema.decodeUnknownSync(AdminDomainAllow.AdminDomainAllow)
const roundTrip = (input: unknown) => Schema.encodeSync(AdminDomainAllow.AdminDomainAllow)(decode(input))

describe("AdminDomainAllow", () => {
  it("decodes and round-trips the docs' example", () => {
    const allow = decode(Fx.docs)
    expect(allow.domain).toBe("mastodon.social")
    expect(DateTime.formatIso(allow.created_at)).toBe("2022-09-14T21:23:02.755Z")
    expect(roundTrip(Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("drops unknown fields", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.docs)
  })

  it("fails on an empty id and names it", () => {
    const result = Schema.decodeUnknownEither(AdminDomainAllow.AdminDomainAllow)(Fx.emptyId)
    expect(Either.isLeft(result) && String(result.left)).toContain('["id"]')
  })
})
