import { describe, expect, it } from "@effect/vitest"
import * as Account from "@mastodon-effect/core/Account"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as VersionPolicy from "@mastodon-effect/http/VersionPolicy"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"
import { account, relationship } from "./fixtures/accounts.js"
import { mockClient, type Reply } from "./utils/mockHttp.js"

const aid = (id: string) => id as Id.AccountId
const iso = (millis: number) => new Date(millis).toISOString()
const limits = (remaining: number, resetMillis: number) => ({
  "x-ratelimit-limit": "300",
  "x-ratelimit-remaining": String(remaining),
  "x-ratelimit-reset": iso(resetMillis)
})

describe("rate-limit policies", () => {
  it.effect("throw: a 429 fails at once with RateLimited and its reset time", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(
        (_, __, now) => ({ status: 429, json: { error: "Too many requests" }, headers: limits(0, now + 60_000) }),
        { rateLimit: "throw" }
      )
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("1")), layer))
      expect(error._tag).toBe("RateLimited")
      if (error._tag === "RateLimited") expect(error.rate_limit?.remaining).toBe(0)
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("wait: a 429 sleeps until the reset, then the request goes through", () =>
    Effect.gen(function*() {
      const times: Array<number> = []
      const { layer, requests } = yield* mockClient((_, i, now): Reply => {
        times.push(now)
        return i === 0
          ? { status: 429, json: { error: "Too many requests" }, headers: limits(0, now + 60_000) }
          : { json: account("1"), headers: limits(299, now + 300_000) }
      }, { rateLimit: "wait" })
      const fiber = yield* Effect.fork(Effect.provide(Accounts.get(aid("1")), layer))
      yield* TestClock.adjust(Duration.seconds(59))
      expect(yield* requests).toHaveLength(1)
      yield* TestClock.adjust(Duration.seconds(1))
      const got = yield* Fiber.join(fiber)
      expect(got.id).toBe("1")
      expect(times).toEqual([0, 60_000])
    }))

  it.effect("wait: a POST that got a 429 is sent again after the reset (the server did not act on it)", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, i, now): Reply =>
        i === 0
          ? { status: 429, json: { error: "Too many requests" }, headers: limits(0, now + 1_000) }
          : { json: relationship("1") }
      )
      const fiber = yield* Effect.fork(Effect.provide(Accounts.follow(aid("1")), layer))
      yield* TestClock.adjust(Duration.seconds(2))
      yield* Fiber.join(fiber)
      expect((yield* requests).map((r) => r.method)).toEqual(["POST", "POST"])
    }))

  it.effect("wait: when the last response said the budget is spent, the next request waits for the reset", () =>
    Effect.gen(function*() {
      const times: Array<number> = []
      const { layer } = yield* mockClient((_, __, now): Reply => {
        times.push(now)
        return { json: account("1"), headers: limits(0, 30_000) }
      }, { rateLimit: "wait" })
      const fiber = yield* Effect.fork(
        Effect.provide(Effect.zipRight(Accounts.get(aid("1")), Accounts.get(aid("1"))), layer)
      )
      yield* TestClock.adjust(Duration.seconds(30))
      yield* Fiber.join(fiber)
      expect(times).toEqual([0, 30_000])
    }))

  it.effect("wait gives up after maxRateLimitWaits and returns the typed 429", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(
        (_, __, now) => ({ status: 429, json: { error: "Too many requests" }, headers: limits(0, now + 1_000) }),
        { rateLimit: "wait", maxRateLimitWaits: 2 }
      )
      const fiber = yield* Effect.fork(Effect.flip(Effect.provide(Accounts.get(aid("1")), layer)))
      yield* TestClock.adjust(Duration.seconds(10))
      const error = yield* Fiber.join(fiber)
      expect(error._tag).toBe("RateLimited")
      expect(yield* requests).toHaveLength(3)
    }))

  it.effect("pace: concurrent requests share the budget and are spread until the reset", () =>
    Effect.gen(function*() {
      const times: Array<number> = []
      let remaining = 10
      const { layer } = yield* mockClient((_, __, now): Reply => {
        times.push(now)
        remaining -= 1
        return { json: account("1"), headers: limits(remaining, 100_000) }
      }, { rateLimit: "pace" })
      const program = Effect.gen(function*() {
        yield* Accounts.get(aid("1")) // learns the budget: 9 left for 100 s
        yield* Effect.all(Array.from({ length: 5 }, () => Accounts.get(aid("1"))), { concurrency: "unbounded" })
      })
      const fiber = yield* Effect.fork(Effect.provide(program, layer))
      yield* TestClock.adjust(Duration.seconds(100))
      yield* Fiber.join(fiber)
      expect(times).toHaveLength(6)
      const gaps = times.slice(2).map((t, i) => t - times[i + 1]!)
      // Evenly spread: about 100 s / 9 left between starts (a little less as the slots near the
      // reset), never bunched together, and all inside the window.
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(9_000)
      expect(times[times.length - 1]!).toBeLessThan(100_000)
    }))
})

