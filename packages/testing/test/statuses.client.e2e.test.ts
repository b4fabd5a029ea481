/**
 * The http package's Statuses, Media, Polls and ScheduledStatuses calls against the instance, each
 * test run once in process and once over loopback HTTP: what a call changed is read back through
 * other calls, and what went over the wire through the instance's request log.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Media from "@mastodon-effect/http/Media"
import * as Polls from "@mastodon-effect/http/Polls"
import * as ScheduledStatuses from "@mastodon-effect/http/ScheduledStatuses"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Upload from "@mastodon-effect/http/Upload"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import { advancingClock, as, faces, png, received } from "./utils/faces.js"

const sid = (id: string) => id as Id.StatusId
const form = (body: string | undefined) => [...new URLSearchParams(body ?? "")]

/** The smallest MP4 header the fake (and `Upload.detectMediaType`) reads as video. */
const mp4 = Uint8Array.from([0, 0, 0, 0x18, ...new TextEncoder().encode("ftypisom"), 0, 0, 2, 0, ...new TextEncoder().encode("isomiso2")])

describe.each(faces)("Statuses, $name face", ({ layer }) => {
  it.effect("posts with a poll, a content warning, visibility and language; reads it back by id, in bulk, as source", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "poster" })
      const posted = yield* Statuses.post({
        status: "Tea or coffee?",
        poll: { options: ["Tea", "Coffee"], expires_in: "1 day", multiple: true, hide_totals: false },
        spoiler_text: "beverages",
        visibility: "unlisted",
        language: "en"
      }).pipe(as(me.token))
      expect(posted).toMatchObject({ visibility: "unlisted", spoiler_text: "beverages", sensitive: true, language: "en" })
      expect(posted.poll?.options.map((o) => o.title)).toEqual(["Tea", "Coffee"])
      expect(posted.poll?.multiple).toBe(true)
      const [sent] = yield* received("POST", "/api/v1/statuses")
      expect(form(sent?.body)).toEqual([
        ["status", "Tea or coffee?"],
        ["poll[options][]", "Tea"],
        ["poll[options][]", "Coffee"],
        ["poll[expires_in]", "86400"],
        ["poll[multiple]", "true"],
        ["poll[hide_totals]", "false"],
        ["spoiler_text", "beverages"],
        ["visibility", "unlisted"],
        ["language", "en"]
      ])

      expect((yield* Statuses.get(posted).pipe(as(undefined))).id).toBe(posted.id)
      const many = yield* Statuses.getMany([posted, sid("1")]).pipe(as(me.token))
      expect(many.map((s) => s.id)).toEqual([posted.id])
      const source = yield* Statuses.source(posted).pipe(as(me.token))
      expect(source).toMatchObject({ id: posted.id, text: "Tea or coffee?", spoiler_text: "beverages" })

      // Neither text nor media: refused before sending.
      const empty = yield* Effect.flip(Statuses.post({ status: "  " }).pipe(as(me.token)))
      expect(empty).toMatchObject({ _tag: "InvalidArgument", argument: "status" })
      const oneOption = yield* Effect.flip(Statuses.post({ status: "?", poll: { options: ["only"], expires_in: 300 } }).pipe(as(me.token)))
      expect(oneOption).toMatchObject({ _tag: "InvalidArgument", argument: "poll[options]" })
      expect(yield* received("POST", "/api/v1/statuses")).toHaveLength(1)
    }).pipe(Effect.provide(layer())))

  it.effect("a post whose answer is lost is retried with the same Idempotency-Key and exists once", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "retrier" })
      // The keys as they leave the client, below its retry stage: one per attempt.
      const keys: Array<string | undefined> = []
      const spy = (client: HttpClient.HttpClient) =>
        HttpClient.transform(client, (response, request) =>
          Effect.zipRight(Effect.sync(() => keys.push(request.headers["idempotency-key"])), response))
      yield* Faults.inject(Faults.responseLost, { method: "POST", path: "/api/v1/statuses", times: 1 })

      const status = yield* advancingClock(
        Statuses.post({ status: "exactly once" }).pipe(as(me.token, { retry: { times: 3 } }), Effect.updateService(HttpClient.HttpClient, spy))
      )
      expect(status.content).toContain("exactly once")
      expect(yield* received("POST", "/api/v1/statuses")).toHaveLength(2)
      expect(keys).toHaveLength(2)
      expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(keys[1]).toBe(keys[0])
      expect(yield* Seed.postedStatuses).toBe(1)
      const mine = yield* Accounts.statuses(me.id).pipe(as(me.token))
      expect(mine.items.map((s) => s.id)).toEqual([status.id])

      // Without retries the lost answer is a TransportError, and the post still happened once.
      yield* Faults.inject(Faults.responseLost, { method: "POST", path: "/api/v1/statuses", times: 1 })
      const lost = yield* Effect.flip(Statuses.post({ status: "lost" }, { idempotencyKey: "k-1" }).pipe(as(me.token)))
      expect(lost._tag).toBe("TransportError")
      // Sending it again by hand with the same key gives the status the server made.
      const again = yield* Statuses.post({ status: "lost" }, { idempotencyKey: "k-1" }).pipe(as(me.token))
      expect(yield* Seed.postedStatuses).toBe(2)
      // A fresh run of the same post without a key is a new post.
      const twice = Statuses.post({ status: "twice" }).pipe(as(me.token))
      const [a, b] = [yield* twice, yield* twice]
      expect(a.id).not.toBe(b.id)
      expect(yield* Seed.postedStatuses).toBe(4)
      expect(again.content).toContain("lost")
    }).pipe(Effect.provide(layer())))

  it.effect("reply mentions the thread but not the replier (untag: the author only); thread chains replies", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const carol = yield* Seed.createAccount({ username: "carol" })
      const start = yield* Seed.createStatus(alice, { text: "@bob @carol lunch?", visibility: "private", spoiler_text: "food" })
      const original = yield* Statuses.get(start.id).pipe(as(bob.token))
      expect(original.mentions.map((m) => m.acct).sort()).toEqual(["bob", "carol"])

      const answer = yield* Statuses.reply(original, "yes!").pipe(as(bob.token))
      expect(answer.in_reply_to_id).toBe(start.id)
      expect(answer.mentions.map((m) => m.acct).sort()).toEqual(["alice", "carol"])
      // The replied-to status' visibility and content warning carry over.
      expect(answer).toMatchObject({ visibility: "private", spoiler_text: "food" })
      const [sent] = yield* received("POST", "/api/v1/statuses")
      expect(new URLSearchParams(sent?.body).get("status")).toBe("@alice @carol yes!")

      const quiet = yield* Statuses.reply(original, "just you", { untag: true, me: bob.id, visibility: "direct" }).pipe(as(bob.token))
      expect(quiet.mentions.map((m) => m.acct)).toEqual(["alice"])
      expect(quiet.visibility).toBe("direct")

      // Replying to one's own status mentions nobody new.
      const own = yield* Statuses.post({ status: "note to self" }).pipe(as(alice.token))
      const selfReply = yield* Statuses.reply(own, "more").pipe(as(alice.token))
      expect(selfReply.mentions).toEqual([])

      const chain = yield* Statuses.thread(["1/3", "2/3", "3/3"], { visibility: "unlisted" }).pipe(as(carol.token))
      expect(chain.map((s) => s.in_reply_to_id)).toEqual([null, chain[0]?.id, chain[1]?.id])
      const context = yield* Statuses.context(chain[1]!).pipe(as(carol.token))
      expect(context.ancestors.map((s) => s.id)).toEqual([chain[0]?.id])
      expect(context.descendants.map((s) => s.id)).toEqual([chain[2]?.id])
      const none = yield* Effect.flip(Statuses.thread([]).pipe(as(carol.token)))
      expect(none).toMatchObject({ _tag: "InvalidArgument", argument: "texts" })
    }).pipe(Effect.provide(layer())))

  it.effect("edits keep a history; delete answers the text for redrafting; translate; the removed card endpoint is NotFound", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "editor", scopes: "read write" })
      const posted = yield* Statuses.post({ status: "Helo world", language: "en" }).pipe(as(me.token))
      const edited = yield* Statuses.edit(posted, { status: "Hello world", spoiler_text: "fixed" }).pipe(as(me.token))
      expect(edited.edited_at).not.toBeNull()
      expect(edited.spoiler_text).toBe("fixed")
      const history = yield* Statuses.history(posted).pipe(as(undefined))
      expect(history.map((h) => h.content)).toEqual([expect.stringContaining("Helo world"), expect.stringContaining("Hello world")])

      const translated = yield* Statuses.translate(posted, { lang: "de" }).pipe(as(me.token))
      expect(translated.detected_source_language).toBe("en")
      expect(translated.language).toBe("de")
      const sameLanguage = yield* Effect.flip(Statuses.translate(posted, { lang: "en" }).pipe(as(me.token)))
      expect(sameLanguage._tag).toBe("Forbidden")

      const card = yield* Effect.flip(Statuses.card(posted).pipe(as(me.token)))
      expect(card._tag).toBe("NotFound")

      const deleted = yield* Statuses.remove(posted, { delete_media: true }).pipe(as(me.token))
      expect(deleted.text).toBe("Hello world")
      const [removal] = yield* received("DELETE", `/api/v1/statuses/${posted.id}`)
      expect(removal?.query).toBe("?delete_media=true")
      expect((yield* Effect.flip(Statuses.get(posted).pipe(as(me.token))))._tag).toBe("NotFound")
    }).pipe(Effect.provide(layer())))

  it.effect("boosts, favourites, bookmarks, conversation mutes and pins, and their inverses", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "actor" })
      const author = yield* Seed.createAccount({ username: "author" })
      const theirs = yield* Seed.createStatus(author, { text: "a good post" })
      const mine = yield* Seed.createStatus(me, { text: "my own" })
      const run = <A, E, R>(effect: Effect.Effect<A, E, R>) => effect.pipe(as(me.token))

      const boost = yield* run(Statuses.reblog(theirs.id, { visibility: "unlisted" }))
      expect(boost.reblog?.id).toBe(theirs.id)
      expect(boost.visibility).toBe("unlisted")
      expect((yield* run(Statuses.unreblog(theirs.id))).reblogged).toBe(false)
      expect((yield* run(Statuses.favourite(theirs.id))).favourited).toBe(true)
      expect((yield* run(Statuses.unfavourite(theirs.id))).favourited).toBe(false)
      expect((yield* run(Statuses.bookmark(theirs.id))).bookmarked).toBe(true)
      expect((yield* run(Statuses.unbookmark(theirs.id))).bookmarked).toBe(false)
      expect((yield* run(Statuses.mute(theirs.id))).muted).toBe(true)
      expect((yield* run(Statuses.unmute(theirs.id))).muted).toBe(false)
      expect((yield* run(Statuses.pin(mine.id))).pinned).toBe(true)
      expect((yield* run(Statuses.unpin(mine.id))).pinned).toBe(false)
      const foreignPin = yield* Effect.flip(run(Statuses.pin(theirs.id)))
      expect(foreignPin._tag).toBe("UnprocessableEntity")
    }).pipe(Effect.provide(layer())))

  it.effect("who boosted and favourited: Link pages of the declared sizes, and the named streams", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "popular" })
      const post = yield* Seed.createStatus(author, { text: "liked a lot" })
      yield* Seed.favourites(post.id, 90)
      for (const name of ["b1", "b2", "b3"]) {
        const booster = yield* Seed.createAccount({ username: name })
        yield* Seed.reblog(booster, post.id)
      }
      const first = yield* Statuses.favouritedBy(post.id).pipe(as(undefined))
      expect(first.items).toHaveLength(40)
      expect(Option.isSome(first.next)).toBe(true)
      const all = yield* Stream.runCollect(Streams.favouritedBy(post.id)).pipe(as(undefined))
      expect(Chunk.size(all)).toBe(90)
      expect(new Set(Chunk.toReadonlyArray(all).map((a) => a.id)).size).toBe(90)
      // 80 per request, the declared maximum: two requests.
      const pages = yield* received("GET", `/api/v1/statuses/${post.id}/favourited_by`)
      expect(pages.map((r) => new URLSearchParams(r.query).get("limit"))).toEqual([null, "80", "80"])

      const boosters = yield* Stream.runCollect(Streams.rebloggedBy(post.id, { limit: 2 })).pipe(as(undefined))
      expect(Chunk.toReadonlyArray(boosters).map((a) => a.username).sort()).toEqual(["b1", "b2", "b3"])
      expect(yield* received("GET", `/api/v1/statuses/${post.id}/reblogged_by`)).toHaveLength(2)
    }).pipe(Effect.provide(layer())))

  it.effect("quotes: a quote post, the quotes page and stream, revocation, and the interaction policy", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "quoted" })
      const fan = yield* Seed.createAccount({ username: "fan" })
      const original = yield* Statuses.post({ status: "quote me", quote_approval_policy: "public" }).pipe(as(author.token))
      const quoting = yield* Statuses.post({ status: "so true", quoted_status_id: original }).pipe(as(fan.token))
      expect(quoting.quote).toMatchObject({ state: "accepted" })

      const page = yield* Statuses.quotes(original).pipe(as(author.token))
      expect(page.items.map((s) => s.id)).toEqual([quoting.id])
      const streamed = yield* Stream.runCollect(Streams.quotes(original)).pipe(as(author.token))
      expect(Chunk.toReadonlyArray(streamed).map((s) => s.id)).toEqual([quoting.id])

      const revoked = yield* Statuses.revokeQuote(original, quoting).pipe(as(author.token))
      expect(revoked.id).toBe(quoting.id)
      expect(revoked.quote).toMatchObject({ state: "revoked" })
      expect((yield* Statuses.quotes(original).pipe(as(author.token))).items).toEqual([])
      const notMine = yield* Effect.flip(Statuses.revokeQuote(original, quoting).pipe(as(fan.token)))
      expect(notMine._tag).toBe("Forbidden")

      const closed = yield* Statuses.editInteractionPolicy(original, { quote_approval_policy: "nobody" }).pipe(as(author.token))
      expect(closed.quote_approval?.automatic).toEqual([])
      const [sent] = yield* received("PUT", `/api/v1/statuses/${original.id}/interaction_policy`)
      expect(form(sent?.body)).toEqual([["quote_approval_policy", "nobody"]])
    }).pipe(Effect.provide(layer())))
})

