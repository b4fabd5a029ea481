/**
 * What only the loopback server does (the routes themselves are tested on both faces elsewhere):
 * listening on a free port of 127.0.0.1, links to the host a request came to, HEAD without a
 * body, a reset fault that drops the socket, an aborted request, and closing with its scope.
 */
import { describe, expect, it } from "@effect/vitest"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const get = (url: string, init: RequestInit = {}) => Effect.promise(() => fetch(url, init))

describe("MastodonServer", () => {
  it.live("listens on 127.0.0.1 and answers a real HTTP client", () =>
    Effect.gen(function*() {
      const origin = yield* MastodonInstance.origin
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const response = yield* get(`${origin}/api/v1/instance`)
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toMatch(/application\/json/)
      const body = yield* Effect.promise(() => response.json() as Promise<{ version: string }>)
      expect(body.version).toBe("4.6.0")
    }).pipe(Effect.provide(MastodonServer.layer())))

  it.live("links point at the host the request came to", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 3, { prefix: "fan" })
      const port = new URL(yield* MastodonInstance.origin).port
      const response = yield* get(`http://localhost:${port}/api/v1/accounts/${star.id}/followers?limit=1`)
      expect(response.status).toBe(200)
      expect(response.headers.get("link")).toContain(`http://localhost:${port}/api/v1/accounts/${star.id}/followers?`)
    }).pipe(Effect.provide(MastodonServer.layer({ rateLimit: false }))))

  it.live("HEAD has the headers of GET and no body", () =>
    Effect.gen(function*() {
      const origin = yield* MastodonInstance.origin
      const response = yield* get(`${origin}/api/v1/instance`, { method: "HEAD" })
      expect(response.status).toBe(200)
      expect(yield* Effect.promise(() => response.text())).toBe("")
    }).pipe(Effect.provide(MastodonServer.layer())))

  it.live("a connection-reset fault drops the socket without an answer; the next request is served", () =>
    Effect.gen(function*() {
      const origin = yield* MastodonInstance.origin
      yield* Faults.inject(Faults.connectionReset, { path: "/api/v1/instance", times: 1 })
      const failed = yield* Effect.tryPromise(() => fetch(`${origin}/api/v1/instance`)).pipe(Effect.flip)
      expect(String(failed.cause)).toMatch(/fetch failed/)
      expect((yield* get(`${origin}/api/v1/instance`)).status).toBe(200)
    }).pipe(Effect.provide(MastodonServer.layer())))

  it.live("a client that hangs up during a latency fault leaves the server serving", () =>
    Effect.gen(function*() {
      const origin = yield* MastodonInstance.origin
      yield* Faults.inject(Faults.latency("10 seconds"), { path: "/api/v1/instance", times: 1 })
      const aborted = yield* Effect.tryPromise(() => fetch(`${origin}/api/v1/instance`, { signal: AbortSignal.timeout(100) })).pipe(
        Effect.flip
      )
      expect(String(aborted.cause)).toMatch(/abort|timeout/i)
      const start = Date.now()
      expect((yield* get(`${origin}/api/v1/instance`)).status).toBe(200)
      expect(Date.now() - start).toBeLessThan(5_000)
    }).pipe(Effect.provide(MastodonServer.layer())))

  it.live("stops listening when its scope closes", () =>
    Effect.gen(function*() {
      const origin = yield* Effect.scoped(Effect.provide(MastodonInstance.origin, MastodonServer.layer()))
      const refused = yield* Effect.tryPromise(() => fetch(`${origin}/api/v1/instance`)).pipe(Effect.flip)
      expect(String((refused.cause as { cause?: unknown }).cause)).toMatch(/ECONNREFUSED/)
    }))

  it.live("a port in use is a ServeError in the error channel", () =>
    Effect.gen(function*() {
      const port = Number(new URL(yield* MastodonInstance.origin).port)
      const error = yield* Effect.scoped(Layer.build(MastodonServer.layer({ port }))).pipe(Effect.flip)
      expect(error._tag).toBe("ServeError")
    }).pipe(Effect.provide(MastodonServer.layer())))
})