describe("retries and timeouts", () => {
  const never = () => new Promise<Reply>(() => {})

  it.effect("a GET that timed out is sent again; a POST that timed out is not", () =>
    Effect.gen(function*() {
      const get = yield* mockClient((_, i) => i === 0 ? never() : { json: account("1") }, {
        timeout: "5 seconds",
        retry: { times: 2, base: "100 millis" }
      })
      const getFiber = yield* Effect.fork(Effect.provide(Accounts.get(aid("1")), get.layer))
      yield* TestClock.adjust(Duration.seconds(10))
      expect((yield* Fiber.join(getFiber)).id).toBe("1")
      expect(yield* get.requests).toHaveLength(2)

      const post = yield* mockClient(never, { timeout: "5 seconds", retry: { times: 2, base: "100 millis" } })
      const postFiber = yield* Effect.fork(Effect.flip(Effect.provide(Accounts.follow(aid("1")), post.layer)))
      yield* TestClock.adjust(Duration.seconds(30))
      const error = yield* Fiber.join(postFiber)
      expect(error._tag).toBe("Timeout")
      if (error._tag === "Timeout") expect(error.timeout_ms).toBe(5000)
      expect(yield* post.requests).toHaveLength(1)
    }))

  it.effect("a POST with an Idempotency-Key is retried after a 502, with the same key", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(
        (_, i) => i === 0 ? { status: 502, body: "<html>bad gateway</html>" } : { json: relationship("1") },
        { retry: { times: 2, base: "100 millis" } }
      )
      const follow = Endpoint.call(Accounts.followEndpoint, { path: { id: "1" }, idempotencyKey: "key-123" })
      const fiber = yield* Effect.fork(Effect.provide(follow, layer))
      yield* TestClock.adjust(Duration.seconds(5))
      yield* Fiber.join(fiber)
      const sent = yield* requests
      expect(sent.map((r) => r.headers["idempotency-key"])).toEqual(["key-123", "key-123"])
    }))

  it.effect("retries stop after the configured number and keep the last typed error", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ status: 503, json: { error: "Service Unavailable" } }), {
        retry: { times: 3, base: "100 millis", cap: "1 second" }
      })
      const fiber = yield* Effect.fork(Effect.flip(Effect.provide(Accounts.get(aid("1")), layer)))
      yield* TestClock.adjust(Duration.seconds(60))
      const error = yield* Fiber.join(fiber)
      expect(error._tag).toBe("ServerError")
      expect(yield* requests).toHaveLength(4)
    }))

  it.effect("4xx errors are not retried", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ status: 404, json: { error: "Record not found" } }), {
        retry: { times: 3, base: "100 millis" }
      })
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("1")), layer))
      expect(error._tag).toBe("NotFound")
      expect(yield* requests).toHaveLength(1)
    }))
})

