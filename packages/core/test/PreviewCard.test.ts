import { describe, expect, it } from "@effect/vitest"
import * as PreviewCard from "@mastodon-effect/core/PreviewCard"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/PreviewCard.js"

const Card = PreviewCard.PreviewCard
const roundTrip = (input: unknown) => Schema.encodeSync(Card)(Schema.decodeUnknownSync(Card)(input))

describe("PreviewCard", () => {
  it("decodes and round-trips a full card with authors", () => {
    const card = Schema.decodeUnknownSync(Card)(Fx.full)
    expect(card.authors?.[0]?.account?.username).toBe("heron")
    expect(card.authors?.[1]?.account).toBeNull()
    expect(card.missing_attribution).toBe(false)
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes a Mastodon 3.x video card", () => {
    expect(Schema.decodeUnknownSync(Card)(Fx.video).authors).toBeUndefined()
    expect(roundTrip(Fx.video)).toStrictEqual(Fx.video)
  })

  it("decodes a Pleroma card without oEmbed fields", () => {
    const card = Schema.decodeUnknownSync(Card)(Fx.pleroma)
    expect(card.width).toBeUndefined()
    const { pleroma: _p, ...known } = Fx.pleroma
    expect(roundTrip(Fx.pleroma)).toStrictEqual(known)
  })

  it("keeps an unknown card type", () => {
    expect(Schema.decodeUnknownSync(Card)(Fx.extra).type).toBe("audio")
  })

  it("fails without title and names it", () => {
    const result = Schema.decodeUnknownEither(Card)(Fx.missingTitle)
    expect(Either.isLeft(result) && String(result.left)).toContain('["title"]')
  })

  it("fails on a broken author account with the nested path", () => {
    const result = Schema.decodeUnknownEither(Card)({ ...Fx.video, authors: [{ name: "x", url: "y", account: {} }] })
    const message = Either.isLeft(result) ? String(result.left) : ""
    expect(message).toContain('["authors"]')
    expect(message).toContain('["account"]')
  })
})
