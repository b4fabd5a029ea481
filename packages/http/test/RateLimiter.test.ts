/**
 * The rate limiter against a scripted server that counts requests per fixed window as Mastodon
 * does (rack-attack): `pace` must meet no 429 however many fibers start at once, waits are bounded
 * by `maxWait`, and a server clock that is off is corrected with the `Date` header.
 */
import { describe, expect, it } from "@effect/vitest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as RateLimit from "@mastodon-effect/core/RateLimit"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as TestClock from "effect/TestClock"
import * as Limiter from "../src/internal/rateLimiter.js"

const request = { method: "GET", url: "https://mastodon.example/api/v1/accounts/1" }

interface ServerOptions {
  readonly limit?: number
  readonly windowMillis?: number
  /** The server's clock minus ours. */
  readonly offsetMillis?: number
  /** Time between the server counting a request and its answer reaching the client. */
  readonly latencyMillis?: number
  /** Send no rate-limit headers (a proxy strips them). */
  readonly headers?: boolean
}

/**
 * A server with a fixed-window budget. Each request is counted when it arrives; its answer (with
 * the rate-limit headers and the server's `Date`) reaches the limiter `latencyMillis` later.
 */
const scriptedServer = (limiter: Limiter.Limiter, options: ServerOptions = {}) => {
  const limit = options.limit ?? 50
  const windowMillis = options.windowMillis ?? 10_000
  const offset = options.offsetMillis ?? 0
  const counts = new Map<number, number>()
  const sent: Array<number> = []
  let rejected = 0
  const attempt = Effect.gen(function*() {
    const now = yield* Clock.currentTimeMillis
    sent.push(now)
    const serverNow = now + offset
    const window = Math.floor(serverNow / windowMillis)
    const used = (counts.get(window) ?? 0) + 1
    counts.set(window, used)
    const headers: Record<string, string> = options.headers === false ? {} : {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - used)),
      "x-ratelimit-reset": new Date((window + 1) * windowMillis).toISOString()
    }
    yield* Effect.sleep(Duration.millis(options.latencyMillis ?? 100))
    headers["date"] = new Date(serverNow + (options.latencyMillis ?? 100)).toUTCString()
    yield* limiter.observe(headers)
    if (used > limit) {
      rejected += 1
      return yield* Effect.fail(
        new MastodonError.RateLimited({
          ...request,
          status: 429,
          error: "Too many requests",
          ...Option.match(RateLimit.fromHeaders(headers), { onNone: () => ({}), onSome: (rate_limit) => ({ rate_limit }) })
        })
      )
    }
    return now
  })
  return { attempt, sent, rejected: () => rejected }
}

/** Advance the TestClock one second at a time, so that work scheduled on the way runs in order. */
const advance = (seconds: number) => Effect.forEach(Array.from({ length: seconds }), () => TestClock.adjust(Duration.seconds(1)), { discard: true })

/** The largest number of requests sent within any `width` ms. */
const densest = (times: ReadonlyArray<number>, width: number) => {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= width) j++
    best = Math.max(best, i - j + 1)
  }
  return best
}

