import { describe, expect, it } from "@effect/vitest"
import * as Preferences from "@mastodon-effect/core/Preferences"
import * as Fx from "./fixtures/Preferences.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const P = Preferences.Preferences

describe("Preferences", () => {
  it("decodes and round-trips the docs' example", () => {
    const preferences = decode(P, Fx.docs)
    expect(preferences["posting:default:visibility"]).toBe("public")
    expect(preferences["posting:default:language"]).toBeNull()
    expect(preferences["reading:expand:media"]).toBe("default")
    expect(roundTrip(P, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes the keys newer servers add", () => {
    const preferences = decode(P, Fx.mastodon45)
    expect(preferences["posting:default:quote_policy"]).toBe("followers")
    expect(preferences["reading:autoplay:gifs"]).toBe(false)
    expect(roundTrip(P, Fx.mastodon45)).toStrictEqual(Fx.mastodon45)
  })

  it("keeps a fork's own values; its extra keys only when preserving", () => {
    const preferences = decode(P, Fx.fork)
    expect(preferences["posting:default:visibility"]).toBe("local")
    expect(preferences["reading:expand:media"]).toBe("blur_all")
    expect(roundTrip(P, Fx.fork)).not.toHaveProperty("posting:default:content_type")
    expect(decodePreserving(P, Fx.fork)).toHaveProperty(["posting:default:content_type"], "text/markdown")
  })

  it("fails without the default visibility", () => {
    expect(failure(P, Fx.missingVisibility)).toContain('["posting:default:visibility"]')
  })
})
