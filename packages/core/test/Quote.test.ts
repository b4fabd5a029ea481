// Imports Quote before Status on purpose: the two modules import each other, and loading Quote
// first must work as well as loading Status first.
import { describe, expect, it } from "@effect/vitest"
import * as Quote from "@mastodon-effect/core/Quote"
import * as QuoteApproval from "@mastodon-effect/core/QuoteApproval"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Quote.js"

const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))

describe("Quote", () => {
  it("decodes and round-trips an accepted quote with its status", () => {
    const quote = Schema.decodeUnknownSync(Quote.Quote)(Fx.accepted)
    expect(quote.quoted_status?.account.username).toBe("heron")
    expect(roundTrip(Quote.Quote, Fx.accepted)).toStrictEqual(Fx.accepted)
    expect(roundTrip(Quote.Quote, Fx.pending)).toStrictEqual(Fx.pending)
  })

  it("keeps an unknown state", () => {
    expect(Schema.decodeUnknownSync(Quote.Quote)(Fx.extra).state).toBe("expired")
    expect(roundTrip(Quote.Quote, Fx.extra)).toStrictEqual({ state: "expired", quoted_status: null })
  })

  it("fails without state", () => {
    const result = Schema.decodeUnknownEither(Quote.Quote)(Fx.missingState)
    expect(Either.isLeft(result) && String(result.left)).toContain('["state"]')
  })
})

describe("ShallowQuote", () => {
  it("decodes and round-trips", () => {
    expect(roundTrip(Quote.ShallowQuote, Fx.shallow)).toStrictEqual(Fx.shallow)
    expect(roundTrip(Quote.ShallowQuote, Fx.shallowHidden)).toStrictEqual(Fx.shallowHidden)
  })
})

describe("QuoteOrShallowQuote", () => {
  it("picks the right member by shape, both ways", () => {
    const full = Schema.decodeUnknownSync(Quote.QuoteOrShallowQuote)(Fx.accepted)
    const shallow = Schema.decodeUnknownSync(Quote.QuoteOrShallowQuote)(Fx.shallow)
    expect("quoted_status" in full).toBe(true)
    expect("quoted_status_id" in shallow).toBe(true)
    expect(Schema.encodeSync(Quote.QuoteOrShallowQuote)(shallow)).toStrictEqual(Fx.shallow)
    expect(Schema.encodeSync(Quote.QuoteOrShallowQuote)(full)).toStrictEqual(Fx.accepted)
  })

  it("fails on neither shape", () => {
    expect(Either.isLeft(Schema.decodeUnknownEither(Quote.QuoteOrShallowQuote)({ state: "accepted" }))).toBe(true)
  })
})

describe("QuoteApproval", () => {
  it("decodes, keeps unknown audiences, and round-trips", () => {
    const input = { automatic: ["public", "mutuals"], manual: [], current_user: "denied" }
    expect(Schema.decodeUnknownSync(QuoteApproval.QuoteApproval)(input).automatic).toEqual(["public", "mutuals"])
    expect(roundTrip(QuoteApproval.QuoteApproval, input)).toStrictEqual(input)
  })

  it("fails without current_user", () => {
    const result = Schema.decodeUnknownEither(QuoteApproval.QuoteApproval)({ automatic: [], manual: [] })
    expect(Either.isLeft(result) && String(result.left)).toContain('["current_user"]')
  })
})
