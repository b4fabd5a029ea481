import { describe, expect, it } from "@effect/vitest"
import * as DomainBlock from "@mastodon-effect/core/DomainBlock"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/DomainBlock.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const D = DomainBlock.DomainBlock

describe("DomainBlock", () => {
  it("decodes and round-trips the docs' example", () => {
    expect(decode(D, Fx.docs)).toMatchObject({ domain: "daji******.com", severity: "suspend" })
    expect(roundTrip(D, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a block without comment", () => {
    expect(decode(D, Fx.noComment).comment).toBeUndefined()
    expect(roundTrip(D, Fx.noComment)).toStrictEqual(Fx.noComment)
  })

  it("keeps an unknown severity; unknown fields are kept only when preserving", () => {
    expect(decode(D, Fx.extra).severity).toBe("reject_media")
    expect(roundTrip(D, Fx.extra)).toStrictEqual({ ...Fx.noComment, severity: "reject_media" })
    expect(decodePreserving(D, Fx.extra)).toHaveProperty("public_comment", "")
  })

  it("fails without digest", () => {
    expect(failure(D, Fx.missingDigest)).toContain('["digest"]')
  })

  it.prop("decode(encode(a)) equals a", [D], ([block]) => {
    expect(Schema.decodeSync(D)(Schema.encodeSync(D)(block))).toStrictEqual(block)
  })
})
