/**
 * Mastodon's streaming API as Effect `Stream`s of typed events.
 *
 * - One WebSocket per service carries every subscription (`subscribe` / `unsubscribe` messages);
 *   it opens with the first stream that runs and closes after the last one ends. SSE (one request
 *   per stream over the `HttpClient` in context) is the other transport, chosen with `layerSse`.
 * - The token goes only to the streaming origin (`options.url`, else the instance's
 *   `configuration.urls.streaming`, else the client's server), as the WebSocket subprotocol or
 *   the SSE `Authorization` header: never in a URL.
 * - A lost connection is re-opened on a capped, jittered `Schedule`; silence longer than
 *   `idleTimeout` counts as a lost connection. After a reconnection, a `user` stream first emits
 *   what it missed (home timeline and notifications fetched over REST since the last ids seen,
 *   oldest first), then the live events, each event once.
 * - Back-pressure: over SSE a slow consumer suspends the reader. A WebSocket cannot be paused, so
 *   each subscription buffers up to `bufferSize` events and fails with `StreamingOverflow` when a
 *   consumer falls further behind, instead of growing without bound.
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as Socket from "@effect/platform/Socket"
import type * as Id from "@mastodon-effect/core/Id"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Instance from "@mastodon-effect/http/Instance"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Backfill from "./internal/backfill.js"
import * as Protocol from "./internal/protocol.js"
import * as Sse from "./internal/sse.js"
import * as WebSocket from "./internal/websocket.js"
import * as Event from "./StreamingEvent.js"
import { MalformedEvent, type StreamingError } from "./StreamingError.js"

/**
 * A stream name of the docs (`user`, `public:local:media`, `hashtag`, ...).
 *
 * @since 0.1.0
 */
export type StreamName = Protocol.StreamName

/**
 * One subscription: a stream name and, for `hashtag`, `hashtag:local` and `list`, its tag or list.
 *
 * @since 0.1.0
 */
export type Subscription = Protocol.Subscription

/**
 * How a `Streaming` service connects and what it does when things go wrong.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The user token. Mastodon 4.2+ refuses streaming without one. */
  readonly accessToken?: Redacted.Redacted<string> | string | undefined
  /**
   * The streaming server (`wss://streaming.example`). Default: the instance's
   * `configuration.urls.streaming`, else the client's server. The token is sent nowhere else.
   */
  readonly url?: string | URL | undefined
  /** When to reconnect. Default: exponential from 500 ms, capped at 30 s, jittered, forever. */
  readonly reconnect?: Schedule.Schedule<unknown, unknown> | undefined
  /**
   * Silence after which a connection counts as dead and is re-opened. Default 60 s over SSE
   * (Mastodon sends a heartbeat comment every 15 s) and none over WebSocket (its pings are
   * invisible to the WebSocket API, so a quiet stream is silent).
   */
  readonly idleTimeout?: Duration.DurationInput | "none" | undefined
  /** Events buffered per WebSocket subscription before it fails with `StreamingOverflow`. Default 1024. */
  readonly bufferSize?: number | undefined
  /** A malformed event is logged and skipped (`"skip"`, the default) or fails the stream (`"fail"`). */
  readonly malformed?: "skip" | "fail" | undefined
  /** Whether `user` and `user:notification` streams backfill over REST after a reconnection. Default true. */
  readonly backfill?: boolean | undefined
  /** How long a WebSocket may take to open. Default 10 s. */
  readonly openTimeout?: Duration.DurationInput | undefined
}

/**
 * The streaming service.
 *
 * @since 0.1.0
 */
export interface Service {
  /** The streaming origin (`wss://…`), as resolved. */
  readonly url: URL
  /** The transport of this service. */
  readonly transport: "websocket" | "sse"
  /** The live events of one subscription. */
  readonly subscribe: (subscription: Subscription) => Stream.Stream<Event.StreamingEvent, StreamingError>
  /** `GET /api/v1/streaming/health` on the streaming origin: whether it answers `OK`. */
  readonly health: Effect.Effect<boolean>
}

/**
 * The streaming service tag.
 *
 * @example
 * import * as NodeSocket from "@effect/platform-node/NodeSocket"
 * import * as Effect from "effect/Effect"
 * import * as Layer from "effect/Layer"
 * import * as Stream from "effect/Stream"
 * import { Streaming } from "@mastodon-effect/streaming"
 *
 * const program = Streaming.user().pipe(Stream.take(10), Stream.runForEach((event) => Effect.log(event._tag)))
 * const live = Streaming.layer({ accessToken: "…" }).pipe(Layer.provide(NodeSocket.layerWebSocketConstructor))
 * // Effect.provide(program, live) with a MastodonClient and an HttpClient
 *
 * @since 0.1.0
 */
