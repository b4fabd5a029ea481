import { describe, expect, it } from "@effect/vitest"
import * as RateLimit from "@mastodon-effect/core/RateLimit"
import * as DateTime from "effect/DateTime"
import * as Option from "effect/Option"

describe("RateLimit.fromHeaders", () => {
  it("reads the three headers, whatever their case", () => {
    const snapshot = RateLimit.fromHeaders({
      "X-RateLimit-Limit": "300",
      "x-ratelimit-remaining": "12",
      "X-RATELIMIT-RESET": "2026-11-27T00:05:00.000Z"
    })
    expect(Option.map(snapshot, (s) => [s.limit, s.remaining, DateTime.formatIso(s.reset)])).toEqual(
      Option.some([300, 12, "2026-11-27T00:05:00.000Z"])
    )
  })

  it("accepts a Unix-seconds reset from proxies", () => {
    const snapshot = RateLimit.fromHeaders({ "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1800000000" })
    expect(Option.map(snapshot, (s) => DateTime.toEpochMillis(s.reset))).toEqual(Option.some(1_800_000_000_000))
  })

  it("is None when a header is missing or unreadable", () => {
    expect(RateLimit.fromHeaders({})).toEqual(Option.none())
    expect(RateLimit.fromHeaders({ "x-ratelimit-limit": "300", "x-ratelimit-remaining": "1" })).toEqual(Option.none())
    expect(
      RateLimit.fromHeaders({ "x-ratelimit-limit": "lots", "x-ratelimit-remaining": "1", "x-ratelimit-reset": "2026-11-27T00:05:00Z" })
    ).toEqual(Option.none())
    expect(
      RateLimit.fromHeaders({ "x-ratelimit-limit": "300", "x-ratelimit-remaining": "1", "x-ratelimit-reset": "soon" })
    ).toEqual(Option.none())
  })

  it("millisUntilReset never goes below zero", () => {
    const snapshot = Option.getOrThrow(RateLimit.fromHeaders({
      "x-ratelimit-limit": "300",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": "2026-11-27T00:05:00.000Z"
    }))
    expect(RateLimit.millisUntilReset(snapshot, DateTime.unsafeMake("2026-11-27T00:04:00.000Z"))).toBe(60_000)
    expect(RateLimit.millisUntilReset(snapshot, DateTime.unsafeMake("2026-11-27T00:06:00.000Z"))).toBe(0)
  })
})
