/**
 * @mastodon-effect/core: Mastodon entities as Effect Schemas, branded ids, scopes and the typed error family.
 *
 * Each module is also its own entry point (`@mastodon-effect/core/<Module>`), which keeps
 * bundles small; this index re-exports them as namespaces.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Account from "./Account.js"

/** @since 0.1.0 */
export * as Application from "./Application.js"

/** @since 0.1.0 */
export * as CustomEmoji from "./CustomEmoji.js"

/** @since 0.1.0 */
export * as Extra from "./Extra.js"

/** @since 0.1.0 */
export * as FamiliarFollowers from "./FamiliarFollowers.js"

/** @since 0.1.0 */
export * as FeaturedTag from "./FeaturedTag.js"

/** @since 0.1.0 */
export * as Id from "./Id.js"

/** @since 0.1.0 */
export * as Instance from "./Instance.js"

/** @since 0.1.0 */
export * as List from "./List.js"

/** @since 0.1.0 */
export * as MastodonError from "./MastodonError.js"

/** @since 0.1.0 */
export * as MastodonErrorBody from "./MastodonErrorBody.js"

/** @since 0.1.0 */
export * as MediaAttachment from "./MediaAttachment.js"

/** @since 0.1.0 */
export * as Poll from "./Poll.js"

/** @since 0.1.0 */
export * as PreviewCard from "./PreviewCard.js"

/** @since 0.1.0 */
export * as Profile from "./Profile.js"

/** @since 0.1.0 */
export * as Quote from "./Quote.js"

/** @since 0.1.0 */
export * as QuoteApproval from "./QuoteApproval.js"

/** @since 0.1.0 */
export * as RateLimit from "./RateLimit.js"

/** @since 0.1.0 */
export * as Relationship from "./Relationship.js"

/** @since 0.1.0 */
export * as Role from "./Role.js"

/** @since 0.1.0 */
export * as Rule from "./Rule.js"

/** @since 0.1.0 */
export * as Scope from "./Scope.js"

/** @since 0.1.0 */
export * as Snowflake from "./Snowflake.js"

/** @since 0.1.0 */
export * as Status from "./Status.js"

/** @since 0.1.0 */
export * as Suggestion from "./Suggestion.js"

/** @since 0.1.0 */
export * as Tag from "./Tag.js"

/** @since 0.1.0 */
export * as Token from "./Token.js"
