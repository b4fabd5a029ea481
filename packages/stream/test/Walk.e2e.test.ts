/**
 * The streams against the in-memory Mastodon instance, each test body run on both of its faces:
 * in process, and over loopback HTTP with the platform's fetch client.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Stream from "effect/Stream"
import { advancingClock, as, faces, received } from "../../testing/test/utils/faces.js"

const followersPath = (id: string) => `/api/v1/accounts/${id}/followers`
const numberOf = (username: string) => Number(username.replace(/^\D+/, ""))

/** A popular account with `n` followers named fan1..fanN, and a reader's token. */
const world = (n: number) =>
  Effect.gen(function*() {
    const star = yield* Seed.createAccount({ username: "star" })
    const reader = yield* Seed.createAccount({ username: "reader" })
    yield* Seed.followers(star, n, { prefix: "fan" })
    return { star, reader }
  })

const expectEveryFollowerOnce = (usernames: ReadonlyArray<string>, n: number) => {
  expect(usernames).toHaveLength(n)
  expect(new Set(usernames).size).toBe(n)
  const numbers = usernames.map(numberOf)
  // Newest follow first: the walk sees fanN down to fan1, without a gap.
  expect(numbers[0]).toBe(n)
  expect(numbers.every((x, i) => i === 0 || numbers[i - 1]! - x === 1)).toBe(true)
}