export class Streaming extends Context.Tag("@mastodon-effect/streaming/Streaming")<Streaming, Service>() {}

/**
 * The default reconnection schedule: 500 ms doubling, capped at 30 s, jittered, forever.
 *
 * @since 0.1.0
 */
export const defaultReconnect: Schedule.Schedule<unknown, unknown> = Schedule.exponential("500 millis").pipe(
  Schedule.either(Schedule.spaced("30 seconds")),
  Schedule.jittered
)

const withProtocol = (url: URL, protocol: "ws" | "http"): URL => {
  const out = new URL(url.href)
  const secure = out.protocol === "https:" || out.protocol === "wss:"
  out.protocol = protocol === "ws" ? (secure ? "wss:" : "ws:") : (secure ? "https:" : "http:")
  out.pathname = "/"
  out.search = ""
  out.hash = ""
  return out
}

/** The streaming origin: the option, the instance's `urls.streaming`, or the client's server. */
const resolveUrl = (given: string | URL | undefined): Effect.Effect<URL, MastodonError.InvalidArgument, MastodonClient.MastodonClient> =>
  Effect.gen(function*() {
    const client = yield* MastodonClient.MastodonClient
    const invalid = (value: string) =>
      new MastodonError.InvalidArgument({ argument: "url", reason: `a ws, wss, http or https URL, not ${JSON.stringify(value)}` })
    if (given !== undefined) {
      const text = String(given)
      if (!URL.canParse(text)) return yield* Effect.fail(invalid(text))
      const url = new URL(text)
      if (!["ws:", "wss:", "http:", "https:"].includes(url.protocol)) return yield* Effect.fail(invalid(text))
      return withProtocol(url, "ws")
    }
    const discovered = yield* Instance.get().pipe(
      Effect.map((instance) => {
        const given: unknown = instance.configuration?.urls?.streaming
        return typeof given === "string" ? Option.some(given) : Option.none<string>()
      }),
      Effect.orElseSucceed(() => Option.none<string>())
    )
    const fallback = withProtocol(client.baseUrl, "ws")
    return Option.match(discovered, {
      onNone: () => fallback,
      onSome: (text) => (URL.canParse(text) ? withProtocol(new URL(text), "ws") : fallback)
    })
  })

interface Resolved {
  readonly url: URL
  readonly token: Option.Option<Redacted.Redacted<string>>
  readonly reconnect: Schedule.Schedule<unknown, unknown>
  readonly bufferSize: number
  readonly malformed: "skip" | "fail"
  readonly backfill: boolean
  readonly openTimeout: Duration.Duration
}

const resolveOptions = (options: Options) =>
  Effect.gen(function*() {
    const bufferSize = options.bufferSize ?? 1024
    if (!Number.isInteger(bufferSize) || bufferSize < 1) {
      return yield* Effect.fail(
        new MastodonError.InvalidArgument({ argument: "bufferSize", reason: `a whole number of at least 1, not ${bufferSize}` })
      )
    }
    const token = options.accessToken === undefined
      ? Option.none()
      : Option.some(typeof options.accessToken === "string" ? Redacted.make(options.accessToken) : options.accessToken)
    const resolved: Resolved = {
      url: yield* resolveUrl(options.url),
      token,
      reconnect: options.reconnect ?? defaultReconnect,
      bufferSize,
      malformed: options.malformed ?? "skip",
      backfill: options.backfill ?? true,
      openTimeout: Duration.decode(options.openTimeout ?? "10 seconds")
    }
    return resolved
  })

const idleOf = (options: Options, fallback: Option.Option<Duration.Duration>): Option.Option<Duration.Duration> =>
  options.idleTimeout === "none" ? Option.none() : options.idleTimeout === undefined ? fallback : Option.some(Duration.decode(options.idleTimeout))

/**
 * Decode a transport's signals into events, backfilling `user` streams after each reconnection
 * and dropping what was already given.
 */
