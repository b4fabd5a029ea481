/**
 * Branded ids. Mastodon sends every id as an opaque string (forks such as Pleroma use
 * non-numeric flake ids), so ids are strings on the wire and in memory; the brand only keeps a
 * status id out of a place that wants an account id.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const brandedId = /* @__NO_SIDE_EFFECTS__ */ <const B extends string>(brand: B) =>
  Schema.NonEmptyString.pipe(/* @__PURE__ */ Schema.brand(brand), /* @__PURE__ */ Schema.annotations({ identifier: brand }))

/** The id of an Account. @since 0.1.0 */
export const AccountId = brandedId("AccountId")
/** @since 0.1.0 */
export type AccountId = typeof AccountId.Type

/** The id of a Status. @since 0.1.0 */
export const StatusId = brandedId("StatusId")
/** @since 0.1.0 */
export type StatusId = typeof StatusId.Type

/** The id of a List. @since 0.1.0 */
export const ListId = brandedId("ListId")
/** @since 0.1.0 */
export type ListId = typeof ListId.Type

/** The id of a Tag (present on hashtags served by Mastodon 4.x). @since 0.1.0 */
export const TagId = brandedId("TagId")
/** @since 0.1.0 */
export type TagId = typeof TagId.Type

/** The id of a FeaturedTag. @since 0.1.0 */
export const FeaturedTagId = brandedId("FeaturedTagId")
/** @since 0.1.0 */
export type FeaturedTagId = typeof FeaturedTagId.Type

/** The id of a MediaAttachment. @since 0.1.0 */
export const MediaId = brandedId("MediaId")
/** @since 0.1.0 */
export type MediaId = typeof MediaId.Type

/** The id of a Poll. @since 0.1.0 */
export const PollId = brandedId("PollId")
/** @since 0.1.0 */
export type PollId = typeof PollId.Type

/** The id of a registered Application (client). @since 0.1.0 */
export const ApplicationId = brandedId("ApplicationId")
/** @since 0.1.0 */
export type ApplicationId = typeof ApplicationId.Type

/** The id of a Role. Mastodon sends it as a string (older versions as a number). @since 0.1.0 */
export const RoleId = brandedId("RoleId")
/** @since 0.1.0 */
export type RoleId = typeof RoleId.Type

/** The id of an instance Rule. @since 0.1.0 */
export const RuleId = brandedId("RuleId")
/** @since 0.1.0 */
export type RuleId = typeof RuleId.Type

/** The id of a Filter. @since 0.1.0 */
export const FilterId = brandedId("FilterId")
/** @since 0.1.0 */
export type FilterId = typeof FilterId.Type

/** The id of a keyword inside a v2 Filter. @since 0.1.0 */
export const FilterKeywordId = brandedId("FilterKeywordId")
/** @since 0.1.0 */
export type FilterKeywordId = typeof FilterKeywordId.Type

/** The id of a status entry inside a v2 Filter (not the status' own id). @since 0.1.0 */
export const FilterStatusId = brandedId("FilterStatusId")
/** @since 0.1.0 */
export type FilterStatusId = typeof FilterStatusId.Type

/** The id of a Notification. @since 0.1.0 */
export const NotificationId = brandedId("NotificationId")
/** @since 0.1.0 */
export type NotificationId = typeof NotificationId.Type

/** The id of a NotificationRequest (filtered notifications from one account). @since 0.1.0 */
export const NotificationRequestId = brandedId("NotificationRequestId")
/** @since 0.1.0 */
export type NotificationRequestId = typeof NotificationRequestId.Type

/** The id of a direct-message Conversation. @since 0.1.0 */
export const ConversationId = brandedId("ConversationId")
/** @since 0.1.0 */
export type ConversationId = typeof ConversationId.Type

/** The id of a ScheduledStatus. @since 0.1.0 */
export const ScheduledStatusId = brandedId("ScheduledStatusId")
/** @since 0.1.0 */
export type ScheduledStatusId = typeof ScheduledStatusId.Type

/** The id of an instance Announcement. @since 0.1.0 */
export const AnnouncementId = brandedId("AnnouncementId")
/** @since 0.1.0 */
export type AnnouncementId = typeof AnnouncementId.Type

