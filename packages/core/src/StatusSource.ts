/**
 * The plain text a status was written from, for editing it
 * (`GET /api/v1/statuses/:id/source`).
 *
 * See the Mastodon docs, entities/StatusSource.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"

/**
 * A status' source as plain text (Mastodon 3.5): what the author typed, before rendering to
 * HTML. See the Mastodon docs, entities/StatusSource.
 *
 * @since 0.1.0
 */
export const StatusSource = /* @__PURE__ */ Schema.Struct({
  /** The status' id. */
  id: Id.StatusId,
  /** The text the status was composed from. */
  text: Schema.String,
  /** The content warning as typed; empty when none. */
  spoiler_text: Schema.String
}).annotations({ identifier: "StatusSource" })

/**
 * The decoded form of {@link StatusSource}.
 *
 * @since 0.1.0
 */
export interface StatusSource extends Schema.Schema.Type<typeof StatusSource> {}

/**
 * The JSON form of {@link StatusSource}.
 *
 * @since 0.1.0
 */
export interface StatusSourceEncoded extends Schema.Schema.Encoded<typeof StatusSource> {}