const events = (
  resolved: Resolved,
  client: MastodonClient.Service,
  subscription: Subscription,
  signals: Stream.Stream<Protocol.Signal, StreamingError>
): Stream.Stream<Event.StreamingEvent, StreamingError> => {
  const home = subscription.stream === "user"
  const notifications = subscription.stream === "user" || subscription.stream === "user:notification"
  const backfills = resolved.backfill && notifications
  const seenStatuses = new Backfill.SeenIds(4096)
  const seenNotifications = new Backfill.SeenIds(4096)
  let opened = 0
  let lastStatus: string | undefined
  let lastNotification: string | undefined

  // A REST failure that may pass (transport, 5xx, 429) is retried on the reconnection schedule; a
  // refusal (401, 403, a decode error) ends the stream with its typed error.
  const rest = <A>(effect: Effect.Effect<A, MastodonError.MastodonError, MastodonClient.MastodonClient>) =>
    effect.pipe(
      Effect.retry({ schedule: resolved.reconnect, while: (error) => error.isRetryable }),
      Effect.provideService(MastodonClient.MastodonClient, client)
    )

  const malformed = (error: MalformedEvent): Effect.Effect<ReadonlyArray<Event.StreamingEvent>, MalformedEvent> =>
    resolved.malformed === "fail"
      ? Effect.fail(error)
      : Effect.as(Effect.logWarning(`mastodon streaming: skipped a malformed event on ${Protocol.describe(subscription)}: ${error.message}`), [])

  const keep = (event: Event.StreamingEvent): boolean => {
    if (event._tag === "Update" && home) {
      if (!seenStatuses.add(event.status.id)) return false
      lastStatus = event.status.id
    }
    if (event._tag === "Notification" && notifications) {
      if (!seenNotifications.add(event.notification.id)) return false
      lastNotification = event.notification.id
    }
    return true
  }

  const onOpen = Effect.gen(function*() {
    opened++
    if (!backfills) return []
    if (opened === 1) {
      // Where "missed" starts: the newest items when the stream first connected.
      if (home) lastStatus = yield* rest(Backfill.newestStatus)
      lastNotification = yield* rest(Backfill.newestNotification)
      return []
    }
    const statuses = home ? yield* rest(Backfill.statusesAfter(lastStatus ?? "0")) : []
    const missed = notifications ? yield* rest(Backfill.notificationsAfter(lastNotification ?? "0")) : []
    const out: Array<Event.StreamingEvent> = [
      ...statuses.map((status) => Event.StreamingEvent.Update({ status, stream: [subscription.stream], backfilled: true })),
      ...missed.map((notification) => Event.StreamingEvent.Notification({ notification, stream: [subscription.stream], backfilled: true }))
    ]
    return out.filter(keep)
  }).pipe(Effect.withSpan("mastodon.streaming.backfill", { attributes: { "mastodon.stream": Protocol.describe(subscription) } }))

  const handle = (signal: Protocol.Signal): Effect.Effect<ReadonlyArray<Event.StreamingEvent>, StreamingError> => {
    switch (signal._tag) {
      case "Open":
        return onOpen
      case "Malformed":
        return malformed(new MalformedEvent({ event: "", reason: signal.reason, excerpt: signal.raw }))
      case "Frame":
        return Event.decode(signal.event, signal.payload, signal.stream.length > 0 ? signal.stream : [subscription.stream]).pipe(
          Effect.map((event) => (keep(event) ? [event] : [])),
          Effect.catchAll(malformed)
        )
    }
  }

  return signals.pipe(Stream.mapEffect(handle), Stream.flattenIterables)
}

/** {@link events} with fresh state for each run of the stream. */
const eventsOf = (
  resolved: Resolved,
  client: MastodonClient.Service,
  subscription: Subscription,
  signals: Stream.Stream<Protocol.Signal, StreamingError>
): Stream.Stream<Event.StreamingEvent, StreamingError> => Stream.suspend(() => events(resolved, client, subscription, signals))

const healthOf = (http: HttpClient.HttpClient, url: URL): Effect.Effect<boolean> =>
  http.get(new URL("/api/v1/streaming/health", withProtocol(url, "http"))).pipe(
    Effect.flatMap((response) => (response.status === 200 ? Effect.map(response.text, (text) => text.trim() === "OK") : Effect.succeed(false))),
    Effect.scoped,
    Effect.orElseSucceed(() => false)
  )

/**
 * A streaming service over one multiplexed WebSocket. Needs a `Socket.WebSocketConstructor`:
 * `Socket.layerWebSocketConstructorGlobal` in browsers, Deno, Bun and Node 22+,
 * `NodeSocket.layerWebSocketConstructor` from `@effect/platform-node` on Node 20.
 *
 * @since 0.1.0
 */
export const make = (
  options: Options = {}
): Effect.Effect<
  Service,
  MastodonError.InvalidArgument,
  MastodonClient.MastodonClient | HttpClient.HttpClient | Socket.WebSocketConstructor | Scope.Scope
> =>
  Effect.gen(function*() {
    const resolved = yield* resolveOptions(options)
    const client = yield* MastodonClient.MastodonClient
    const http = yield* HttpClient.HttpClient
    const mux = yield* WebSocket.make({
      url: new URL("/api/v1/streaming", resolved.url).href,
      token: resolved.token,
      reconnect: resolved.reconnect,
      idleTimeout: idleOf(options, Option.none()),
      capacity: resolved.bufferSize,
      openTimeout: resolved.openTimeout
    })
    return {
      url: resolved.url,
      transport: "websocket",
      subscribe: (subscription) => eventsOf(resolved, client, subscription, mux(subscription)),
      health: healthOf(http, resolved.url)
    } satisfies Service
  })

