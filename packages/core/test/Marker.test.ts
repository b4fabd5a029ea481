import { describe, expect, it } from "@effect/vitest"
import * as Marker from "@mastodon-effect/core/Marker"
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Marker.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("Marker", () => {
  it("decodes and round-trips the docs' example", () => {
    const marker = decode(Marker.Marker, Fx.docs)
    expect(marker.version).toBe(462)
    expect(DateTime.formatIso(marker.updated_at)).toBe("2019-11-24T19:39:39.337Z")
    expect(roundTrip(Marker.Marker, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes the markers of both timelines, and of one", () => {
    const both = decode(Marker.Markers, Fx.both)
    expect(both.home?.last_read_id).toBe("103206604258487607")
    expect(both.notifications?.version).toBe(361)
    expect(roundTrip(Marker.Markers, Fx.both)).toStrictEqual(Fx.both)
    expect(decode(Marker.Markers, Fx.homeOnly).notifications).toBeUndefined()
    expect(decode(Marker.Markers, {})).toEqual({})
  })

  it("keeps Pleroma's unread count only when preserving", () => {
    expect(roundTrip(Marker.Markers, Fx.homeOnly)).toStrictEqual({ home: Fx.docs })
    expect(decodePreserving(Marker.Markers, Fx.homeOnly).home).toMatchObject({ pleroma: { unread_count: 7 } })
  })

  it("fails on a version sent as a string and names the path", () => {
    const message = failure(Marker.Markers, Fx.badVersion)
    expect(message).toContain('["home"]')
    expect(message).toContain('["version"]')
  })

  it.prop("decode(encode(a)) equals a", [Marker.Marker], ([marker]) => {
    const decoded = Schema.decodeSync(Marker.Marker)(Schema.encodeSync(Marker.Marker)(marker))
    expect(Schema.equivalence(Marker.Marker)(decoded, marker)).toBe(true)
  })
})