describe.each(faces)("streams against the instance, $name face", ({ layer }) => {
  it.effect("walks 10,000 followers exactly once, in order, in ceil(n / limit) requests", () =>
    Effect.gen(function*() {
      const { reader, star } = yield* world(10_000)
      const usernames = yield* Streams.followers(star).pipe(
        Stream.map((a) => a.username),
        Stream.runCollect,
        as(reader.token)
      )
      expectEveryFollowerOnce(Chunk.toReadonlyArray(usernames), 10_000)
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(Math.ceil(10_000 / 80))
    }).pipe(Effect.provide(layer({ rateLimit: false }))))

  it.effect("is lazy: building a stream sends nothing, take(5) of a 40-item page sends one request", () =>
    Effect.gen(function*() {
      const { reader, star } = yield* world(500)
      const stream = Paginate.items(Accounts.followers(star, { limit: 40 }))
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(0)
      const five = yield* Stream.runCollect(Stream.take(stream, 5)).pipe(as(reader.token))
      expect(Chunk.size(five)).toBe(5)
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(1)
    }).pipe(Effect.provide(layer())))

  it.effect("resumes from a saved cursor, and walks backwards from one", () =>
    Effect.gen(function*() {
      const { reader, star } = yield* world(1_000)
      const run = as(reader.token)
      const firstThree = Chunk.toReadonlyArray(
        yield* Paginate.pages(Accounts.followers(star, { limit: 80 }), { maxPages: 3 }).pipe(Stream.runCollect, run)
      )
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(3)
      const third = firstThree[2]!
      // What a program would have written to disk: plain strings.
      const savedNext = String(Option.getOrThrow(third.next))
      const savedPrev = String(Option.getOrThrow(third.prev))

      const rest = yield* Paginate.resumeItems(Accounts.endpoints.followers, savedNext).pipe(
        Stream.map((a) => a.username),
        Stream.runCollect,
        run
      )
      const seen = [...firstThree.flatMap((p) => p.items.map((a) => a.username)), ...Chunk.toReadonlyArray(rest)]
      expectEveryFollowerOnce(seen, 1_000)

      // Backwards from the third page: exactly the 160 newer followers of the first two pages.
      const newer = yield* Paginate.resumeItems(Accounts.endpoints.followers, savedPrev, { direction: "prev" }).pipe(
        Stream.map((a) => numberOf(a.username)),
        Stream.runCollect,
        run
      )
      expect([...Chunk.toReadonlyArray(newer)].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 160 }, (_, i) => 841 + i)
      )
    }).pipe(Effect.provide(layer())))

  it.effect("refuses a Link to another origin and sends nothing there", () =>
    Effect.gen(function*() {
      const { reader, star } = yield* world(200)
      yield* Faults.inject(Faults.crossOriginLink("https://evil.example"), { path: "/api/v1/accounts/:id/followers" })
      const sent: Array<string> = []
      const error = yield* Streams.followers(star).pipe(Stream.runDrain, Effect.flip, as(reader.token, { sent }))
      expect(error._tag).toBe("CrossOriginRefused")
      expect(sent).toHaveLength(1)
      expect(sent.every((url) => !url.includes("evil.example"))).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("a spent budget in the middle of a walk pauses it under the wait policy, then it completes", () =>
    Effect.gen(function*() {
      const { reader, star } = yield* world(2_000)
      const started = yield* Clock.currentTimeMillis
      const usernames = yield* Streams.followers(star).pipe(
        Stream.map((a) => a.username),
        Stream.runCollect,
        as(reader.token, { rateLimit: "wait" }),
        advancingClock
      )
      expectEveryFollowerOnce(Chunk.toReadonlyArray(usernames), 2_000)
      // 25 pages over a budget of 10 a minute: the walk waited for at least two resets.
      expect((yield* Clock.currentTimeMillis) - started).toBeGreaterThanOrEqual(120_000)
      expect((yield* received("GET", followersPath(star.id))).length).toBeGreaterThanOrEqual(25)
    }).pipe(Effect.provide(layer({ rateLimit: { limit: 10, windowMillis: 60_000 } }))))

  it.effect("a 5xx in the middle of a walk is retried and the walk still sees everyone once", () =>
    Effect.gen(function*() {
      const { reader, star } = yield* world(800)
      const pagesSeen = yield* Ref.make(0)
      const usernames = yield* Paginate.pages(Accounts.followers(star, { limit: 80 })).pipe(
        Stream.tap(() =>
          Effect.flatMap(Ref.getAndUpdate(pagesSeen, (n) => n + 1), (n) =>
            // After the first page, the next request to the followers route fails once with a 503.
            n === 0 ? Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id/followers", times: 1 }) : Effect.void)
        ),
        Stream.mapConcat((page) => page.items.map((a) => a.username)),
        Stream.runCollect,
        as(reader.token, { retry: { times: 2, base: "100 millis" } }),
        advancingClock
      )
      expectEveryFollowerOnce(Chunk.toReadonlyArray(usernames), 800)
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(Math.ceil(800 / 80) + 1)
    }).pipe(Effect.provide(layer())))

  it.effect("named streams walk blocks, mutes, follow requests, endorsements and list members to the end", () =>
    Effect.gen(function*() {
      const { reader } = yield* world(0)
      const others = yield* Effect.forEach(Array.from({ length: 90 }, (_, i) => i + 1), (i) =>
        Seed.createAccount({ username: `other${i}` }))
      for (const other of others.slice(0, 30)) yield* Seed.block(reader, other)
      for (const other of others.slice(30, 60)) yield* Seed.mute(reader, other)
      for (const other of others.slice(60, 90)) {
        yield* Seed.follow(reader, other)
        yield* Seed.endorse(reader, other)
      }
      const list = yield* Seed.createList(reader, { title: "Some", accounts: others.slice(60, 90) })
      const run = as(reader.token)
      const options = { limit: 7 }
      const [blocks, mutes, endorsements, members, requests] = yield* Effect.all([
        Stream.runCount(Streams.blocks(options)),
        Stream.runCount(Streams.mutes(options)),
        Stream.runCount(Streams.ownEndorsements(options)),
        Stream.runCount(Streams.listAccounts(list.id, options)),
        Stream.runCount(Streams.followRequests(options))
      ]).pipe(run)
      expect([blocks, mutes, endorsements, members, requests]).toEqual([30, 30, 30, 30, 0])
      expect(yield* received("GET", "/api/v1/blocks")).toHaveLength(Math.ceil(30 / 7))
    }).pipe(Effect.provide(layer())))

  it.effect("search pages by offset; maxItems stops the walk early", () =>
    Effect.gen(function*() {
      const { reader } = yield* world(0)
      yield* Effect.forEach(Array.from({ length: 25 }, (_, i) => i + 1), (i) => Seed.createAccount({ username: `alice${i}` }))
      const all = yield* Stream.runCount(Streams.search("alice", { limit: 10 })).pipe(as(reader.token))
      expect(all).toBe(25)
      const searches = yield* received("GET", "/api/v1/accounts/search")
      expect(searches.map((r) => new URLSearchParams(r.query).get("offset"))).toEqual(["0", "10", "20"])
      const twelve = yield* Stream.runCount(Streams.search("alice", { limit: 10, maxItems: 12 })).pipe(as(reader.token))
      expect(twelve).toBe(12)
      expect(yield* received("GET", "/api/v1/accounts/search")).toHaveLength(5)
    }).pipe(Effect.provide(layer())))
})
