/**
 * One server-sent-events request per subscription, over the `HttpClient` in context, parsed by
 * @effect/experimental's `Sse` channel. The response body is pulled, so a slow consumer suspends
 * the reader (TCP pushes back on the server) instead of buffering.
 *
 * @internal
 */
import * as Sse from "@effect/experimental/Sse"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { StreamingDisconnected } from "../StreamingError.js"
import { type Signal, ssePath, type Subscription } from "./protocol.js"

export interface Options {
  /** `http(s)://host`: the streaming origin. */
  readonly origin: string
  readonly token: Option.Option<Redacted.Redacted<string>>
  readonly reconnect: Schedule.Schedule<unknown, unknown>
  readonly idleTimeout: Option.Option<Duration.Duration>
}

class Ended {
  readonly _tag = "Ended"
  constructor(readonly reason: string) {}
}

/** The live signals of one subscription over SSE, reconnecting on the schedule. */
export const subscribe = (
  options: Options,
  sub: Subscription
): Stream.Stream<Signal, StreamingDisconnected, HttpClient.HttpClient> => {
  const { path, query } = ssePath(sub)
  const url = new URL(path, options.origin)
  let lastReason = "not connected"
  const once: Stream.Stream<Signal, Ended, HttpClient.HttpClient> = Stream.unwrapScoped(
    Effect.gen(function*() {
      const client = yield* HttpClient.HttpClient
      let request = HttpClientRequest.get(url, { urlParams: query, acceptJson: false }).pipe(
        HttpClientRequest.setHeader("accept", "text/event-stream")
      )
      // The token goes in the header, never in the URL (which reaches logs and spans).
      if (Option.isSome(options.token)) request = HttpClientRequest.bearerToken(request, Redacted.value(options.token.value))
      const response = yield* client.execute(request).pipe(Effect.mapError((e) => new Ended(e.message)))
      if (response.status !== 200) return yield* Effect.fail(new Ended(`HTTP ${response.status}`))
      const bytes = response.stream.pipe(Stream.mapError((e) => new Ended(e.message)))
      // Heartbeat comments (`:thump`) count as life even though the parser drops them.
      const watched = Option.match(options.idleTimeout, {
        onNone: () => bytes,
        onSome: (idle) => Stream.timeoutFail(bytes, () => new Ended("no data within the idle timeout"), idle)
      })
      const events = watched.pipe(
        Stream.decodeText(),
        Stream.pipeThroughChannel(Sse.makeChannel()),
        Stream.map((event): Signal => ({
          _tag: "Frame",
          event: event.event,
          // Mastodon sends `data: undefined` for filters_changed.
          payload: event.data === "" || event.data === "undefined" ? undefined : event.data,
          stream: []
        }))
      )
      return Stream.concat(
        Stream.make<Array<Signal>>({ _tag: "Open" }),
        Stream.concat(events, Stream.fail(new Ended("the server closed the stream")))
      )
    })
  )
  return once.pipe(
    Stream.tapError((e) =>
      Effect.sync(() => {
        lastReason = e.reason
      })
    ),
    Stream.retry(options.reconnect),
    Stream.mapError(() => new StreamingDisconnected({ url: `${url.origin}${url.pathname}`, reason: lastReason }))
  )
}
