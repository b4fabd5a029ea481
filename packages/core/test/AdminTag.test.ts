import { describe, expect, it } from "@effect/vitest"
import * as AdminTag from "@mastodon-effect/core/AdminTag"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminTag.js"

const decode = Schema.decodeUnknownSync(AdminTag.AdminTag)
const roundTrip = (input: unknown) => Schema.encodeSync(AdminTag.AdminTag)(decode(input))

describe("AdminTag", () => {
  it("decodes and round-trips the docs' example", () => {
    const tag = decode(Fx.docs)
    expect(tag.id).toBe("802")
    expect([tag.trendable, tag.usable, tag.requires_review]).toEqual([true, true, false])
    expect(tag.history?.[1]).toEqual({ day: "1669420800", accounts: "142", uses: "171" })
    expect(roundTrip(Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes and round-trips a tag waiting for review, with the public Tag's fields", () => {
    const tag = decode(Fx.pending)
    expect(tag.requires_review).toBe(true)
    expect(tag.following).toBe(false)
    expect(roundTrip(Fx.pending)).toStrictEqual(Fx.pending)
  })

  it("needs the id and the review fields, which a plain Tag lacks", () => {
    const result = Schema.decodeUnknownEither(AdminTag.AdminTag)(Fx.mastodon40)
    const message = Either.isLeft(result) ? String(result.left) : ""
    expect(message).toContain('["id"]')
  })

  it("decodes Mastodon 4.0's plain Tag through AdminTagOrTag, and tells the two apart", () => {
    const decodeEither = Schema.decodeUnknownSync(AdminTag.AdminTagOrTag)
    const plain = decodeEither(Fx.mastodon40)
    const admin = decodeEither(Fx.docs)
    expect("requires_review" in plain).toBe(false)
    expect("requires_review" in admin && admin.requires_review).toBe(false)
  })

  it("drops unknown fields, or keeps them with preserve", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.docs)
    expect(Schema.decodeUnknownSync(AdminTag.AdminTag, { onExcessProperty: "preserve" })(Fx.extra))
      .toMatchObject({ listable: true })
  })

  it("fails on a bad requires_review and names it", () => {
    const result = Schema.decodeUnknownEither(AdminTag.AdminTag)(Fx.badReview)
    expect(Either.isLeft(result) && String(result.left)).toContain('["requires_review"]')
  })
})
