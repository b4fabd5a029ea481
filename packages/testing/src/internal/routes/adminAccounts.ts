/**
 * The admin routes for accounts and reports: `/api/v1/admin/accounts` (and v2),
 * `/api/v1/admin/reports`. Every action changes what the rest of the API shows: a suspended
 * account is rendered suspended and its statuses are gone, a silenced one is `limited`, a
 * disabled user's tokens stop working, a rejected sign-up is deleted.
 *
 * @internal
 */
import * as RolePermission from "@mastodon-effect/core/RolePermission"
import { adminRoute, idPage } from "../admin/route.js"
import * as AdminRender from "../admin/render.js"
import { overrides, storeOf } from "../admin/store.js"
import * as P from "../params.js"
import { allReports, reportById, type ReportRow } from "../reports.js"
import { error, forbidden, json, notFound, type Reply, type RouteDef, type UserCtx } from "../route.js"
import type { AccountRow, State } from "../state.js"

const readAccounts = ["admin:read:accounts"]
const writeAccounts = ["admin:write:accounts"]
const readReports = ["admin:read:reports"]
const writeReports = ["admin:write:reports"]

const render = (ctx: UserCtx, a: AccountRow) => AdminRender.adminAccount(ctx.state, a, ctx.origin)

/** Every account row that exists. */
const allAccounts = (state: State): Array<AccountRow> => state.accounts.filter((a): a is AccountRow => a !== undefined)

const contains = (haystack: string | null | undefined, needle: string | undefined): boolean =>
  needle === undefined || needle === "" || (haystack ?? "").toLowerCase().includes(needle.toLowerCase())

/** The account filter both versions share (v1 flags are mapped onto the v2 names). */
interface Filter {
  readonly origin?: string | undefined
  readonly status?: string | undefined
  readonly staff: boolean
  readonly roleIds: ReadonlyArray<string>
  readonly username?: string | undefined
  readonly display_name?: string | undefined
  readonly by_domain?: string | undefined
  readonly email?: string | undefined
  readonly ip?: string | undefined
  readonly sensitized: boolean
}

const matches = (state: State, a: AccountRow, f: Filter): boolean => {
  const store = storeOf(state)
  const m = store.moderation.get(a.idx)
  const suspended = (m?.suspendedAt ?? null) !== null || store.domainBlockOf(a.domain)?.severity === "suspend"
  const silenced = m?.silenced === true || store.domainBlockOf(a.domain)?.severity === "silence"
  if (f.origin === "local" && a.domain !== null) return false
  if (f.origin === "remote" && a.domain === null) return false
  switch (f.status) {
    case "active":
      if (suspended || (a.domain === null && !a.approved)) return false
      break
    case "pending":
      if (a.domain !== null || a.approved) return false
      break
    case "disabled":
      if (m?.disabled !== true) return false
      break
    case "silenced":
      if (!silenced) return false
      break
    case "suspended":
      if (!suspended) return false
      break
  }
  if (f.sensitized && m?.sensitized !== true) return false
  const role = store.roleOf(a)
  if (f.staff && (a.domain !== null || !RolePermission.can(role.permissions, "manage_reports"))) return false
  if (f.roleIds.length > 0 && !f.roleIds.includes(role.id)) return false
  if (f.username !== undefined && f.username !== "" && !a.username.toLowerCase().startsWith(f.username.toLowerCase())) return false
  if (!contains(a.display_name, f.display_name)) return false
  if (f.by_domain !== undefined && f.by_domain !== "" && (a.domain ?? "").toLowerCase() !== f.by_domain.toLowerCase()) return false
  if (!contains(a.email, f.email)) return false
  // The fake records no sign-in addresses: an IP filter matches nobody.
  if (f.ip !== undefined && f.ip !== "") return false
  return true
}

const listV2 = (ctx: UserCtx): Reply => {
  const q = ctx.query
  const filter: Filter = {
    origin: P.str(q, "origin"),
    status: P.str(q, "status"),
    staff: P.str(q, "permissions") === "staff",
    roleIds: P.list(q, "role_ids"),
    username: P.str(q, "username"),
    display_name: P.str(q, "display_name"),
    by_domain: P.str(q, "by_domain"),
    email: P.str(q, "email"),
    ip: P.str(q, "ip"),
    sensitized: false
  }
  return idPage(ctx, allAccounts(ctx.state).filter((a) => matches(ctx.state, a, filter)), 100, 200, (a) => render(ctx, a))
}

const listV1 = (ctx: UserCtx): Reply => {
  const q = ctx.query
  const flag = (k: string) => P.bool(q, k) === true
  // Without flags v1 lists active local accounts, as Mastodon's controller defaults them.
  const status = ["pending", "disabled", "silenced", "suspended", "active"].find(flag) ?? "active"
  const filter: Filter = {
    origin: flag("remote") ? "remote" : "local",
    status,
    staff: flag("staff"),
    roleIds: [],
    username: P.str(q, "username"),
    display_name: P.str(q, "display_name"),
    by_domain: P.str(q, "by_domain"),
    email: P.str(q, "email"),
    ip: P.str(q, "ip"),
    sensitized: flag("sensitized")
  }
  return idPage(ctx, allAccounts(ctx.state).filter((a) => matches(ctx.state, a, filter)), 100, 200, (a) => render(ctx, a))
}

