/**
 * Trending links and statuses as moderators review them: what the public trends show, plus the
 * review state (and for links the id) the approve and reject endpoints need. Trending hashtags
 * are `AdminTag`.
 *
 * See the Mastodon docs, methods/admin/trends and entities/PreviewCard (Trends::Link).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import * as Status from "./Status.js"
import * as TrendsLink from "./TrendsLink.js"

/**
 * A link that is being shared more than others, as listed by `GET /api/v1/admin/trends/links`:
 * a `TrendsLink` (a link preview card with its usage history), unreviewed ones included.
 *
 * The docs list the public Trends::Link fields (Mastodon 3.5). Real servers add `id` (the card's
 * id, which `approve` and `reject` take) and `requires_review`; both are optional here because
 * the docs do not promise them. See the Mastodon docs, entities/PreviewCard (Trends::Link).
 *
 * @since 0.1.0
 */
export const TrendingLink = /* @__PURE__ */ Schema.Struct({
  ...TrendsLink.TrendsLink.fields,
  /** The preview card's id, for the approve and reject endpoints. */
  id: /* @__PURE__ */ Schema.optional(Id.PreviewCardId),
  /** Whether the link still waits for a moderator's review before it may trend. */
  requires_review: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}).annotations({ identifier: "TrendingLink" })

/**
 * The decoded form of {@link TrendingLink}.
 *
 * @since 0.1.0
 */
export interface TrendingLink extends Schema.Schema.Type<typeof TrendingLink> {}

/**
 * The JSON form of {@link TrendingLink}.
 *
 * @since 0.1.0
 */
export interface TrendingLinkEncoded extends Schema.Schema.Encoded<typeof TrendingLink> {}

/**
 * A status that is being interacted with more than others, as listed by
 * `GET /api/v1/admin/trends/statuses`: a `Status`, plus `requires_review`, which real servers
 * add and the docs do not list (so it is optional).
 *
 * @since 0.1.0
 */
export const TrendingStatus = /* @__PURE__ */ Schema.Struct({
  ...Status.Status.fields,
  /** Whether the status still waits for a moderator's review before it may trend. */
  requires_review: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}).annotations({ identifier: "TrendingStatus" })

/**
 * The decoded form of {@link TrendingStatus}.
 *
 * @since 0.1.0
 */
export interface TrendingStatus extends Schema.Schema.Type<typeof TrendingStatus> {}

/**
 * The JSON form of {@link TrendingStatus}.
 *
 * @since 0.1.0
 */
export interface TrendingStatusEncoded extends Schema.Schema.Encoded<typeof TrendingStatus> {}