/**
 * A streaming service over server-sent events: one request per subscription, on the
 * `HttpClient` in context (no WebSocket needed).
 *
 * @since 0.1.0
 */
export const makeSse = (
  options: Options = {}
): Effect.Effect<Service, MastodonError.InvalidArgument, MastodonClient.MastodonClient | HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const resolved = yield* resolveOptions(options)
    const client = yield* MastodonClient.MastodonClient
    const http = yield* HttpClient.HttpClient
    const sse: Sse.Options = {
      origin: withProtocol(resolved.url, "http").href,
      token: resolved.token,
      reconnect: resolved.reconnect,
      idleTimeout: idleOf(options, Option.some(Duration.seconds(60)))
    }
    return {
      url: resolved.url,
      transport: "sse",
      subscribe: (subscription) =>
        eventsOf(resolved, client, subscription, Sse.subscribe(sse, subscription).pipe(Stream.provideService(HttpClient.HttpClient, http))),
      health: healthOf(http, resolved.url)
    } satisfies Service
  })

/**
 * The WebSocket streaming service as a layer (see {@link make}).
 *
 * @since 0.1.0
 */
export const layer = (
  options: Options = {}
): Layer.Layer<Streaming, MastodonError.InvalidArgument, MastodonClient.MastodonClient | HttpClient.HttpClient | Socket.WebSocketConstructor> =>
  Layer.scoped(Streaming, make(options))

/**
 * The SSE streaming service as a layer (see {@link makeSse}).
 *
 * @since 0.1.0
 */
export const layerSse = (
  options: Options = {}
): Layer.Layer<Streaming, MastodonError.InvalidArgument, MastodonClient.MastodonClient | HttpClient.HttpClient> =>
  Layer.effect(Streaming, makeSse(options))

/**
 * The live events of any subscription.
 *
 * @since 0.1.0
 */
export const subscribe = (subscription: Subscription): Stream.Stream<Event.StreamingEvent, StreamingError, Streaming> =>
  Stream.unwrap(Effect.map(Streaming, (s) => s.subscribe(subscription)))

/**
 * The signed-in user's home timeline and notifications (`user`), with backfill after reconnections.
 *
 * @example
 * import { Streaming, StreamingEvent } from "@mastodon-effect/streaming"
 * import * as Stream from "effect/Stream"
 * const posts = Streaming.user().pipe(Stream.filter(StreamingEvent.$is("Update")))
 *
 * @since 0.1.0
 */
export const user = (): Stream.Stream<Event.StreamingEvent, StreamingError, Streaming> => subscribe({ stream: "user" })

/**
 * The signed-in user's notifications only (`user:notification`).
 *
 * @since 0.1.0
 */
export const userNotification = (): Stream.Stream<Event.StreamingEvent, StreamingError, Streaming> => subscribe({ stream: "user:notification" })

/**
 * The public timeline (`public`), or its local / remote / media-only variants.
 *
 * @example
 * import { Streaming } from "@mastodon-effect/streaming"
 * const localMedia = Streaming.publicTimeline({ local: true, onlyMedia: true }) // public:local:media
 *
 * @since 0.1.0
 */
export const publicTimeline = (
  options: { readonly local?: boolean | undefined; readonly remote?: boolean | undefined; readonly onlyMedia?: boolean | undefined } = {}
): Stream.Stream<Event.StreamingEvent, StreamingError, Streaming> => {
  const base = options.local === true ? "public:local" : options.remote === true ? "public:remote" : "public"
  return subscribe({ stream: options.onlyMedia === true ? `${base}:media` : base } as Subscription)
}

/**
 * Public posts with a hashtag (`hashtag`), or only local ones (`hashtag:local`).
 *
 * @since 0.1.0
 */
export const hashtag = (tag: string, options: { readonly local?: boolean | undefined } = {}): Stream.Stream<Event.StreamingEvent, StreamingError, Streaming> =>
  subscribe({ stream: options.local === true ? "hashtag:local" : "hashtag", tag })

/**
 * The statuses of one of the user's lists (`list`).
 *
 * @since 0.1.0
 */
export const list = (id: Id.ListId | string): Stream.Stream<Event.StreamingEvent, StreamingError, Streaming> => subscribe({ stream: "list", list: id })

/**
 * The user's direct conversations (`direct`): `conversation` events.
 *
 * @since 0.1.0
 */
export const direct = (): Stream.Stream<Event.StreamingEvent, StreamingError, Streaming> => subscribe({ stream: "direct" })

/**
 * Whether the streaming server is up (`GET /api/v1/streaming/health` answers `OK`).
 *
 * @since 0.1.0
 */
export const health: Effect.Effect<boolean, never, Streaming> = Effect.flatMap(Streaming, (s) => s.health)