describe("pace", () => {
  it.effect("100 fibers starting at once against 50 per 10 s: no 429, the budget learnt first", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("pace", 3)
      const server = scriptedServer(limiter)
      const fiber = yield* Effect.fork(
        Effect.forEach(Array.from({ length: 100 }), () => limiter.run(server.attempt, request), { concurrency: "unbounded" })
      )
      yield* advance(40)
      const results = yield* Fiber.join(fiber)
      expect(results).toHaveLength(100)
      expect(server.rejected()).toBe(0)
      expect(server.sent).toHaveLength(100)
      // One request went alone first; the others waited for its answer.
      expect(server.sent.filter((t) => t === 0)).toHaveLength(1)
      // Spread, not burst: never more than a handful within one second.
      expect(densest(server.sent, 1_000)).toBeLessThanOrEqual(8)
      expect(Math.max(...server.sent)).toBeLessThan(20_000)
    }))

  it.effect("150 requests: each spent window is followed by a spread one, not a burst at the reset", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("pace", 3)
      const server = scriptedServer(limiter)
      const fiber = yield* Effect.fork(
        Effect.forEach(Array.from({ length: 150 }), () => limiter.run(server.attempt, request), { concurrency: "unbounded" })
      )
      yield* advance(60)
      yield* Fiber.join(fiber)
      expect(server.rejected()).toBe(0)
      expect(server.sent).toHaveLength(150)
      expect(densest(server.sent, 1_000)).toBeLessThanOrEqual(8)
      // Within the windows: at most 50 in each.
      for (const start of [0, 10_000, 20_000]) {
        expect(server.sent.filter((t) => t >= start && t < start + 10_000).length).toBeLessThanOrEqual(50)
      }
    }))

  it.effect("a server without rate-limit headers: after the first answer, nothing waits", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("pace", 3)
      const server = scriptedServer(limiter, { headers: false })
      const fiber = yield* Effect.fork(
        Effect.forEach(Array.from({ length: 20 }), () => limiter.run(server.attempt, request), { concurrency: "unbounded" })
      )
      yield* TestClock.adjust(Duration.millis(100))
      yield* TestClock.adjust(Duration.millis(100))
      const results = yield* Fiber.join(fiber)
      expect(results).toHaveLength(20)
      expect(server.sent.filter((t) => t === 100)).toHaveLength(19)
    }))

  it.effect("a slow first request (an upload) holds the others back for 10 s at most", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("pace", 3)
      const slow = scriptedServer(limiter, { latencyMillis: 60_000 })
      const fast = scriptedServer(limiter, { latencyMillis: 100 })
      const upload = yield* Effect.fork(limiter.run(slow.attempt, request))
      yield* TestClock.adjust(Duration.millis(1))
      const others = yield* Effect.fork(
        Effect.forEach(Array.from({ length: 5 }), () => limiter.run(fast.attempt, request), { concurrency: "unbounded" })
      )
      yield* TestClock.adjust(Duration.seconds(9))
      expect(fast.sent).toEqual([])
      yield* TestClock.adjust(Duration.seconds(2))
      expect(yield* Fiber.join(others)).toHaveLength(5)
      expect(fast.sent.every((t) => t >= 10_000 && t < 11_000)).toBe(true)
      yield* advance(60)
      yield* Fiber.join(upload)
    }))

  it.effect("a server clock an hour ahead: its resets are moved onto ours, still no 429", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("pace", 3)
      const server = scriptedServer(limiter, { offsetMillis: 3_600_000 })
      const fiber = yield* Effect.fork(
        Effect.forEach(Array.from({ length: 100 }), () => limiter.run(server.attempt, request), { concurrency: "unbounded" })
      )
      yield* advance(40)
      yield* Fiber.join(fiber)
      expect(server.rejected()).toBe(0)
      expect(Math.max(...server.sent)).toBeLessThan(25_000)
    }))

  it.effect("a spent budget whose reset is an hour ahead fails at once with RateLimited, unsent", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("pace", 3)
      const now = yield* Clock.currentTimeMillis
      yield* limiter.observe({
        "x-ratelimit-limit": "300",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": new Date(now + 3_600_000).toISOString()
      })
      let sent = 0
      const error = yield* Effect.flip(limiter.run(Effect.sync(() => sent++), request))
      expect(error._tag).toBe("RateLimited")
      expect(error.message).toContain("not sent")
      expect(error.message).toContain(request.url)
      expect(sent).toBe(0)
    }))
})

