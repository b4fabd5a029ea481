/**
 * Paginate and the named streams against the in-memory instance of `@mastodon-effect/testing`,
 * every test body on both faces: the in-process `HttpClient` and the loopback server reached with
 * `FetchHttpClient`. Requests are counted in the instance's own log, so "one page costs one
 * request" is checked where the requests arrive. Waits (rate limit, retry backoff) run on the
 * `TestClock`, which the instance reads on both faces, moved by `advancingClock`; one test repeats
 * the rate-limit walk on the live clock with a real half-second window.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Account from "@mastodon-effect/core/Account"
import type * as Id from "@mastodon-effect/core/Id"
import * as Snowflake from "@mastodon-effect/core/Snowflake"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Chunk from "effect/Chunk"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { advancingClock, as, faces, received } from "../../testing/test/utils/faces.js"

const followersPath = (id: string) => `/api/v1/accounts/${id}/followers`

/** `<prefix>n` down to `<prefix>1`: the order a walk of bulk-seeded followers must yield. */
const newestFirst = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${n - i}`)

/** Collect a stream into an array. */
const collect = <A, E, R>(stream: Stream.Stream<A, E, R>) => Effect.map(Stream.runCollect(stream), Chunk.toReadonlyArray)

const usernames = <E, R>(stream: Stream.Stream<Account.Account, E, R>) =>
  collect(Stream.map(stream, (a) => a.username))

/** `count` fresh accounts named `<prefix>1` ... `<prefix><count>`, created in that order. */
const accounts = (prefix: string, count: number, input: Partial<Seed.AccountInput> = {}) =>
  Effect.forEach(Array.from({ length: count }, (_, i) => i + 1), (i) => Seed.createAccount({ ...input, username: `${prefix}${i}` }))

const names = (seeded: ReadonlyArray<Seed.SeededAccount>) => seeded.map((a) => a.username)

/** The value of one query parameter of a recorded request. */
const param = (request: MastodonInstance.RecordedRequest | undefined, key: string) =>
  new URLSearchParams(request?.query ?? "").get(key)

/** The element at `i`, failing the test when there is none. */
const nth = <A>(xs: ReadonlyArray<A>, i: number): A => {
  const x = xs[i]
  if (x === undefined) throw new Error(`no element ${i} in ${xs.length}`)
  return x
}

const expectNoDuplicates = (xs: ReadonlyArray<string>) => expect(new Set(xs).size).toBe(xs.length)

describe.each(faces)("Paginate end to end, $name face", ({ layer }) => {
  it.effect("walks 10,000 followers: each exactly once, newest first, in ceil(n / limit) requests", () =>
    Effect.gen(function*() {
      const n = 10_000
      const limit = 80
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, n, { prefix: "fan" })
      const origin = yield* MastodonInstance.origin
      const sent: Array<string> = []
      const all = yield* usernames(Paginate.items(Accounts.followers(star, { limit }))).pipe(as(star.token, { sent }))
      expect(all).toEqual(newestFirst("fan", n))
      const log = yield* received("GET", followersPath(star.id))
      expect(log).toHaveLength(Math.ceil(n / limit))
      // Every cursor was followed on the same origin and path, keeping the limit, walking down with max_id.
      expect(sent).toHaveLength(log.length)
      expect(sent.every((url) => url === `${origin}${followersPath(star.id)}`)).toBe(true)
      expect(log.every((r) => param(r, "limit") === String(limit))).toBe(true)
      expect(log.slice(1).every((r) => param(r, "max_id") !== null && param(r, "min_id") === null)).toBe(true)
      const maxIds = log.slice(1).map((r) => Number(param(r, "max_id")))
      expect(maxIds.every((id, i) => i === 0 || id < nth(maxIds, i - 1))).toBe(true)
    }).pipe(Effect.provide(layer({ rateLimit: false }))))

  it.effect("resumes from a saved next cursor: no duplicate, no gap, even after new followers arrive", () =>
    Effect.gen(function*() {
      const n = 10_000
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, n, { prefix: "fan" })
      const first = yield* collect(Paginate.pages(Accounts.followers(star, { limit: 80 }), { maxPages: 3 })).pipe(as(star.token))
      expect(first).toHaveLength(3)
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(3)
      // A cursor is a plain string: it survives being stored as JSON.
      const saved: string = JSON.parse(JSON.stringify(Option.getOrThrow(nth(first, 2).next)))

      // Newer followers do not shift an older-going walk.
      yield* Seed.followers(star, 25, { prefix: "late" })
      const rest = yield* usernames(Paginate.resumeItems(Accounts.followersEndpoint, saved)).pipe(as(star.token))
      const seen = [...first.flatMap((page) => page.items.map((a) => a.username)), ...rest]
      expect(seen).toEqual(newestFirst("fan", n))
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(Math.ceil(n / 80))
    }).pipe(Effect.provide(layer({ rateLimit: false }))))

  it.effect("walks backward with direction prev from a saved cursor: every newer follower exactly once", () =>
    Effect.gen(function*() {
      const n = 10_000
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, n, { prefix: "fan" })
      const first = yield* collect(Paginate.pages(Accounts.followers(star, { limit: 80 }), { maxPages: 3 })).pipe(as(star.token))
      const saved = Option.getOrThrow(nth(first, 2).prev)
      yield* Seed.followers(star, 10, { prefix: "late" })

      const back = yield* collect(Paginate.resumePages(Accounts.followersEndpoint, saved, { direction: "prev" })).pipe(as(star.token))
      const pageNames = back.map((page) => page.items.map((a) => a.username))
      // Newer pages come one after another, each page itself newest first, until nothing is newer.
      expect(pageNames).toEqual([
        nth(first, 1).items.map((a) => a.username),
        nth(first, 0).items.map((a) => a.username),
        newestFirst("late", 10)
      ])
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(3 + 3)

      // The item stream of the same walk: the same accounts, each once, none from the saved page or older.
      const items = yield* usernames(Paginate.resumeItems(Accounts.followersEndpoint, saved, { direction: "prev" })).pipe(as(star.token))
      expect(items).toEqual(pageNames.flat())
      expectNoDuplicates(items)
      expect(items).toHaveLength(170)
      expect(items.some((u) => nth(first, 2).items.some((a) => a.username === u))).toBe(false)
      const backLog = (yield* received("GET", followersPath(star.id))).slice(3)
      expect(backLog.every((r) => param(r, "min_id") !== null && param(r, "max_id") === null)).toBe(true)
    }).pipe(Effect.provide(layer({ rateLimit: false }))))

  it.effect("is lazy: creating the stream sends nothing, take(5) of a 40-item page sends one request", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 200, { prefix: "fan" })
      const path = followersPath(star.id)
      yield* Effect.gen(function*() {
        const viaPaginate = Paginate.items(Accounts.followers(star, { limit: 40 }))
        const viaStreams = Streams.followers(star, { limit: 40 })
        expect(yield* received("GET", path)).toHaveLength(0)

        const five = yield* usernames(Stream.take(viaPaginate, 5))
        expect(five).toEqual(newestFirst("fan", 200).slice(0, 5))
        expect(yield* received("GET", path)).toHaveLength(1)
        expect(yield* usernames(Stream.take(viaStreams, 5))).toEqual(five)
        expect(yield* received("GET", path)).toHaveLength(2)
        // The same stream value runs again from the start.
        expect(yield* usernames(Stream.take(viaPaginate, 5))).toEqual(five)
        expect(yield* received("GET", path)).toHaveLength(3)
        // Taking exactly a page's worth still needs only that page.
        expect(yield* usernames(Stream.take(viaPaginate, 40))).toHaveLength(40)
        expect(yield* received("GET", path)).toHaveLength(4)
      }).pipe(as(star.token))
      const log = yield* received("GET", path)
      expect(log.every((r) => param(r, "limit") === "40" && param(r, "max_id") === null)).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("refuses a cross-origin Link with CrossOriginRefused and sends nothing elsewhere", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 100, { prefix: "fan" })
      const origin = yield* MastodonInstance.origin
      yield* Faults.inject(Faults.crossOriginLink("https://evil.example"), { path: "/api/v1/accounts/:id/followers", times: 1 })
      const sent: Array<string> = []
      const out = yield* collect(Stream.either(Streams.followers(star, { limit: 40 }))).pipe(as(star.token, { sent }))
      // The first page arrives, then the walk stops at the foreign cursor.
      expect(out.slice(0, 40).map((e) => Either.getOrThrow(e).username)).toEqual(newestFirst("fan", 100).slice(0, 40))
      expect(out).toHaveLength(41)
      const failure = out[40]
      expect(failure !== undefined && Either.isLeft(failure) ? failure.left : undefined).toMatchObject({
        _tag: "CrossOriginRefused",
        expected_origin: origin
      })
      expect(sent).toHaveLength(1)
      expect(sent.every((url) => url.startsWith(`${origin}/`))).toBe(true)
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(1)
      expect((yield* MastodonInstance.requests).every((r) => !r.path.includes("evil"))).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("a 503 in the middle of a walk is retried and every follower still arrives exactly once", () =>
    Effect.gen(function*() {
      const n = 1000
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, n, { prefix: "fan" })
      // Break the next request once the first page is in: the second page answers 503 once.
      const walk = Streams.followers(star).pipe(
        Stream.zipWithIndex,
        Stream.tap(([, i]) =>
          i === 0 ? Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id/followers", times: 1 }) : Effect.void
        ),
        Stream.map(([a]) => a)
      )
      const all = yield* advancingClock(usernames(walk).pipe(as(star.token, { retry: { times: 3, base: "10 millis" } })))
      expect(all).toEqual(newestFirst("fan", n))
      const log = yield* received("GET", followersPath(star.id))
      expect(log).toHaveLength(Math.ceil(n / 80) + 1)
      // The retried request is the very same cursor, sent again.
      expect(log[2]?.query).toBe(log[1]?.query)
      expect(param(log[1], "max_id")).not.toBeNull()
    }).pipe(Effect.provide(layer({ rateLimit: false }))))

  it.effect("a 5xx mid-walk without retries fails the stream after the pages already delivered", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 200, { prefix: "fan" })
      const walk = Streams.followers(star).pipe(
        Stream.zipWithIndex,
        Stream.tap(([, i]) =>
          i === 0 ? Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id/followers", times: 1 }) : Effect.void
        ),
        Stream.map(([a]) => a)
      )
      const out = yield* collect(Stream.either(walk)).pipe(as(star.token))
      expect(out).toHaveLength(81)
      expect(out[80]).toMatchObject({ _tag: "Left", left: { _tag: "ServerError", status: 503 } })
      expect(yield* received("GET", followersPath(star.id))).toHaveLength(2)
    }).pipe(Effect.provide(layer())))

  it.effect("a 429 in the middle of a walk with the wait policy: waits for the reset and completes", () =>
    Effect.gen(function*() {
      const n = 1000
      const limit = 40
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, n, { prefix: "fan" })
      // Once the second page is in, another client with the same token spends the rest of the
      // budget: the walker still believes 8 requests remain, so its next page meets a 429.
      const spend = Effect.gen(function*() {
        for (let i = 0; i < 8; i++) yield* Accounts.verifyCredentials()
      }).pipe(as(star.token, { rateLimit: "throw" }))
      const walk = Streams.followers(star, { limit }).pipe(
        Stream.zipWithIndex,
        Stream.tap(([, i]) => (i === limit ? spend : Effect.void)),
        Stream.map(([a]) => a)
      )
      const all = yield* advancingClock(usernames(walk).pipe(as(star.token, { rateLimit: "wait" })))
      expect(all).toEqual(newestFirst("fan", n))
      const at = (yield* received("GET", followersPath(star.id))).map((r) => r.at)
      // Pages 1-2 and the refused page 3 at 0; then the 10-request windows, waited out before sending.
      expect(at).toEqual([
        0,
        0,
        0,
        ...Array.from({ length: 10 }, () => 60_000),
        ...Array.from({ length: 10 }, () => 120_000),
        ...Array.from({ length: 3 }, () => 180_000)
      ])
      expect(at).toHaveLength(Math.ceil(n / limit) + 1)
    }).pipe(Effect.provide(layer({ rateLimit: { limit: 10, windowMillis: 60_000 } }))))

  it.live("a walk longer than a real (live clock) rate-limit window completes with the wait policy", () =>
    Effect.gen(function*() {
      const n = 600
      const limit = 40
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, n, { prefix: "fan" })
      const all = yield* usernames(Streams.followers(star, { limit })).pipe(as(star.token, { rateLimit: "wait", timeout: "10 seconds" }))
      expect(all).toEqual(newestFirst("fan", n))
      const at = (yield* received("GET", followersPath(star.id))).map((r) => r.at)
      // 15 pages over a budget of 10 per 500 ms: at least one window boundary was waited out. A
      // timer that fires a millisecond early may cost one 429 and a second wait, never a failure.
      expect(at.length).toBeGreaterThanOrEqual(Math.ceil(n / limit))
      expect(at.length).toBeLessThanOrEqual(Math.ceil(n / limit) + 2)
      expect(Math.floor(nth(at, at.length - 1) / 500)).toBeGreaterThan(Math.floor(nth(at, 0) / 500))
    }).pipe(Effect.provide(layer({ rateLimit: { limit: 10, windowMillis: 500 } }))))

  it.effect("maxItems and maxPages bound the walk, counted in requests", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 500, { prefix: "fan" })
      const path = followersPath(star.id)
      const all = newestFirst("fan", 500)
      const count = Effect.map(received("GET", path), (log) => log.length)
      yield* Effect.gen(function*() {
        // 100 items in pages of 40: the third page holds the 100th, no fourth is asked for.
        expect(yield* usernames(Streams.followers(star, { limit: 40, maxItems: 100 }))).toEqual(all.slice(0, 100))
        expect(yield* count).toBe(3)
        // Exactly two pages' worth: two requests.
        expect(yield* usernames(Streams.followers(star, { limit: 40, maxItems: 80 }))).toEqual(all.slice(0, 80))
        expect(yield* count).toBe(5)
        expect(yield* usernames(Streams.followers(star, { limit: 40, maxPages: 3 }))).toEqual(all.slice(0, 120))
        expect(yield* count).toBe(8)
        // Both: whichever comes first.
        expect(yield* usernames(Streams.followers(star, { limit: 40, maxPages: 2, maxItems: 1000 }))).toHaveLength(80)
        expect(yield* count).toBe(10)
        expect(yield* usernames(Streams.followers(star, { limit: 40, maxPages: 5, maxItems: 10 }))).toHaveLength(10)
        expect(yield* count).toBe(11)
        const pages = yield* collect(Paginate.pages(Accounts.followers(star, { limit: 80 }), { maxPages: 2 }))
        expect(pages.map((p) => p.items.length)).toEqual([80, 80])
        expect(yield* count).toBe(13)
        // A fractional or negative bound is a typed error before anything is sent (not a defect, not an empty walk).
        const fraction = yield* Effect.flip(Stream.runDrain(Streams.followers(star, { maxPages: 1.5 })))
        expect(fraction).toMatchObject({ _tag: "InvalidArgument", argument: "maxPages" })
        const negative = yield* Effect.flip(Stream.runDrain(Paginate.resumeItems(Accounts.followersEndpoint, "x", { maxItems: -1 })))
        expect(negative).toMatchObject({ _tag: "InvalidArgument", argument: "maxItems" })
        expect(yield* count).toBe(13)
        // A bound beyond the end changes nothing: ceil(500 / 80) requests.
        expect(yield* usernames(Streams.followers(star, { maxPages: 100, maxItems: 10_000 }))).toEqual(all)
        expect(yield* count).toBe(13 + 7)
        // Default page size of the named stream: 80.
        const log = yield* received("GET", path)
        expect(param(log[log.length - 1], "limit")).toBe("80")
      }).pipe(as(star.token))
    }).pipe(Effect.provide(layer())))

  it.effect("offset streams (search) stop at the short page and honour maxItems / maxPages", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Seed.followers(me, 95, { prefix: "fan" })
      const path = "/api/v1/accounts/search"
      const count = Effect.map(received("GET", path), (log) => log.length)
      yield* Effect.gen(function*() {
        const found = yield* usernames(Streams.search("fan"))
        expect(found).toHaveLength(95)
        expectNoDuplicates(found)
        expect([...found].sort()).toEqual(Array.from({ length: 95 }, (_, i) => `fan${i + 1}`).sort())
        let log = yield* received("GET", path)
        expect(log.map((r) => [param(r, "q"), param(r, "offset"), param(r, "limit")])).toEqual([
          ["fan", "0", "40"],
          ["fan", "40", "40"],
          ["fan", "80", "40"]
        ])

        // A last page that is exactly full costs one more (empty) request.
        expect(yield* usernames(Streams.search("fan", { limit: 19 }))).toEqual(found)
        expect(yield* count).toBe(3 + 6)

        expect(yield* usernames(Streams.search("fan", { limit: 10, maxPages: 2 }))).toEqual(found.slice(0, 20))
        expect(yield* count).toBe(9 + 2)
        expect(yield* usernames(Streams.search("fan", { limit: 10, maxItems: 25 }))).toEqual(found.slice(0, 25))
        expect(yield* count).toBe(11 + 3)
        expect(yield* usernames(Streams.search("fan", { limit: 10, offset: 90 }))).toEqual(found.slice(90))
        expect(yield* count).toBe(14 + 1)
        log = yield* received("GET", path)
        expect(param(log[log.length - 1], "offset")).toBe("90")

        // A limit above the server's maximum (80) must not end the walk after the clamped first page.
        expect(yield* usernames(Streams.search("fan", { limit: 100 }))).toEqual(found)
        log = yield* received("GET", path)
        expect(log.slice(15).map((r) => [param(r, "offset"), param(r, "limit")])).toEqual([["0", "80"], ["80", "80"]])

        // Bad bounds are typed errors, and nothing is sent.
        const bad = yield* Effect.flip(Stream.runDrain(Streams.search("fan", { limit: 0 })))
        expect(bad).toMatchObject({ _tag: "InvalidArgument", argument: "limit" })
        expect(yield* Effect.flip(Stream.runDrain(Streams.search("fan", { offset: -5 })))).toMatchObject({ _tag: "InvalidArgument", argument: "offset" })
        expect(yield* Effect.flip(Stream.runDrain(Streams.search("fan", { maxPages: 1.5 })))).toMatchObject({ _tag: "InvalidArgument", argument: "maxPages" })
        expect(yield* Effect.flip(Stream.runDrain(Streams.search("fan", { maxItems: -1 })))).toMatchObject({ _tag: "InvalidArgument", argument: "maxItems" })
        expect(yield* count).toBe(17)
        expect(yield* usernames(Streams.search("nobody_matches_this"))).toEqual([])
      }).pipe(as(me.token))
    }).pipe(Effect.provide(layer())))

  it.effect("directory walks every discoverable account by offset", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const listed = yield* accounts("listed", 50)
      yield* accounts("hidden", 5, { discoverable: false })
      yield* Seed.createAccount({ username: "far", domain: "remote.example" })
      yield* Effect.gen(function*() {
        const newest = yield* usernames(Streams.directory({ order: "new", local: true, limit: 20 }))
        expect(newest).toEqual([...names(listed)].reverse().concat(["me"]))
        const log = yield* received("GET", "/api/v1/directory")
        expect(log.map((r) => [param(r, "offset"), param(r, "limit"), param(r, "order"), param(r, "local")])).toEqual([
          ["0", "20", "new", "true"],
          ["20", "20", "new", "true"],
          ["40", "20", "new", "true"]
        ])
        // Without `local` the remote account is listed too; default page size 80: one short page.
        const everyone = yield* usernames(Streams.directory({ order: "new" }))
        expect(new Set(everyone)).toEqual(new Set([...names(listed), "me", "far"]))
        expect(yield* received("GET", "/api/v1/directory")).toHaveLength(4)
        expect(yield* usernames(Streams.directory({ order: "new", local: true, limit: 20, maxItems: 5 }))).toEqual(newest.slice(0, 5))
        // Above the maximum of 80: asked for 80 at a time, and the walk goes past the first page.
        const many = yield* accounts("more", 60)
        const clamped = yield* usernames(Streams.directory({ order: "new", local: true, limit: 200 }))
        expect(clamped).toEqual([...names(many)].reverse().concat(newest))
        expect((yield* received("GET", "/api/v1/directory")).slice(-2).map((r) => [param(r, "offset"), param(r, "limit")])).toEqual([
          ["0", "80"],
          ["80", "80"]
        ])
      }).pipe(as(me.token))
    }).pipe(Effect.provide(layer())))

  it.effect("blocks and mutes (with expiry) walk the signed-in user's records, newest first", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const blocked = yield* accounts("blocked", 85)
      for (const b of blocked) yield* Seed.block(me, b)
      const muted = yield* accounts("muted", 45)
      for (const [i, m] of muted.entries()) yield* Seed.mute(me, m, i === 0 ? { durationSeconds: 3600 } : undefined)
      yield* Effect.gen(function*() {
        expect(yield* usernames(Streams.blocks())).toEqual([...names(blocked)].reverse())
        expect((yield* received("GET", "/api/v1/blocks")).map((r) => param(r, "limit"))).toEqual(["80", "80"])
        expect(yield* usernames(Streams.blocks({ limit: 40 }))).toEqual([...names(blocked)].reverse())
        expect(yield* received("GET", "/api/v1/blocks")).toHaveLength(2 + 3)

        const mutes = yield* collect(Streams.mutes({ limit: 20 }))
        expect(mutes.map((a) => a.username)).toEqual([...names(muted)].reverse())
        expect(yield* received("GET", "/api/v1/mutes")).toHaveLength(3)
        const timed = mutes.filter((a) => a.mute_expires_at !== null && a.mute_expires_at !== undefined)
        expect(timed.map((a) => a.username)).toEqual(["muted1"])
        const expiry = timed[0]?.mute_expires_at
        expect(expiry === null || expiry === undefined ? undefined : DateTime.toEpochMillis(expiry)).toBe(3_600_000)
      }).pipe(as(me.token))
    }).pipe(Effect.provide(layer())))

  it.effect("follow requests, own endorsements and an account's endorsements walk to the end", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me", locked: true })
      const requesters = yield* accounts("asker", 45)
      for (const r of requesters) yield* Seed.requestFollow(r, me)
      const featured = yield* accounts("featured", 30)
      for (const f of featured) {
        yield* Seed.follow(me, f)
        yield* Seed.endorse(me, f)
      }
      const newestFeatured = [...names(featured)].reverse()
      yield* Effect.gen(function*() {
        expect(yield* usernames(Streams.followRequests({ limit: 20 }))).toEqual([...names(requesters)].reverse())
        expect(yield* received("GET", "/api/v1/follow_requests")).toHaveLength(3)
        expect(yield* usernames(Streams.ownEndorsements({ limit: 12 }))).toEqual(newestFeatured)
        expect(yield* received("GET", "/api/v1/endorsements")).toHaveLength(3)
      }).pipe(as(me.token))
      // The public list of what an account features needs no token.
      expect(yield* usernames(Streams.endorsements(me.id, { limit: 12 })).pipe(as(undefined))).toEqual(newestFeatured)
      const publicLog = yield* received("GET", `/api/v1/accounts/${me.id}/endorsements`)
      expect(publicLog).toHaveLength(3)
      expect(publicLog.every((r) => !r.authorization)).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("following and list members walk to the end", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friends = yield* accounts("friend", 90)
      for (const f of friends) yield* Seed.follow(me, f)
      const list = yield* Seed.createList(me, { title: "Close", accounts: friends.slice(0, 50) })
      yield* Effect.gen(function*() {
        expect(yield* usernames(Streams.following(me.id))).toEqual([...names(friends)].reverse())
        expect(yield* received("GET", `/api/v1/accounts/${me.id}/following`)).toHaveLength(2)
        expect(yield* usernames(Streams.listAccounts(list.id, { limit: 20 }))).toEqual([...names(friends.slice(0, 50))].reverse())
        expect(yield* received("GET", `/api/v1/lists/${list.id}/accounts`)).toHaveLength(3)
      }).pipe(as(me.token))
    }).pipe(Effect.provide(layer())))

  it.effect("statuses: every status newest first, and with max_id as a Date only the older ones", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const base = Date.UTC(2024, 0, 1)
      const hour = 3_600_000
      const posted: Array<{ readonly id: Id.StatusId; readonly at: number }> = []
      for (let i = 0; i < 50; i++) {
        const at = base + i * hour
        const { id } = yield* Seed.createStatus(author, { text: `status ${i}`, created_at: new Date(at) })
        posted.push({ id, at })
      }
      const newest = [...posted].reverse()
      yield* Effect.gen(function*() {
        const all = yield* collect(Streams.statuses(author.id, { limit: 15 }))
        expect(all.map((s) => s.id)).toEqual(newest.map((s) => s.id))
        expect(yield* received("GET", `/api/v1/accounts/${author.id}/statuses`)).toHaveLength(4)

        // Strictly older than the 21st status's moment: statuses 0..19.
        const cutoff = new Date(base + 20 * hour)
        const older = yield* collect(Streams.statuses(author.id, { max_id: cutoff, limit: 7 }))
        expect(older.map((s) => s.id)).toEqual(newest.filter((s) => s.at < cutoff.getTime()).map((s) => s.id))
        expect(older).toHaveLength(20)
        expect(older.every((s) => DateTime.toEpochMillis(s.created_at) < cutoff.getTime())).toBe(true)
        const log = (yield* received("GET", `/api/v1/accounts/${author.id}/statuses`)).slice(4)
        expect(log).toHaveLength(Math.ceil(20 / 7))
        expect(param(log[0], "max_id")).toBe(Snowflake.fromDate(cutoff))
      }).pipe(as(author.token))
    }).pipe(Effect.provide(layer())))
})
