/**
 * A user's own test, with @effect/vitest, against the in-memory instance from the installed
 * tarball: seeding, the client layer, typed failures and the request log.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import { MastodonInstance, Seed } from "@mastodon-effect/testing"
import * as Effect from "effect/Effect"

describe("in-memory instance, from the packed tarball", () => {
  it.effect("follows, relationships and the request log", () =>
    Effect.gen(function*() {
      const me = yield* Accounts.verifyCredentials()
      const bob = yield* Seed.createAccount({ username: "bob" })
      yield* Accounts.follow(bob)
      const [relationship] = yield* Accounts.relationships([bob.id])
      expect(me.username).toBe("alice")
      expect(relationship?.following).toBe(true)
      const requests = yield* MastodonInstance.requests
      expect(requests.filter((r) => r.method === "POST").map((r) => r.path)).toEqual([`/api/v1/accounts/${bob.id}/follow`])
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "alice" }))))

  it.effect("an unknown account is a typed NotFound, logged once", () =>
    Effect.gen(function*() {
      const missing = yield* Effect.flip(Accounts.get(Id.AccountId.make("999999")))
      expect(missing._tag).toBe("NotFound")
      const requests = yield* MastodonInstance.requests
      expect(requests.filter((r) => r.path.startsWith("/api/v1/accounts/9")).length).toBe(1)
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "alice" }))))
})
