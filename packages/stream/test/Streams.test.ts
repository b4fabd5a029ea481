import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { account } from "../../http/test/fixtures/accounts.js"
import { mockClient, type Recorded, type Reply } from "../../http/test/utils/mockHttp.js"

/** Any Link-paginated account list of `total` accounts (ids total..1), paged like Mastodon. */
const listServer = (total: number) => (request: Recorded): Reply => {
  const limit = Number(request.url.searchParams.get("limit") ?? "40")
  const maxId = Number(request.url.searchParams.get("max_id") ?? total + 1)
  const ids = Array.from({ length: total }, (_, i) => total - i).filter((id) => id < maxId).slice(0, limit)
  const next = `${request.url.origin}${request.url.pathname}?limit=${limit}&max_id=${ids[ids.length - 1]}`
  return {
    json: ids.map((id) => ({ ...account(String(id)), mute_expires_at: null })),
    headers: ids.length === limit ? { link: `<${next}>; rel="next"` } : {}
  }
}

describe("Streams", () => {
  it.effect("followers asks for 80 per page and honours maxItems without fetching further pages", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(listServer(500))
      const got = yield* Streams.followers("42" as Id.AccountId, { maxItems: 100 }).pipe(Stream.runCollect, Effect.provide(layer))
      expect(Chunk.size(got)).toBe(100)
      const sent = yield* requests
      expect(sent).toHaveLength(2)
      expect(sent[0]?.url.pathname).toBe("/api/v1/accounts/42/followers")
      expect(sent[0]?.url.searchParams.get("limit")).toBe("80")
    }))

  it.effect("blocks, mutes, follow requests and own endorsements walk their own paths to the end", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(listServer(170))
      const counts = yield* Effect.all([
        Stream.runCount(Streams.blocks()),
        Stream.runCount(Streams.mutes()),
        Stream.runCount(Streams.followRequests()),
        Stream.runCount(Streams.ownEndorsements())
      ]).pipe(Effect.provide(layer))
      expect(counts).toEqual([170, 170, 170, 170])
      const paths = new Set((yield* requests).map((r) => r.url.pathname))
      expect(paths).toEqual(new Set(["/api/v1/blocks", "/api/v1/mutes", "/api/v1/follow_requests", "/api/v1/endorsements"]))
    }))

  it.effect("search pages by offset and stops at the short page", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) => {
        const offset = Number(request.url.searchParams.get("offset"))
        const limit = Number(request.url.searchParams.get("limit"))
        const ids = Array.from({ length: 90 }, (_, i) => i + 1).slice(offset, offset + limit)
        return { json: ids.map((id) => account(String(id))) }
      })
      const got = yield* Streams.search("alice", { limit: 40 }).pipe(Stream.map((a) => a.id), Stream.runCollect, Effect.provide(layer))
      expect(Chunk.toReadonlyArray(got)).toEqual(Array.from({ length: 90 }, (_, i) => String(i + 1)))
      const sent = yield* requests
      expect(sent.map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "40", "80"])
      expect(sent.every((r) => r.url.searchParams.get("q") === "alice" && !r.url.searchParams.has("following"))).toBe(true)
    }))
})
