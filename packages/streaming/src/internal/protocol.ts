/**
 * What the transports share: subscriptions, their keys, SSE paths and the signals a transport
 * gives the decoding layer.
 *
 * @internal
 */
import type * as Id from "@mastodon-effect/core/Id"

/** The streams of the docs, by the name the server gives them. */
export type StreamName =
  | "user"
  | "user:notification"
  | "public"
  | "public:media"
  | "public:local"
  | "public:local:media"
  | "public:remote"
  | "public:remote:media"
  | "hashtag"
  | "hashtag:local"
  | "list"
  | "direct"

/** One subscription: a stream and, for hashtags and lists, its parameter. */
export type Subscription =
  | {
    readonly stream:
      | "user"
      | "user:notification"
      | "public"
      | "public:media"
      | "public:local"
      | "public:local:media"
      | "public:remote"
      | "public:remote:media"
      | "direct"
  }
  | { readonly stream: "hashtag" | "hashtag:local"; readonly tag: string }
  | { readonly stream: "list"; readonly list: Id.ListId | string }

/** What a transport hands the decoding layer. */
export type Signal =
  /** A connection (re)opened and the subscription is active on it. */
  | { readonly _tag: "Open" }
  | { readonly _tag: "Frame"; readonly event: string; readonly payload: string | undefined; readonly stream: ReadonlyArray<string> }
  /** A frame that could not even be routed (not JSON, no event name). */
  | { readonly _tag: "Malformed"; readonly reason: string; readonly raw: string }

const paramOf = (sub: Subscription): string | undefined =>
  "tag" in sub ? sub.tag.replace(/^#/, "").toLowerCase() : "list" in sub ? String(sub.list) : undefined

/** The routing key of a subscription (the server lowercases tags). */
export const keyOf = (sub: Subscription): string => {
  const param = paramOf(sub)
  return param === undefined ? sub.stream : `${sub.stream}\u0000${param}`
}

/** The routing key of an event's `stream` field. */
export const keyOfStream = (stream: ReadonlyArray<string>): string =>
  stream.length > 1 ? `${stream[0]}\u0000${String(stream[1]).toLowerCase()}` : stream[0] ?? ""

/** A readable name of a subscription, for errors and spans: `user`, `hashtag:foo`, `list:12`. */
export const describe = (sub: Subscription): string => {
  const param = paramOf(sub)
  return param === undefined ? sub.stream : `${sub.stream}:${param}`
}

/** The JSON message that (un)subscribes on a multiplexed WebSocket. */
export const message = (type: "subscribe" | "unsubscribe", sub: Subscription): string =>
  JSON.stringify({
    type,
    stream: sub.stream,
    ...("tag" in sub ? { tag: sub.tag.replace(/^#/, "") } : {}),
    ...("list" in sub ? { list: String(sub.list) } : {})
  })

/** The SSE path and query of a subscription. */
export const ssePath = (sub: Subscription): { readonly path: string; readonly query: Record<string, string> } => {
  switch (sub.stream) {
    case "user":
      return { path: "/api/v1/streaming/user", query: {} }
    case "user:notification":
      return { path: "/api/v1/streaming/user/notification", query: {} }
    case "public":
      return { path: "/api/v1/streaming/public", query: {} }
    case "public:media":
      return { path: "/api/v1/streaming/public", query: { only_media: "true" } }
    case "public:local":
      return { path: "/api/v1/streaming/public/local", query: {} }
    case "public:local:media":
      return { path: "/api/v1/streaming/public/local", query: { only_media: "true" } }
    case "public:remote":
      return { path: "/api/v1/streaming/public/remote", query: {} }
    case "public:remote:media":
      return { path: "/api/v1/streaming/public/remote", query: { only_media: "true" } }
    case "hashtag":
      return { path: "/api/v1/streaming/hashtag", query: { tag: sub.tag.replace(/^#/, "") } }
    case "hashtag:local":
      return { path: "/api/v1/streaming/hashtag/local", query: { tag: sub.tag.replace(/^#/, "") } }
    case "list":
      return { path: "/api/v1/streaming/list", query: { list: String(sub.list) } }
    case "direct":
      return { path: "/api/v1/streaming/direct", query: {} }
  }
}

/** Read one WebSocket frame: `{ stream, event, payload }`, or the server's `{ error, status }`. */
export const parseFrame = (
  text: string
): Signal | { readonly _tag: "ServerError"; readonly error: string } => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { _tag: "Malformed", reason: "the frame is not JSON", raw: text.slice(0, 200) }
  }
  if (typeof value !== "object" || value === null) return { _tag: "Malformed", reason: "the frame is not a JSON object", raw: text.slice(0, 200) }
  const record = value as Record<string, unknown>
  if (typeof record["error"] === "string") return { _tag: "ServerError", error: record["error"] }
  if (typeof record["event"] !== "string") return { _tag: "Malformed", reason: "the frame has no event name", raw: text.slice(0, 200) }
  const stream = Array.isArray(record["stream"]) ? record["stream"].map(String) : []
  const payload = record["payload"]
  return {
    _tag: "Frame",
    event: record["event"],
    // An entity arrives as its JSON text; a few servers send the object itself.
    payload: payload === undefined || payload === null ? undefined : typeof payload === "string" ? payload : JSON.stringify(payload),
    stream
  }
}
