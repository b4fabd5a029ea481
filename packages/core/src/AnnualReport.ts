/**
 * Annual reports ("Wrapstodon", Mastodon 4.3): a user's year in numbers
 * (`/api/v1/annual_reports`).
 *
 * See the Mastodon docs, entities/AnnualReport and methods/annual_reports.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable } from "./internal/schema.js"
import * as Status from "./Status.js"

/**
 * The playful label the report gives the user's habits.
 *
 * @since 0.1.0
 */
export const Archetype = /* @__PURE__ */ OpenEnum("lurker", "booster", "pollster", "replier", "oracle")

/**
 * @since 0.1.0
 */
export type Archetype = typeof Archetype.Type

/**
 * One month of activity. Schema version 2 dropped `following`, so every count is optional.
 *
 * @since 0.1.0
 */
export const TimeSeriesEntry = /* @__PURE__ */ Schema.Struct({
  /** The month, 1 to 12. */
  month: Schema.Int,
  /** Statuses posted that month. */
  statuses: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Followers gained that month. */
  followers: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Follows made that month (schema version 1). */
  following: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "AnnualReportTimeSeriesEntry" })

/**
 * The decoded form of {@link TimeSeriesEntry}.
 *
 * @since 0.1.0
 */
export interface TimeSeriesEntry extends Schema.Schema.Type<typeof TimeSeriesEntry> {}

/**
 * The most-interacted statuses of the year, by kind of interaction. Schema version 2 fills only
 * `by_reblogs`.
 *
 * @since 0.1.0
 */
export const TopStatuses = /* @__PURE__ */ Schema.Struct({
  /** The most boosted status, or null. */
  by_reblogs: optionalNullable(Id.StatusId),
  /** The most replied-to status, or null. */
  by_replies: optionalNullable(Id.StatusId),
  /** The most favourited status, or null. */
  by_favourites: optionalNullable(Id.StatusId)
}).annotations({ identifier: "AnnualReportTopStatuses" })

/**
 * The decoded form of {@link TopStatuses}.
 *
 * @since 0.1.0
 */
export interface TopStatuses extends Schema.Schema.Type<typeof TopStatuses> {}

/**
 * A hashtag and how often the user used it.
 *
 * @since 0.1.0
 */
export const TopHashtag = /* @__PURE__ */ Schema.Struct({
  /** The tag, without the `#`. */
  name: Schema.String,
  /** How many times it was used. */
  count: Schema.Int
}).annotations({ identifier: "AnnualReportTopHashtag" })

/**
 * The decoded form of {@link TopHashtag}.
 *
 * @since 0.1.0
 */
export interface TopHashtag extends Schema.Schema.Type<typeof TopHashtag> {}

/**
 * The numbers of a report. Their shape depends on the report's `schema_version`, so every field
 * is optional; the fields only schema version 1 has, whose inner shape the docs do not give, are
 * left undecoded.
 *
 * See the Mastodon docs, entities/AnnualReport (data).
 *
 * @since 0.1.0
 */
export const AnnualReportData = /* @__PURE__ */ Schema.Struct({
  /** The user's archetype. */
  archetype: /* @__PURE__ */ Schema.optional(Archetype),
  /** Activity per month. */
  time_series: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(TimeSeriesEntry)),
  /** The most used hashtags (a single one in schema version 2). */
  top_hashtags: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(TopHashtag)),
  /** The most-interacted statuses. */
  top_statuses: /* @__PURE__ */ Schema.optional(TopStatuses),
  /** Breakdown of the user's posts (schema version 1). */
  type_distribution: /* @__PURE__ */ Schema.optional(Schema.Unknown),
  /** The apps used most for posting (schema version 1). */
  most_used_apps: /* @__PURE__ */ Schema.optional(Schema.Unknown),
  /** The accounts replied to most (schema version 1). */
  commonly_interacted_with_accounts: /* @__PURE__ */ Schema.optional(Schema.Unknown),
  /** The accounts boosted most (schema version 1). */
  most_reblogged_accounts: /* @__PURE__ */ Schema.optional(Schema.Unknown),
  /** Where the user ranks among the server's posters (schema version 1). */
  percentiles: /* @__PURE__ */ Schema.optional(Schema.Unknown)
}).annotations({ identifier: "AnnualReportData" })

