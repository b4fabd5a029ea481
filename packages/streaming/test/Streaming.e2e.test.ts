/**
 * The streaming client against the fake's loopback server, over both transports: every stream of
 * the docs, one shared WebSocket, reconnection with backfill (each event once), malformed events,
 * stalls, overflow, the health check, and no token in any logged URL.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Streaming from "@mastodon-effect/streaming/Streaming"
import type * as StreamingEvent from "@mastodon-effect/streaming/StreamingEvent"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as StreamingHub from "@mastodon-effect/testing/StreamingHub"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as HashSet from "effect/HashSet"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { collect, connectionsAre, deleteStatus, listening, next, quiet, server, signedIn, statusJson, takeN, transports } from "./utils.js"

const ids = (events: ReadonlyArray<StreamingEvent.StreamingEvent>) =>
  events.map((e) => (e._tag === "Update" ? `update:${e.status.id}` : e._tag === "Delete" ? `delete:${e.id}` : e._tag))

/** alice follows bob and has a list with him; carol is remote. */
const cast = Effect.gen(function*() {
  const alice = yield* Seed.createAccount({ username: "alice" })
  const bob = yield* Seed.createAccount({ username: "bob" })
  const carol = yield* Seed.createAccount({ username: "carol", domain: "remote.example" })
  yield* Seed.follow(alice, bob)
  const list = yield* Seed.createList(alice, { title: "friends", accounts: [bob] })
  const origin = yield* MastodonInstance.origin
  return { alice, bob, carol, list, origin }
})

