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
export * as AccountWarning from "./AccountWarning.js"

/** @since 0.1.0 */
export * as AdminAccount from "./AdminAccount.js"

/** @since 0.1.0 */
export * as AdminCanonicalEmailBlock from "./AdminCanonicalEmailBlock.js"

/** @since 0.1.0 */
export * as AdminCohort from "./AdminCohort.js"

/** @since 0.1.0 */
export * as AdminDimension from "./AdminDimension.js"

/** @since 0.1.0 */
export * as AdminDomainAllow from "./AdminDomainAllow.js"

/** @since 0.1.0 */
export * as AdminDomainBlock from "./AdminDomainBlock.js"

/** @since 0.1.0 */
export * as AdminEmailDomainBlock from "./AdminEmailDomainBlock.js"

/** @since 0.1.0 */
export * as AdminIp from "./AdminIp.js"

/** @since 0.1.0 */
export * as AdminIpBlock from "./AdminIpBlock.js"

/** @since 0.1.0 */
export * as AdminMeasure from "./AdminMeasure.js"

/** @since 0.1.0 */
export * as AdminReport from "./AdminReport.js"

/** @since 0.1.0 */
export * as AdminTag from "./AdminTag.js"

/** @since 0.1.0 */
export * as AdminTrends from "./AdminTrends.js"

/** @since 0.1.0 */
export * as Announcement from "./Announcement.js"

/** @since 0.1.0 */
export * as AnnualReport from "./AnnualReport.js"

/** @since 0.1.0 */
export * as Application from "./Application.js"

/** @since 0.1.0 */
export * as AsyncRefresh from "./AsyncRefresh.js"

/** @since 0.1.0 */
export * as Collection from "./Collection.js"

/** @since 0.1.0 */
export * as Context from "./Context.js"

/** @since 0.1.0 */
export * as Conversation from "./Conversation.js"

/** @since 0.1.0 */
export * as CustomEmoji from "./CustomEmoji.js"

/** @since 0.1.0 */
export * as DomainBlock from "./DomainBlock.js"

/** @since 0.1.0 */
export * as ExtendedDescription from "./ExtendedDescription.js"

/** @since 0.1.0 */
export * as Extra from "./Extra.js"

/** @since 0.1.0 */
export * as FamiliarFollowers from "./FamiliarFollowers.js"

/** @since 0.1.0 */
export * as FeaturedTag from "./FeaturedTag.js"

/** @since 0.1.0 */
export * as Filter from "./Filter.js"

/** @since 0.1.0 */
export * as GroupedNotificationsResults from "./GroupedNotificationsResults.js"

/** @since 0.1.0 */
export * as Id from "./Id.js"

/** @since 0.1.0 */
export * as Instance from "./Instance.js"

/** @since 0.1.0 */
export * as List from "./List.js"

/** @since 0.1.0 */
export * as Marker from "./Marker.js"

/** @since 0.1.0 */
export * as MastodonError from "./MastodonError.js"

/** @since 0.1.0 */
export * as MastodonErrorBody from "./MastodonErrorBody.js"

/** @since 0.1.0 */
export * as MediaAttachment from "./MediaAttachment.js"

/** @since 0.1.0 */
export * as NodeInfo from "./NodeInfo.js"

/** @since 0.1.0 */
export * as Notification from "./Notification.js"

/** @since 0.1.0 */
export * as NotificationPolicy from "./NotificationPolicy.js"

/** @since 0.1.0 */
export * as NotificationRequest from "./NotificationRequest.js"

/** @since 0.1.0 */
export * as OEmbed from "./OEmbed.js"

/** @since 0.1.0 */
export * as PartialAccountWithAvatar from "./PartialAccountWithAvatar.js"

/** @since 0.1.0 */
export * as Poll from "./Poll.js"

/** @since 0.1.0 */
export * as Preferences from "./Preferences.js"

/** @since 0.1.0 */
export * as PreviewCard from "./PreviewCard.js"

/** @since 0.1.0 */
export * as PrivacyPolicy from "./PrivacyPolicy.js"

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
export * as RelationshipSeveranceEvent from "./RelationshipSeveranceEvent.js"

/** @since 0.1.0 */
export * as Report from "./Report.js"

/** @since 0.1.0 */
export * as Role from "./Role.js"

/** @since 0.1.0 */
export * as RolePermission from "./RolePermission.js"

/** @since 0.1.0 */
export * as Rule from "./Rule.js"

/** @since 0.1.0 */
export * as ScheduledStatus from "./ScheduledStatus.js"

/** @since 0.1.0 */
export * as Scope from "./Scope.js"

/** @since 0.1.0 */
export * as Search from "./Search.js"

/** @since 0.1.0 */
export * as Snowflake from "./Snowflake.js"

/** @since 0.1.0 */
export * as Status from "./Status.js"

/** @since 0.1.0 */
export * as StatusEdit from "./StatusEdit.js"

/** @since 0.1.0 */
export * as StatusSource from "./StatusSource.js"

/** @since 0.1.0 */
export * as Suggestion from "./Suggestion.js"

/** @since 0.1.0 */
export * as Tag from "./Tag.js"

/** @since 0.1.0 */
export * as TermsOfService from "./TermsOfService.js"

/** @since 0.1.0 */
export * as Token from "./Token.js"

/** @since 0.1.0 */
export * as Translation from "./Translation.js"

/** @since 0.1.0 */
export * as TrendsLink from "./TrendsLink.js"

/** @since 0.1.0 */
export * as WebPushSubscription from "./WebPushSubscription.js"
