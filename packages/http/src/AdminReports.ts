/**
 * Handling reports as a moderator: list them (open or resolved, by reporter or target), read one
 * with both accounts, reclassify it, assign it, resolve and reopen it. Acting on the reported
 * account is `AdminAccounts.action` with a `report_id`. See the Mastodon docs, methods/admin/reports.
 *
 * Every call needs a user token with `admin:read:reports` / `admin:write:reports` (or `admin:read`
 * / `admin:write`) whose role grants `manage_reports`; otherwise `Forbidden`.
 *
 * @since 0.1.0
 */
import * as AdminReport from "@mastodon-effect/core/AdminReport"
import * as Id from "@mastodon-effect/core/Id"
import type * as RolePermission from "@mastodon-effect/core/RolePermission"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/**
 * The role permission the server checks for each function of this module.
 *
 * @since 0.1.0
 */
export const permissions = {
  list: "manage_reports",
  get: "manage_reports",
  update: "manage_reports",
  assignToSelf: "manage_reports",
  unassign: "manage_reports",
  resolve: "manage_reports",
  reopen: "manage_reports"
} as const satisfies Record<string, RolePermission.Flag>

const ListQuery = /* @__PURE__ */ Schema.Struct({
  ...Argument.PageQuery.fields,
  resolved: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  account_id: /* @__PURE__ */ Schema.optional(Argument.IdRef),
  target_account_id: /* @__PURE__ */ Schema.optional(Argument.IdRef)
})

const UpdateBody = /* @__PURE__ */ Schema.Struct({
  category: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("spam", "legal", "violation", "other")),
  rule_ids: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Argument.IdRef))
})

const read = ["admin:read:reports"] as const
const write = ["admin:write:reports"] as const

/** The declaration behind {@link list}: `GET /api/v1/admin/reports`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminReports.list",
  method: "GET",
  path: "/api/v1/admin/reports",
  query: ListQuery,
  response: /* @__PURE__ */ Schema.Array(AdminReport.AdminReport),
  auth: "user",
  scopes: read,
  versions: { added: "2.9.1", changed: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link get}: `GET /api/v1/admin/reports/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminReports.get",
  method: "GET",
  path: "/api/v1/admin/reports/:id",
  response: AdminReport.AdminReport,
  auth: "user",
  scopes: read,
  versions: { added: "2.9.1", changed: "4.0.0" }
})

/** The declaration behind {@link update}: `PUT /api/v1/admin/reports/:id`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminReports.update",
  method: "PUT",
  path: "/api/v1/admin/reports/:id",
  body: UpdateBody,
  response: AdminReport.AdminReport,
  auth: "user",
  scopes: write,
  versions: { added: "3.5.0", changed: "4.0.0" }
})

const member = <const Path extends `/api/v1/admin/reports/:id/${string}`>(fn: string, path: Path) =>
  Endpoint.make({
    name: `adminReports.${fn}`,
    method: "POST",
    path,
    response: AdminReport.AdminReport,
    auth: "user",
    scopes: write,
    versions: { added: "2.9.1", changed: "4.0.0" }
  })

/** The declaration behind {@link assignToSelf}: `POST /api/v1/admin/reports/:id/assign_to_self`. @since 0.1.0 */
export const assignToSelfEndpoint = /* @__PURE__ */ member("assignToSelf", "/api/v1/admin/reports/:id/assign_to_self")

/** The declaration behind {@link unassign}: `POST /api/v1/admin/reports/:id/unassign`. @since 0.1.0 */
export const unassignEndpoint = /* @__PURE__ */ member("unassign", "/api/v1/admin/reports/:id/unassign")

/** The declaration behind {@link resolve}: `POST /api/v1/admin/reports/:id/resolve`. @since 0.1.0 */
export const resolveEndpoint = /* @__PURE__ */ member("resolve", "/api/v1/admin/reports/:id/resolve")

/** The declaration behind {@link reopen}: `POST /api/v1/admin/reports/:id/reopen`. @since 0.1.0 */
export const reopenEndpoint = /* @__PURE__ */ member("reopen", "/api/v1/admin/reports/:id/reopen")

/**
 * The filters of {@link list}, besides page positions.
 *
 * @since 0.1.0
 */
export interface ListParams extends Page.Params {
  /** Resolved reports (`true`) or open ones (`false`, the server's default). */
  readonly resolved?: boolean | undefined
  /** Reports filed by this account. */
  readonly account_id?: Id.IdOrEntity<Id.AccountId> | undefined
  /** Reports about this account. */
  readonly target_account_id?: Id.IdOrEntity<Id.AccountId> | undefined
}

/**
 * What {@link update} changes.
 *
 * @since 0.1.0
 */
export interface UpdateParams {
  /** The new classification. */
  readonly category?: "spam" | "legal" | "violation" | "other" | undefined
  /** For `violation`: the rules broken (ids from `Instance.rules`), sent as `rule_ids[]`. */
  readonly rule_ids?: ReadonlyArray<Id.IdOrEntity<Id.RuleId>> | undefined
}

/**
 * One page of reports, newest first: open ones unless `resolved: true`. 100 by default, 200 at
 * most. Permission `manage_reports`.
 *
 * @example
 * import { AdminReports } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const open = Effect.map(AdminReports.list(), (page) => page.items.map((r) => r.target_account.username))
 *
 * @since 0.1.0
 */
export const list = (params?: ListParams): Endpoint.Call<Page.Page<AdminReport.AdminReport>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One report. Permission `manage_reports`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.ReportId>): Endpoint.Call<AdminReport.AdminReport> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Reclassify a report (Mastodon 3.5). Permission `manage_reports`.
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.ReportId>, params: UpdateParams): Endpoint.Call<AdminReport.AdminReport> =>
  Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Take the report: it becomes assigned to the signed-in moderator. Permission `manage_reports`.
 *
 * @since 0.1.0
 */
export const assignToSelf = (id: Id.IdOrEntity<Id.ReportId>): Endpoint.Call<AdminReport.AdminReport> =>
  Endpoint.call(assignToSelfEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Leave the report to someone else: nobody is assigned. Permission `manage_reports`.
 *
 * @since 0.1.0
 */
export const unassign = (id: Id.IdOrEntity<Id.ReportId>): Endpoint.Call<AdminReport.AdminReport> =>
  Endpoint.call(unassignEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Close the report without acting on the account. Permission `manage_reports`.
 *
 * @since 0.1.0
 */
export const resolve = (id: Id.IdOrEntity<Id.ReportId>): Endpoint.Call<AdminReport.AdminReport> =>
  Endpoint.call(resolveEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Open a resolved report again. Permission `manage_reports`.
 *
 * @since 0.1.0
 */
export const reopen = (id: Id.IdOrEntity<Id.ReportId>): Endpoint.Call<AdminReport.AdminReport> =>
  Endpoint.call(reopenEndpoint, { path: { id: Id.idOf(id) } })
