/**
 * The two faces of the instance for end-to-end tests of the http package: the same test body runs
 * against the in-process `HttpClient` and against the loopback server reached with
 * `FetchHttpClient`, and talks to it through a `MastodonClient` built on whichever `HttpClient`
 * the face provides.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as VersionPolicy from "@mastodon-effect/http/VersionPolicy"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"

/** What every face gives a test: the instance, and an `HttpClient` that reaches it. */
export type FaceEnv = MastodonInstance.MastodonInstance | HttpClient.HttpClient

/** One face of the instance. */
export interface Face {
  readonly name: "in-process" | "loopback"
  readonly layer: (options?: MastodonInstance.Options) => Layer.Layer<FaceEnv, unknown>
}

/** The in-process face, then the loopback server with the platform's fetch client. */
export const faces: ReadonlyArray<Face> = [
  { name: "in-process", layer: (options) => MastodonInstance.layer(options) },
  { name: "loopback", layer: (options) => Layer.merge(MastodonServer.layer(options), FetchHttpClient.layer) }
]

/** Options of a test client: the usual client options, plus a sink for every URL it sends to. */
export interface ClientOptions extends Omit<MastodonClient.Options, "url" | "accessToken"> {
  /** The version policy's mode (a policy is always there, so tests can read the server version). */
  readonly versionCheck?: VersionPolicy.Mode | undefined
  /** Every URL the client's `HttpClient` is asked to fetch, whatever the origin. */
  readonly sent?: Array<string> | undefined
}

/**
 * Run `self` with a `MastodonClient` on the instance in context, signed in with `token` (none when
 * undefined). Retries are off unless asked for, so that an unexpected 5xx fails at once rather than
 * sleeping on a `TestClock` nobody moves; the timeout is beyond the horizon of `advancingClock`.
 */
export const as = (token: Redacted.Redacted<string> | string | undefined, options: ClientOptions = {}) =>
<A, E, R>(
  self: Effect.Effect<A, E, R>
): Effect.Effect<A, E | MastodonError.InvalidArgument, Exclude<R, MastodonClient.MastodonClient | VersionPolicy.VersionPolicy> | FaceEnv> => {
  const { sent, versionCheck, ...clientOptions } = options
  const layer = Layer.unwrapEffect(
    Effect.gen(function*() {
      const origin = yield* MastodonInstance.origin
      const http = yield* HttpClient.HttpClient
      const spied = sent === undefined ? http : HttpClient.tapRequest(http, (request) => Effect.sync(() => sent.push(request.url)))
      return VersionPolicy.layer(versionCheck ?? "none").pipe(
        Layer.provideMerge(MastodonClient.layer({ retry: false, timeout: "2 hours", ...clientOptions, url: origin, accessToken: token })),
        Layer.provide(Layer.succeed(HttpClient.HttpClient, spied))
      )
    })
  )
  return Effect.provide(self, layer)
}

/** A plain GET of an absolute URL with the face's `HttpClient`, not following redirects. */
export const rawGet = (url: string) =>
  Effect.gen(function*() {
    const http = yield* HttpClient.HttpClient
    const response = yield* http.execute(HttpClientRequest.get(url))
    const bytes = new Uint8Array(yield* response.arrayBuffer)
    return { status: response.status, headers: response.headers, bytes }
  }).pipe(Effect.scoped, Effect.provideService(FetchHttpClient.RequestInit, { redirect: "manual" }))

/** Sleeps further away than this are request timeouts, never a wait the test means to skip. */
const horizonMillis = 60 * 60 * 1000

/**
 * Run an effect that sleeps (a rate-limit wait, a retry backoff) under the `TestClock`: whenever it
 * is blocked on a sleep within the next hour, move the clock to that sleep; otherwise let real I/O
 * (the loopback socket, a body stream) make progress. Clients used here need a timeout longer than
 * an hour, so that the timeout of a request in flight is never mistaken for such a sleep.
 */
export const advancingClock = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    for (;;) {
      const exit = yield* Fiber.poll(fiber)
      if (Option.isSome(exit)) return yield* exit.value
      const now = yield* Clock.currentTimeMillis
      const due = Chunk.toReadonlyArray(yield* TestClock.sleeps()).filter((at) => at > now && at - now < horizonMillis)
      if (due.length > 0) yield* TestClock.setTime(Math.min(...due))
      else yield* Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 1)))
    }
  })

/** The requests the instance received for a method and exact path. */
export const received = (method: string, path: string) =>
  Effect.map(MastodonInstance.requests, (log) => log.filter((r) => r.method === method && r.path === path))

/** A 1×1 PNG. */
export const png = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64")
)
