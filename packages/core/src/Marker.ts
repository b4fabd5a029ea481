/**
 * Read positions in the home timeline and the notifications, saved on the server so that every
 * client of the user resumes at the same place (`/api/v1/markers`).
 *
 * See the Mastodon docs, entities/Marker.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Timestamp } from "./internal/schema.js"

/**
 * The last item read in one timeline (Mastodon 3.0).
 *
 * `last_read_id` is a status id for `home` and a notification id for `notifications`, so it is a
 * plain string here. `version` grows with each save and is what the server checks to answer a
 * conflicting save with 409. See the Mastodon docs, entities/Marker.
 *
 * @since 0.1.0
 */
export const Marker = /* @__PURE__ */ Schema.Struct({
  /** The id of the last item read. */
  last_read_id: Schema.String,
  /** A counter for optimistic locking. */
  version: Schema.Int,
  /** When the marker was saved. */
  updated_at: Timestamp
}).annotations({ identifier: "Marker" })

/**
 * The decoded form of {@link Marker}.
 *
 * @since 0.1.0
 */
export interface Marker extends Schema.Schema.Type<typeof Marker> {}

/**
 * The JSON form of {@link Marker}.
 *
 * @since 0.1.0
 */
export interface MarkerEncoded extends Schema.Schema.Encoded<typeof Marker> {}

/**
 * The markers of the timelines asked for, keyed by timeline. A timeline the user never saved a
 * marker for is absent. See the Mastodon docs, methods/markers.
 *
 * @since 0.1.0
 */
export const Markers = /* @__PURE__ */ Schema.Struct({
  /** The home timeline's marker. */
  home: /* @__PURE__ */ Schema.optional(Marker),
  /** The notifications' marker. */
  notifications: /* @__PURE__ */ Schema.optional(Marker)
}).annotations({ identifier: "Markers" })

/**
 * The decoded form of {@link Markers}.
 *
 * @since 0.1.0
 */
export interface Markers extends Schema.Schema.Type<typeof Markers> {}

/**
 * The JSON form of {@link Markers}.
 *
 * @since 0.1.0
 */
export interface MarkersEncoded extends Schema.Schema.Encoded<typeof Markers> {}
