import { describe, expect, it } from "@effect/vitest"
import * as Notification from "@mastodon-effect/core/Notification"
import * as Fx from "./fixtures/Notification.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const N = Notification.Notification

describe("Notification", () => {
  it("decodes and round-trips the docs' mention and favourite examples", () => {
    const mention = decode(N, Fx.docsMention)
    expect(mention.type).toBe("mention")
    expect(mention.status?.mentions[0]?.acct).toBe("trwnh")
    expect(mention.group_key).toBeUndefined()
    const favourite = decode(N, Fx.docsFavourite)
    expect(favourite.account.acct).toBe("haskal@cybre.space")
    expect(favourite.status?.account.acct).toBe("trwnh")
    expect(roundTrip(N, Fx.docsMention)).toStrictEqual(Fx.docsMention)
    expect(roundTrip(N, Fx.docsFavourite)).toStrictEqual(Fx.docsFavourite)
  })

  it("decodes each payload: report, severance event, moderation warning, collection and fallback", () => {
    expect(decode(N, Fx.follow).status).toBeUndefined()
    expect(decode(N, Fx.adminReport).report?.category).toBe("spam")
    expect(decode(N, Fx.severed).event?.target_name).toBe("spam.example")
    expect(decode(N, Fx.moderationWarning).moderation_warning?.appeal?.state).toBe("pending")
    const added = decode(N, Fx.addedToCollection)
    expect(added.collection?.name).toBe("Excellent people")
    expect(added.fallback?.details).toBeNull()
    for (const fixture of [Fx.follow, Fx.adminReport, Fx.severed, Fx.moderationWarning, Fx.addedToCollection]) {
      expect(roundTrip(N, fixture)).toStrictEqual(fixture)
    }
  })

  it("decodes a fork's own type and keeps its extra fields when preserving", () => {
    expect(decode(N, Fx.pleromaReaction).type).toBe("pleroma:emoji_reaction")
    expect(roundTrip(N, Fx.pleromaReaction)).not.toHaveProperty("emoji")
    expect(decodePreserving(N, Fx.pleromaReaction)).toMatchObject({ emoji: "🦦", pleroma: { is_seen: false } })
  })

  it("fails on a broken status and names the nested path; fails without account", () => {
    const message = failure(N, Fx.badStatus)
    expect(message).toContain('["status"]')
    expect(message).toContain('["uri"]')
    expect(failure(N, Fx.missingAccount)).toContain('["account"]')
  })

  it("decodes the unread count", () => {
    expect(decode(Notification.UnreadCount, { count: 42 })).toEqual({ count: 42 })
    expect(failure(Notification.UnreadCount, { count: "42" })).toContain('["count"]')
  })
})
