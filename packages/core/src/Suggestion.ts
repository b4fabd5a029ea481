/**
 * Suggested accounts to follow, with the reasons.
 *
 * See the Mastodon docs, entities/Suggestion.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import { OpenEnum } from "./internal/schema.js"

/**
 * A suggested account and why it is suggested (`GET /api/v2/suggestions`).
 *
 * `source` is deprecated since Mastodon 4.3 in favour of `sources`; both are optional.
 * See the Mastodon docs, entities/Suggestion.
 *
 * @since 0.1.0
 */
export const Suggestion = /* @__PURE__ */ Schema.Struct({
  /** Deprecated: the single reason. */
  source: /* @__PURE__ */ Schema.optional(OpenEnum("staff", "past_interactions", "global")),
  /** The reasons (4.3). */
  sources: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Array(
      OpenEnum("featured", "most_followed", "most_interactions", "similar_to_recently_followed", "friends_of_friends")
    )
  ),
  /** The suggested account. */
  account: Account.Account
}).annotations({ identifier: "Suggestion" })

/**
 * The decoded form of {@link Suggestion}.
 *
 * @since 0.1.0
 */
export interface Suggestion extends Schema.Schema.Type<typeof Suggestion> {}

/**
 * The JSON form of {@link Suggestion}.
 *
 * @since 0.1.0
 */
export interface SuggestionEncoded extends Schema.Schema.Encoded<typeof Suggestion> {}