describe.each(transports)("Streaming over %s (loopback)", (transport) => {
  it.live("every stream of the docs receives what the state produces", () =>
    Effect.gen(function*() {
      const { alice, bob, carol, list, origin } = yield* cast
      yield* Effect.gen(function*() {
        const subs = {
          user: yield* collect(Streaming.user()),
          public: yield* collect(Streaming.publicTimeline()),
          publicMedia: yield* collect(Streaming.publicTimeline({ onlyMedia: true })),
          local: yield* collect(Streaming.publicTimeline({ local: true })),
          localMedia: yield* collect(Streaming.publicTimeline({ local: true, onlyMedia: true })),
          remote: yield* collect(Streaming.publicTimeline({ remote: true })),
          remoteMedia: yield* collect(Streaming.publicTimeline({ remote: true, onlyMedia: true })),
          hashtag: yield* collect(Streaming.hashtag("#Effect")),
          hashtagLocal: yield* collect(Streaming.hashtag("effect", { local: true })),
          list: yield* collect(Streaming.list(list.id)),
          direct: yield* collect(Streaming.direct()),
          notification: yield* collect(Streaming.userNotification())
        }
        for (const channel of ["user", "public", "public:media", "public:local", "public:local:media", "public:remote", "public:remote:media", "hashtag:effect", "hashtag:local:effect", `list:${list.id}`, "direct", "user:notification"]) {
          yield* listening(channel)
        }
        // One socket carries every subscription; SSE needs one request each.
        expect(yield* StreamingHub.connections).toBe(transport === "websocket" ? 1 : 12)

        const local = yield* Seed.createStatus(bob, { text: "hello #effect", tags: ["effect"], media: 1 })
        const remote = yield* Seed.createStatus(carol, { text: "from afar #effect", tags: ["effect"], media: 1 })
        const dm = yield* Seed.createStatus(bob, { text: "@alice psst", visibility: "direct" })

        const expectUpdate = (e: StreamingEvent.StreamingEvent, id: string) => {
          expect(e._tag).toBe("Update")
          if (e._tag === "Update") expect(e.status.id).toBe(id)
        }
        // user: bob's posts (followed) and the direct message naming alice, with its mention
        // notification; not carol's post.
        const home = yield* takeN(subs.user.queue, 3)
        expect(ids(home)).toEqual([`update:${local.id}`, `update:${dm.id}`, "Notification"])
        const mention = home[2]
        expect(mention?._tag === "Notification" && [mention.notification.type, mention.notification.status?.id]).toEqual(["mention", dm.id])
        const alone = yield* next(subs.notification.queue)
        expect(alone._tag === "Notification" && alone.notification.id).toBe(mention?._tag === "Notification" && mention.notification.id)
        for (const s of [subs.public, subs.publicMedia, subs.hashtag]) {
          expectUpdate(yield* next(s.queue), local.id)
          expectUpdate(yield* next(s.queue), remote.id)
        }
        for (const s of [subs.local, subs.localMedia, subs.hashtagLocal, subs.list]) expectUpdate(yield* next(s.queue), local.id)
        for (const s of [subs.remote, subs.remoteMedia]) expectUpdate(yield* next(s.queue), remote.id)
        const conversation = yield* next(subs.direct.queue)
        expect(conversation._tag).toBe("Conversation")
        if (conversation._tag === "Conversation") {
          expect(conversation.conversation.last_status?.id).toBe(dm.id)
          expect(conversation.conversation.accounts.map((a) => a.acct)).toEqual(["bob"])
        }

        // A deletion reaches where the post went.
        yield* deleteStatus(bob.token, local.id)
        for (const s of [subs.user, subs.public, subs.publicMedia, subs.local, subs.localMedia, subs.hashtag, subs.hashtagLocal, subs.list]) {
          expect(ids([yield* next(s.queue)])).toEqual([`delete:${local.id}`])
        }


        // Nothing else arrived anywhere.
        for (const s of Object.values(subs)) expect(yield* quiet(s.queue, "100 millis")).toBe(0)
        expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:/)
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport)), Effect.scoped)
    }).pipe(Effect.provide(server)))

  it.live("every event type decodes; unknown events are kept raw", () =>
    Effect.gen(function*() {
      const { alice, bob, origin } = yield* cast
      yield* Effect.gen(function*() {
        const user = yield* collect(Streaming.user())
        yield* listening("user")
        const posted = yield* Seed.createStatus(bob, { text: "to edit" })
        yield* next(user.queue)
        const status = yield* statusJson(alice.token, posted.id)
        const announcement = "{\"id\":\"1\",\"content\":\"<p>test</p>\",\"starts_at\":null,\"ends_at\":null,\"all_day\":true,\"published_at\":\"2022-11-15T15:55:22.452Z\",\"updated_at\":\"2022-11-15T15:55:22.528Z\",\"mentions\":[],\"statuses\":[],\"tags\":[],\"emojis\":[],\"reactions\":[]}"
        const events: ReadonlyArray<readonly [string, string | undefined]> = [
          ["status.update", status],
          ["announcement", announcement],
          ["announcement.reaction", "{\"name\":\"🤔\",\"count\":1,\"announcement_id\":\"1\"}"],
          ["announcement.delete", "1"],
          ["filters_changed", undefined],
          ["notifications_merged", "1"],
          ["encrypted_message", "{\"x\":1}"]
        ]
        for (const [event, payload] of events) yield* StreamingHub.publish({ stream: "user", event, payload })
        const got = yield* takeN(user.queue, events.length)
        expect(got.map((e) => e._tag)).toEqual([
          "StatusUpdate",
          "Announcement",
          "AnnouncementReaction",
          "AnnouncementDelete",
          "FiltersChanged",
          "NotificationsMerged",
          "Unknown"
        ])
        const [edit, , reaction, , , , unknown] = got
        expect(edit?._tag === "StatusUpdate" && edit.status.id).toBe(posted.id)
        expect(reaction?._tag === "AnnouncementReaction" && reaction.reaction).toEqual({ name: "🤔", count: 1, announcement_id: "1" })
        expect(unknown?._tag === "Unknown" && [unknown.event, unknown.payload]).toEqual(["encrypted_message", "{\"x\":1}"])
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport)), Effect.scoped)
    }).pipe(Effect.provide(server)))

  it.live("after a dropped connection, what was posted meanwhile arrives once, in order, before live events", () =>
    Effect.gen(function*() {
      const { alice, bob, origin } = yield* cast
      yield* Effect.gen(function*() {
        const user = yield* collect(Streaming.user())
        yield* listening("user")
        const a = yield* Seed.createStatus(bob, { text: "a" })
        expect(ids([yield* next(user.queue)])).toEqual([`update:${a.id}`])

        // The backfill request is slow: what is posted while it runs arrives both live and in
        // the backfill, and must still be given once.
        yield* Faults.inject(Faults.latency("400 millis"), { path: "/api/v1/timelines/home", times: 1 })
        yield* StreamingHub.dropConnections
        const b = yield* Seed.createStatus(bob, { text: "b (while disconnected)" })
        const c = yield* Seed.createStatus(bob, { text: "c (while disconnected)" })
        yield* listening("user")
        const d = yield* Seed.createStatus(bob, { text: "d (during the backfill)" })
        const got = yield* takeN(user.queue, 3)
        const e = yield* Seed.createStatus(bob, { text: "e (live)" })
        got.push(yield* next(user.queue))
        expect(ids(got)).toEqual([`update:${b.id}`, `update:${c.id}`, `update:${d.id}`, `update:${e.id}`])
        expect(got.map((x) => x._tag === "Update" && x.backfilled)).toEqual([true, true, true, false])
        expect(yield* quiet(user.queue)).toBe(0)
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport)), Effect.scoped)
    }).pipe(Effect.provide(server)))

  it.live("notifications missed while disconnected arrive once, before live ones", () =>
    Effect.gen(function*() {
      const { alice, bob, origin } = yield* cast
      yield* Effect.gen(function*() {
        const notifications = yield* collect(Streaming.userNotification())
        yield* listening("user:notification")
        const type = (e: StreamingEvent.StreamingEvent) => (e._tag === "Notification" ? `${e.notification.status?.id}:${e.backfilled}` : e._tag)
        const first = yield* Seed.createStatus(bob, { text: "@alice one" })
        expect(type(yield* next(notifications.queue))).toBe(`${first.id}:false`)
        yield* StreamingHub.dropConnections
        const second = yield* Seed.createStatus(bob, { text: "@alice two" })
        const third = yield* Seed.createStatus(bob, { text: "@alice three" })
        const missed = yield* takeN(notifications.queue, 2)
        const live = yield* Seed.createStatus(bob, { text: "@alice four" })
        missed.push(yield* next(notifications.queue))
        expect(missed.map(type)).toEqual([`${second.id}:true`, `${third.id}:true`, `${live.id}:false`])
        expect(yield* quiet(notifications.queue)).toBe(0)
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport)), Effect.scoped)
    }).pipe(Effect.provide(server)))

  it.live("malformed events are skipped by default and fail the stream with MalformedEvent on request", () =>
    Effect.gen(function*() {
      const { alice, bob, origin } = yield* cast
      yield* Effect.gen(function*() {
        const user = yield* collect(Streaming.user())
        yield* listening("user")
        yield* StreamingHub.sendMalformed
        yield* StreamingHub.publish({ stream: "user", event: "update", payload: "{\"id\":\"1\"}" })
        const s = yield* Seed.createStatus(bob, { text: "still here" })
        expect(ids([yield* next(user.queue)])).toEqual([`update:${s.id}`])
        expect(Fiber.isFiber(user.fiber) && (yield* Fiber.poll(user.fiber))._tag).toBe("None")
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport)), Effect.scoped)
      yield* connectionsAre(0)

      const error = yield* Effect.gen(function*() {
        const user = yield* collect(Streaming.user())
        yield* listening("user")
        yield* StreamingHub.sendMalformed
        return yield* Fiber.join(user.fiber).pipe(Effect.flip)
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport, { malformed: "fail" })), Effect.scoped)
      expect(error._tag).toBe("MalformedEvent")
    }).pipe(Effect.provide(server)))

  it.live("a stalled connection is detected by the idle timeout and what it lost is backfilled", () =>
    Effect.gen(function*() {
      const { alice, bob, origin } = yield* cast
      yield* StreamingHub.setHeartbeat("100 millis")
      yield* Effect.gen(function*() {
        const user = yield* collect(Streaming.user())
        yield* listening("user")
        yield* StreamingHub.stall
        const lost = yield* Seed.createStatus(bob, { text: "sent into a stalled socket" })
        const got = yield* next(user.queue, "5 seconds")
        expect(ids([got])).toEqual([`update:${lost.id}`])
        expect(got._tag === "Update" && got.backfilled).toBe(true)
        yield* StreamingHub.resume
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport, { idleTimeout: "700 millis" })), Effect.scoped)
    }).pipe(Effect.provide(server)))

  it.live("ending a stream unsubscribes; the last one closes the connection", () =>
    Effect.gen(function*() {
      const { alice, bob, origin } = yield* cast
      yield* Effect.gen(function*() {
        const user = yield* collect(Streaming.user())
        yield* listening("user")
        const first = yield* Streaming.publicTimeline().pipe(Stream.take(1), Stream.runCollect, Effect.fork)
        yield* listening("public")
        yield* Seed.createStatus(bob, { text: "one" })
        yield* Fiber.join(first)
        yield* next(user.queue)
        yield* Effect.gen(function*() {
          const channels = (yield* StreamingHub.channels).flat()
          if (channels.includes("public")) return yield* Effect.fail(new Error("still subscribed to public"))
        }).pipe(Effect.retry(Schedule.spaced("20 millis").pipe(Schedule.upTo("5 seconds"))))
        expect((yield* StreamingHub.channels).flat()).toEqual(["user"])
        yield* Fiber.interrupt(user.fiber)
        yield* connectionsAre(0)
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport)), Effect.scoped)
    }).pipe(Effect.provide(server)))

  it.live("the token never appears in a logged URL or a log line", () =>
    Effect.gen(function*() {
      const { alice, bob, origin } = yield* cast
      const lines = yield* Ref.make(HashSet.empty<string>())
      const logger = Logger.make(({ message }) => {
        Effect.runSync(Ref.update(lines, HashSet.add(JSON.stringify(message))))
      })
      yield* Effect.gen(function*() {
        const user = yield* collect(Streaming.user())
        yield* listening("user")
        yield* StreamingHub.dropConnections
        yield* listening("user")
        yield* StreamingHub.sendMalformed
        yield* Seed.createStatus(bob, { text: "x" })
        yield* next(user.queue)
        // The malformed frame may come after a backfilled "x": let it be read (and logged).
        expect(yield* quiet(user.queue)).toBe(0)
      }).pipe(
        Effect.provide(signedIn(origin, alice.token, transport)),
        Effect.scoped,
        Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
        Logger.withMinimumLogLevel(LogLevel.All)
      )
      const requests = yield* MastodonInstance.requests
      const streaming = requests.filter((r) => r.path.startsWith("/api/v1/streaming"))
      expect(streaming.length).toBeGreaterThanOrEqual(2)
      for (const r of requests) expect(`${r.path}${r.query}`).not.toContain(alice.token)
      for (const line of yield* Ref.get(lines)) expect(line).not.toContain(alice.token)
      expect(HashSet.size(yield* Ref.get(lines))).toBeGreaterThan(0)
    }).pipe(Effect.provide(server)))

  it.live("the health check", () =>
    Effect.gen(function*() {
      const { alice, origin } = yield* cast
      const up = yield* Streaming.health.pipe(Effect.provide(signedIn(origin, alice.token, transport)))
      expect(up).toBe(true)
      const down = yield* Streaming.health.pipe(Effect.provide(signedIn(origin, alice.token, transport, { url: "ws://127.0.0.1:9" })))
      expect(down).toBe(false)
    }).pipe(Effect.provide(server)))
})

describe("Streaming over WebSocket: back-pressure", () => {
  it.live("a consumer that falls bufferSize events behind fails with StreamingOverflow, typed", () =>
    Effect.gen(function*() {
      const { alice, origin } = yield* cast
      const exit = yield* Effect.gen(function*() {
        const slow = yield* Streaming.user().pipe(
          Stream.mapEffect(() => Effect.sleep("1 second")),
          Stream.runDrain,
          Effect.fork
        )
        yield* listening("user")
        for (let i = 0; i < 50; i++) yield* StreamingHub.publish({ stream: "user", event: "filters_changed" })
        return yield* Fiber.await(slow)
      }).pipe(Effect.provide(signedIn(origin, alice.token, "websocket", { bufferSize: 8 })), Effect.scoped)
      expect(Exit.isFailure(exit)).toBe(true)
      if (Exit.isFailure(exit)) {
        const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
        expect(error?._tag).toBe("StreamingOverflow")
      }
    }).pipe(Effect.provide(server)))
})
