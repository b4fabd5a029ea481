/**
 * Notification requests (Mastodon 4.3): the notifications the user's `NotificationPolicy`
 * filtered, grouped per account, waiting to be accepted or dismissed.
 *
 * See the Mastodon docs, entities/NotificationRequest.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Id from "./Id.js"
import { StringFromStringOrNumber } from "./internal/entity.js"
import { optionalNullable, Timestamp } from "./internal/schema.js"
import * as Status from "./Status.js"

/**
 * The filtered notifications from one account.
 *
 * `notifications_count` is a string on the wire, as the docs say; a number decodes to its
 * string too. See the Mastodon docs, entities/NotificationRequest.
 *
 * @since 0.1.0
 */
export const NotificationRequest = /* @__PURE__ */ Schema.Struct({
  /** The request's id. */
  id: Id.NotificationRequestId,
  /** When the first filtered notification from the account arrived. */
  created_at: Timestamp,
  /** When the request last changed. */
  updated_at: Timestamp,
  /** The account whose notifications were filtered. */
  account: Account.Account,
  /** How many notifications were filtered, as a string. */
  notifications_count: StringFromStringOrNumber,
  /** The latest status among the filtered notifications, if any. */
  last_status: optionalNullable(Status.Status)
}).annotations({ identifier: "NotificationRequest" })

/**
 * The decoded form of {@link NotificationRequest}.
 *
 * @since 0.1.0
 */
export interface NotificationRequest extends Schema.Schema.Type<typeof NotificationRequest> {}

/**
 * The JSON form of {@link NotificationRequest}.
 *
 * @since 0.1.0
 */
export interface NotificationRequestEncoded extends Schema.Schema.Encoded<typeof NotificationRequest> {}

/**
 * `{ merged }`: whether accepted requests have been merged back into the notifications
 * (`GET /api/v1/notifications/requests/merged`, Mastodon 4.3).
 *
 * See the Mastodon docs, methods/notifications (requests merged).
 *
 * @since 0.1.0
 */
export const RequestsMerged = /* @__PURE__ */ Schema.Struct({
  /** Whether merging has finished. */
  merged: Schema.Boolean
}).annotations({ identifier: "RequestsMerged" })

/**
 * The decoded form of {@link RequestsMerged}.
 *
 * @since 0.1.0
 */
export interface RequestsMerged extends Schema.Schema.Type<typeof RequestsMerged> {}

/**
 * The JSON form of {@link RequestsMerged}.
 *
 * @since 0.1.0
 */
export interface RequestsMergedEncoded extends Schema.Schema.Encoded<typeof RequestsMerged> {}
