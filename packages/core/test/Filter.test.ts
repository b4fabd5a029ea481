import { describe, expect, it } from "@effect/vitest"
import * as Filter from "@mastodon-effect/core/Filter"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Filter.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("Filter", () => {
  it("decodes and round-trips the docs' Filter, FilterKeyword and FilterStatus examples", () => {
    const filter = decode(Filter.Filter, Fx.docs)
    expect(filter.keywords?.[0]).toEqual({ id: "1197", keyword: "bad word", whole_word: false })
    expect(filter.statuses?.[0]?.status_id).toBe("109031743575371913")
    expect(roundTrip(Filter.Filter, Fx.docs)).toStrictEqual(Fx.docs)
    expect(roundTrip(Filter.FilterKeyword, Fx.docsKeyword)).toStrictEqual(Fx.docsKeyword)
    expect(roundTrip(Filter.FilterStatus, Fx.docsStatus)).toStrictEqual(Fx.docsStatus)
  })

  it("decodes the docs' FilterResult example through the re-exported schema", () => {
    const result = decode(Filter.FilterResult, Fx.docsResult)
    expect(result.filter.filter_action).toBe("hide")
    expect(result.status_matches).toEqual(["109031743575371913"])
    expect(roundTrip(Filter.FilterResult, Fx.docsResult)).toStrictEqual(Fx.docsResult)
  })

  it("decodes and round-trips the docs' v1 filter", () => {
    const filter = decode(Filter.FilterV1, Fx.docsV1)
    expect(filter.irreversible).toBe(true)
    expect(filter.context).toEqual(["home", "notifications", "public", "thread"])
    expect(roundTrip(Filter.FilterV1, Fx.docsV1)).toStrictEqual(Fx.docsV1)
  })

  it("decodes an embedded filter without keywords, statuses or expiry", () => {
    const filter = decode(Filter.Filter, Fx.embedded)
    expect(filter.keywords).toBeUndefined()
    expect(filter.expires_at).toBeNull()
    expect(filter.filter_action).toBe("blur")
    expect(roundTrip(Filter.Filter, Fx.embedded)).toStrictEqual(Fx.embedded)
  })

  it("keeps unknown contexts and actions; unknown fields are kept only when preserving", () => {
    const filter = decode(Filter.Filter, Fx.extra)
    expect(filter.context).toEqual(["home", "explore"])
    expect(filter.filter_action).toBe("mute")
    expect(roundTrip(Filter.Filter, Fx.extra)).not.toHaveProperty("color")
    expect(decodePreserving(Filter.Filter, Fx.extra)).toMatchObject({ color: "red" })
  })

  it("fails on a keyword without whole_word and names the path", () => {
    const message = failure(Filter.Filter, Fx.badKeyword)
    expect(message).toContain('["keywords"]')
    expect(message).toContain('["whole_word"]')
  })

  it("tells the action for a context: the strongest match wins, unknown actions warn", () => {
    const status = { filtered: decode(Schema.Array(Filter.FilterResult), Fx.results) }
    expect(Filter.actionFor(status, "home")).toEqual(Option.some("warn"))
    expect(Filter.actionFor(status, "public")).toEqual(Option.some("hide"))
    expect(Filter.actionFor(status, "notifications")).toEqual(Option.none())
    expect(Filter.actionFor({ filtered: [status.filtered[2]!] }, "home")).toEqual(Option.some("blur"))
    expect(Filter.actionFor({ filtered: decode(Schema.Array(Filter.FilterResult), Fx.unknownAction) }, "thread")).toEqual(
      Option.some("warn")
    )
    expect(Filter.actionFor({}, "home")).toEqual(Option.none())
    expect(Filter.resultsFor(status, "public").map((r) => r.filter.id)).toEqual(["2", "3"])
  })

  it.prop("Filter: decode(encode(a)) equals a", [Filter.Filter], ([filter]) => {
    const decoded = Schema.decodeSync(Filter.Filter)(Schema.encodeSync(Filter.Filter)(filter))
    expect(Schema.equivalence(Filter.Filter)(decoded, filter)).toBe(true)
  })
})