describe("version awareness", () => {
  const profileLike = Endpoint.make({
    name: "test.newEndpoint",
    method: "GET",
    path: "/api/v1/new_thing",
    response: Account.Account,
    auth: "user",
    versions: { added: "4.3.0", changed: "4.5.0" }
  })
  const removedLater = Endpoint.make({
    name: "test.removed",
    method: "GET",
    path: "/api/v1/old_thing",
    response: Account.Account,
    auth: "user",
    versions: { added: "0.0.0", removed: "3.0.0" }
  })

  const server = (version: string, v2 = true) => (request: { url: URL }): Reply => {
    if (request.url.pathname === "/api/v2/instance") {
      return v2 ? { json: { domain: "x", version, api_versions: { mastodon: 1 } } } : { status: 404, json: { error: "Not found" } }
    }
    if (request.url.pathname === "/api/v1/instance") return { json: { uri: "x", version } }
    return { json: account("1") }
  }

  it.effect("none (the default) never asks the server for its version", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(server("2.7.2 (compatible; Pleroma 2.5.0)"))
      yield* Effect.provide(Endpoint.call(profileLike), layer)
      expect((yield* requests).map((r) => r.url.pathname)).toEqual(["/api/v1/new_thing"])
    }))

  it.effect("created: an older server fails before the request with UnsupportedVersion", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(server("4.2.10"), { versionCheck: "created" })
      const error = yield* Effect.flip(Effect.provide(Endpoint.call(profileLike), layer))
      expect(error._tag).toBe("UnsupportedVersion")
      if (error._tag === "UnsupportedVersion") {
        expect(error.required).toBe("4.3.0")
        expect(error.actual).toBe("4.2.10")
      }
      expect((yield* requests).map((r) => r.url.pathname)).toEqual(["/api/v2/instance"])
    }))

  it.effect("changed: needs the version that last changed the endpoint; created accepts it", () =>
    Effect.gen(function*() {
      const created = yield* mockClient(server("4.4.0+glitch"), { versionCheck: "created" })
      yield* Effect.provide(Endpoint.call(profileLike), created.layer)
      const changed = yield* mockClient(server("4.4.0+glitch"), { versionCheck: "changed" })
      const error = yield* Effect.flip(Effect.provide(Endpoint.call(profileLike), changed.layer))
      expect(error._tag).toBe("UnsupportedVersion")
    }))

  it.effect("a removed endpoint is refused on newer servers", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(server("4.3.0"), { versionCheck: "created" })
      const error = yield* Effect.flip(Effect.provide(Endpoint.call(removedLater), layer))
      expect(error._tag).toBe("UnsupportedVersion")
    }))

  it.effect("falls back to the v1 instance and reads the version once", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(server("4.3.0", false), { versionCheck: "created" })
      const program = Effect.gen(function*() {
        yield* Endpoint.call(profileLike)
        yield* Endpoint.call(profileLike)
        return yield* VersionPolicy.serverVersion
      })
      const version = yield* Effect.provide(program, layer)
      expect([version.major, version.minor, version.patch]).toEqual([4, 3, 0])
      expect((yield* requests).map((r) => r.url.pathname)).toEqual([
        "/api/v2/instance",
        "/api/v1/instance",
        "/api/v1/new_thing",
        "/api/v1/new_thing"
      ])
    }))
})

describe("token override", () => {
  it.effect("withAccessToken changes the token for one effect only", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: account("1") }))
      yield* Effect.provide(
        Effect.gen(function*() {
          yield* Accounts.get(aid("1")).pipe(MastodonClient.withAccessToken("app-token"))
          yield* Accounts.get(aid("1"))
          yield* Accounts.get(aid("1")).pipe(MastodonClient.withAccessToken(undefined))
        }),
        layer
      )
      expect((yield* requests).map((r) => r.headers["authorization"])).toEqual([
        "Bearer app-token",
        "Bearer test-token",
        undefined
      ])
    }))

  it.effect("effects that switch to the same token share its rate-limit state; other tokens do not", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, __, now) => ({ json: account("1"), headers: limits(42, now + 60_000) }))
      const [same, other] = yield* Effect.provide(
        Effect.gen(function*() {
          yield* Accounts.get(aid("1")).pipe(MastodonClient.withAccessToken("app-token"))
          const same = yield* MastodonClient.rateLimit.pipe(MastodonClient.withAccessToken("app-token"))
          const other = yield* MastodonClient.rateLimit.pipe(MastodonClient.withAccessToken("another-token"))
          return [same, other] as const
        }),
        layer
      )
      expect(same._tag === "Some" && same.value.remaining).toBe(42)
      expect(other._tag).toBe("None")
    }))
})
