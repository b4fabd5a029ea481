/**
 * Moderating accounts: list and search them (v1 filters and the v2 ones), read one with its user,
 * approve or reject a pending sign-up, take an action (sensitive, disable, silence, suspend) and
 * undo it, and delete the data of a suspended account. See the Mastodon docs, methods/admin/accounts.
 *
 * Every call needs a user token with an `admin:read:accounts` / `admin:write:accounts` scope (or
 * the wider `admin:read` / `admin:write`) whose user has a role granting the permission in
 * {@link permissions}; otherwise the server answers `Forbidden`.
 *
 * @since 0.1.0
 */
import * as AdminAccount from "@mastodon-effect/core/AdminAccount"
import * as Id from "@mastodon-effect/core/Id"
import type * as RolePermission from "@mastodon-effect/core/RolePermission"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/**
 * The role permission the server checks for each function of this module (`administrator` grants
 * every one). {@link remove} also needs the account to be suspended first.
 *
 * @since 0.1.0
 */
export const permissions = {
  list: "manage_users",
  listV1: "manage_users",
  get: "manage_users",
  approve: "manage_users",
  reject: "manage_users",
  remove: "delete_user_data",
  action: "manage_users",
  enable: "manage_users",
  unsilence: "manage_users",
  unsuspend: "manage_users",
  unsensitive: "manage_users"
} as const satisfies Record<string, RolePermission.Flag>

const V1Query = /* @__PURE__ */ Schema.Struct({
  ...Argument.PageQuery.fields,
  local: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  remote: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  active: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  pending: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  disabled: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  silenced: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  suspended: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  sensitized: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  username: /* @__PURE__ */ Schema.optional(Schema.String),
  display_name: /* @__PURE__ */ Schema.optional(Schema.String),
  by_domain: /* @__PURE__ */ Schema.optional(Schema.String),
  email: /* @__PURE__ */ Schema.optional(Schema.String),
  ip: /* @__PURE__ */ Schema.optional(Schema.String),
  staff: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

const V2Query = /* @__PURE__ */ Schema.Struct({
  ...Argument.PageQuery.fields,
  origin: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("local", "remote")),
  status: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("active", "pending", "disabled", "silenced", "suspended")),
  permissions: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("staff")),
  role_ids: /* @__PURE__ */ Schema.optional(Argument.IdRefs),
  invited_by: /* @__PURE__ */ Schema.optional(Argument.IdRef),
  username: /* @__PURE__ */ Schema.optional(Schema.String),
  display_name: /* @__PURE__ */ Schema.optional(Schema.String),
  by_domain: /* @__PURE__ */ Schema.optional(Schema.String),
  email: /* @__PURE__ */ Schema.optional(Schema.String),
  ip: /* @__PURE__ */ Schema.optional(Schema.String)
})

/** The kinds of action of {@link action}. */
const ActionType = /* @__PURE__ */ Schema.Literal("none", "sensitive", "disable", "silence", "suspend")

