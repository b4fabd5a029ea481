/**
 * Notifications (v1, one per event), their types, and the fallback text a server offers for
 * types a client does not know.
 *
 * See the Mastodon docs, entities/Notification and entities/NotificationFallback.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as AccountWarning from "./AccountWarning.js"
import * as Collection from "./Collection.js"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"
import * as RelationshipSeveranceEvent from "./RelationshipSeveranceEvent.js"
import * as Report from "./Report.js"
import * as Status from "./Status.js"

/**
 * The event behind a notification. Servers keep adding types (and forks have their own, such as
 * `pleroma:emoji_reaction`), so any other string decodes too.
 *
 * - `mention`: someone mentioned you; `status`: someone you enabled notifications for posted
 * - `reblog`, `favourite`, `quote` (4.5): someone boosted, favourited or quoted your status
 * - `follow`, `follow_request` (3.1): someone followed you or asked to
 * - `poll` (2.8): a poll you voted in or created ended
 * - `update` (3.5): a status you boosted was edited; `quoted_update` (4.5): a status you quoted was edited
 * - `admin.sign_up` (3.5), `admin.report` (4.0): for moderators
 * - `severed_relationships`, `moderation_warning` (4.3)
 * - `added_to_collection`, `collection_update` (4.6)
 *
 * @since 0.1.0
 */
export const NotificationType = /* @__PURE__ */ OpenEnum(
  "mention",
  "status",
  "reblog",
  "follow",
  "follow_request",
  "favourite",
  "poll",
  "update",
  "admin.sign_up",
  "admin.report",
  "severed_relationships",
  "moderation_warning",
  "quote",
  "quoted_update",
  "added_to_collection",
  "collection_update"
)

/**
 * @since 0.1.0
 */
export type NotificationType = typeof NotificationType.Type

/**
 * Localized text to show for a notification whose type the client does not support
 * (Mastodon 4.6). Sent only when the request lists its `supported_types`.
 *
 * See the Mastodon docs, entities/NotificationFallback.
 *
 * @since 0.1.0
 */
export const NotificationFallback = /* @__PURE__ */ Schema.Struct({
  /** A title such as "Alice added you to a collection", as HTML. */
  title: Schema.String,
  /** A summary, as HTML, or null. */
  summary: optionalNullable(Schema.String),
  /** Details to show when the notification is opened, as HTML, or null. */
  details: optionalNullable(Schema.String)
}).annotations({ identifier: "NotificationFallback" })

/**
 * The decoded form of {@link NotificationFallback}.
 *
 * @since 0.1.0
 */
export interface NotificationFallback extends Schema.Schema.Type<typeof NotificationFallback> {}

/**
 * The JSON form of {@link NotificationFallback}.
 *
 * @since 0.1.0
 */
export interface NotificationFallbackEncoded extends Schema.Schema.Encoded<typeof NotificationFallback> {}

/**
 * A notification about one event.
 *
 * Which payload is present depends on `type`: `status` for statuses, `report` for
 * `admin.report`, `event` for `severed_relationships`, `moderation_warning` for
 * `moderation_warning`, `collection` for the collection types. Each is optional, as is
 * `group_key` (4.3), so older servers and unknown types decode. See the Mastodon docs,
 * entities/Notification.
 *
 * @since 0.1.0
 */
export const Notification = /* @__PURE__ */ Schema.Struct({
  /** The notification's id. */
  id: Id.NotificationId,
  /** The kind of event. */
  type: NotificationType,
  /** Shared by notifications that group together; `ungrouped-{id}` otherwise (4.3). */
  group_key: /* @__PURE__ */ Schema.optional(Schema.String),
  /** When it happened. */
  created_at: Timestamp,
  /** Who did it. */
  account: Account.Account,
  /** The status concerned (for `quoted_update`, your quote of the edited status). */
  status: optionalNullable(Status.Status),
  /** The report, for `admin.report` (4.0). */
  report: optionalNullable(Report.Report),
  /** What severed relationships, for `severed_relationships` (4.3). */
  event: optionalNullable(RelationshipSeveranceEvent.RelationshipSeveranceEvent),
  /** The warning, for `moderation_warning` (4.3). */
  moderation_warning: optionalNullable(AccountWarning.AccountWarning),
  /** Text to show when the client does not support `type` (4.6). */
  fallback: optionalNullable(NotificationFallback),
  /** The collection, for `added_to_collection` and `collection_update` (4.6). */
  collection: optionalNullable(Collection.Collection)
}).annotations({ identifier: "Notification" })

/**
 * The decoded form of {@link Notification}.
 *
 * @since 0.1.0
 */
export interface Notification extends Schema.Schema.Type<typeof Notification> {}

/**
 * The JSON form of {@link Notification}.
 *
 * @since 0.1.0
 */
export interface NotificationEncoded extends Schema.Schema.Encoded<typeof Notification> {}

/**
 * `{ count }`: the (capped) number of unread notifications, from
 * `GET /api/v1/notifications/unread_count` and its v2 (grouped) form.
 *
 * See the Mastodon docs, methods/notifications (unread count).
 *
 * @since 0.1.0
 */
export const UnreadCount = /* @__PURE__ */ Schema.Struct({
  /** The number of unread notifications (or groups), capped by the request's `limit`. */
  count: Schema.Int
}).annotations({ identifier: "UnreadCount" })

/**
 * The decoded form of {@link UnreadCount}.
 *
 * @since 0.1.0
 */
export interface UnreadCount extends Schema.Schema.Type<typeof UnreadCount> {}

/**
 * The JSON form of {@link UnreadCount}.
 *
 * @since 0.1.0
 */
export interface UnreadCountEncoded extends Schema.Schema.Encoded<typeof UnreadCount> {}