/** The id of a Report. @since 0.1.0 */
export const ReportId = brandedId("ReportId")
/** @since 0.1.0 */
export type ReportId = typeof ReportId.Type

/** The id of an AccountWarning (a moderation decision against an account). @since 0.1.0 */
export const AccountWarningId = brandedId("AccountWarningId")
/** @since 0.1.0 */
export type AccountWarningId = typeof AccountWarningId.Type

/** The id of a RelationshipSeveranceEvent. @since 0.1.0 */
export const RelationshipSeveranceEventId = brandedId("RelationshipSeveranceEventId")
/** @since 0.1.0 */
export type RelationshipSeveranceEventId = typeof RelationshipSeveranceEventId.Type

/** The id of a Web Push subscription. Mastodon sends it as a JSON number. @since 0.1.0 */
export const PushSubscriptionId = brandedId("PushSubscriptionId")
/** @since 0.1.0 */
export type PushSubscriptionId = typeof PushSubscriptionId.Type

/** The id of a Collection of featured accounts (Mastodon 4.6). @since 0.1.0 */
export const CollectionId = brandedId("CollectionId")
/** @since 0.1.0 */
export type CollectionId = typeof CollectionId.Type

/** The id of an item (a featured account) in a Collection (Mastodon 4.6). @since 0.1.0 */
export const CollectionItemId = brandedId("CollectionItemId")
/** @since 0.1.0 */
export type CollectionItemId = typeof CollectionItemId.Type

/** The id of an AsyncRefresh: an opaque signed string, not a number (Mastodon 4.4). @since 0.1.0 */
export const AsyncRefreshId = brandedId("AsyncRefreshId")
/** @since 0.1.0 */
export type AsyncRefreshId = typeof AsyncRefreshId.Type

/** The id of an admin DomainBlock (a federation block on a domain). @since 0.1.0 */
export const DomainBlockId = brandedId("DomainBlockId")
/** @since 0.1.0 */
export type DomainBlockId = typeof DomainBlockId.Type

/** The id of an admin DomainAllow (a domain allowed to federate in allow-list mode). @since 0.1.0 */
export const DomainAllowId = brandedId("DomainAllowId")
/** @since 0.1.0 */
export type DomainAllowId = typeof DomainAllowId.Type

/** The id of an admin EmailDomainBlock (an e-mail domain refused at sign-up). @since 0.1.0 */
export const EmailDomainBlockId = brandedId("EmailDomainBlockId")
/** @since 0.1.0 */
export type EmailDomainBlockId = typeof EmailDomainBlockId.Type

/** The id of an admin IpBlock (a rule for an IP range). @since 0.1.0 */
export const IpBlockId = brandedId("IpBlockId")
/** @since 0.1.0 */
export type IpBlockId = typeof IpBlockId.Type

/** The id of an admin CanonicalEmailBlock (a blocked e-mail address, kept as a hash). @since 0.1.0 */
export const CanonicalEmailBlockId = brandedId("CanonicalEmailBlockId")
/** @since 0.1.0 */
export type CanonicalEmailBlockId = typeof CanonicalEmailBlockId.Type

/** The id of a trending link as the admin trends API lists it (its preview card's id). @since 0.1.0 */
export const PreviewCardId = brandedId("PreviewCardId")
/** @since 0.1.0 */
export type PreviewCardId = typeof PreviewCardId.Type

/**
 * Any entity that carries an id of the given brand. Endpoints accept either the id itself or the
 * entity (as Mastodon.py's `__unpack_id` does), so `Accounts.follow(account)` works as well as
 * `Accounts.follow(account.id)`.
 *
 * @since 0.1.0
 */
export type IdOrEntity<I extends string> = I | { readonly id: I }

/**
 * The id of an id-or-entity argument.
 *
 * @example
 * import { Id } from "@mastodon-effect/core"
 * declare const account: { readonly id: Id.AccountId }
 * Id.idOf(account) // account.id
 *
 * @since 0.1.0
 */
export const idOf = <I extends string>(value: IdOrEntity<I>): I => typeof value === "string" ? value : value.id
