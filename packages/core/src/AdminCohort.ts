/**
 * Retention cohorts: of the users who signed up in a period, the share still active in each
 * later day or month.
 *
 * See the Mastodon docs, entities/Admin_Cohort and methods/admin/retention.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { StringFromStringOrNumber } from "./internal/entity.js"
import { OpenEnum, Timestamp } from "./internal/schema.js"

/**
 * The size of the buckets: `day` or `month`. The retention request takes the same values (the
 * server falls back to `day` for anything else).
 *
 * @since 0.1.0
 */
export const Frequency = /* @__PURE__ */ OpenEnum("day", "month")

/**
 * @since 0.1.0
 */
export type Frequency = typeof Frequency.Type

/**
 * How many users of a cohort were active in one bucket.
 *
 * See the Mastodon docs, entities/Admin_Cohort (CohortData).
 *
 * @since 0.1.0
 */
export const CohortData = /* @__PURE__ */ Schema.Struct({
  /** Midnight at the start of the bucket. */
  date: Timestamp,
  /** The share of the cohort active in the bucket, from 0 to 1 (JSON has no NaN or infinity). */
  rate: Schema.Finite,
  /** How many users of the cohort were active in the bucket, as a string. */
  value: StringFromStringOrNumber
}).annotations({ identifier: "CohortData" })

/**
 * The decoded form of {@link CohortData}.
 *
 * @since 0.1.0
 */
export interface CohortData extends Schema.Schema.Type<typeof CohortData> {}

/**
 * The JSON form of {@link CohortData}.
 *
 * @since 0.1.0
 */
export interface CohortDataEncoded extends Schema.Schema.Encoded<typeof CohortData> {}

/**
 * The users who signed up in one period, and how many of them stayed active.
 *
 * Added in Mastodon 3.5. See the Mastodon docs, entities/Admin_Cohort.
 *
 * @since 0.1.0
 */
export const AdminCohort = /* @__PURE__ */ Schema.Struct({
  /** Midnight at the start of the sign-up period. */
  period: Timestamp,
  /** The size of the buckets in `data`. */
  frequency: Frequency,
  /** One entry per bucket from the sign-up period on. */
  data: /* @__PURE__ */ Schema.Array(CohortData)
}).annotations({ identifier: "AdminCohort" })

/**
 * The decoded form of {@link AdminCohort}.
 *
 * @since 0.1.0
 */
export interface AdminCohort extends Schema.Schema.Type<typeof AdminCohort> {}

/**
 * The JSON form of {@link AdminCohort}.
 *
 * @since 0.1.0
 */
export interface AdminCohortEncoded extends Schema.Schema.Encoded<typeof AdminCohort> {}