describe.each(faces)("Media, $name face", ({ layer }) => {
  it.effect("an image is ready at once; described, refocused, attached, and deleted only while unattached", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "photographer" })
      const file = yield* Upload.mediaFromBytes(png, { filename: "dot.png" })
      const image = yield* Media.upload(file, { description: "A dot", focus: { x: 0.5, y: -0.25 } }).pipe(as(me.token))
      expect(image).toMatchObject({ type: "image", description: "A dot" })
      expect(image.url).not.toBeNull()
      expect(image.meta?.focus).toEqual({ x: 0.5, y: -0.25 })
      expect(yield* received("GET", `/api/v1/media/${image.id}`)).toHaveLength(0)

      const updated = yield* Media.update(image, { description: "A single dot", focus: { x: 0, y: 0 } }).pipe(as(me.token))
      expect(updated.description).toBe("A single dot")
      const status = yield* Statuses.post({ media_ids: [image] }).pipe(as(me.token))
      expect(status.media_attachments.map((m) => m.id)).toEqual([image.id])
      const edited = yield* Statuses.edit(status, { media_ids: [image], media_attributes: [{ id: image, description: "Edited alt" }] }).pipe(
        as(me.token)
      )
      expect(edited.media_attachments[0]?.description).toBe("Edited alt")
      const attached = yield* Effect.flip(Media.remove(image).pipe(as(me.token)))
      expect(attached._tag).toBe("UnprocessableEntity")

      const spare = yield* Media.upload(file).pipe(as(me.token))
      yield* Media.remove(spare).pipe(as(me.token))
      expect((yield* Effect.flip(Media.get(spare).pipe(as(me.token))))._tag).toBe("NotFound")
      const badFocus = yield* Effect.flip(Media.update(image, { focus: { x: 2, y: 0 } }).pipe(as(me.token)))
      expect(badFocus).toMatchObject({ _tag: "InvalidArgument", argument: "focus[x]" })
    }).pipe(Effect.provide(layer())))

  it.effect("a video answers 202, and upload polls GET /api/v1/media/:id on the schedule until it is processed", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "filmmaker" })
      yield* Seed.configureStatuses({ mediaProcessingMillis: { video: 5_000 } })
      const file = yield* Upload.mediaFromBytes(mp4)
      expect(file.type).toBe("video/mp4")

      const fiber = yield* Effect.fork(Media.upload(file, { schedule: Schedule.spaced("1 second") }).pipe(as(me.token)))
      // Let the upload and its first polls happen, then move the clock past the processing delay.
      yield* advancingClock(Effect.gen(function*() {
        while ((yield* MastodonInstance.requests).filter((r) => r.path.startsWith("/api/v1/media/")).length < 2) {
          yield* Effect.sleep("1 second")
        }
      }))
      yield* TestClock.adjust("10 seconds")
      const video = yield* advancingClock(Fiber.join(fiber))
      expect(video.type).toBe("video")
      expect(video.url).not.toBeNull()
      const polls = yield* received("GET", `/api/v1/media/${video.id}`)
      expect(polls.length).toBeGreaterThanOrEqual(2)

      // wait: false answers at once, unprocessed.
      const raw = yield* Media.upload(file, { wait: false }).pipe(as(me.token))
      expect(raw.url).toBeNull()
      // GET answers 206 while processing: a success, with no url yet.
      expect((yield* Media.get(raw).pipe(as(me.token))).url).toBeNull()
      // The deprecated v1 upload answers only once processed.
      const v1 = yield* Media.uploadV1(file, { description: "old way" }).pipe(as(me.token))
      expect(v1).toMatchObject({ type: "video", description: "old way" })
      expect(v1.url).not.toBeNull()
      // A schedule that gives up: a typed ProcessingTimeout naming the attachment.
      const gaveUp = yield* Effect.flip(
        advancingClock(Media.upload(file, { schedule: Schedule.spaced("100 millis").pipe(Schedule.intersect(Schedule.recurs(2))) }).pipe(as(me.token)))
      )
      expect(gaveUp).toMatchObject({ _tag: "ProcessingTimeout", polls: 3 })
    }).pipe(Effect.provide(layer())))
})

