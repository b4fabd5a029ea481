/**
 * Trending links (`GET /api/v1/trends/links`): a link preview card with its recent usage.
 *
 * See the Mastodon docs, entities/PreviewCard (Trends::Link).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as PreviewCard from "./PreviewCard.js"
import * as Tag from "./Tag.js"

/**
 * A trending link (Mastodon 3.5): every `PreviewCard` field plus `history`, the shares per day
 * (usually the past week, newest first). A day's numbers are strings on the wire and stay
 * strings, as in `Tag.TagHistory`, whose shape it shares. See the Mastodon docs,
 * entities/PreviewCard (Trends::Link).
 *
 * @since 0.1.0
 */
export const TrendsLink = /* @__PURE__ */ Schema.Struct({
  ...PreviewCard.PreviewCard.fields,
  /** Shares per day: `day` (UNIX seconds of midnight), `uses` (statuses) and `accounts`. */
  history: /* @__PURE__ */ Schema.Array(Tag.TagHistory)
}).annotations({ identifier: "TrendsLink" })

/**
 * The decoded form of {@link TrendsLink}.
 *
 * @since 0.1.0
 */
export interface TrendsLink extends Schema.Schema.Type<typeof TrendsLink> {}

/**
 * The JSON form of {@link TrendsLink}.
 *
 * @since 0.1.0
 */
export interface TrendsLinkEncoded extends Schema.Schema.Encoded<typeof TrendsLink> {}
