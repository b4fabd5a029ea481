import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as Seed from "@mastodon-effect/testing/Seed"
import { faces, links, req } from "./utils/http.js"

describe.each(faces)("faults ($name)", ({ layer }) => {
  it.effect("answers 502 with an HTML body and 503 with JSON, for a route pattern only", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a" })
      yield* Faults.inject(Faults.serverError(502), { path: "/api/v1/accounts/:id", times: 1 })
      const bad = yield* req("GET", `/api/v1/accounts/${a.id}`)
      expect(bad.status).toBe(502)
      expect(bad.headers["content-type"]).toContain("text/html")
      expect(bad.text).toContain("502 Bad Gateway")
      expect((yield* req("GET", `/api/v1/accounts/${a.id}`)).status).toBe(200)
      yield* Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id/followers" })
      expect((yield* req("GET", `/api/v1/accounts/${a.id}`)).status).toBe(200)
      const unavailable = yield* req("GET", `/api/v1/accounts/${a.id}/followers`)
      expect(unavailable.status).toBe(503)
      expect(unavailable.json).toEqual({ error: "Service Unavailable" })
      expect((yield* req("GET", `/api/v1/accounts/${a.id}/followers`)).status).toBe(503)
      yield* Faults.clear
      expect((yield* req("GET", `/api/v1/accounts/${a.id}/followers`)).status).toBe(200)
    }).pipe(Effect.provide(layer())))

  it.effect("answers an HTML page with status 200", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a" })
      yield* Faults.inject(Faults.htmlPage, { times: 1 })
      const res = yield* req("GET", `/api/v1/accounts/${a.id}`)
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toContain("text/html")
      expect(res.json).toBeUndefined()
    }).pipe(Effect.provide(layer())))

  it.effect("answers malformed and truncated JSON", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a" })
      const full = yield* req("GET", `/api/v1/accounts/${a.id}`)
      yield* Faults.inject(Faults.malformedJson, { times: 1 })
      const malformed = yield* req("GET", `/api/v1/accounts/${a.id}`)
      expect(malformed.status).toBe(200)
      expect(malformed.headers["content-type"]).toContain("application/json")
      expect(() => JSON.parse(malformed.text)).toThrow()
      yield* Faults.inject(Faults.truncatedJson, { times: 1 })
      const truncated = yield* req("GET", `/api/v1/accounts/${a.id}`)
      expect(truncated.text.length).toBe(Math.floor(full.text.length / 2))
      expect(full.text.startsWith(truncated.text)).toBe(true)
      expect(() => JSON.parse(truncated.text)).toThrow()
    }).pipe(Effect.provide(layer())))

  it.effect("points the next Link at another origin", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a" })
      yield* Seed.followers(a, 3)
      yield* Faults.inject(Faults.crossOriginLink(), { path: "/api/v1/accounts/:id/followers" })
      const res = yield* req("GET", `/api/v1/accounts/${a.id}/followers?limit=1`)
      expect(res.json).toHaveLength(1)
      const next = new URL(links(res)["next"] ?? "")
      expect(next.origin).toBe("https://evil.example")
      expect(next.pathname).toBe(`/api/v1/accounts/${a.id}/followers`)
      expect(next.searchParams.get("max_id")).not.toBeNull()
      // A route without Link gets one.
      const single = yield* req("GET", `/api/v1/accounts/${a.id}/followers?limit=80`)
      expect(links(single)["next"]?.startsWith("https://evil.example/")).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("adds latency with Effect.sleep, driven by the TestClock", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a" })
      yield* Faults.inject(Faults.latency("10 seconds"), { method: "GET", times: 1 })
      const fiber = yield* Effect.fork(req("GET", `/api/v1/accounts/${a.id}`))
      // Over loopback the request takes real time to arrive: wait (in real time) until it has.
      while ((yield* MastodonInstance.requests).length === 0) yield* Effect.promise(() => new Promise((r) => setTimeout(r, 5)))
      yield* TestClock.adjust("9 seconds")
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 second")
      const res = yield* Fiber.join(fiber)
      expect(res.status).toBe(200)
    }).pipe(Effect.provide(layer())))
})
