import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { account } from "../../http/test/fixtures/accounts.js"
import { mockClient, type Recorded, type Reply } from "../../http/test/utils/mockHttp.js"

const origin = "https://mastodon.example"
const aid = (id: string) => id as Id.AccountId

/**
 * A followers list of `total` accounts with ids total..1 (newest first), paged like Mastodon:
 * `max_id` for older pages, `min_id` for newer ones, Link headers with both.
 */
const followersServer = (total: number, options: { nextOrigin?: string; repeatCursor?: boolean } = {}) =>
(request: Recorded): Reply => {
  const limit = Number(request.url.searchParams.get("limit") ?? "40")
  const maxId = request.url.searchParams.get("max_id")
  const minId = request.url.searchParams.get("min_id")
  const all = Array.from({ length: total }, (_, i) => total - i)
  const ids = minId !== null
    ? all.filter((id) => id > Number(minId)).slice(-limit)
    : all.filter((id) => maxId === null || id < Number(maxId)).slice(0, limit)
  const base = `${options.nextOrigin ?? origin}${request.url.pathname}?limit=${limit}`
  const links: Array<string> = []
  if (ids.length > 0) {
    // Like Mastodon, a next link only while pages come back full.
    const last = options.repeatCursor === true ? Number(maxId ?? total + 1) : ids[ids.length - 1]!
    if (ids.length === limit) links.push(`<${base}&max_id=${last}>; rel="next"`)
    links.push(`<${origin}${request.url.pathname}?limit=${limit}&min_id=${ids[0]}>; rel="prev"`)
  }
  return { json: ids.map((id) => account(String(id))), headers: links.length > 0 ? { link: links.join(", ") } : {} }
}

describe("Paginate", () => {
  it.effect("walks every follower exactly once, in order, with ceil(n / limit) requests", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(followersServer(1000))
      const ids = yield* Paginate.items(Accounts.followers(aid("7"), { limit: 80 })).pipe(
        Stream.map((a) => Number(a.id)),
        Stream.runCollect,
        Effect.provide(layer)
      )
      expect(Chunk.toReadonlyArray(ids)).toEqual(Array.from({ length: 1000 }, (_, i) => 1000 - i))
      expect((yield* requests).length).toBe(Math.ceil(1000 / 80))
    }))

  it.effect("is lazy: building the stream sends nothing, take(5) sends one request", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(followersServer(1000))
      const stream = Paginate.items(Accounts.followers(aid("7"), { limit: 40 }))
      expect(yield* requests).toHaveLength(0)
      const five = yield* Stream.runCollect(Stream.take(stream, 5)).pipe(Effect.provide(layer))
      expect(Chunk.size(five)).toBe(5)
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("walks backwards with prev from a saved cursor", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(followersServer(100))
      const ids = yield* Paginate.resumeItems(
        Accounts.followersEndpoint,
        `${origin}/api/v1/accounts/7/followers?limit=30&min_id=40`,
        { direction: "prev" }
      ).pipe(Stream.map((a) => Number(a.id)), Stream.runCollect, Effect.provide(layer))
      const seen = Chunk.toReadonlyArray(ids)
      expect(new Set(seen).size).toBe(60)
      expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => 41 + i))
    }))

  it.effect("resumes from the cursor of the last page consumed", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(followersServer(200))
      const firstTwo = yield* Paginate.pages(Accounts.followers(aid("7"), { limit: 50 }), { maxPages: 2 }).pipe(
        Stream.runCollect,
        Effect.provide(layer)
      )
      const last = Chunk.unsafeLast(firstTwo)
      const saved = Option.getOrThrow(last.next)
      const rest = yield* Paginate.resumeItems(Accounts.followersEndpoint, saved).pipe(
        Stream.map((a) => Number(a.id)),
        Stream.runCollect,
        Effect.provide(layer)
      )
      const before = Chunk.toReadonlyArray(firstTwo).flatMap((p) => p.items.map((a) => Number(a.id)))
      expect([...before, ...Chunk.toReadonlyArray(rest)]).toEqual(Array.from({ length: 200 }, (_, i) => 200 - i))
    }))

  it.effect("refuses a Link on another origin and sends nothing there", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(followersServer(100, { nextOrigin: "https://evil.example" }))
      const error = yield* Paginate.items(Accounts.followers(aid("7"))).pipe(Stream.runDrain, Effect.flip, Effect.provide(layer))
      expect(error._tag).toBe("CrossOriginRefused")
      const sent = yield* requests
      expect(sent).toHaveLength(1)
      expect(sent.every((r) => r.url.origin === origin)).toBe(true)
    }))

  it.effect("stops when a server repeats a cursor instead of looping", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(followersServer(100, { repeatCursor: true }))
      const count = yield* Paginate.items(Accounts.followers(aid("7"), { limit: 10 })).pipe(
        Stream.runCount,
        Effect.provide(layer)
      )
      expect((yield* requests).length).toBe(2)
      expect(count).toBe(20)
    }))

  it.effect("offset paging stops at the first short page", () =>
    Effect.gen(function*() {
      const data = Array.from({ length: 95 }, (_, i) => i)
      const calls: Array<number> = []
      const all = yield* Paginate.offset(
        (offset, limit) => Effect.sync(() => (calls.push(offset), data.slice(offset, offset + limit))),
        { limit: 40 }
      ).pipe(Stream.runCollect)
      expect(Chunk.toReadonlyArray(all)).toEqual(data)
      expect(calls).toEqual([0, 40, 80])
    }))

  it.effect("offset paging refuses a bad limit with a typed error", () =>
    Effect.gen(function*() {
      const error = yield* Paginate.offset(() => Effect.succeed([1]), { limit: 0 }).pipe(Stream.runDrain, Effect.flip)
      expect(error._tag).toBe("InvalidArgument")
    }))
})
