import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Account from "@mastodon-effect/core/Account"
import type * as Id from "@mastodon-effect/core/Id"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import { links, req } from "./utils/http.js"

describe("Seed", () => {
  it.effect("seeds 100,000 followers fast and pages the last ones without scanning", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      const started = performance.now()
      yield* Seed.followers(star, 100_000)
      expect(performance.now() - started).toBeLessThan(1500)
      const account = Schema.decodeUnknownSync(Account.Account)((yield* req("GET", `/api/v1/accounts/${star.id}`)).json)
      expect(account.followers_count).toBe(100_000)
      const first = yield* req("GET", `/api/v1/accounts/${star.id}/followers?limit=80`)
      const t = performance.now()
      let url: string | undefined = links(first)["next"]
      for (let i = 0; i < 100 && url !== undefined; i++) url = links(yield* req("GET", url))["next"]
      expect(performance.now() - t).toBeLessThan(2000)
    }).pipe(Effect.provide(MastodonInstance.layer({ rateLimit: false }))))

  it.effect("refuses bad input with InvalidArgument", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "taken" })
      const dup = yield* Effect.flip(Seed.createAccount({ username: "taken" }))
      expect(dup._tag).toBe("InvalidArgument")
      const bad = yield* Effect.flip(Seed.createAccount({ username: "no spaces" }))
      expect(bad.argument).toBe("username")
      const missing = yield* Effect.flip(Seed.follow("1" as Id.AccountId, "999" as Id.AccountId))
      expect(missing.reason).toContain("999")
      const a = yield* Seed.createAccount({ username: "a" })
      const b = yield* Seed.createAccount({ username: "b" })
      expect((yield* Effect.flip(Seed.endorse(a, b))).argument).toBe("endorsed")
      expect((yield* Effect.flip(Seed.createStatus(a, { text: "x", reply: "42" as Id.StatusId }))).argument).toBe("reply")
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("builds the demo world", () =>
    Effect.gen(function*() {
      const { popular, user } = yield* Seed.demo({ followers: 1000 })
      const p = (yield* req("GET", `/api/v1/accounts/${popular.id}`)).json
      expect(p.followers_count).toBe(1002) // the crowd, the demo user, the remote account
      const rels = yield* req("GET", `/api/v1/accounts/relationships?id[]=${popular.id}`, { token: user.token })
      expect(rels.json[0]).toMatchObject({ following: true })
      expect((yield* req("GET", "/api/v1/blocks", { token: user.token })).json).toHaveLength(1)
      expect((yield* req("GET", "/api/v1/lists", { token: user.token })).json).toHaveLength(1)
      expect((yield* req("GET", `/api/v1/accounts/${popular.id}/statuses?pinned=true`)).json).toHaveLength(1)
    }).pipe(Effect.provide(MastodonInstance.layer())))
})

describe("clientLayer", () => {
  it.effect("gives a MastodonClient signed in as the user", () =>
    Effect.gen(function*() {
      const client = yield* MastodonClient.MastodonClient
      const response = yield* client.http.execute(HttpClientRequest.get("/api/v1/accounts/verify_credentials"))
      expect((yield* response.json as Effect.Effect<{ username: string }>).username).toBe("alice")
      const log = yield* MastodonInstance.requests
      expect(log.map((r) => [r.method, r.path, r.authorization])).toEqual([["GET", "/api/v1/accounts/verify_credentials", true]])
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "alice" }))))
})
