/**
 * The client pipeline against the instance's rate limits and faults, on both faces. Waits and
 * retry backoffs run on the `TestClock` (the instance reads the same clock on both faces), moved by
 * `advancingClock` whenever the client is asleep, so nothing here waits in real time.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { advancingClock, as, faces, received } from "./utils/faces.js"

const smallBudget = { rateLimit: { limit: 2, windowMillis: 60_000 } }
const retries = { retry: { times: 3, base: "10 millis" } } as const
const verify = "/api/v1/accounts/verify_credentials"

describe.each(faces)("Pipeline, $name face", ({ layer, name }) => {
  it.effect("rate limit \"throw\": RateLimited once the instance's budget is spent", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Effect.gen(function*() {
        yield* Accounts.verifyCredentials()
        yield* Accounts.verifyCredentials()
        const limited = yield* Effect.flip(Accounts.verifyCredentials())
        expect(limited).toMatchObject({ _tag: "RateLimited", status: 429, error: "Too many requests" })
        if (limited._tag === "RateLimited") {
          expect(limited.rate_limit?.remaining).toBe(0)
          expect(limited.rate_limit === undefined ? undefined : DateTime.formatIso(limited.rate_limit.reset)).toBe("1970-01-01T00:01:00.000Z")
        }
        const seen = yield* MastodonClient.rateLimit
        expect(Option.map(seen, (r) => [r.limit, r.remaining])).toEqual(Option.some([2, 0]))
      }).pipe(as(me.token, { rateLimit: "throw" }))
      // Three sent, none retried.
      expect(yield* received("GET", verify)).toHaveLength(3)
    }).pipe(Effect.provide(layer(smallBudget))))

  it.effect("rate limit \"wait\": sleeps until the window resets, before sending or after a 429", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const wait = { rateLimit: "wait" } as const
      yield* Effect.gen(function*() {
        yield* Accounts.verifyCredentials()
        yield* Accounts.verifyCredentials()
        // The client saw "0 remaining": it waits for the reset instead of sending into a 429.
        const me2 = yield* advancingClock(Accounts.verifyCredentials())
        expect(me2.id).toBe(me.id)
      }).pipe(as(me.token, wait))
      expect((yield* received("GET", verify)).map((r) => r.at)).toEqual([0, 0, 60_000])

      // Spend the new window, then a fresh client (which has seen no headers) runs into the 429,
      // waits out the window and sends again.
      yield* Accounts.verifyCredentials().pipe(as(me.token, wait))
      const fresh = yield* advancingClock(Accounts.verifyCredentials().pipe(as(me.token, wait)))
      expect(fresh.id).toBe(me.id)
      expect((yield* received("GET", verify)).map((r) => r.at)).toEqual([0, 0, 60_000, 60_000, 60_000, 120_000])
    }).pipe(Effect.provide(layer(smallBudget))))

  it.effect("rate limit \"pace\": spreads what is left of the budget evenly until the reset", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* advancingClock(
        Effect.gen(function*() {
          for (let i = 0; i < 4; i++) yield* Accounts.verifyCredentials()
        }).pipe(as(me.token, { rateLimit: "pace" }))
      )
      // The first answer says 3 of 4 remain until 60 s: the rest are spaced at least 20 s apart,
      // all inside the window, so no request meets a 429.
      const at = (yield* received("GET", verify)).map((r) => r.at)
      expect(at).toHaveLength(4)
      expect(at.slice(0, 2)).toEqual([0, 0])
      expect(at.slice(2).map((t, i) => t - (at[i + 1] ?? 0)).every((gap) => gap >= 20_000)).toBe(true)
      expect(at.every((t) => t < 60_000)).toBe(true)
    }).pipe(Effect.provide(layer({ rateLimit: { limit: 4, windowMillis: 60_000 } }))))

  it.effect("a POST answered 502 arrives once and fails with ServerError, retries or not", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const path = `/api/v1/accounts/${other.id}/follow`
      yield* Faults.inject(Faults.serverError(502), { path: "/api/v1/accounts/:id/follow", method: "POST", times: 1 })

      const failed = yield* Effect.flip(advancingClock(Accounts.follow(other).pipe(as(me.token, retries))))
      expect(failed).toMatchObject({ _tag: "ServerError", status: 502 })
      if (failed._tag === "ServerError") expect(failed.body_excerpt).toContain("502 Bad Gateway")
      expect(yield* received("POST", path)).toHaveLength(1)
      // The route never ran: no follow happened.
      expect((yield* Accounts.relationships([other]).pipe(as(me.token)))[0]?.following).toBe(false)
      // The fault was for one request; the next follow goes through.
      expect((yield* Accounts.follow(other).pipe(as(me.token, retries))).following).toBe(true)
      expect(yield* received("POST", path)).toHaveLength(2)
    }).pipe(Effect.provide(layer())))

  it.effect("a GET answered 503 is retried until it succeeds, and gives up after the last retry", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const path = `/api/v1/accounts/${other.id}`
      yield* Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id", method: "GET", times: 2 })
      const got = yield* advancingClock(Accounts.get(other).pipe(as(me.token, retries)))
      expect(got.username).toBe("other")
      expect(yield* received("GET", path)).toHaveLength(3)

      yield* Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id", method: "GET", times: 10 })
      const gaveUp = yield* Effect.flip(advancingClock(Accounts.get(other).pipe(as(me.token, retries))))
      expect(gaveUp).toMatchObject({ _tag: "ServerError", status: 503, error: "Service Unavailable" })
      expect(yield* received("GET", path)).toHaveLength(3 + 4)
    }).pipe(Effect.provide(layer())))

  it.effect("a reset connection is a TransportError; a GET is retried through it, a POST is not", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      yield* Faults.inject(Faults.connectionReset, { path: "/api/v1/accounts/:id/follow", times: 1 })
      const reset = yield* Effect.flip(advancingClock(Accounts.follow(other).pipe(as(me.token, retries))))
      expect(reset).toMatchObject({ _tag: "TransportError", method: "POST" })
      expect(yield* received("POST", `/api/v1/accounts/${other.id}/follow`)).toHaveLength(1)

      yield* Faults.inject(Faults.connectionReset, { path: "/api/v1/accounts/:id", method: "GET", times: 1 })
      const noRetry = yield* Effect.flip(Accounts.get(other).pipe(as(me.token)))
      expect(noRetry._tag).toBe("TransportError")
      yield* Faults.inject(Faults.connectionReset, { path: "/api/v1/accounts/:id", method: "GET", times: 1 })
      expect((yield* advancingClock(Accounts.get(other).pipe(as(me.token, retries)))).id).toBe(other.id)
      expect(yield* received("GET", `/api/v1/accounts/${other.id}`)).toHaveLength(3)
    }).pipe(Effect.provide(layer())))

  it.effect("a 200 that is an HTML page, truncated or malformed JSON fails with NonJsonBody", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const run = as(me.token)
      yield* Faults.inject(Faults.htmlPage, { path: verify, times: 1 })
      const html = yield* Effect.flip(Accounts.verifyCredentials().pipe(run))
      expect(html).toMatchObject({ _tag: "NonJsonBody", status: 200, content_type: "text/html; charset=utf-8" })
      if (html._tag === "NonJsonBody") expect(html.body_excerpt).toContain("Just a moment")

      yield* Faults.inject(Faults.truncatedJson, { path: "/api/v1/accounts/:id", times: 1 })
      const truncated = yield* Effect.flip(Accounts.get(me).pipe(run))
      expect(truncated).toMatchObject({ _tag: "NonJsonBody", status: 200, content_type: "application/json; charset=utf-8" })
      if (truncated._tag === "NonJsonBody") expect(truncated.body_excerpt.startsWith(`{"id":"${me.id}"`)).toBe(true)

      yield* Faults.inject(Faults.malformedJson, { path: "/api/v1/accounts/:id", times: 1 })
      expect((yield* Effect.flip(Accounts.get(me).pipe(run)))._tag).toBe("NonJsonBody")
      // Faults spent, the same calls work.
      expect((yield* Accounts.get(me).pipe(run)).id).toBe(me.id)
      expect((yield* Accounts.verifyCredentials().pipe(run)).id).toBe(me.id)
    }).pipe(Effect.provide(layer())))

  it.effect("a Link cursor to another origin is refused and nothing is sent there", () =>
    Effect.gen(function*() {
      const origin = yield* MastodonInstance.origin
      expect(origin).toMatch(name === "in-process" ? /^https:\/\/mastodon\.test$/ : /^http:\/\/127\.0\.0\.1:\d+$/)
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 5)
      yield* Faults.inject(Faults.crossOriginLink("https://evil.example"), { path: "/api/v1/accounts/:id/followers" })
      const sent: Array<string> = []

      const refused = yield* Effect.gen(function*() {
        const page = yield* Accounts.followers(star, { limit: 2 })
        expect(page.items).toHaveLength(2)
        if (Option.isNone(page.next)) return expect.fail("the page has no next cursor")
        expect(page.next.value.startsWith(`https://evil.example/api/v1/accounts/${star.id}/followers?`)).toBe(true)
        return yield* Effect.flip(Endpoint.fetchPage(page.endpoint, page.next.value))
      }).pipe(as(star.token, { sent }))
      expect(refused).toMatchObject({ _tag: "CrossOriginRefused", expected_origin: origin })
      expect(sent).toHaveLength(1)
      expect(sent.every((url) => url.startsWith(`${origin}/`))).toBe(true)
      expect(yield* received("GET", `/api/v1/accounts/${star.id}/followers`)).toHaveLength(1)
    }).pipe(Effect.provide(layer())))
})
