import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as ScheduledStatuses from "@mastodon-effect/http/ScheduledStatuses"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { account } from "../../http/test/fixtures/accounts.js"
import { status } from "../../http/test/fixtures/accountEndpoints.js"
import { mockClient, type Recorded, type Reply } from "../../http/test/utils/mockHttp.js"

const scheduled = (id: string) => ({
  id,
  scheduled_at: "2030-01-01T00:00:00.000Z",
  params: { text: `post ${id}` },
  media_attachments: []
})

/** `total` items (ids total..1) of whatever the path lists, paged by max_id like Mastodon. */
const server = (total: number) => (request: Recorded): Reply => {
  const limit = Number(request.url.searchParams.get("limit") ?? "20")
  const maxId = Number(request.url.searchParams.get("max_id") ?? total + 1)
  const ids = Array.from({ length: total }, (_, i) => String(total - i)).filter((id) => Number(id) < maxId).slice(0, limit)
  const path = request.url.pathname
  const item = path.endsWith("/quotes") ? status : path.includes("scheduled") ? scheduled : account
  const next = `${request.url.origin}${path}?limit=${limit}&max_id=${ids[ids.length - 1]}`
  return { json: ids.map((id) => item(id)), headers: ids.length === limit ? { link: `<${next}>; rel="next"` } : {} }
}

describe("Streams of statuses", () => {
  it.effect("rebloggedBy, favouritedBy, quotes and scheduledStatuses ask for the largest page their declaration allows", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(server(100))
      const id = "7" as Id.StatusId
      const counts = yield* Effect.all([
        Stream.runCount(Streams.rebloggedBy(id)),
        Stream.runCount(Streams.favouritedBy(id)),
        Stream.runCount(Streams.quotes(id)),
        Stream.runCount(Streams.scheduledStatuses())
      ]).pipe(Effect.provide(layer))
      expect(counts).toEqual([100, 100, 100, 100])
      const first = (path: string) => (sent: ReadonlyArray<Recorded>) => sent.find((r) => r.url.pathname === path)?.url.searchParams.get("limit")
      const sent = yield* requests
      expect(first("/api/v1/statuses/7/reblogged_by")(sent)).toBe("80")
      expect(Statuses.rebloggedByEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 40, maxLimit: 80 })
      expect(first("/api/v1/statuses/7/favourited_by")(sent)).toBe("80")
      expect(first("/api/v1/statuses/7/quotes")(sent)).toBe("40")
      expect(first("/api/v1/scheduled_statuses")(sent)).toBe("40")
      expect(ScheduledStatuses.listEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 20, maxLimit: 40 })
      // 100 items in pages of 80 (two requests) or 40 (three).
      expect(sent.map((r) => r.url.pathname).filter((p) => p.endsWith("/quotes"))).toHaveLength(3)
      expect(sent.map((r) => r.url.pathname).filter((p) => p.endsWith("/favourited_by"))).toHaveLength(2)
    }))

  it.effect("a caller's limit and walk options win", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(server(100))
      const got = yield* Stream.runCount(Streams.favouritedBy("7" as Id.StatusId, { limit: 10, maxPages: 2 })).pipe(Effect.provide(layer))
      expect(got).toBe(20)
      expect((yield* requests).map((r) => r.url.searchParams.get("limit"))).toEqual(["10", "10"])
    }))
})
