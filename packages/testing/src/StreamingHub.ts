/**
 * The fake's streaming API, from the test's side: how many streaming connections are open, events
 * pushed by hand (notifications, announcements, `filters_changed`, anything), and faults: drop
 * every connection, stall (connections stay open, nothing arrives, not even heartbeats), send a
 * malformed event. Statuses created and deleted through the API or `Seed` produce their events
 * on their own.
 *
 * The SSE endpoints are served on both faces; the WebSocket (`/api/v1/streaming`) only by the
 * loopback server (`MastodonServer`), because an in-process `HttpClient` has no upgrade.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { hubOf, keyOf } from "./internal/streaming/hub.js"
import { MastodonInstance } from "./MastodonInstance.js"

const hub = Effect.map(MastodonInstance, (instance) => hubOf(instance.runtime.state))

/**
 * The number of open streaming connections (WebSockets and SSE responses).
 *
 * @since 0.1.0
 */
export const connections: Effect.Effect<number, never, MastodonInstance> = Effect.map(hub, (h) => h.listeners.size)

/**
 * The channels every open connection listens to (`user`, `hashtag:foo`, ...), one array per connection.
 *
 * @since 0.1.0
 */
export const channels: Effect.Effect<ReadonlyArray<ReadonlyArray<string>>, never, MastodonInstance> = Effect.map(
  hub,
  (h) => [...h.listeners].map((l) => [...l.channels].map((k) => k.replace("\u0000", ":")))
)

/**
 * Cut every streaming connection, as a restarting server or a network failure would.
 *
 * @since 0.1.0
 */
export const dropConnections: Effect.Effect<void, never, MastodonInstance> = Effect.map(hub, (h) => {
  for (const l of [...h.listeners]) {
    l.drop()
    // Gone at once, not when the socket's close event comes round.
    h.listeners.delete(l)
  }
})

/**
 * Stall: connections stay open but nothing is sent (events are lost, heartbeats stop) until
 * {@link resume}. A client detects it with its idle timeout.
 *
 * @since 0.1.0
 */
export const stall: Effect.Effect<void, never, MastodonInstance> = Effect.map(hub, (h) => {
  h.stalled = true
})

/**
 * End a {@link stall}.
 *
 * @since 0.1.0
 */
export const resume: Effect.Effect<void, never, MastodonInstance> = Effect.map(hub, (h) => {
  h.stalled = false
})

/**
 * Send every open connection something that is not a valid event (a frame that is not JSON on a
 * WebSocket, an `update` whose data is not JSON over SSE).
 *
 * @since 0.1.0
 */
export const sendMalformed: Effect.Effect<void, never, MastodonInstance> = Effect.map(hub, (h) => {
  for (const l of h.listeners) l.malformed()
})

/**
 * The SSE heartbeat period (default 15 s, as Mastodon).
 *
 * @since 0.1.0
 */
export const setHeartbeat = (period: Duration.DurationInput): Effect.Effect<void, never, MastodonInstance> =>
  Effect.map(hub, (h) => {
    h.heartbeatMillis = Duration.toMillis(Duration.decode(period))
  })

/**
 * Push an event by hand to the connections listening to `stream` (with `param`, the tag or list
 * id), optionally only to those of the account `username`. `payload` is sent as given (an entity's
 * JSON text, an id, or nothing). Returns how many connections it reached.
 *
 * @example
 * import { StreamingHub } from "@mastodon-effect/testing"
 * const changed = StreamingHub.publish({ stream: "user", event: "filters_changed" })
 *
 * @since 0.1.0
 */
export const publish = (input: {
  readonly stream: string
  readonly param?: string | undefined
  readonly event: string
  readonly payload?: string | undefined
  readonly username?: string | undefined
}): Effect.Effect<number, never, MastodonInstance> =>
  Effect.map(hub, (h) => {
    const viewer = input.username === undefined ? undefined : h.state.byHandle(input.username)?.idx
    if (input.username !== undefined && viewer === undefined) return 0
    return h.publish(keyOf(input.stream, input.param?.toLowerCase()), input.event, input.payload, viewer)
  })
