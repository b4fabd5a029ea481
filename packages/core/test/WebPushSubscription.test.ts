import { describe, expect, it } from "@effect/vitest"
import * as WebPushSubscription from "@mastodon-effect/core/WebPushSubscription"
import * as Fx from "./fixtures/WebPushSubscription.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const W = WebPushSubscription.WebPushSubscription

describe("WebPushSubscription", () => {
  it("decodes the docs' example; its numeric id becomes a string id", () => {
    const subscription = decode(W, Fx.docs)
    expect(subscription.id).toBe("328183")
    expect(subscription.alerts.mention).toBe(true)
    expect(subscription.alerts.status).toBeUndefined()
    expect(roundTrip(W, Fx.docs)).toStrictEqual({ ...Fx.docs, id: "328183" })
  })

  it("decodes and round-trips every alert and the policy", () => {
    const subscription = decode(W, Fx.full)
    expect(subscription.alerts["admin.report"]).toBe(true)
    expect(subscription.alerts.quoted_update).toBe(false)
    expect(subscription.policy).toBe("followed")
    expect(roundTrip(W, Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes a Mastodon 2.4 subscription", () => {
    const subscription = decode(W, Fx.mastodon24)
    expect(subscription.standard).toBeUndefined()
    expect(subscription.policy).toBeUndefined()
    expect(subscription.alerts.poll).toBeUndefined()
  })

  it("keeps an unknown policy; unknown alerts and fields only when preserving", () => {
    expect(decode(W, Fx.extra).policy).toBe("mutuals")
    expect(roundTrip(W, Fx.extra).alerts).not.toHaveProperty("added_to_collection")
    const preserved = decodePreserving(W, Fx.extra)
    expect(preserved.alerts).toHaveProperty("added_to_collection", true)
    expect(preserved).toHaveProperty("vapid_key", "BCk")
  })

  it("fails on an alert that is not a boolean and names the path", () => {
    const message = failure(W, Fx.badAlert)
    expect(message).toContain('["alerts"]')
    expect(message).toContain('["mention"]')
  })
})
