/**
 * A report as moderators see it: both accounts in their admin view, the moderators handling it,
 * and the statuses and rules it is about.
 *
 * See the Mastodon docs, entities/Admin_Report. The reporter's own view is `Report`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as AdminAccount from "./AdminAccount.js"
import * as Id from "./Id.js"
import { Timestamp } from "./internal/schema.js"
import * as Report from "./Report.js"
import * as Rule from "./Rule.js"
import * as Status from "./Status.js"

/**
 * Admin-level information about a report.
 *
 * Fields added after the admin reports API (Mastodon 2.9.1) are optional: `category` and `rules`
 * (3.5), `forwarded` (4.0). Unknown categories decode. See the Mastodon docs,
 * entities/Admin_Report.
 *
 * @example
 * import * as Schema from "effect/Schema"
 * import { AdminReport } from "@mastodon-effect/core"
 * declare const json: unknown
 * const report = Schema.decodeUnknownSync(AdminReport.AdminReport)(json)
 * report.target_account.account.acct // the reported account's handle
 *
 * @since 0.1.0
 */
export const AdminReport = /* @__PURE__ */ Schema.Struct({
  /** The report's id. */
  id: Id.ReportId,
  /** Whether a moderator resolved the report by taking an action. */
  action_taken: Schema.Boolean,
  /** When the report was resolved, or null while it is open. */
  action_taken_at: /* @__PURE__ */ Schema.NullOr(Timestamp),
  /** Why the account was reported (3.5; `legal` since 4.2). */
  category: /* @__PURE__ */ Schema.optional(Report.ReportCategory),
  /** The reporter's comment; empty when none. */
  comment: Schema.String,
  /** Whether the report was forwarded to the reported account's server (4.0). */
  forwarded: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** When the report was filed. */
  created_at: Timestamp,
  /** When the report last changed. */
  updated_at: Timestamp,
  /** The account that filed the report. */
  account: AdminAccount.AdminAccount,
  /** The reported account. */
  target_account: AdminAccount.AdminAccount,
  /** The moderator the report is assigned to, or null. */
  assigned_account: /* @__PURE__ */ Schema.NullOr(AdminAccount.AdminAccount),
  /** The moderator who resolved the report, or null. */
  action_taken_by_account: /* @__PURE__ */ Schema.NullOr(AdminAccount.AdminAccount),
  /** The statuses attached to the report as evidence. */
  statuses: /* @__PURE__ */ Schema.Array(Status.Status),
  /** The rules the report says were broken (3.5). */
  rules: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Rule.Rule))
}).annotations({ identifier: "AdminReport" })

/**
 * The decoded form of {@link AdminReport}.
 *
 * @since 0.1.0
 */
export interface AdminReport extends Schema.Schema.Type<typeof AdminReport> {}

/**
 * The JSON form of {@link AdminReport}.
 *
 * @since 0.1.0
 */
export interface AdminReportEncoded extends Schema.Schema.Encoded<typeof AdminReport> {}
