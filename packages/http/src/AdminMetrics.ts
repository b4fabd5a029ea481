/**
 * The moderators' dashboard: measures (counts over a date range, with daily values), dimensions
 * (ranked lists: languages, client apps, servers, space usage, software versions, ...) and
 * retention cohorts. Results are typed by the keys asked for: `measures(["new_users"], ...)`
 * answers `new_users` measures, `dimensions(["space_usage"])` items with a byte `unit`. See the
 * Mastodon docs, methods/admin/measures, dimensions and retention.
 *
 * One module for the three because they are one feature of the server (the dashboard, behind one
 * permission and one scope) and each is a single call: `AdminMetrics.measures` reads better than a
 * module per call.
 *
 * Every call needs a user token with `admin:read` whose role grants `view_dashboard`; otherwise
 * `Forbidden`.
 *
 * @since 0.1.0
 */
import * as AdminCohort from "@mastodon-effect/core/AdminCohort"
import * as AdminDimension from "@mastodon-effect/core/AdminDimension"
import * as AdminMeasure from "@mastodon-effect/core/AdminMeasure"
import type * as RolePermission from "@mastodon-effect/core/RolePermission"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/**
 * The role permission the server checks for each function of this module.
 *
 * @since 0.1.0
 */
export const permissions = {
  measures: "view_dashboard",
  dimensions: "view_dashboard",
  retention: "view_dashboard"
} as const satisfies Record<string, RolePermission.Flag>

const Keys = /* @__PURE__ */ Schema.Array(Argument.NonEmptyString).pipe(/* @__PURE__ */ Schema.minItems(1, { message: () => "no key given" }))
const ById = /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Struct({ id: Argument.Id }))
const ByDomain = /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Struct({ domain: Argument.NonEmptyString }))

const MeasuresBody = /* @__PURE__ */ Schema.Struct({
  keys: Keys,
  start_at: Argument.IsoDate,
  end_at: Argument.IsoDate,
  tag_accounts: ById,
  tag_uses: ById,
  tag_servers: ById,
  instance_accounts: ByDomain,
  instance_media_attachments: ByDomain,
  instance_reports: ByDomain,
  instance_statuses: ByDomain,
  instance_follows: ByDomain,
  instance_followers: ByDomain
})

const DimensionsBody = /* @__PURE__ */ Schema.Struct({
  keys: Keys,
  start_at: /* @__PURE__ */ Schema.optional(Argument.IsoDate),
  end_at: /* @__PURE__ */ Schema.optional(Argument.IsoDate),
  limit: /* @__PURE__ */ Schema.optional(Argument.Limit),
  tag_servers: ById,
  tag_languages: ById,
  instance_accounts: ByDomain,
  instance_languages: ByDomain
})

const RetentionBody = /* @__PURE__ */ Schema.Struct({
  start_at: Argument.IsoDate,
  end_at: Argument.IsoDate,
  frequency: /* @__PURE__ */ Schema.Literal("day", "month")
})

const declareMeasures = <A, I>(response: Schema.Schema<A, I>) =>
  Endpoint.make({
    name: "adminMetrics.measures",
    method: "POST",
    path: "/api/v1/admin/measures",
    body: MeasuresBody,
    response,
    auth: "user",
    scopes: ["admin:read"],
    versions: { added: "3.5.0", changed: "4.0.0" }
  })

const declareDimensions = <A, I>(response: Schema.Schema<A, I>) =>
  Endpoint.make({
    name: "adminMetrics.dimensions",
    method: "POST",
    path: "/api/v1/admin/dimensions",
    body: DimensionsBody,
    response,
    auth: "user",
    scopes: ["admin:read"],
    versions: { added: "3.5.0", changed: "4.0.0" }
  })

/**
 * The declaration behind {@link measures}: `POST /api/v1/admin/measures` (decoding any key; the
 * function types its result by the keys asked for). @since 0.1.0
 */