/**
 * The decoded form of {@link AnnualReportData}.
 *
 * @since 0.1.0
 */
export interface AnnualReportData extends Schema.Schema.Type<typeof AnnualReportData> {}

/**
 * A user's report for one year.
 *
 * `share_url` and `account_id` came with Mastodon 4.6 and are optional for older servers.
 * See the Mastodon docs, entities/AnnualReport.
 *
 * @since 0.1.0
 */
export const AnnualReport = /* @__PURE__ */ Schema.Struct({
  /** The year the report covers. */
  year: Schema.Int,
  /** The numbers, shaped by `schema_version`. */
  data: AnnualReportData,
  /** How to read `data` (1 or 2 so far). */
  schema_version: Schema.Int,
  /** A shareable page of the report, or null (4.6). */
  share_url: optionalNullable(Schema.String),
  /** The account the report is about (4.6). */
  account_id: /* @__PURE__ */ Schema.optional(Id.AccountId)
}).annotations({ identifier: "AnnualReport" })

/**
 * The decoded form of {@link AnnualReport}.
 *
 * @since 0.1.0
 */
export interface AnnualReport extends Schema.Schema.Type<typeof AnnualReport> {}

/**
 * The JSON form of {@link AnnualReport}.
 *
 * @since 0.1.0
 */
export interface AnnualReportEncoded extends Schema.Schema.Encoded<typeof AnnualReport> {}

/**
 * Reports with the accounts and statuses they refer to, as the annual report endpoints answer.
 *
 * See the Mastodon docs, entities/AnnualReport (WrappedAnnualReports).
 *
 * @since 0.1.0
 */
export const WrappedAnnualReports = /* @__PURE__ */ Schema.Struct({
  /** The reports. */
  annual_reports: /* @__PURE__ */ Schema.Array(AnnualReport),
  /** The accounts the reports refer to. */
  accounts: /* @__PURE__ */ Schema.Array(Account.Account),
  /** The statuses the reports refer to. */
  statuses: /* @__PURE__ */ Schema.Array(Status.Status)
}).annotations({ identifier: "WrappedAnnualReports" })

/**
 * The decoded form of {@link WrappedAnnualReports}.
 *
 * @since 0.1.0
 */
export interface WrappedAnnualReports extends Schema.Schema.Type<typeof WrappedAnnualReports> {}

/**
 * The JSON form of {@link WrappedAnnualReports}.
 *
 * @since 0.1.0
 */
export interface WrappedAnnualReportsEncoded extends Schema.Schema.Encoded<typeof WrappedAnnualReports> {}

/**
 * Where a year's report stands: `available`, `generating`, `eligible` (can be generated) or
 * `ineligible`.
 *
 * @since 0.1.0
 */
export const AnnualReportStateValue = /* @__PURE__ */ OpenEnum("available", "generating", "eligible", "ineligible")

/**
 * @since 0.1.0
 */
export type AnnualReportStateValue = typeof AnnualReportStateValue.Type

/**
 * `{ state }`, from `GET /api/v1/annual_reports/:year/state` (Mastodon 4.6).
 *
 * @since 0.1.0
 */
export const AnnualReportState = /* @__PURE__ */ Schema.Struct({
  /** Where the report stands. */
  state: AnnualReportStateValue
}).annotations({ identifier: "AnnualReportState" })

/**
 * The decoded form of {@link AnnualReportState}.
 *
 * @since 0.1.0
 */
export interface AnnualReportState extends Schema.Schema.Type<typeof AnnualReportState> {}

/**
 * The JSON form of {@link AnnualReportState}.
 *
 * @since 0.1.0
 */
export interface AnnualReportStateEncoded extends Schema.Schema.Encoded<typeof AnnualReportState> {}