const ActionBody = /* @__PURE__ */ Schema.Struct({
  type: ActionType,
  report_id: /* @__PURE__ */ Schema.optional(Argument.IdRef),
  warning_preset_id: /* @__PURE__ */ Schema.optional(Argument.Id),
  text: /* @__PURE__ */ Schema.optional(Schema.String),
  send_email_notification: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

const read = ["admin:read:accounts"] as const
const write = ["admin:write:accounts"] as const

/** The declaration behind {@link list}: `GET /api/v2/admin/accounts`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminAccounts.list",
  method: "GET",
  path: "/api/v2/admin/accounts",
  query: V2Query,
  response: /* @__PURE__ */ Schema.Array(AdminAccount.AdminAccount),
  auth: "user",
  scopes: read,
  versions: { added: "3.5.0", changed: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link listV1}: `GET /api/v1/admin/accounts`. @since 0.1.0 */
export const listV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminAccounts.listV1",
  method: "GET",
  path: "/api/v1/admin/accounts",
  query: V1Query,
  response: /* @__PURE__ */ Schema.Array(AdminAccount.AdminAccount),
  auth: "user",
  scopes: read,
  versions: { added: "2.9.1", changed: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link get}: `GET /api/v1/admin/accounts/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminAccounts.get",
  method: "GET",
  path: "/api/v1/admin/accounts/:id",
  response: AdminAccount.AdminAccount,
  auth: "user",
  scopes: read,
  versions: { added: "2.9.1", changed: "4.0.0" }
})

const member = <const Path extends `/api/v1/admin/accounts/:id/${string}`>(name: string, path: Path, added: "2.9.1" | "3.3.0") =>
  Endpoint.make({
    name: `adminAccounts.${name}`,
    method: "POST",
    path,
    response: AdminAccount.AdminAccount,
    auth: "user",
    scopes: write,
    versions: { added, changed: "4.0.0" }
  })

/** The declaration behind {@link approve}: `POST /api/v1/admin/accounts/:id/approve`. @since 0.1.0 */
export const approveEndpoint = /* @__PURE__ */ member("approve", "/api/v1/admin/accounts/:id/approve", "2.9.1")

/** The declaration behind {@link reject}: `POST /api/v1/admin/accounts/:id/reject`. @since 0.1.0 */
export const rejectEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminAccounts.reject",
  method: "POST",
  path: "/api/v1/admin/accounts/:id/reject",
  // The docs show the rejected account; Mastodon's controller answers `{}`. Either is accepted.
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "2.9.1", changed: "4.0.0" }
})

/** The declaration behind {@link enable}: `POST /api/v1/admin/accounts/:id/enable`. @since 0.1.0 */
export const enableEndpoint = /* @__PURE__ */ member("enable", "/api/v1/admin/accounts/:id/enable", "2.9.1")

/** The declaration behind {@link unsilence}: `POST /api/v1/admin/accounts/:id/unsilence`. @since 0.1.0 */
export const unsilenceEndpoint = /* @__PURE__ */ member("unsilence", "/api/v1/admin/accounts/:id/unsilence", "2.9.1")

/** The declaration behind {@link unsuspend}: `POST /api/v1/admin/accounts/:id/unsuspend`. @since 0.1.0 */
export const unsuspendEndpoint = /* @__PURE__ */ member("unsuspend", "/api/v1/admin/accounts/:id/unsuspend", "2.9.1")

/** The declaration behind {@link unsensitive}: `POST /api/v1/admin/accounts/:id/unsensitive`. @since 0.1.0 */
export const unsensitiveEndpoint = /* @__PURE__ */ member("unsensitive", "/api/v1/admin/accounts/:id/unsensitive", "3.3.0")

/** The declaration behind {@link remove}: `DELETE /api/v1/admin/accounts/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminAccounts.remove",
  method: "DELETE",
  path: "/api/v1/admin/accounts/:id",
  // The docs show the account; Mastodon's controller answers `{}` and deletes in the background.
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "3.3.0", changed: "4.0.0" }
})

/** The declaration behind {@link action}: `POST /api/v1/admin/accounts/:id/action`. @since 0.1.0 */
export const actionEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminAccounts.action",
  method: "POST",
  path: "/api/v1/admin/accounts/:id/action",
  body: ActionBody,
  // Documented as `{}`.
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "2.9.1", changed: "4.0.0" }
})

/**
 * The filters of {@link list} (`GET /api/v2/admin/accounts`), besides page positions.
 *
 * @since 0.1.0
 */
export interface ListParams extends Page.Params {
  /** Local or remote accounts only. */
  readonly origin?: "local" | "remote" | undefined
  /** Accounts in this state only. */
  readonly status?: "active" | "pending" | "disabled" | "silenced" | "suspended" | undefined
  /** `staff`: users whose role may manage reports. */
  readonly permissions?: "staff" | undefined
  /** Users with one of these roles (sent as `role_ids[]`, Mastodon 4.0). */
  readonly role_ids?: ReadonlyArray<Id.IdOrEntity<Id.RoleId>> | undefined
  /** Users invited by this account. */
  readonly invited_by?: Id.IdOrEntity<Id.AccountId> | undefined
  readonly username?: string | undefined
  readonly display_name?: string | undefined
  /** Accounts of this domain. */
  readonly by_domain?: string | undefined
  readonly email?: string | undefined
  /** Users who signed in from this IP address (or a range, `10.0.0.0/8`). */
  readonly ip?: string | undefined
}

/**
 * The filters of {@link listV1} (`GET /api/v1/admin/accounts`), besides page positions.
 *
 * @since 0.1.0
 */
export interface ListV1Params extends Page.Params {
  readonly local?: boolean | undefined
  readonly remote?: boolean | undefined
  readonly active?: boolean | undefined
  readonly pending?: boolean | undefined
  readonly disabled?: boolean | undefined
  readonly silenced?: boolean | undefined
  readonly suspended?: boolean | undefined
  readonly sensitized?: boolean | undefined
  readonly username?: string | undefined
  readonly display_name?: string | undefined
  readonly by_domain?: string | undefined
  readonly email?: string | undefined
  readonly ip?: string | undefined
  /** Staff accounts only. */
  readonly staff?: boolean | undefined
}