const withAccount = (handler: (ctx: UserCtx, a: AccountRow) => Reply) => (ctx: UserCtx): Reply => {
  const a = ctx.state.account(ctx.path["id"])
  return a === undefined ? notFound() : handler(ctx, a)
}

const localOnly = (handler: (ctx: UserCtx, a: AccountRow) => Reply) => (ctx: UserCtx, a: AccountRow): Reply =>
  a.domain !== null ? forbidden("This method is only available for local users") : handler(ctx, a)

/** Remove a rejected sign-up from the state: the account, its handle, its e-mail and its tokens. */
const deleteAccount = (state: State, a: AccountRow): void => {
  state.accounts[a.idx] = undefined
  state.byAcct.delete(state.acct(a).toLowerCase())
  if (a.email !== undefined) state.byEmail.delete(a.email.toLowerCase())
  for (const token of [...state.tokens.values()]) if (token.account === a.idx) state.revokeToken(token)
}

const approve = localOnly((ctx, a) => {
  if (a.approved) return forbidden()
  a.approved = true
  return json(render(ctx, a))
})

// Mastodon's controller answers `{}` (the docs show the account).
const reject = localOnly((ctx, a) => {
  if (a.approved) return forbidden()
  deleteAccount(ctx.state, a)
  return json({})
})

const remove = (ctx: UserCtx, a: AccountRow): Reply => {
  const store = storeOf(ctx.state)
  const m = store.moderation.get(a.idx)
  // The data of an account may be deleted at once only once it is suspended, and only by a role
  // that may delete user data.
  if (m === undefined || m.suspendedAt === null) return forbidden()
  const denied = RolePermission.can(store.roleOf(ctx.user).permissions, "delete_user_data") ? undefined : forbidden()
  if (denied !== undefined) return denied
  m.deleted = true
  for (const s of a.statuses ?? []) ctx.state.statuses.delete(s.idStr)
  a.statuses = undefined
  return json({})
}

const actionTypes = new Set(["none", "sensitive", "disable", "silence", "suspend"])

/** Resolve reports as an action does: a warning its own report, any other action every open report on the account. */
const resolveReports = (ctx: UserCtx, target: AccountRow, report: ReportRow | undefined, type: string): void => {
  const reports = type === "none"
    ? (report === undefined ? [] : [report])
    : allReports(ctx.state).filter((r) => r.target === target.idx && r.action_taken_at === null)
  for (const r of reports) {
    r.action_taken_at = ctx.now
    r.action_taken_by = ctx.user.idx
    r.updated_at = ctx.now
  }
}

const action = (ctx: UserCtx, a: AccountRow): Reply => {
  const type = P.str(ctx.body, "type")
  if (type === undefined || !actionTypes.has(type)) return error(422, "Validation failed: Type is not included in the list")
  const store = storeOf(ctx.state)
  const reportId = P.str(ctx.body, "report_id")
  let report: ReportRow | undefined
  if (reportId !== undefined && reportId !== "") {
    report = reportById(ctx.state, reportId)
    if (report === undefined || report.target !== a.idx) return notFound()
  }
  if (type === "disable" && a.domain !== null) return error(422, "Validation failed: Type is not included in the list")
  // Acting against a user needs a role that outranks theirs (a moderator cannot silence an admin).
  if (type !== "none" && !overrides(store.roleOf(ctx.user), store.roleOf(a))) return forbidden()
  const m = store.of(a)
  switch (type) {
    case "sensitive":
      m.sensitized = true
      break
    case "disable":
      m.disabled = true
      break
    case "silence":
      m.silenced = true
      break
    case "suspend":
      m.suspendedAt = ctx.now
      break
  }
  resolveReports(ctx, a, report, type)
  return json({})
}

const setFlag = (change: (m: ReturnType<ReturnType<typeof storeOf>["of"]>) => Reply | undefined) => (ctx: UserCtx, a: AccountRow): Reply => {
  const refused = change(storeOf(ctx.state).of(a))
  return refused ?? json(render(ctx, a))
}

// -------------------------------------------------------------------------------------------------
// Reports

const renderReport = (ctx: UserCtx, r: ReportRow) => AdminRender.adminReport(ctx.state, r, ctx.origin, ctx.user)

const listReports = (ctx: UserCtx): Reply => {
  const q = ctx.query
  const resolved = P.bool(q, "resolved") === true
  const accountId = P.str(q, "account_id")
  const targetId = P.str(q, "target_account_id")
  const rows = allReports(ctx.state).filter((r) =>
    (r.action_taken_at !== null) === resolved &&
    (accountId === undefined || String(r.account) === accountId) &&
    (targetId === undefined || String(r.target) === targetId)
  )
  return idPage(ctx, rows, 100, 200, (r) => renderReport(ctx, r))
}

