/**
 * The user's notification filtering policy: whose notifications are accepted, filtered into
 * requests, or dropped (`/api/v2/notifications/policy`), and the deprecated v1 form.
 *
 * See the Mastodon docs, entities/NotificationPolicy and entities/V1_NotificationPolicy.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { OpenEnum } from "./internal/schema.js"

/**
 * What to do with a notification: `accept` it, `filter` it into a notification request, or
 * `drop` it (no notification is created; the activity itself still happens).
 *
 * @since 0.1.0
 */
export const PolicyAction = /* @__PURE__ */ OpenEnum("accept", "filter", "drop")

/**
 * @since 0.1.0
 */
export type PolicyAction = typeof PolicyAction.Type

/**
 * How many filtered notifications are waiting.
 *
 * See the Mastodon docs, entities/NotificationPolicy (summary).
 *
 * @since 0.1.0
 */
export const NotificationPolicySummary = /* @__PURE__ */ Schema.Struct({
  /** How many accounts have pending filtered notifications (capped at 100). */
  pending_requests_count: Schema.Int,
  /** How many filtered notifications are pending in total (may be inexact). */
  pending_notifications_count: Schema.Int
}).annotations({ identifier: "NotificationPolicySummary" })

/**
 * The decoded form of {@link NotificationPolicySummary}.
 *
 * @since 0.1.0
 */
export interface NotificationPolicySummary extends Schema.Schema.Type<typeof NotificationPolicySummary> {}

/**
 * The JSON form of {@link NotificationPolicySummary}.
 *
 * @since 0.1.0
 */
export interface NotificationPolicySummaryEncoded extends Schema.Schema.Encoded<typeof NotificationPolicySummary> {}

/**
 * The notification policy (v2, Mastodon 4.3).
 *
 * See the Mastodon docs, entities/NotificationPolicy.
 *
 * @since 0.1.0
 */
export const NotificationPolicy = /* @__PURE__ */ Schema.Struct({
  /** For accounts the user does not follow. */
  for_not_following: PolicyAction,
  /** For accounts that do not follow the user. */
  for_not_followers: PolicyAction,
  /** For accounts created in the past 30 days. */
  for_new_accounts: PolicyAction,
  /** For private mentions (replies to the user's own private mentions always pass). */
  for_private_mentions: PolicyAction,
  /** For accounts a moderator limited. */
  for_limited_accounts: PolicyAction,
  /** What is waiting. */
  summary: NotificationPolicySummary
}).annotations({ identifier: "NotificationPolicy" })

/**
 * The decoded form of {@link NotificationPolicy}.
 *
 * @since 0.1.0
 */
export interface NotificationPolicy extends Schema.Schema.Type<typeof NotificationPolicy> {}

/**
 * The JSON form of {@link NotificationPolicy}.
 *
 * @since 0.1.0
 */
export interface NotificationPolicyEncoded extends Schema.Schema.Encoded<typeof NotificationPolicy> {}

/**
 * The deprecated v1 notification policy (`/api/v1/notifications/policy`): booleans instead of
 * actions. It shipped in no release but pre-release servers may still answer with it.
 *
 * See the Mastodon docs, entities/V1_NotificationPolicy.
 *
 * @since 0.1.0
 */
export const NotificationPolicyV1 = /* @__PURE__ */ Schema.Struct({
  /** Whether to filter accounts the user does not follow. */
  filter_not_following: Schema.Boolean,
  /** Whether to filter accounts that do not follow the user. */
  filter_not_followers: Schema.Boolean,
  /** Whether to filter accounts created in the past 30 days. */
  filter_new_accounts: Schema.Boolean,
  /** Whether to filter private mentions. */
  filter_private_mentions: Schema.Boolean,
  /** What is waiting. */
  summary: NotificationPolicySummary
}).annotations({ identifier: "NotificationPolicyV1" })

/**
 * The decoded form of {@link NotificationPolicyV1}.
 *
 * @since 0.1.0
 */
export interface NotificationPolicyV1 extends Schema.Schema.Type<typeof NotificationPolicyV1> {}

/**
 * The JSON form of {@link NotificationPolicyV1}.
 *
 * @since 0.1.0
 */
export interface NotificationPolicyV1Encoded extends Schema.Schema.Encoded<typeof NotificationPolicyV1> {}
