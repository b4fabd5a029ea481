/**
 * @mastodon-effect/streaming: Mastodon's streaming API (WebSocket and server-sent events) as
 * Effect Streams of typed events, with reconnection and REST backfill.
 *
 * Each module is also its own entry point (`@mastodon-effect/streaming/<Module>`); this index
 * re-exports them as namespaces.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Streaming from "./Streaming.js"

/** @since 0.1.0 */
export * as StreamingError from "./StreamingError.js"

/** @since 0.1.0 */
export * as StreamingEvent from "./StreamingEvent.js"