const withReport = (handler: (ctx: UserCtx, r: ReportRow) => Reply) => (ctx: UserCtx): Reply => {
  const r = reportById(ctx.state, ctx.path["id"])
  return r === undefined ? notFound() : handler(ctx, r)
}

const categories = new Set(["spam", "legal", "violation", "other"])

const updateReport = (ctx: UserCtx, r: ReportRow): Reply => {
  const category = P.str(ctx.body, "category")
  if (category !== undefined && !categories.has(category)) return error(422, "Validation failed: Category is not included in the list")
  if (category !== undefined) r.category = category
  const ruleIds = P.list(ctx.body, "rule_ids")
  if (ruleIds.length > 0) r.rule_ids = ruleIds
  r.updated_at = ctx.now
  return json(renderReport(ctx, r))
}

const changeReport = (change: (ctx: UserCtx, r: ReportRow) => void) => (ctx: UserCtx, r: ReportRow): Reply => {
  change(ctx, r)
  r.updated_at = ctx.now
  return json(renderReport(ctx, r))
}

/** The routes. */
export const routes: ReadonlyArray<RouteDef> = [
  adminRoute("GET", "/api/v1/admin/accounts", readAccounts, "manage_users", listV1, "2.9.1"),
  adminRoute("GET", "/api/v2/admin/accounts", readAccounts, "manage_users", listV2, "3.5.0"),
  adminRoute("GET", "/api/v1/admin/accounts/:id", readAccounts, "manage_users", withAccount((ctx, a) => json(render(ctx, a))), "2.9.1"),
  adminRoute("POST", "/api/v1/admin/accounts/:id/approve", writeAccounts, "manage_users", withAccount(approve), "2.9.1"),
  adminRoute("POST", "/api/v1/admin/accounts/:id/reject", writeAccounts, "manage_users", withAccount(reject), "2.9.1"),
  // The policy of a delete is `delete_user_data`, checked in the handler after the suspension.
  adminRoute("DELETE", "/api/v1/admin/accounts/:id", writeAccounts, "manage_users", withAccount(remove), "3.3.0"),
  adminRoute("POST", "/api/v1/admin/accounts/:id/action", writeAccounts, "manage_users", withAccount(action), "2.9.1"),
  adminRoute(
    "POST",
    "/api/v1/admin/accounts/:id/enable",
    writeAccounts,
    "manage_users",
    withAccount(localOnly(setFlag((m) => void (m.disabled = false)))),
    "2.9.1"
  ),
  adminRoute("POST", "/api/v1/admin/accounts/:id/unsilence", writeAccounts, "manage_users", withAccount(setFlag((m) => void (m.silenced = false))), "2.9.1"),
  adminRoute(
    "POST",
    "/api/v1/admin/accounts/:id/unsuspend",
    writeAccounts,
    "manage_users",
    // Only a suspension made here can be lifted (not a domain block's, not none at all), and once
    // the data is deleted there is nothing to restore.
    withAccount(setFlag((m) => m.suspendedAt === null || m.deleted ? forbidden() : void (m.suspendedAt = null))),
    "2.9.1"
  ),
  adminRoute("POST", "/api/v1/admin/accounts/:id/unsensitive", writeAccounts, "manage_users", withAccount(setFlag((m) => void (m.sensitized = false))), "3.3.0"),
  adminRoute("GET", "/api/v1/admin/reports", readReports, "manage_reports", listReports, "2.9.1"),
  adminRoute("GET", "/api/v1/admin/reports/:id", readReports, "manage_reports", withReport((ctx, r) => json(renderReport(ctx, r))), "2.9.1"),
  adminRoute("PUT", "/api/v1/admin/reports/:id", writeReports, "manage_reports", withReport(updateReport), "3.5.0"),
  adminRoute(
    "POST",
    "/api/v1/admin/reports/:id/assign_to_self",
    writeReports,
    "manage_reports",
    withReport(changeReport((ctx, r) => void (r.assigned_account = ctx.user.idx))),
    "2.9.1"
  ),
  adminRoute("POST", "/api/v1/admin/reports/:id/unassign", writeReports, "manage_reports", withReport(changeReport((_, r) => void (r.assigned_account = null))), "2.9.1"),
  adminRoute(
    "POST",
    "/api/v1/admin/reports/:id/resolve",
    writeReports,
    "manage_reports",
    withReport(changeReport((ctx, r) => {
      r.action_taken_at = ctx.now
      r.action_taken_by = ctx.user.idx
    })),
    "2.9.1"
  ),
  adminRoute(
    "POST",
    "/api/v1/admin/reports/:id/reopen",
    writeReports,
    "manage_reports",
    withReport(changeReport((_, r) => {
      r.action_taken_at = null
      r.action_taken_by = null
    })),
    "2.9.1"
  )
]
