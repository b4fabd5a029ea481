import { describe, expect, it } from "@effect/vitest"
import * as NotificationPolicy from "@mastodon-effect/core/NotificationPolicy"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/NotificationPolicy.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const P = NotificationPolicy.NotificationPolicy

describe("NotificationPolicy", () => {
  it("decodes and round-trips the docs' v2 example", () => {
    const policy = decode(P, Fx.docs)
    expect(policy.for_private_mentions).toBe("drop")
    expect(policy.for_limited_accounts).toBe("filter")
    expect(policy.summary.pending_requests_count).toBe(0)
    expect(roundTrip(P, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes and round-trips the docs' v1 example", () => {
    expect(decode(NotificationPolicy.NotificationPolicyV1, Fx.docsV1).filter_private_mentions).toBe(true)
    expect(roundTrip(NotificationPolicy.NotificationPolicyV1, Fx.docsV1)).toStrictEqual(Fx.docsV1)
  })

  it("keeps an unknown action; unknown fields are kept only when preserving", () => {
    expect(decode(P, Fx.extra).for_new_accounts).toBe("mute")
    expect(roundTrip(P, Fx.extra)).toStrictEqual({ ...Fx.docs, for_new_accounts: "mute" })
    expect(decodePreserving(P, Fx.extra)).toMatchObject({ for_bots: "filter" })
  })

  it("fails on an incomplete summary and names the path", () => {
    const message = failure(P, Fx.badSummary)
    expect(message).toContain('["summary"]')
    expect(message).toContain('["pending_notifications_count"]')
  })

  it.prop("decode(encode(a)) equals a", [P], ([policy]) => {
    expect(Schema.decodeSync(P)(Schema.encodeSync(P)(policy))).toStrictEqual(policy)
  })
})
