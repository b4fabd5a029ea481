import { describe, expect, it } from "@effect/vitest"
import * as AsyncRefresh from "@mastodon-effect/core/AsyncRefresh"
import * as Option from "effect/Option"
import * as Fx from "./fixtures/AsyncRefresh.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const W = AsyncRefresh.WrappedAsyncRefresh

describe("AsyncRefresh", () => {
  it("decodes and round-trips the docs' example", () => {
    const { async_refresh } = decode(W, Fx.docs)
    expect(async_refresh.status).toBe("running")
    expect(async_refresh.result_count).toBe(2)
    expect(roundTrip(W, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a finished refresh without a count", () => {
    expect(decode(W, Fx.finished).async_refresh.result_count).toBeNull()
    expect(roundTrip(W, Fx.finished)).toStrictEqual(Fx.finished)
  })

  it("keeps an unknown status; unknown fields only when preserving", () => {
    expect(decode(W, Fx.extra).async_refresh.status).toBe("failed")
    expect(roundTrip(W, Fx.extra).async_refresh).not.toHaveProperty("error")
    expect(decodePreserving(W, Fx.extra).async_refresh).toHaveProperty("error", "timeout")
  })

  it("fails without status and names the path", () => {
    const message = failure(W, Fx.missingStatus)
    expect(message).toContain('["async_refresh"]')
    expect(message).toContain('["status"]')
  })

  it("reads the Mastodon-Async-Refresh header", () => {
    expect(AsyncRefresh.parseHeader(`id="${Fx.docs.async_refresh.id}", retry=5, result_count=2`)).toEqual(
      Option.some({ id: Fx.docs.async_refresh.id, retry: 5, result_count: 2 })
    )
    expect(AsyncRefresh.parseHeader("retry=3,id=abc")).toEqual(Option.some({ id: "abc", retry: 3 }))
    expect(AsyncRefresh.parseHeader('id="a\\"b", retry=1, future="x, y",')).toEqual(Option.some({ id: 'a"b', retry: 1 }))
  })

  it("refuses a header without id or whole-number retry, or that does not parse", () => {
    expect(AsyncRefresh.parseHeader(undefined)).toEqual(Option.none())
    expect(AsyncRefresh.parseHeader(null)).toEqual(Option.none())
    expect(AsyncRefresh.parseHeader("retry=5")).toEqual(Option.none())
    expect(AsyncRefresh.parseHeader('id="", retry=5')).toEqual(Option.none())
    expect(AsyncRefresh.parseHeader('id="a", retry=soon')).toEqual(Option.none())
    expect(AsyncRefresh.parseHeader('id="a", retry=1.5')).toEqual(Option.none())
    expect(AsyncRefresh.parseHeader("not a header")).toEqual(Option.none())
  })
})