describe.each(faces)("Polls and scheduled statuses, $name face", ({ layer }) => {
  it.effect("votes are checked against the poll before sending; the server's own refusals are typed", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "pollster" })
      const voter = yield* Seed.createAccount({ username: "voter" })
      const single = yield* Seed.createStatus(author, { text: "pick one", poll: { options: ["a", "b", "c"], expires_in: 600 } })
      const status = yield* Statuses.get(single.id).pipe(as(voter.token))
      const poll = status.poll!
      expect((yield* Polls.get(poll).pipe(as(undefined))).options).toHaveLength(3)

      const outOfRange = yield* Effect.flip(Polls.vote(poll, [3]).pipe(as(voter.token)))
      expect(outOfRange).toMatchObject({ _tag: "InvalidArgument", argument: "choices[0]" })
      const several = yield* Effect.flip(Polls.vote(poll, [0, 1]).pipe(as(voter.token)))
      expect(several).toMatchObject({ _tag: "InvalidArgument", argument: "choices" })
      expect(yield* received("POST", `/api/v1/polls/${poll.id}/votes`)).toHaveLength(0)

      // Given an id, the poll is read first, then checked.
      const voted = yield* Polls.vote(poll.id, [1]).pipe(as(voter.token))
      expect(voted).toMatchObject({ voted: true, own_votes: [1], votes_count: 1 })
      const [sent] = yield* received("POST", `/api/v1/polls/${poll.id}/votes`)
      expect(form(sent?.body)).toEqual([["choices[]", "1"]])
      const again = yield* Effect.flip(Polls.vote(voted, [0]).pipe(as(voter.token)))
      expect(again).toMatchObject({ _tag: "UnprocessableEntity" })
      const own = yield* Effect.flip(Polls.vote(voted, [0]).pipe(as(author.token)))
      expect(own._tag).toBe("UnprocessableEntity")

      yield* TestClock.adjust("11 minutes")
      const expired = yield* Effect.flip(Polls.vote(poll, [2]).pipe(as(author.token)))
      expect(expired).toMatchObject({ _tag: "InvalidArgument", argument: "poll" })
      expect(yield* received("POST", `/api/v1/polls/${poll.id}/votes`)).toHaveLength(3)
    }).pipe(Effect.provide(layer())))

  it.effect("a scheduled post is listed, read, rescheduled, cancelled, and publishes itself when its time comes", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "planner" })
      const now = yield* Clock.currentTimeMillis
      const at = new Date(now + 10 * 60_000)
      const scheduled = yield* Statuses.schedule({ status: "from the past", visibility: "unlisted", scheduled_at: at }).pipe(as(me.token))
      expect(DateTime.toEpochMillis(scheduled.scheduled_at)).toBe(at.getTime())
      expect(scheduled.params).toMatchObject({ text: "from the past", visibility: "unlisted" })
      const [sent] = yield* received("POST", "/api/v1/statuses")
      expect(new URLSearchParams(sent?.body).get("scheduled_at")).toBe(at.toISOString())

      const other = yield* Statuses.schedule({ status: "never", scheduled_at: DateTime.unsafeMake(now + 60 * 60_000) }).pipe(as(me.token))
      const page = yield* ScheduledStatuses.list().pipe(as(me.token))
      expect(page.items.map((s) => s.id).sort()).toEqual([scheduled.id, other.id].sort())
      const streamed = yield* Stream.runCollect(Streams.scheduledStatuses()).pipe(as(me.token))
      expect(Chunk.size(streamed)).toBe(2)
      expect((yield* ScheduledStatuses.get(scheduled).pipe(as(me.token))).params.text).toBe("from the past")

      const later = new Date(now + 20 * 60_000)
      const moved = yield* ScheduledStatuses.reschedule(scheduled, later).pipe(as(me.token))
      expect(DateTime.toEpochMillis(moved.scheduled_at)).toBe(later.getTime())
      const tooSoon = yield* Effect.flip(ScheduledStatuses.reschedule(scheduled, new Date(now + 60_000)).pipe(as(me.token)))
      expect(tooSoon._tag).toBe("UnprocessableEntity")
      yield* ScheduledStatuses.cancel(other).pipe(as(me.token))
      expect((yield* Effect.flip(ScheduledStatuses.get(other).pipe(as(me.token))))._tag).toBe("NotFound")

      const before = yield* Seed.postedStatuses
      yield* TestClock.adjust("21 minutes")
      const published = yield* Accounts.statuses(me.id).pipe(as(me.token))
      expect(published.items.map((s) => s.content)).toEqual([expect.stringContaining("from the past")])
      expect(yield* Seed.postedStatuses).toBe(before + 1)
      expect((yield* ScheduledStatuses.list().pipe(as(me.token))).items).toEqual([])
    }).pipe(Effect.provide(layer())))
})