export const measuresEndpoint = /* @__PURE__ */ declareMeasures(/* @__PURE__ */ Schema.Array(AdminMeasure.AdminMeasure))

/**
 * The declaration behind {@link dimensions}: `POST /api/v1/admin/dimensions` (decoding any key;
 * the function types its result by the keys asked for). @since 0.1.0
 */
export const dimensionsEndpoint = /* @__PURE__ */ declareDimensions(/* @__PURE__ */ Schema.Array(AdminDimension.AdminDimension))

/** The declaration behind {@link retention}: `POST /api/v1/admin/retention`. @since 0.1.0 */
export const retentionEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminMetrics.retention",
  method: "POST",
  path: "/api/v1/admin/retention",
  body: RetentionBody,
  response: /* @__PURE__ */ Schema.Array(AdminCohort.AdminCohort),
  auth: "user",
  scopes: ["admin:read"],
  versions: { added: "3.5.0", changed: "4.0.0" }
})

/**
 * A range of days, both ends included: `YYYY-MM-DD` strings, `Date`s (their UTC day) or
 * `DateTime`s. A time of day is ignored by the server.
 *
 * @since 0.1.0
 */
export interface DateRange {
  readonly start_at: Argument.IsoDate
  readonly end_at: Argument.IsoDate
}

/**
 * Measures over a range of days, typed by key. Keys about a hashtag or a remote server need its id
 * or domain, and the type asks for it: `{ ..., tag_uses: { id } }`. Permission `view_dashboard`.
 *
 * @example
 * import { AdminMetrics } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const growth = Effect.map(
 *   AdminMetrics.measures(["new_users", "active_users"], { start_at: "2026-11-01", end_at: "2026-11-30" }),
 *   (measures) => measures.map((m) => `${m.key}: ${m.total}`)
 * )
 *
 * @since 0.1.0
 */
export const measures = <const K extends AdminMeasure.Key>(
  keys: ReadonlyArray<K>,
  options: DateRange & AdminMeasure.Parameters<K>
): Endpoint.Call<ReadonlyArray<AdminMeasure.Result<K>>> =>
  Endpoint.call(declareMeasures(AdminMeasure.forKeys(keys)), { body: { ...options, keys } })

/**
 * What {@link dimensions} takes besides the keys.
 *
 * @since 0.1.0
 */
export interface DimensionOptions {
  readonly start_at?: Argument.IsoDate | undefined
  readonly end_at?: Argument.IsoDate | undefined
  /** The most items per dimension (for languages, sources, servers, tag and instance keys). */
  readonly limit?: number | undefined
}

/**
 * Dimensions, typed by key. Keys about a hashtag or a remote server need its id or domain, and the
 * type asks for it. Permission `view_dashboard`.
 *
 * @example
 * import { AdminMetrics } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const usage = Effect.map(AdminMetrics.dimensions(["space_usage"]), ([space]) => space?.data.map((d) => d.human_value))
 *
 * @since 0.1.0
 */
export const dimensions = <const K extends AdminDimension.Key>(
  keys: ReadonlyArray<K>,
  ...options: {} extends AdminDimension.Parameters<K> ? [options?: DimensionOptions]
    : [options: DimensionOptions & AdminDimension.Parameters<K>]
): Endpoint.Call<ReadonlyArray<AdminDimension.Result<K>>> =>
  Endpoint.call(declareDimensions(AdminDimension.forKeys(keys)), { body: { ...options[0], keys } })

/**
 * Retention cohorts: for each sign-up period (a day or a month) in the range, the share of those
 * users active in each later period. Permission `view_dashboard`.
 *
 * @since 0.1.0
 */
export const retention = (
  options: DateRange & { readonly frequency: "day" | "month" }
): Endpoint.Call<ReadonlyArray<AdminCohort.AdminCohort>> => Endpoint.call(retentionEndpoint, { body: options })
