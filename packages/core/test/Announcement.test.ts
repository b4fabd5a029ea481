import { describe, expect, it } from "@effect/vitest"
import * as Announcement from "@mastodon-effect/core/Announcement"
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Announcement.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const A = Announcement.Announcement

describe("Announcement", () => {
  it("decodes and round-trips the docs' example", () => {
    const announcement = decode(A, Fx.docs)
    expect(announcement.starts_at).toBeNull()
    expect(announcement.read).toBe(true)
    expect(announcement.reactions.map((r) => r.name)).toEqual(["bongoCat", "thonking", "AAAAAA", "🤔"])
    expect(announcement.reactions[3]?.url).toBeUndefined()
    expect(roundTrip(A, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes and round-trips the docs' reactions", () => {
    const Reactions = Schema.Array(Announcement.Reaction)
    expect(decode(Reactions, Fx.docsReactions)[1]).toEqual({ name: "🤔", count: 1, me: true })
    expect(roundTrip(Reactions, Fx.docsReactions)).toStrictEqual(Fx.docsReactions)
  })

  it("decodes a scheduled all-day announcement with mentions, statuses and tags, without a token", () => {
    const announcement = decode(A, Fx.scheduled)
    expect(announcement.all_day).toBe(true)
    expect(announcement.starts_at && DateTime.formatIso(announcement.starts_at)).toBe("2025-12-01T00:00:00.000Z")
    expect(announcement.read).toBeUndefined()
    expect(announcement.mentions[0]?.acct).toBe("heron@old.example")
    expect(announcement.statuses[0]?.id).toBe("115000000000000003")
    expect(announcement.reactions[0]?.me).toBeUndefined()
    expect(roundTrip(A, Fx.scheduled)).toStrictEqual(Fx.scheduled)
  })

  it("drops unknown fields, or keeps them when preserving", () => {
    expect(roundTrip(A, Fx.extra)).toStrictEqual(Fx.scheduled)
    expect(decodePreserving(A, Fx.extra)).toMatchObject({ pleroma: { raw_content: "Maintenance day" } })
  })

  it("fails on a reaction without count and names the path", () => {
    const message = failure(A, Fx.badReaction)
    expect(message).toContain('["reactions"]')
    expect(message).toContain('["count"]')
  })
})
