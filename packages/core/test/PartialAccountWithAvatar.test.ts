import { describe, expect, it } from "@effect/vitest"
import * as PartialAccountWithAvatar from "@mastodon-effect/core/PartialAccountWithAvatar"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/PartialAccountWithAvatar.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const P = PartialAccountWithAvatar.PartialAccountWithAvatar

describe("PartialAccountWithAvatar", () => {
  it("decodes and round-trips the docs' example", () => {
    expect(decode(P, Fx.docs)).toMatchObject({ acct: "noiob@awoo.space", avatar_description: "a shark" })
    expect(roundTrip(P, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a Mastodon 4.3 account without avatar description", () => {
    expect(decode(P, Fx.mastodon43).avatar_description).toBeUndefined()
    expect(roundTrip(P, Fx.mastodon43)).toStrictEqual(Fx.mastodon43)
  })

  it("drops unknown fields, or keeps them when preserving", () => {
    expect(roundTrip(P, Fx.extra)).toStrictEqual(Fx.docs)
    expect(decodePreserving(P, Fx.extra)).toMatchObject({ display_name: "noiob" })
  })

  it("fails without avatar", () => {
    expect(failure(P, Fx.missingAvatar)).toContain('["avatar"]')
  })

  it.prop("decode(encode(a)) equals a", [P], ([account]) => {
    expect(Schema.decodeSync(P)(Schema.encodeSync(P)(account))).toStrictEqual(account)
  })
})
