/**
 * Testing your own program: give it a `MastodonClient` signed in on a fresh in-memory instance
 * (`MastodonInstance.clientLayer`), seed the world it should see (`Seed`), run it, and check
 * both what it returned and what the server now holds. No sockets, no mocks of the library.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import { unfollowNonMutuals } from "../src/my-program.js"

// Signed in as alice (created on the fly), with the default scopes.
const asAlice = MastodonInstance.clientLayer({}, { as: "alice" })

/** alice follows bob and carol; only bob follows her back. */
const world = Effect.gen(function*() {
  const alice = yield* Accounts.verifyCredentials()
  const bob = yield* Seed.createAccount({ username: "bob" })
  const carol = yield* Seed.createAccount({ username: "carol", domain: "elsewhere.example" })
  yield* Seed.follow(alice, bob)
  yield* Seed.follow(alice, carol)
  yield* Seed.follow(bob, alice)
  return { bob, carol }
})

/** Whether alice follows each of these accounts, as the server now says. */
const following = (accounts: ReadonlyArray<Seed.SeededAccount>) =>
  Effect.map(Accounts.relationships(accounts), (rs) => rs.map((r) => r.following))

describe("unfollowNonMutuals", () => {
  it.effect("unfollows those who do not follow back and keeps the mutuals", () =>
    Effect.gen(function*() {
      const { bob, carol } = yield* world
      const result = yield* unfollowNonMutuals({ dryRun: false })
      expect(result.checked).toBe(2)
      expect(result.nonMutuals.map((a) => a.acct)).toEqual(["carol@elsewhere.example"])
      expect(yield* following([bob, carol])).toEqual([true, false])
    }).pipe(Effect.provide(asAlice)))

  it.effect("changes nothing in a dry run", () =>
    Effect.gen(function*() {
      const { bob, carol } = yield* world
      const result = yield* unfollowNonMutuals({ dryRun: true })
      expect(result.nonMutuals.map((a) => a.acct)).toEqual(["carol@elsewhere.example"])
      expect(yield* following([bob, carol])).toEqual([true, true])
      // The instance records every request: a dry run sends no POST at all.
      const requests = yield* MastodonInstance.requests
      expect(requests.filter((r) => r.method === "POST")).toEqual([])
    }).pipe(Effect.provide(asAlice)))

  it.effect("walks every page of a long following list", () =>
    Effect.gen(function*() {
      const alice = yield* Accounts.verifyCredentials()
      for (let i = 0; i < 150; i++) {
        const other = yield* Seed.createAccount({ username: `user${i}` })
        yield* Seed.follow(alice, other)
        if (i % 3 === 0) yield* Seed.follow(other, alice)
      }
      const result = yield* unfollowNonMutuals({ dryRun: false })
      expect(result.checked).toBe(150)
      expect(result.nonMutuals).toHaveLength(100)
      expect((yield* Accounts.verifyCredentials()).following_count).toBe(50)
    }).pipe(Effect.provide(asAlice)))

  it.effect("fails with a typed Forbidden when the token may only read", () =>
    Effect.gen(function*() {
      yield* world
      const error = yield* Effect.flip(unfollowNonMutuals({ dryRun: false }))
      expect(error._tag).toBe("Forbidden")
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "alice", scopes: "read" }))))

  // Retries sleep between attempts, so this one runs on the real clock (`it.live`).
  it.live("rides out a flaky server: a 503 on the following list is retried", () =>
    Effect.gen(function*() {
      yield* world
      yield* Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id/following", times: 2 })
      const result = yield* unfollowNonMutuals({ dryRun: true })
      expect(result.nonMutuals).toHaveLength(1)
      const attempts = (yield* MastodonInstance.requests).filter((r) => r.path.endsWith("/following"))
      expect(attempts).toHaveLength(3)
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "alice", client: { retry: { base: "10 millis" } } }))))
})
