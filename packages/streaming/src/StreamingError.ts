/**
 * The failures of a live stream: a malformed event (when the stream is told to fail on one), a
 * subscription whose buffer overflowed under a slow consumer, and a connection the reconnection
 * schedule gave up on. REST failures of the backfill keep their `MastodonError` types.
 *
 * @since 0.1.0
 */
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Schema from "effect/Schema"

/**
 * An event that could not be read: a frame that is not JSON, or a payload that does not decode
 * with its entity schema. With `malformed: "skip"` (the default) such events are logged and
 * skipped; with `malformed: "fail"` the stream fails with this error.
 *
 * @since 0.1.0
 */
export class MalformedEvent extends Schema.TaggedError<MalformedEvent>()("MalformedEvent", {
  /** The event name (`update`, `notification`, ...), or `""` when the frame itself was unreadable. */
  event: Schema.String,
  /** Why it could not be read. */
  reason: Schema.String,
  /** The start of the raw text, for logs. */
  excerpt: Schema.String
}) {
  override get message(): string {
    return `malformed streaming event ${JSON.stringify(this.event)}: ${this.reason} (${this.excerpt})`
  }
}

/**
 * A subscription's buffer filled up: the consumer fell `capacity` events behind a WebSocket,
 * which has no flow control of its own. The subscription ends with this error rather than grow
 * without bound; run it again (with backfill, a `user` stream misses nothing).
 *
 * @since 0.1.0
 */
export class StreamingOverflow extends Schema.TaggedError<StreamingOverflow>()("StreamingOverflow", {
  /** The subscription (`user`, `hashtag:foo`, ...). */
  subscription: Schema.String,
  /** The buffer size that was exceeded. */
  capacity: Schema.Number
}) {
  override get message(): string {
    return `the consumer of ${this.subscription} fell more than ${this.capacity} events behind`
  }
}

/**
 * The connection was lost and the reconnection schedule ended before it came back.
 *
 * @since 0.1.0
 */
export class StreamingDisconnected extends Schema.TaggedError<StreamingDisconnected>()("StreamingDisconnected", {
  /** The streaming URL (without query: never a token). */
  url: Schema.String,
  /** What ended the last connection. */
  reason: Schema.String
}) {
  override get message(): string {
    return `the streaming connection to ${this.url} was lost and not re-established: ${this.reason}`
  }
}

/**
 * Every failure a live stream can end with.
 *
 * @since 0.1.0
 */
export type StreamingError = MalformedEvent | StreamingOverflow | StreamingDisconnected | MastodonError.MastodonError
