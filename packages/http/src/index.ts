/**
 * @mastodon-effect/http: the Mastodon client service, its request pipeline and the endpoint modules.
 *
 * Each module is also its own entry point (`@mastodon-effect/http/<Module>`), which keeps
 * bundles small; this index re-exports them as namespaces.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Accounts from "./Accounts.js"

/** @since 0.1.0 */
export * as AdminAccounts from "./AdminAccounts.js"

/** @since 0.1.0 */
export * as AdminCanonicalEmailBlocks from "./AdminCanonicalEmailBlocks.js"

/** @since 0.1.0 */
export * as AdminDomainAllows from "./AdminDomainAllows.js"

/** @since 0.1.0 */
export * as AdminDomainBlocks from "./AdminDomainBlocks.js"

/** @since 0.1.0 */
export * as AdminEmailDomainBlocks from "./AdminEmailDomainBlocks.js"

/** @since 0.1.0 */
export * as AdminIpBlocks from "./AdminIpBlocks.js"

/** @since 0.1.0 */
export * as AdminMetrics from "./AdminMetrics.js"

/** @since 0.1.0 */
export * as AdminReports from "./AdminReports.js"

/** @since 0.1.0 */
export * as AdminTrends from "./AdminTrends.js"

/** @since 0.1.0 */
export * as Announcements from "./Announcements.js"

/** @since 0.1.0 */
export * as AnnualReports from "./AnnualReports.js"

/** @since 0.1.0 */
export * as AppStore from "./AppStore.js"

/** @since 0.1.0 */
export * as Argument from "./Argument.js"

/** @since 0.1.0 */
export * as Apps from "./Apps.js"

/** @since 0.1.0 */
export * as AsyncRefreshes from "./AsyncRefreshes.js"

/** @since 0.1.0 */
export * as Auth from "./Auth.js"

/** @since 0.1.0 */
export * as Blocks from "./Blocks.js"

/** @since 0.1.0 */
export * as Bookmarks from "./Bookmarks.js"

/** @since 0.1.0 */
export * as Collections from "./Collections.js"

/** @since 0.1.0 */
export * as Conversations from "./Conversations.js"

/** @since 0.1.0 */
export * as CustomEmojis from "./CustomEmojis.js"

/** @since 0.1.0 */
export * as Directory from "./Directory.js"

/** @since 0.1.0 */
export * as DomainBlocks from "./DomainBlocks.js"

/** @since 0.1.0 */
export * as Emails from "./Emails.js"

/** @since 0.1.0 */
export * as Endorsements from "./Endorsements.js"

/** @since 0.1.0 */
export * as Endpoint from "./Endpoint.js"

/** @since 0.1.0 */
export * as Favourites from "./Favourites.js"

/** @since 0.1.0 */
export * as FeaturedTags from "./FeaturedTags.js"

/** @since 0.1.0 */
export * as Filters from "./Filters.js"

/** @since 0.1.0 */
export * as FollowedTags from "./FollowedTags.js"

/** @since 0.1.0 */
export * as FollowRequests from "./FollowRequests.js"

/** @since 0.1.0 */
export * as GroupedNotifications from "./GroupedNotifications.js"

/** @since 0.1.0 */
export * as Health from "./Health.js"

/** @since 0.1.0 */
export * as Instance from "./Instance.js"

/** @since 0.1.0 */
export * as Lists from "./Lists.js"

/** @since 0.1.0 */
export * as Markers from "./Markers.js"

/** @since 0.1.0 */
export * as MastodonClient from "./MastodonClient.js"

/** @since 0.1.0 */
export * as Media from "./Media.js"

/** @since 0.1.0 */
export * as Mutes from "./Mutes.js"

/** @since 0.1.0 */
export * as NodeInfo from "./NodeInfo.js"

/** @since 0.1.0 */
export * as NotificationRequests from "./NotificationRequests.js"

/** @since 0.1.0 */
export * as Notifications from "./Notifications.js"

/** @since 0.1.0 */
export * as OAuth from "./OAuth.js"

/** @since 0.1.0 */
export * as OEmbed from "./OEmbed.js"

/** @since 0.1.0 */
export * as Page from "./Page.js"

/** @since 0.1.0 */
export * as Params from "./Params.js"

/** @since 0.1.0 */
export * as Polls from "./Polls.js"

/** @since 0.1.0 */
export * as Preferences from "./Preferences.js"

/** @since 0.1.0 */
export * as Profile from "./Profile.js"

/** @since 0.1.0 */
export * as Push from "./Push.js"

/** @since 0.1.0 */
export * as Reports from "./Reports.js"

/** @since 0.1.0 */
export * as ScheduledStatuses from "./ScheduledStatuses.js"

/** @since 0.1.0 */
export * as Search from "./Search.js"

/** @since 0.1.0 */
export * as ServerVersion from "./ServerVersion.js"

/** @since 0.1.0 */
export * as Statuses from "./Statuses.js"

/** @since 0.1.0 */
export * as Suggestions from "./Suggestions.js"

/** @since 0.1.0 */
export * as Tags from "./Tags.js"

/** @since 0.1.0 */
export * as Timelines from "./Timelines.js"

/** @since 0.1.0 */
export * as TokenStore from "./TokenStore.js"

/** @since 0.1.0 */
export * as Trends from "./Trends.js"

/** @since 0.1.0 */
export * as Upload from "./Upload.js"

/** @since 0.1.0 */
export * as VersionPolicy from "./VersionPolicy.js"
