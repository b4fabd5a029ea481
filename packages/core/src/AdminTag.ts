/**
 * A hashtag as moderators review it for trends: the public `Tag` plus its id and review state.
 *
 * See the Mastodon docs, entities/Tag (Admin::Tag attributes) and methods/admin/trends.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import * as Tag from "./Tag.js"

/**
 * Admin-level information about a hashtag, as listed by `GET /api/v1/admin/trends/tags`.
 *
 * Every field dates from Mastodon 3.5, so all are required; `id` is required here (unlike on a
 * public `Tag`) because the review endpoints need it. Mastodon 4.0 returned plain `Tag`s from that
 * endpoint by mistake (fixed in 4.1): decode its responses with {@link AdminTagOrTag}. See the
 * Mastodon docs, entities/Tag (Admin::Tag attributes).
 *
 * @since 0.1.0
 */
export const AdminTag = /* @__PURE__ */ Schema.Struct({
  ...Tag.Tag.fields,
  /** The hashtag's database id, for the review endpoints. */
  id: Id.TagId,
  /** Whether the hashtag is approved to trend. */
  trendable: Schema.Boolean,
  /** Whether the hashtag is linked in statuses (false when a moderator disabled it). */
  usable: Schema.Boolean,
  /** Whether the hashtag still waits for a moderator's review before it may trend. */
  requires_review: Schema.Boolean
}).annotations({ identifier: "AdminTag" })

/**
 * The decoded form of {@link AdminTag}.
 *
 * @since 0.1.0
 */
export interface AdminTag extends Schema.Schema.Type<typeof AdminTag> {}

/**
 * The JSON form of {@link AdminTag}.
 *
 * @since 0.1.0
 */
export interface AdminTagEncoded extends Schema.Schema.Encoded<typeof AdminTag> {}

/**
 * What `GET /api/v1/admin/trends/tags` returns on any version: an {@link AdminTag}, or on
 * Mastodon 4.0 a plain `Tag` (tell them apart with `"requires_review" in tag`).
 *
 * @since 0.1.0
 */
export const AdminTagOrTag = /* @__PURE__ */ Schema.Union(AdminTag, Tag.Tag).annotations({
  identifier: "AdminTagOrTag"
})

/**
 * @since 0.1.0
 */
export type AdminTagOrTag = typeof AdminTagOrTag.Type
