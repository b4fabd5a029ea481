/**
 * The timeline and search streams against a scripted server: the cursors and offsets they follow.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { account } from "../../http/test/fixtures/accounts.js"
import { mockClient } from "../../http/test/utils/mockHttp.js"

const status = (id: string) => ({
  id,
  created_at: "2019-11-26T23:24:13.113Z",
  uri: `https://mastodon.example/users/user1/statuses/${id}`,
  url: `https://mastodon.example/@user1/${id}`,
  account: account("1", "user1"),
  content: "<p>hi</p>",
  reblogs_count: 0,
  favourites_count: 0,
  in_reply_to_id: null,
  in_reply_to_account_id: null,
  reblog: null
})

const sid = (id: string) => id as Id.StatusId

describe("Timeline streams", () => {
  it.effect("a catch-up stream follows prev cursors from min_id and yields oldest first", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, i) =>
        i === 0
          ? { json: [status("12"), status("11")], headers: { link: "<https://mastodon.example/api/v1/timelines/home?min_id=12&limit=2>; rel=\"prev\"" } }
          : i === 1
          ? { json: [status("13")], headers: { link: "<https://mastodon.example/api/v1/timelines/home?min_id=13&limit=2>; rel=\"prev\"" } }
          : { json: [] }
      )
      const seen = yield* Effect.provide(Stream.runCollect(Streams.home({ min_id: sid("10"), limit: 2, direction: "prev" })), layer)
      expect(Chunk.toReadonlyArray(seen).map((s) => s.id)).toEqual(["11", "12", "13"])
      const sent = yield* requests
      expect(sent.map((r) => r.url.search)).toEqual(["?min_id=10&limit=2", "?min_id=12&limit=2", "?min_id=13&limit=2"])
    }))

  it.effect("a walk resumed from a saved cursor starts there, without a first request of its own", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, i) => (i === 0 ? { json: [status("21"), status("20")] } : { json: [] }))
      const saved = "https://mastodon.example/api/v1/bookmarks?max_id=23771"
      const items = yield* Effect.provide(Stream.runCollect(Streams.bookmarks({ from: saved })), layer)
      expect(Chunk.toReadonlyArray(items).map((s) => s.id)).toEqual(["21", "20"])
      expect((yield* requests).map((r) => r.url.toString())).toEqual([saved])
    }))

  it.effect("the home stream asks for the largest page by default and stops after maxItems", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [status("3"), status("2"), status("1")],
        headers: { link: "<https://mastodon.example/api/v1/timelines/home?max_id=1>; rel=\"next\"" }
      }))
      const items = yield* Effect.provide(Stream.runCollect(Streams.home({ maxItems: 2 })), layer)
      expect(Chunk.toReadonlyArray(items).map((s) => s.id)).toEqual(["3", "2"])
      const sent = yield* requests
      expect(sent.map((r) => r.url.search)).toEqual(["?limit=40"])
      const bad = yield* Effect.flip(Effect.provide(Stream.runCollect(Streams.home({ maxItems: 1.5 })), layer))
      expect(bad).toMatchObject({ _tag: "InvalidArgument", argument: "maxItems" })
    }))
  it.effect("searchAll walks offsets of one type until a short page", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) => {
        const offset = Number(r.url.searchParams.get("offset"))
        return { json: { accounts: [], hashtags: [], statuses: offset === 0 ? [status("3"), status("2")] : [status("1")] } }
      })
      const all = yield* Effect.provide(Stream.runCollect(Streams.searchAll("x", { type: "statuses", limit: 2 })), layer)
      expect(Chunk.toReadonlyArray(all).map((s) => s.id)).toEqual(["3", "2", "1"])
      expect((yield* requests).map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "2"])
    }))
})
