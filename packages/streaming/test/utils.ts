/**
 * The loopback server with a signed-in `Streaming` service over either transport, and helpers
 * to collect events and wait for the server to see a subscription.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as NodeSocket from "@effect/platform-node/NodeSocket"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Streaming from "@mastodon-effect/streaming/Streaming"
import type * as StreamingError from "@mastodon-effect/streaming/StreamingError"
import type * as StreamingEvent from "@mastodon-effect/streaming/StreamingEvent"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"
import * as StreamingHub from "@mastodon-effect/testing/StreamingHub"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Queue from "effect/Queue"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"

export type Transport = "websocket" | "sse"
export const transports: ReadonlyArray<Transport> = ["websocket", "sse"]

/** The loopback server and a fetch client. */
export const server = Layer.merge(MastodonServer.layer({ rateLimit: false }), FetchHttpClient.layer)

/** A quick schedule for tests: reconnect after 100-200 ms, forever. */
export const fast = Schedule.spaced("150 millis").pipe(Schedule.jittered)

/** A client and a streaming service signed in with `token`, over `transport`. */
export const signedIn = (origin: string, token: string, transport: Transport, options: Streaming.Options = {}) => {
  const client = MastodonClient.layer({ url: origin, accessToken: token, retry: false })
  const streaming = transport === "websocket"
    ? Streaming.layer({ accessToken: token, reconnect: fast, ...options }).pipe(Layer.provide(NodeSocket.layerWebSocketConstructor))
    : Streaming.layerSse({ accessToken: token, reconnect: fast, ...options })
  return Layer.provideMerge(streaming, client)
}

/** Run a stream in the background into a queue; the fiber's exit tells how it ended. */
export const collect = (
  stream: Stream.Stream<StreamingEvent.StreamingEvent, StreamingError.StreamingError, Streaming.Streaming>
): Effect.Effect<
  { readonly queue: Queue.Queue<StreamingEvent.StreamingEvent>; readonly fiber: Fiber.RuntimeFiber<void, StreamingError.StreamingError> },
  never,
  Streaming.Streaming | Scope.Scope
> =>
  Effect.gen(function*() {
    const queue = yield* Queue.unbounded<StreamingEvent.StreamingEvent>()
    const fiber = yield* Effect.forkScoped(Stream.runForEach(stream, (e) => Queue.offer(queue, e)))
    return { queue, fiber }
  })

/** The next event, or a failure after `timeout`. */
export const next = (queue: Queue.Queue<StreamingEvent.StreamingEvent>, timeout: Duration.DurationInput = "5 seconds") =>
  Queue.take(queue).pipe(Effect.timeoutFail({ duration: timeout, onTimeout: () => new Error("no event arrived in time") }))

/** The next `n` events. */
export const takeN = (queue: Queue.Queue<StreamingEvent.StreamingEvent>, n: number) =>
  Effect.forEach(Array.from({ length: n }), () => next(queue))

/** Nothing more within `wait`. */
export const quiet = (queue: Queue.Queue<StreamingEvent.StreamingEvent>, wait: Duration.DurationInput = "300 millis") =>
  Effect.zipRight(Effect.sleep(wait), Queue.size(queue))

/** Wait until the server has `count` connections listening to `channel` (`user`, `hashtag:foo`). */
export const listening = (channel: string, count = 1) =>
  Effect.gen(function*() {
    const channels = yield* StreamingHub.channels
    const n = channels.filter((c) => c.includes(channel)).length
    if (n < count) return yield* Effect.fail(new Error(`${n} connections listen to ${channel}, not ${count}`))
  }).pipe(Effect.retry(Schedule.spaced("20 millis").pipe(Schedule.upTo(Duration.seconds(5)))))

/** Wait until the server has exactly `count` streaming connections. */
export const connectionsAre = (count: number) =>
  Effect.gen(function*() {
    const n = yield* StreamingHub.connections
    if (n !== count) return yield* Effect.fail(new Error(`${n} connections, not ${count}`))
  }).pipe(Effect.retry(Schedule.spaced("20 millis").pipe(Schedule.upTo(Duration.seconds(5)))))

/** Delete a status over REST as `token`. */
export const deleteStatus = (token: string, id: string) =>
  Effect.gen(function*() {
    const origin = yield* MastodonInstance.origin
    const client = yield* HttpClient.HttpClient
    const response = yield* client.execute(HttpClientRequest.del(`${origin}/api/v1/statuses/${id}`).pipe(HttpClientRequest.bearerToken(token)))
    if (response.status !== 200) return yield* Effect.fail(new Error(`DELETE answered ${response.status}`))
  }).pipe(Effect.scoped)

/** A status as JSON from the REST API (to publish by hand). */
export const statusJson = (token: string, id: string) =>
  Effect.gen(function*() {
    const origin = yield* MastodonInstance.origin
    const client = yield* HttpClient.HttpClient
    const response = yield* client.execute(HttpClientRequest.get(`${origin}/api/v1/statuses/${id}`).pipe(HttpClientRequest.bearerToken(token)))
    return yield* response.text
  }).pipe(Effect.scoped)
