import { describe, expect, it } from "@effect/vitest"
import * as Search from "@mastodon-effect/core/Search"
import * as Fx from "./fixtures/Search.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("Search", () => {
  it("decodes and round-trips the docs' example", () => {
    const results = decode(Search.Search, Fx.docs)
    expect(results.accounts.map((a) => a.acct)).toEqual(["catstar@catgram.jp", "catsareweird"])
    expect(results.statuses[1]?.spoiler_text).toBe("Cats")
    expect(results.hashtags[0]?.history?.[0]?.uses).toBe("10")
    expect(roundTrip(Search.Search, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a hashtags-only search with bare tags", () => {
    const results = decode(Search.Search, Fx.hashtagsOnly)
    expect(results.hashtags[0]?.history).toBeUndefined()
    expect(results.hashtags[1]?.following).toBe(true)
  })

  it("drops unknown fields, or keeps them when preserving", () => {
    expect(roundTrip(Search.Search, Fx.extra)).toStrictEqual(Fx.hashtagsOnly)
    expect(decodePreserving(Search.Search, Fx.extra)).toHaveProperty("groups")
  })

  it("fails on v1-style string hashtags and names the path", () => {
    const message = failure(Search.Search, Fx.v1Hashtags)
    expect(message).toContain('["hashtags"]')
    expect(message).toContain("[0]")
  })
})
