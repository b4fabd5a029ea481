/**
 * IP address ranges whose sign-ups need approval or are refused, or that may not reach the server
 * at all: list, read, block, change and lift. See the Mastodon docs, methods/admin/ip_blocks.
 *
 * Every call needs `admin:read:ip_blocks` / `admin:write:ip_blocks` (or `admin:read` /
 * `admin:write`) and a role granting `manage_blocks`; otherwise `Forbidden`. (The docs name
 * `admin:write:domain_blocks` for the delete call; the server checks `admin:write:ip_blocks`.)
 *
 * @since 0.1.0
 */
import * as AdminIpBlock from "@mastodon-effect/core/AdminIpBlock"
import * as Id from "@mastodon-effect/core/Id"
import type * as RolePermission from "@mastodon-effect/core/RolePermission"
import * as Effect from "effect/Effect"
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
  list: "manage_blocks",
  get: "manage_blocks",
  create: "manage_blocks",
  update: "manage_blocks",
  remove: "manage_blocks"
} as const satisfies Record<string, RolePermission.Flag>

const Severity = /* @__PURE__ */ Schema.Literal("sign_up_requires_approval", "sign_up_block", "no_access")

const CreateBody = /* @__PURE__ */ Schema.Struct({
  ip: /* @__PURE__ */ Schema.optional(Argument.NonEmptyString),
  severity: Severity,
  comment: /* @__PURE__ */ Schema.optional(Schema.String),
  expires_in: /* @__PURE__ */ Schema.optional(Argument.DurationSeconds)
})

const UpdateBody = /* @__PURE__ */ Schema.Struct({
  ip: /* @__PURE__ */ Schema.optional(Argument.NonEmptyString),
  severity: /* @__PURE__ */ Schema.optional(Severity),
  comment: /* @__PURE__ */ Schema.optional(Schema.String),
  expires_in: /* @__PURE__ */ Schema.optional(Argument.DurationSeconds)
})

const read = ["admin:read:ip_blocks"] as const
const write = ["admin:write:ip_blocks"] as const

/** The declaration behind {@link list}: `GET /api/v1/admin/ip_blocks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminIpBlocks.list",
  method: "GET",
  path: "/api/v1/admin/ip_blocks",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(AdminIpBlock.AdminIpBlock),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link get}: `GET /api/v1/admin/ip_blocks/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminIpBlocks.get",
  method: "GET",
  path: "/api/v1/admin/ip_blocks/:id",
  response: AdminIpBlock.AdminIpBlock,
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link create}: `POST /api/v1/admin/ip_blocks`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminIpBlocks.create",
  method: "POST",
  path: "/api/v1/admin/ip_blocks",
  body: CreateBody,
  response: AdminIpBlock.AdminIpBlock,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link update}: `PUT /api/v1/admin/ip_blocks/:id`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminIpBlocks.update",
  method: "PUT",
  path: "/api/v1/admin/ip_blocks/:id",
  body: UpdateBody,
  response: AdminIpBlock.AdminIpBlock,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/admin/ip_blocks/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminIpBlocks.remove",
  method: "DELETE",
  path: "/api/v1/admin/ip_blocks/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/**
 * What an IP block does to its range.
 *
 * @since 0.1.0
 */
export type Severity = typeof Severity.Type

/**
 * What {@link create} takes.
 *
 * @since 0.1.0
 */
export interface CreateParams {
  /** An address or a range in CIDR notation (`192.0.2.0/24`); the server's default is `0.0.0.0/32`. */
  readonly ip?: string | undefined
  readonly severity: Severity
  /** Why the range is blocked. */
  readonly comment?: string | undefined
  /** How long the block lasts: seconds, a `Duration` or text such as `"30 days"`. */
  readonly expires_in?: Argument.DurationInput | undefined
}

/**
 * What {@link update} changes.
 *
 * @since 0.1.0
 */
export interface UpdateParams extends Partial<CreateParams> {}

/**
 * One page of IP blocks: 100 by default, 200 at most (Mastodon 4.0). Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<AdminIpBlock.AdminIpBlock>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One IP block. Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.IpBlockId>): Endpoint.Call<AdminIpBlock.AdminIpBlock> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Block a range. A range already blocked fails with `UnprocessableEntity`; an unknown severity or
 * a fractional duration is refused before sending. Permission `manage_blocks`.
 *
 * @example
 * import { AdminIpBlocks } from "@mastodon-effect/http"
 * const block = AdminIpBlocks.create({ ip: "203.0.113.0/24", severity: "sign_up_requires_approval", expires_in: "30 days" })
 *
 * @since 0.1.0
 */
export const create = (params: CreateParams, options?: { readonly idempotencyKey?: string }): Endpoint.Call<AdminIpBlock.AdminIpBlock> =>
  Endpoint.call(createEndpoint, { body: params, idempotencyKey: options?.idempotencyKey })

/**
 * Change an IP block. Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.IpBlockId>, params: UpdateParams): Endpoint.Call<AdminIpBlock.AdminIpBlock> =>
  Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Lift an IP block. Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.IpBlockId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))
