/**
 * Hashtags featured on a profile.
 *
 * See the Mastodon docs, entities/FeaturedTag.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { DateOnlyField, StringFromStringOrNumber } from "./internal/entity.js"

/**
 * A hashtag an account features on its profile, with its count of the account's statuses.
 *
 * `statuses_count` is a string, as documented; older servers sent a number, which decodes to
 * its string. `last_status_at` is a date that decodes to midnight UTC (older servers sent a full
 * datetime, which also decodes). `url` (Mastodon 3.3) is optional.
 * See the Mastodon docs, entities/FeaturedTag.
 *
 * @since 0.1.0
 */
export const FeaturedTag = /* @__PURE__ */ Schema.Struct({
  /** The featured tag's id (not the tag's id). */
  id: Id.FeaturedTagId,
  /** The tag, without the `#`. */
  name: Schema.String,
  /** The page of the account's statuses with this tag. */
  url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** How many of the account's statuses use the tag, as a string. */
  statuses_count: StringFromStringOrNumber,
  /** The day of the account's latest status with the tag, or null when none. */
  last_status_at: /* @__PURE__ */ Schema.NullOr(DateOnlyField)
}).annotations({ identifier: "FeaturedTag" })

/**
 * The decoded form of {@link FeaturedTag}.
 *
 * @since 0.1.0
 */
export interface FeaturedTag extends Schema.Schema.Type<typeof FeaturedTag> {}

/**
 * The JSON form of {@link FeaturedTag}.
 *
 * @since 0.1.0
 */
export interface FeaturedTagEncoded extends Schema.Schema.Encoded<typeof FeaturedTag> {}