describe("wait", () => {
  const spent = (resetIn: number, extra: Record<string, string> = {}) =>
    Effect.map(Clock.currentTimeMillis, (now) => ({
      "x-ratelimit-limit": "300",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": new Date(now + resetIn).toISOString(),
      ...extra
    }))

  const tooMany = (headers: RateLimit.HeaderRecord) =>
    new MastodonError.RateLimited({
      ...request,
      status: 429,
      ...Option.match(RateLimit.fromHeaders(headers), { onNone: () => ({}), onSome: (rate_limit) => ({ rate_limit }) })
    })

  it.effect("a 429 whose reset is an hour ahead fails at once instead of sleeping", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("wait", 3)
      let sent = 0
      const attempt = Effect.gen(function*() {
        sent += 1
        const headers = yield* spent(3_600_000)
        yield* limiter.observe(headers)
        return yield* Effect.fail(tooMany(headers))
      })
      // No clock advance: the call must end on its own.
      const error = yield* Effect.flip(limiter.run(attempt, request))
      expect(error._tag).toBe("RateLimited")
      expect(sent).toBe(1)
      // The next call is refused before it is sent: the budget is known to be spent for an hour.
      const again = yield* Effect.flip(limiter.run(attempt, request))
      expect(again._tag).toBe("RateLimited")
      expect(sent).toBe(1)
    }))

  it.effect("maxWait is an option: a reset within it is waited for", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("wait", 3, { maxWait: Duration.hours(2) })
      let sent = 0
      const attempt = Effect.gen(function*() {
        sent += 1
        const headers = yield* spent(sent === 1 ? 3_600_000 : 60_000)
        yield* limiter.observe(sent === 1 ? headers : { ...headers, "x-ratelimit-remaining": "299" })
        if (sent === 1) return yield* Effect.fail(tooMany(headers))
        return "ok"
      })
      const fiber = yield* Effect.fork(limiter.run(attempt, request))
      yield* TestClock.adjust(Duration.minutes(59))
      expect(sent).toBe(1)
      yield* TestClock.adjust(Duration.minutes(1))
      expect(yield* Fiber.join(fiber)).toBe("ok")
      expect(sent).toBe(2)
    }))

  it.effect("a server clock an hour ahead: a 429 resetting in 10 s of its time is waited 10 s, not an hour", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("wait", 3)
      const times: Array<number> = []
      const attempt = Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        times.push(now)
        const serverNow = now + 3_600_000
        const headers = {
          "x-ratelimit-limit": "300",
          "x-ratelimit-remaining": times.length === 1 ? "0" : "299",
          "x-ratelimit-reset": new Date(serverNow + 10_000).toISOString(),
          date: new Date(serverNow).toUTCString()
        }
        yield* limiter.observe(headers)
        if (times.length === 1) return yield* Effect.fail(tooMany(headers))
        return "ok"
      })
      const fiber = yield* Effect.fork(limiter.run(attempt, request))
      yield* TestClock.adjust(Duration.seconds(10))
      expect(yield* Fiber.join(fiber)).toBe("ok")
      expect(times).toEqual([0, 10_000])
    }))

  it.effect("a server clock an hour behind does not make the limiter send before the reset", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("wait", 3)
      const now = yield* Clock.currentTimeMillis
      const serverNow = now - 3_600_000
      yield* limiter.observe({
        "x-ratelimit-limit": "300",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": new Date(serverNow + 30_000).toISOString(),
        date: new Date(serverNow).toUTCString()
      })
      const times: Array<number> = []
      const fiber = yield* Effect.fork(limiter.run(Effect.flatMap(Clock.currentTimeMillis, (t) => Effect.sync(() => times.push(t))), request))
      yield* TestClock.adjust(Duration.seconds(29))
      expect(times).toEqual([])
      yield* TestClock.adjust(Duration.seconds(1))
      yield* Fiber.join(fiber)
      expect(times).toEqual([30_000])
    }))

  it.effect("a Date that does not fit the reset (a reset already past on that clock) is not used", () =>
    Effect.gen(function*() {
      // A proxy's wall clock in the Date header, the reset from the server behind it.
      const limiter = yield* Limiter.make("wait", 3)
      yield* limiter.observe(yield* spent(30_000, { date: new Date(Date.UTC(2030, 0, 1)).toUTCString() }))
      const times: Array<number> = []
      const fiber = yield* Effect.fork(limiter.run(Effect.flatMap(Clock.currentTimeMillis, (t) => Effect.sync(() => times.push(t))), request))
      yield* TestClock.adjust(Duration.seconds(30))
      yield* Fiber.join(fiber)
      expect(times).toEqual([30_000])
    }))

  it.effect("the latest snapshot is readable as the server sent it", () =>
    Effect.gen(function*() {
      const limiter = yield* Limiter.make("throw", 0)
      expect(Option.isNone(yield* limiter.latest)).toBe(true)
      yield* limiter.observe(yield* spent(5_000))
      const latest = yield* limiter.latest
      expect(Option.map(latest, (l) => l.remaining)).toEqual(Option.some(0))
    }))
})
