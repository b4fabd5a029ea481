/**
 * Moderation decisions against the user's account (`AccountWarning`) and the user's appeal of one
 * (`Appeal`), as attached to a `moderation_warning` notification.
 *
 * See the Mastodon docs, entities/AccountWarning and entities/Appeal.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"

/**
 * Where an appeal stands: `approved`, `rejected` or still `pending`.
 *
 * @since 0.1.0
 */
export const AppealState = /* @__PURE__ */ OpenEnum("approved", "rejected", "pending")

/**
 * @since 0.1.0
 */
export type AppealState = typeof AppealState.Type

/**
 * The user's appeal of a moderation decision (Mastodon 4.3).
 *
 * See the Mastodon docs, entities/Appeal.
 *
 * @since 0.1.0
 */
export const Appeal = /* @__PURE__ */ Schema.Struct({
  /** What the user wrote to the moderators. */
  text: Schema.String,
  /** Where the appeal stands. */
  state: AppealState
}).annotations({ identifier: "Appeal" })

/**
 * The decoded form of {@link Appeal}.
 *
 * @since 0.1.0
 */
export interface Appeal extends Schema.Schema.Type<typeof Appeal> {}

/**
 * The JSON form of {@link Appeal}.
 *
 * @since 0.1.0
 */
export interface AppealEncoded extends Schema.Schema.Encoded<typeof Appeal> {}

/**
 * What the moderators did: nothing but warn (`none`), `disable` the login,
 * `mark_statuses_as_sensitive` or `delete_statuses` for some posts, mark every post `sensitive`,
 * limit (`silence`) or `suspend` the account.
 *
 * @since 0.1.0
 */
export const AccountWarningAction = /* @__PURE__ */ OpenEnum(
  "none",
  "disable",
  "mark_statuses_as_sensitive",
  "delete_statuses",
  "sensitive",
  "silence",
  "suspend"
)

/**
 * @since 0.1.0
 */
export type AccountWarningAction = typeof AccountWarningAction.Type

/**
 * A moderation warning or action against an account (Mastodon 4.3).
 *
 * `status_ids` lists the affected posts for the status actions (deleted ones cannot be fetched
 * any more); `appeal` is null until the user appeals. See the Mastodon docs,
 * entities/AccountWarning.
 *
 * @since 0.1.0
 */
export const AccountWarning = /* @__PURE__ */ Schema.Struct({
  /** The warning's id. */
  id: Id.AccountWarningId,
  /** What was done. */
  action: AccountWarningAction,
  /** The moderator's message. */
  text: Schema.String,
  /** The posts concerned, or null. */
  status_ids: optionalNullable(/* @__PURE__ */ Schema.Array(Id.StatusId)),
  /** The account the decision is about (in a notification, the signed-in user). */
  target_account: Account.Account,
  /** The user's appeal, or null when there is none. */
  appeal: optionalNullable(Appeal),
  /** When the decision was taken. */
  created_at: Timestamp
}).annotations({ identifier: "AccountWarning" })

/**
 * The decoded form of {@link AccountWarning}.
 *
 * @since 0.1.0
 */
export interface AccountWarning extends Schema.Schema.Type<typeof AccountWarning> {}

/**
 * The JSON form of {@link AccountWarning}.
 *
 * @since 0.1.0
 */
export interface AccountWarningEncoded extends Schema.Schema.Encoded<typeof AccountWarning> {}
