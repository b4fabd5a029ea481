/**
 * A server that sends a walk in a circle must not make it run forever, whatever the circle's
 * length, and a long honest walk must not be cut short.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import type { MastodonClient } from "@mastodon-effect/http/MastodonClient"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { account } from "../../http/test/fixtures/accounts.js"
import { mockClient, type Recorded, type Reply } from "../../http/test/utils/mockHttp.js"
import * as CycleGuard from "../src/internal/cycleGuard.js"

const origin = "https://mastodon.example"
const base = `${origin}/api/v1/accounts/7/followers`
const aid = (id: string) => id as Id.AccountId

/**
 * One account per page. Pages are named by an opaque `page` token: `following(k)` is the page
 * after page k (undefined for the last page). The first request has no token and leads to page 0.
 */
const opaqueServer = (following: (k: number) => number | undefined) => (request: Recorded): Reply => {
  const token = request.url.searchParams.get("page")
  const k = token === null ? -1 : Number(token.slice(1))
  const next = k === -1 ? 0 : following(k)
  return {
    json: [account(String(k + 2))],
    headers: next === undefined ? {} : { link: `<${base}?limit=1&page=p${next}>; rel="next"` }
  }
}

/** Like Mastodon: pages by decimal `max_id`; `nextOf(maxId)` is the next page's cursor id. */
const decimalServer = (nextOf: (id: number) => number | undefined, first: number) => (request: Recorded): Reply => {
  const maxId = Number(request.url.searchParams.get("max_id") ?? first + 1)
  const id = maxId - 1
  const next = nextOf(id)
  return {
    json: [account(String(id))],
    headers: next === undefined ? {} : { link: `<${base}?limit=1&max_id=${next}>; rel="next"` }
  }
}

const walk = (layer: Layer.Layer<MastodonClient>) =>
  Paginate.items(Accounts.followers(aid("7"), { limit: 1 })).pipe(
    Stream.map((a): string => a.id),
    Stream.runCollect,
    Effect.map(Chunk.toReadonlyArray),
    Effect.provide(layer)
  )

describe("Paginate: cursor cycles", () => {
  it.effect("a circle of 100 opaque cursors (longer than any list of recent ones) ends the walk", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(opaqueServer((k) => (k + 1) % 100))
      const ids = yield* walk(layer)
      const sent = (yield* requests).length
      // Every page of the circle was seen, and the walk stopped within about two turns of it.
      expect(new Set(ids).size).toBe(101)
      expect(sent).toBeLessThanOrEqual(1 + 3 * 100)
      expect(ids).toHaveLength(sent)
    }))

  it.effect("a circle entered after a long lead-in (200 pages, then a loop of 150) ends the walk", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(opaqueServer((k) => (k + 1 < 350 ? k + 1 : 200)))
      const ids = yield* walk(layer)
      expect(new Set(ids).size).toBe(351)
      expect((yield* requests).length).toBeLessThanOrEqual(1 + 200 + 3 * 150)
    }))

  it.effect("decimal max_id cursors that jump back up end the walk at once, without a duplicate", () =>
    Effect.gen(function*() {
      // ids 1000 down to 901, then the server points back at the top.
      const { layer, requests } = yield* mockClient(decimalServer((id) => (id > 901 ? id : 1001), 1000))
      const ids = yield* walk(layer)
      expect(ids).toHaveLength(100)
      expect(new Set(ids).size).toBe(100)
      expect((yield* requests).length).toBe(100)
    }))

  it.effect("a long honest walk of opaque cursors (700 pages) is followed to its end", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(opaqueServer((k) => (k + 1 < 700 ? k + 1 : undefined)))
      const ids = yield* walk(layer)
      expect(ids).toHaveLength(701)
      expect(new Set(ids).size).toBe(701)
      expect((yield* requests).length).toBe(701)
    }))

  it.effect("a long honest walk of decimal max_id cursors (700 pages) is followed to its end", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(decimalServer((id) => (id > 1 ? id : undefined), 700))
      const ids = yield* walk(layer)
      expect(ids).toEqual(Array.from({ length: 700 }, (_, i) => String(700 - i)))
    }))
})

describe("CycleGuard", () => {
  const cursor = (k: number) => `${base}?page=p${k}`

  it("stops every circle of length 1 to 400, after any lead-in, within the lead-in plus three turns", () => {
    for (const lead of [0, 1, 63, 64, 65, 130]) {
      for (let length = 1; length <= 400; length += length < 70 ? 1 : 37) {
        const seen = CycleGuard.make("next")
        let steps = 0
        let k = 0
        while (!seen(cursor(k))) {
          steps += 1
          k = k + 1 < lead + length ? k + 1 : lead
          if (steps > 10_000) break
        }
        expect(steps).toBeGreaterThanOrEqual(lead + length)
        expect(steps).toBeLessThanOrEqual(lead + 3 * length + 1)
      }
    }
  })

  it("never stops a walk of 20,000 distinct cursors", () => {
    const seen = CycleGuard.make("next")
    let stopped = 0
    for (let k = 0; k < 20_000; k++) if (seen(cursor(k))) stopped += 1
    expect(stopped).toBe(0)
  })

  it("compares decimal ids by value, longer than 2^53, in the walk's direction", () => {
    const next = CycleGuard.make("next", `${base}?max_id=110000000000000000001`)
    expect(next(`${base}?max_id=110000000000000000000`)).toBe(false)
    expect(next(`${base}?max_id=99999999999999999999`)).toBe(false)
    expect(next(`${base}?max_id=100000000000000000000`)).toBe(true)

    const prev = CycleGuard.make("prev")
    expect(prev(`${base}?min_id=5`)).toBe(false)
    expect(prev(`${base}?min_id=10`)).toBe(false)
    expect(prev(`${base}?min_id=9`)).toBe(true)

    const offsets = CycleGuard.make("next")
    expect(offsets(`${base}?offset=20`)).toBe(false)
    expect(offsets(`${base}?offset=40`)).toBe(false)
    expect(offsets(`${base}?offset=20`)).toBe(true)
  })

  it("does not order ids that are not decimal (flake ids, ULIDs): only a repeat stops them", () => {
    const seen = CycleGuard.make("next")
    expect(seen(`${base}?max_id=01HZZZZZZZZZZZZZZZZZZZZZZZ`)).toBe(false)
    expect(seen(`${base}?max_id=01JAAAAAAAAAAAAAAAAAAAAAAA`)).toBe(false)
    expect(seen(`${base}?max_id=01HZZZZZZZZZZZZZZZZZZZZZZZ`)).toBe(true)
  })

  it("a resumed walk counts its starting cursor", () => {
    const seen = CycleGuard.make("next", cursor(7))
    expect(seen(cursor(8))).toBe(false)
    expect(seen(cursor(7))).toBe(true)
  })
})
