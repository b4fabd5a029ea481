/**
 * Grouped notifications (v2, Mastodon 4.3): notifications about the same thing folded into one
 * `NotificationGroup`, with the accounts and statuses they refer to sent once beside them.
 *
 * See the Mastodon docs, methods/grouped_notifications (GroupedNotificationsResults,
 * NotificationGroup).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as AccountWarning from "./AccountWarning.js"
import * as Id from "./Id.js"
import { idFromStringOrNumber } from "./internal/entity.js"
import { optionalNullable, Timestamp } from "./internal/schema.js"
import * as Notification from "./Notification.js"
import * as PartialAccountWithAvatar from "./PartialAccountWithAvatar.js"
import * as RelationshipSeveranceEvent from "./RelationshipSeveranceEvent.js"
import * as Report from "./Report.js"
import * as Status from "./Status.js"

// The docs type the notification ids as strings, yet their own example sends
// `most_recent_notification_id` as a number: accept both, keep the string.
const NotificationIdLenient = /* @__PURE__ */ idFromStringOrNumber(Id.NotificationId)

/**
 * Notifications of one kind about one thing (favourites of a status, new followers, ...).
 * Accounts and the status are referred to by id; look them up in the enclosing
 * `GroupedNotificationsResults`.
 *
 * The `page_*` fields are sent only while paginating. See the Mastodon docs,
 * methods/grouped_notifications (NotificationGroup).
 *
 * @since 0.1.0
 */
export const NotificationGroup = /* @__PURE__ */ Schema.Struct({
  /** The group's key; opaque. */
  group_key: Schema.String,
  /** How many notifications the group holds in total. */
  notifications_count: Schema.Int,
  /** The kind of event; unknown kinds decode. */
  type: Notification.NotificationType,
  /** The newest notification of the group. */
  most_recent_notification_id: NotificationIdLenient,
  /** The oldest notification of the group within this page. */
  page_min_id: Schema.optional(NotificationIdLenient),
  /** The newest notification of the group within this page. */
  page_max_id: Schema.optional(NotificationIdLenient),
  /** When the newest notification of the group within this page was created. */
  latest_page_notification_at: Schema.optional(Timestamp),
  /** Some of the accounts that most recently caused notifications in the group. */
  sample_account_ids: Schema.Array(Id.AccountId),
  /** The status concerned, for status types. */
  status_id: optionalNullable(Id.StatusId),
  /** The report, for `admin.report`. */
  report: optionalNullable(Report.Report),
  /** What severed relationships, for `severed_relationships`. */
  event: optionalNullable(RelationshipSeveranceEvent.RelationshipSeveranceEvent),
  /** The warning, for `moderation_warning`. */
  moderation_warning: optionalNullable(AccountWarning.AccountWarning),
  /** Text to show when the client does not support `type` (4.6). */
  fallback: optionalNullable(Notification.NotificationFallback)
}).annotations({ identifier: "NotificationGroup" })

/**
 * The decoded form of {@link NotificationGroup}.
 *
 * @since 0.1.0
 */
export interface NotificationGroup extends Schema.Schema.Type<typeof NotificationGroup> {}

/**
 * The JSON form of {@link NotificationGroup}.
 *
 * @since 0.1.0
 */
export interface NotificationGroupEncoded extends Schema.Schema.Encoded<typeof NotificationGroup> {}

/**
 * One page of grouped notifications (`GET /api/v2/notifications`) or one group
 * (`GET /api/v2/notifications/:group_key`).
 *
 * `partial_accounts` is sent only with `expand_accounts=partial_avatars`; the accounts it lists
 * are then left out of `accounts`. See the Mastodon docs, methods/grouped_notifications
 * (GroupedNotificationsResults).
 *
 * @since 0.1.0
 */
export const GroupedNotificationsResults = /* @__PURE__ */ Schema.Struct({
  /** The accounts the groups refer to. */
  accounts: Schema.Array(Account.Account),
  /** Reduced accounts, with `expand_accounts=partial_avatars`. */
  partial_accounts: Schema.optional(Schema.Array(PartialAccountWithAvatar.PartialAccountWithAvatar)),
  /** The statuses the groups refer to. */
  statuses: Schema.Array(Status.Status),
  /** The groups, newest first. */
  notification_groups: Schema.Array(NotificationGroup)
}).annotations({ identifier: "GroupedNotificationsResults" })

/**
 * The decoded form of {@link GroupedNotificationsResults}.
 *
 * @since 0.1.0
 */
export interface GroupedNotificationsResults extends Schema.Schema.Type<typeof GroupedNotificationsResults> {}

/**
 * The JSON form of {@link GroupedNotificationsResults}.
 *
 * @since 0.1.0
 */
export interface GroupedNotificationsResultsEncoded extends Schema.Schema.Encoded<typeof GroupedNotificationsResults> {}
