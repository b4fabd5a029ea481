/**
 * Event decoding on its own: the docs' example payloads, ids as bare strings, empty payloads, and
 * malformed payloads as a typed `MalformedEvent` (never a defect).
 */
import { describe, expect, it } from "@effect/vitest"
import * as StreamingEvent from "@mastodon-effect/streaming/StreamingEvent"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"

const announcement =
  "{\"id\":\"1\",\"content\":\"<p>test</p>\",\"starts_at\":null,\"ends_at\":null,\"all_day\":true,\"published_at\":\"2022-11-15T15:55:22.452Z\",\"updated_at\":\"2022-11-15T15:55:22.528Z\",\"mentions\":[],\"statuses\":[],\"tags\":[],\"emojis\":[],\"reactions\":[]}"

describe("StreamingEvent.decode", () => {
  it.effect("reads ids, announcements, reactions and payload-less events as the docs give them", () =>
    Effect.gen(function*() {
      const del = yield* StreamingEvent.decode("delete", "106692867363994015", ["public"])
      expect(del).toMatchObject({ _tag: "Delete", id: "106692867363994015", stream: ["public"] })
      const a = yield* StreamingEvent.decode("announcement", announcement)
      expect(a._tag === "Announcement" && a.announcement.id).toBe("1")
      const r = yield* StreamingEvent.decode("announcement.reaction", "{\"name\":\"🤔\",\"count\":1,\"announcement_id\":\"1\"}")
      expect(r._tag === "AnnouncementReaction" && r.reaction.count).toBe(1)
      expect((yield* StreamingEvent.decode("announcement.delete", "1"))._tag).toBe("AnnouncementDelete")
      expect((yield* StreamingEvent.decode("filters_changed", undefined))._tag).toBe("FiltersChanged")
      expect((yield* StreamingEvent.decode("notifications_merged", undefined))._tag).toBe("NotificationsMerged")
      expect(yield* StreamingEvent.decode("something_new", "raw")).toMatchObject({ _tag: "Unknown", event: "something_new", payload: "raw" })
    }))

  it.effect("a payload that is not the entity fails with MalformedEvent, in the error channel", () =>
    Effect.gen(function*() {
      for (const [event, payload] of [["update", "{not json"], ["notification", "{\"id\":\"1\"}"], ["delete", ""], ["conversation", undefined]] as const) {
        const exit = yield* Effect.exit(StreamingEvent.decode(event, payload))
        expect(Exit.isFailure(exit)).toBe(true)
        if (Exit.isFailure(exit)) {
          expect(exit.cause._tag).toBe("Fail")
          const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
          expect(error?._tag).toBe("MalformedEvent")
          expect(error?.event).toBe(event)
        }
      }
    }))
})
