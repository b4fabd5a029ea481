import { describe, expect, it } from "@effect/vitest"
import * as Context from "@mastodon-effect/core/Context"
import * as Fx from "./fixtures/Context.js"
import { decode, failure, roundTrip } from "./utils/schema.js"

describe("Context", () => {
  it("decodes and round-trips the docs' example, in thread order", () => {
    const context = decode(Context.Context, Fx.docs)
    expect(context.ancestors.map((s) => s.in_reply_to_id)).toEqual([null, "103188938570975982", "103188971072973252"])
    expect(context.descendants[0]?.id).toBe("103189026958574542")
    expect(roundTrip(Context.Context, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a thread mixing a Mastodon 4.6 status and a GoToSocial one", () => {
    const context = decode(Context.Context, Fx.mixed)
    expect(context.ancestors[0]?.quotes_count).toBe(2)
    expect(context.descendants[0]?.application).toBeUndefined()
  })

  it("decodes an empty thread", () => {
    expect(roundTrip(Context.Context, Fx.empty)).toStrictEqual(Fx.empty)
  })

  it("fails on a descendant that is not a status and names the path", () => {
    const message = failure(Context.Context, Fx.badDescendant)
    expect(message).toContain('["descendants"]')
    expect(message).toContain("[0]")
  })
})
