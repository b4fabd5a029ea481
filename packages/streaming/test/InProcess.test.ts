/**
 * SSE on the in-process face: no sockets, the fake's streaming response read through the
 * in-process `HttpClient`. (The WebSocket needs an upgrade, which only the loopback server has.)
 */
import { expect, it } from "@effect/vitest"
import * as Filters from "@mastodon-effect/http/Filters"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Streaming from "@mastodon-effect/streaming/Streaming"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { collect, listening, next } from "./utils.js"

it.live("a user stream over SSE on the in-process face", () =>
  Effect.gen(function*() {
    const alice = yield* Seed.createAccount({ username: "alice" })
    const bob = yield* Seed.createAccount({ username: "bob" })
    yield* Seed.follow(alice, bob)
    const origin = yield* MastodonInstance.origin
    const layer = Streaming.layerSse({ accessToken: alice.token }).pipe(
      Layer.provideMerge(MastodonClient.layer({ url: origin, accessToken: alice.token }))
    )
    yield* Effect.gen(function*() {
      const user = yield* collect(Streaming.user())
      yield* listening("user")
      const posted = yield* Seed.createStatus(bob, { text: "in process" })
      const event = yield* next(user.queue)
      expect(event._tag === "Update" && event.status.id).toBe(posted.id)
      expect(yield* Streaming.health).toBe(true)
    }).pipe(Effect.provide(layer), Effect.scoped)
  }).pipe(Effect.provide(MastodonInstance.layer())))

it.live("a status a hide filter keeps out of home never reaches the user stream", () =>
  Effect.gen(function*() {
    const alice = yield* Seed.createAccount({ username: "alice" })
    const bob = yield* Seed.createAccount({ username: "bob" })
    yield* Seed.follow(alice, bob)
    const origin = yield* MastodonInstance.origin
    const client = MastodonClient.layer({ url: origin, accessToken: alice.token })
    yield* Filters.create({ title: "No spoilers", context: ["home"], filter_action: "hide", keywords_attributes: [{ keyword: "finale" }] }).pipe(
      Effect.provide(client)
    )
    const layer = Streaming.layerSse({ accessToken: alice.token }).pipe(Layer.provideMerge(client))
    yield* Effect.gen(function*() {
      const user = yield* collect(Streaming.user())
      yield* listening("user")
      yield* Seed.createStatus(bob, { text: "the finale was great" })
      const shown = yield* Seed.createStatus(bob, { text: "nice weather" })
      // The first event is the unfiltered post: the filtered one never came.
      const event = yield* next(user.queue)
      expect(event._tag === "Update" && event.status.id).toBe(shown.id)
    }).pipe(Effect.provide(layer), Effect.scoped)
  }).pipe(Effect.provide(MastodonInstance.layer())))
