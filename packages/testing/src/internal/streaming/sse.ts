/**
 * The SSE face of the streaming API (`GET /api/v1/streaming/<stream>`) and its health check,
 * answered before the router on both faces: the body is a stream of `event:`/`data:` blocks fed
 * by the hub, with `:thump` heartbeats, for as long as the client reads it.
 *
 * @internal
 */
import type * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"
import type { State } from "../state.js"
import { hubOf, keyOf, type Listener, refusal, viewerOf } from "./hub.js"

/** The SSE paths and the stream each one is. */
const paths: Readonly<Record<string, string>> = {
  "/api/v1/streaming/user": "user",
  "/api/v1/streaming/user/notification": "user:notification",
  "/api/v1/streaming/public": "public",
  "/api/v1/streaming/public/local": "public:local",
  "/api/v1/streaming/public/remote": "public:remote",
  "/api/v1/streaming/hashtag": "hashtag",
  "/api/v1/streaming/hashtag/local": "hashtag:local",
  "/api/v1/streaming/list": "list",
  "/api/v1/streaming/direct": "direct"
}

const json = (status: number, body: unknown) => HttpServerResponse.unsafeJson(body, { status })

class Dropped {
  readonly _tag = "Dropped"
}

/** The bearer token of a streaming request: the header, or the legacy `access_token` parameter. */
export const tokenOf = (headers: Readonly<Record<string, string | undefined>>, url: URL): string | undefined => {
  const header = headers["authorization"]
  const bearer = header === undefined ? undefined : /^bearer\s+(.+)$/i.exec(header.trim())?.[1]?.trim()
  return bearer ?? url.searchParams.get("access_token") ?? undefined
}

/** The answer to a streaming request, or `undefined` when `url` is not one. */
export const serve = (
  state: State,
  request: HttpServerRequest.HttpServerRequest,
  url: URL,
  origin: string
): HttpServerResponse.HttpServerResponse | undefined => {
  const path = url.pathname.replace(/\/+$/, "")
  if (!path.startsWith("/api/v1/streaming") || request.method !== "GET") return undefined
  if (path === "/api/v1/streaming/health") return HttpServerResponse.text("OK")
  const base = paths[path]
  if (base === undefined) return json(400, { error: "Unknown channel requested" })
  const viewer = viewerOf(state, tokenOf(request.headers, url))
  if (viewer === undefined) return json(401, { error: "Error: Missing access token" })
  const stream = url.searchParams.get("only_media") === "true" && base.startsWith("public") ? `${base}:media` : base
  const param = stream.startsWith("hashtag") ? url.searchParams.get("tag")?.replace(/^#/, "").toLowerCase() : stream === "list" ? url.searchParams.get("list") ?? undefined : undefined
  const refused = refusal(state, viewer, stream, param)
  if (refused !== undefined) return json(refused.startsWith("Not authorized") ? 401 : 400, { error: refused })
  const hub = hubOf(state)

  const body = Stream.unwrapScoped(
    Effect.gen(function*() {
      const queue = yield* Queue.unbounded<string | Dropped>()
      const listener: Listener = {
        viewer,
        origin,
        channels: new Set([keyOf(stream, param)]),
        push: (_stream, event, payload) => Queue.unsafeOffer(queue, `event: ${event}\ndata: ${payload ?? "undefined"}\n\n`),
        malformed: () => Queue.unsafeOffer(queue, "event: update\ndata: {\"id\": \"1\", 'content': undefined, [}\n\n"),
        drop: () => Queue.unsafeOffer(queue, new Dropped())
      }
      yield* Effect.acquireRelease(
        Effect.sync(() => hub.listeners.add(listener)),
        () => Effect.sync(() => hub.listeners.delete(listener))
      )
      const heartbeats = Stream.repeatEffect(
        Effect.zipRight(Effect.sleep(hub.heartbeatMillis), Effect.sync(() => (hub.stalled ? "" : ":thump\n")))
      ).pipe(Stream.filter((s) => s !== ""))
      const events = Stream.fromQueue(queue).pipe(
        Stream.mapEffect((item) => (typeof item === "string" ? Effect.succeed(item) : Effect.fail(item)))
      )
      return Stream.concat(Stream.make(":)\n"), Stream.merge(events, heartbeats, { haltStrategy: "left" }))
    })
  )
  return HttpServerResponse.stream(Stream.encodeText(body), {
    contentType: "text/event-stream",
    headers: { "cache-control": "no-store", "x-accel-buffering": "no" }
  })
}
