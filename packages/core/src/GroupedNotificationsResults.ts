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
  page_min_id: /* @__PURE__ */ Schema.optional(NotificationIdLenient),
  /** The newest notification of the group within this page. */
  page_max_id: /* @__PURE__ */ Schema.optional(NotificationIdLenient),
  /** When the newest notification of the group within this page was created. */
  latest_page_notification_at: /* @__PURE__ */ Schema.optional(Timestamp),
  /** Some of the accounts that most recently caused notifications in the group. */
  sample_account_ids: /* @__PURE__ */ Schema.Array(Id.AccountId),
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
  accounts: /* @__PURE__ */ Schema.Array(Account.Account),
  /** Reduced accounts, with `expand_accounts=partial_avatars`. */
  partial_accounts: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(PartialAccountWithAvatar.PartialAccountWithAvatar)),
  /** The statuses the groups refer to. */
  statuses: /* @__PURE__ */ Schema.Array(Status.Status),
  /** The groups, newest first. */
  notification_groups: /* @__PURE__ */ Schema.Array(NotificationGroup)
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

/**
 * A notification group joined with what it refers to in the same response.
 *
 * @since 0.1.0
 */
export interface ResolvedNotificationGroup {
  /** The group as sent. */
  readonly group: NotificationGroup
  /**
   * The group's sample accounts, in the order of `sample_account_ids`: full accounts from
   * `accounts`, or partial ones from `partial_accounts` when the request asked for them.
   */
  readonly accounts: ReadonlyArray<Account.Account | PartialAccountWithAvatar.PartialAccountWithAvatar>
  /** The status the group is about, when it has one and the response carries it. */
  readonly status: Status.Status | undefined
  /** Sample account ids the response did not carry (a server bug or a race); usually empty. */
  readonly missing_account_ids: ReadonlyArray<Id.AccountId>
}

/**
 * Joins every group of a response with its sample accounts and its status, so a program can
 * iterate complete groups instead of looking ids up itself. Full accounts win over partial ones
 * when a response carries both for the same id.
 *
 * @example
 * import { GroupedNotificationsResults } from "@mastodon-effect/core"
 * declare const page: GroupedNotificationsResults.GroupedNotificationsResults
 * for (const { group, accounts, status } of GroupedNotificationsResults.resolve(page)) {
 *   console.log(group.type, accounts.map((a) => a.acct).join(", "), status?.id)
 * }
 *
 * @since 0.1.0
 */
export const resolve = (results: GroupedNotificationsResults): ReadonlyArray<ResolvedNotificationGroup> => {
  const accounts = new Map<string, Account.Account | PartialAccountWithAvatar.PartialAccountWithAvatar>()
  for (const account of results.partial_accounts ?? []) accounts.set(account.id, account)
  for (const account of results.accounts) accounts.set(account.id, account)
  const statuses = new Map<string, Status.Status>(results.statuses.map((status) => [status.id, status]))
  return results.notification_groups.map((group) => {
    const found: Array<Account.Account | PartialAccountWithAvatar.PartialAccountWithAvatar> = []
    const missing: Array<Id.AccountId> = []
    for (const id of group.sample_account_ids) {
      const account = accounts.get(id)
      if (account === undefined) missing.push(id)
      else found.push(account)
    }
    const status = group.status_id === undefined || group.status_id === null ? undefined : statuses.get(group.status_id)
    return { group, accounts: found, status, missing_account_ids: missing }
  })
}