/**
 * One page of accounts with the v2 filters (Mastodon 3.5): 100 by default, 200 at most. Permission
 * `manage_users`.
 *
 * @example
 * import { AdminAccounts } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const pending = Effect.map(AdminAccounts.list({ origin: "local", status: "pending" }), (page) => page.items)
 *
 * @since 0.1.0
 */
export const list = (params?: ListParams): Endpoint.Call<Page.Page<AdminAccount.AdminAccount>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One page of accounts with the v1 filters (boolean flags), for servers before 3.5. Without a
 * filter the server lists active local accounts only (`remote: true`, `pending: true`, ... change
 * that). Permission `manage_users`.
 *
 * @since 0.1.0
 */
export const listV1 = (params?: ListV1Params): Endpoint.Call<Page.Page<AdminAccount.AdminAccount>> =>
  Endpoint.call(listV1Endpoint, { query: params })

/**
 * One account with its user (e-mail, IPs, role, sign-up state). Permission `manage_users`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<AdminAccount.AdminAccount> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Approve a pending sign-up: the user may log in. Local accounts only; an account that is not
 * pending gives `Forbidden`. Permission `manage_users`.
 *
 * @since 0.1.0
 */
export const approve = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<AdminAccount.AdminAccount> =>
  Endpoint.call(approveEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Reject a pending sign-up: the account and its user are deleted. Local accounts only; an account
 * that is not pending gives `Forbidden`. Permission `manage_users`. Nothing is returned: the docs
 * show the account, but Mastodon answers `{}`.
 *
 * @since 0.1.0
 */
export const reject = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(rejectEndpoint, { path: { id: Id.idOf(id) } }))

/**
 * Delete the data of a suspended account now instead of after the 30-day grace period (Mastodon
 * 3.3). The account must be suspended first, otherwise `Forbidden`. Permission `delete_user_data`.
 * Nothing is returned (Mastodon answers `{}`; the docs show the account). (`delete` is a reserved
 * word, hence the name.)
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))

/**
 * The kind of moderation action of {@link action}.
 *
 * @since 0.1.0
 */
export type ActionType = typeof ActionType.Type

/**
 * An action against an account.
 *
 * @since 0.1.0
 */
export interface ActionParams {
  /**
   * `none` (only a warning), `sensitive` (force media sensitive, 3.3), `disable` (freeze the
   * login), `silence` (limit) or `suspend`.
   */
  readonly type: ActionType
  /** The report that led to the action: it is resolved with it. */
  readonly report_id?: Id.IdOrEntity<Id.ReportId> | undefined
  /** A preset warning text to send. */
  readonly warning_preset_id?: string | undefined
  /** Why the action was taken, shown to the user. */
  readonly text?: string | undefined
  /** Whether the user is told by e-mail. */
  readonly send_email_notification?: boolean | undefined
}

/**
 * Take an action against an account (and resolve the report it came from). A `type` the server
 * does not know is refused before sending. Permission `manage_users` (and `manage_reports` with a
 * `report_id`).
 *
 * @example
 * import { AdminAccounts } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const spammer: Id.AccountId
 * declare const report: Id.ReportId
 * const silenced = AdminAccounts.action(spammer, { type: "silence", report_id: report, text: "Spam" })
 *
 * @since 0.1.0
 */
export const action = (id: Id.IdOrEntity<Id.AccountId>, params: ActionParams): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(actionEndpoint, { path: { id: Id.idOf(id) }, body: params }))

/**
 * Re-enable a disabled login. Local accounts only. Permission `manage_users`.
 *
 * @since 0.1.0
 */
export const enable = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<AdminAccount.AdminAccount> =>
  Endpoint.call(enableEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Lift a silence (limit). Permission `manage_users`.
 *
 * @since 0.1.0
 */
export const unsilence = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<AdminAccount.AdminAccount> =>
  Endpoint.call(unsilenceEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Lift a suspension made by a moderator while the data is still there; an account that is not
 * suspended, or whose domain is, gives `Forbidden`. Permission `manage_users`.
 *
 * @since 0.1.0
 */
export const unsuspend = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<AdminAccount.AdminAccount> =>
  Endpoint.call(unsuspendEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Stop forcing the account's media sensitive (Mastodon 3.3). Permission `manage_users`.
 *
 * @since 0.1.0
 */
export const unsensitive = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<AdminAccount.AdminAccount> =>
  Endpoint.call(unsensitiveEndpoint, { path: { id: Id.idOf(id) } })
