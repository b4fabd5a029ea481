import { describe, expect, it } from "@effect/vitest"
import * as Snowflake from "@mastodon-effect/core/Snowflake"
import * as DateTime from "effect/DateTime"
import * as FastCheck from "effect/FastCheck"
import * as Option from "effect/Option"

describe("Snowflake", () => {
  it("turns a date into the smallest id of that millisecond", () => {
    const date = new Date("2024-01-01T00:00:00.000Z")
    expect(Snowflake.fromDate(date)).toBe((BigInt(date.getTime()) << 16n).toString())
    expect(Snowflake.fromDate(DateTime.unsafeMake(date))).toBe(Snowflake.fromDate(date))
    expect(Snowflake.fromDate(date.getTime())).toBe(Snowflake.fromDate(date))
  })

  it("reads the time of a real Mastodon id and refuses ids that are not snowflakes", () => {
    // A status id from late 2022 (the sequence bits are ignored).
    const time = Snowflake.toDate("109400000000000000")
    expect(Option.map(time, (t) => DateTime.formatIso(t).slice(0, 7))).toEqual(Option.some("2022-11"))
    expect(Snowflake.toDate("12345")).toEqual(Option.none())
    expect(Snowflake.toDate("AbCdEfG")).toEqual(Option.none())
    expect(Snowflake.toDate("")).toEqual(Option.none())
  })

  it.prop("toDate(fromDate(t)) = t for every millisecond since 1970", [
    FastCheck.integer({ min: 1, max: 4_102_444_800_000 })
  ], ([millis]) => {
    const back = Snowflake.toDate(Snowflake.fromDate(millis))
    expect(Option.map(back, DateTime.toEpochMillis)).toEqual(Option.some(millis))
  })

  it.prop("ids sort like their dates", [
    FastCheck.integer({ min: 1, max: 4_102_444_800_000 }),
    FastCheck.integer({ min: 1, max: 4_102_444_800_000 })
  ], ([a, b]) => {
    const ia = BigInt(Snowflake.fromDate(a))
    const ib = BigInt(Snowflake.fromDate(b))
    expect(ia < ib).toBe(a < b)
  })
})
