import { describe, expect, it } from "@effect/vitest"
import * as TrendsLink from "@mastodon-effect/core/TrendsLink"
import * as Fx from "./fixtures/TrendsLink.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const L = TrendsLink.TrendsLink

describe("TrendsLink", () => {
  it("decodes and round-trips the docs' example", () => {
    const link = decode(L, Fx.docs)
    expect(link.type).toBe("link")
    expect(link.history).toHaveLength(7)
    expect(link.history[1]).toEqual({ day: "1661731200", accounts: "23", uses: "23" })
    expect(roundTrip(L, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a fork's card without oEmbed fields, with an unknown type; extras only when preserving", () => {
    const link = decode(L, Fx.fork)
    expect(link.type).toBe("article")
    expect(link.html).toBeUndefined()
    expect(roundTrip(L, Fx.fork)).not.toHaveProperty("id")
    expect(decodePreserving(L, Fx.fork)).toMatchObject({ id: 77 })
  })

  it("fails without history", () => {
    expect(failure(L, Fx.missingHistory)).toContain('["history"]')
  })
})
