/**
 * Hashtags, with their recent usage.
 *
 * See the Mastodon docs, entities/Tag.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"

/**
 * Usage of a hashtag on one day. The numbers are strings on the wire and stay strings here.
 *
 * See the Mastodon docs, entities/Tag (history).
 *
 * @since 0.1.0
 */
export const TagHistory = /* @__PURE__ */ Schema.Struct({
  /** Midnight of the day, in UNIX seconds, as a string. */
  day: Schema.String,
  /** How many times the tag was used that day, as a string. */
  uses: Schema.String,
  /** How many accounts used it that day, as a string. */
  accounts: Schema.String
}).annotations({ identifier: "TagHistory" })

/**
 * The decoded form of {@link TagHistory}.
 *
 * @since 0.1.0
 */
export interface TagHistory extends Schema.Schema.Type<typeof TagHistory> {}

/**
 * The JSON form of {@link TagHistory}.
 *
 * @since 0.1.0
 */
export interface TagHistoryEncoded extends Schema.Schema.Encoded<typeof TagHistory> {}

/**
 * A hashtag, as returned by the tag, search and featured-tag suggestion endpoints.
 *
 * Only `name` and `url` are required: `id` reached the public API in Mastodon 4.3.1,
 * `history` is left out by some servers, and `following` (4.0) and `featuring` (4.4) are only
 * sent with a user token. See the Mastodon docs, entities/Tag.
 *
 * @since 0.1.0
 */
export const Tag = /* @__PURE__ */ Schema.Struct({
  /** The tag's database id (Mastodon 4.3.1). */
  id: /* @__PURE__ */ Schema.optional(Id.TagId),
  /** The tag, without the `#`. */
  name: Schema.String,
  /** The tag's page on this server. */
  url: Schema.String,
  /** Usage per day, most recent first (usually a week). */
  history: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(TagHistory)),
  /** Whether you follow the tag. */
  following: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether you feature the tag on your profile. */
  featuring: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}).annotations({ identifier: "Tag" })

/**
 * The decoded form of {@link Tag}.
 *
 * @since 0.1.0
 */
export interface Tag extends Schema.Schema.Type<typeof Tag> {}

/**
 * The JSON form of {@link Tag}.
 *
 * @since 0.1.0
 */
export interface TagEncoded extends Schema.Schema.Encoded<typeof Tag> {}
