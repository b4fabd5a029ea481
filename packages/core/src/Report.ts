/**
 * A report filed against an account, as the reporter sees it (`POST /api/v1/reports`) and as
 * attached to an `admin.report` notification. Moderators' view is `Admin_Report`.
 *
 * See the Mastodon docs, entities/Report.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"

/**
 * Why an account was reported: `spam`, `legal` (illegal content, 4.2), `violation` of the rules
 * named in `rule_ids`, or `other`.
 *
 * @since 0.1.0
 */
export const ReportCategory = /* @__PURE__ */ OpenEnum("spam", "legal", "violation", "other")

/**
 * @since 0.1.0
 */
export type ReportCategory = typeof ReportCategory.Type

/**
 * A report of an account (Mastodon 1.1; most fields since 4.0).
 *
 * Only `id` and `action_taken` date from before 4.0, when the report endpoint already returned
 * this entity; everything else is optional for older servers and forks. See the Mastodon docs,
 * entities/Report.
 *
 * @since 0.1.0
 */
export const Report = /* @__PURE__ */ Schema.Struct({
  /** The report's id. */
  id: Id.ReportId,
  /** Whether a moderator acted on it yet. */
  action_taken: Schema.Boolean,
  /** When a moderator acted, or null (4.0). */
  action_taken_at: optionalNullable(Timestamp),
  /** The reason (4.0). */
  category: /* @__PURE__ */ Schema.optional(ReportCategory),
  /** The reporter's comment (4.0). */
  comment: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Whether it was forwarded to the reported account's server (4.0). */
  forwarded: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** When it was filed (4.0). */
  created_at: /* @__PURE__ */ Schema.optional(Timestamp),
  /** The statuses attached as evidence, or null (4.0). */
  status_ids: optionalNullable(/* @__PURE__ */ Schema.Array(Id.StatusId)),
  /** The collections attached as evidence, or null (4.6). */
  collection_ids: optionalNullable(/* @__PURE__ */ Schema.Array(Id.CollectionId)),
  /** The rules said to be broken, or null (4.0). */
  rule_ids: optionalNullable(/* @__PURE__ */ Schema.Array(Id.RuleId)),
  /** The reported account (4.0). */
  target_account: /* @__PURE__ */ Schema.optional(Account.Account)
}).annotations({ identifier: "Report" })

/**
 * The decoded form of {@link Report}.
 *
 * @since 0.1.0
 */
export interface Report extends Schema.Schema.Type<typeof Report> {}

/**
 * The JSON form of {@link Report}.
 *
 * @since 0.1.0
 */
export interface ReportEncoded extends Schema.Schema.Encoded<typeof Report> {}
