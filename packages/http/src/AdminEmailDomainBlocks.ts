/**
 * E-mail domains nobody may sign up with: list, read, block and unblock. See the Mastodon docs,
 * methods/admin/email_domain_blocks.
 *
 * Every call needs `admin:read:email_domain_blocks` / `admin:write:email_domain_blocks` (or
 * `admin:read` / `admin:write`) and a role granting `manage_blocks`; otherwise `Forbidden`.
 *
 * @since 0.1.0
 */
import * as AdminEmailDomainBlock from "@mastodon-effect/core/AdminEmailDomainBlock"
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
  remove: "manage_blocks"
} as const satisfies Record<string, RolePermission.Flag>

const read = ["admin:read:email_domain_blocks"] as const
const write = ["admin:write:email_domain_blocks"] as const

/** The declaration behind {@link list}: `GET /api/v1/admin/email_domain_blocks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminEmailDomainBlocks.list",
  method: "GET",
  path: "/api/v1/admin/email_domain_blocks",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(AdminEmailDomainBlock.AdminEmailDomainBlock),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link get}: `GET /api/v1/admin/email_domain_blocks/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminEmailDomainBlocks.get",
  method: "GET",
  path: "/api/v1/admin/email_domain_blocks/:id",
  response: AdminEmailDomainBlock.AdminEmailDomainBlock,
  auth: "user",
  scopes: read,
  versions: { added: "4.1.0" }
})

/** The declaration behind {@link create}: `POST /api/v1/admin/email_domain_blocks`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminEmailDomainBlocks.create",
  method: "POST",
  path: "/api/v1/admin/email_domain_blocks",
  body: /* @__PURE__ */ Schema.Struct({ domain: Argument.NonEmptyString }),
  response: AdminEmailDomainBlock.AdminEmailDomainBlock,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/admin/email_domain_blocks/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminEmailDomainBlocks.remove",
  method: "DELETE",
  path: "/api/v1/admin/email_domain_blocks/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/**
 * One page of blocked e-mail domains: 100 by default, 200 at most (Mastodon 4.0). Permission
 * `manage_blocks`.
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<AdminEmailDomainBlock.AdminEmailDomainBlock>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One blocked e-mail domain (Mastodon 4.1). Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.EmailDomainBlockId>): Endpoint.Call<AdminEmailDomainBlock.AdminEmailDomainBlock> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Block sign-ups from an e-mail domain. A domain already blocked fails with
 * `UnprocessableEntity`; a blank one is refused before sending. Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const create = (domain: string, options?: { readonly idempotencyKey?: string }): Endpoint.Call<AdminEmailDomainBlock.AdminEmailDomainBlock> =>
  Endpoint.call(createEndpoint, { body: { domain }, idempotencyKey: options?.idempotencyKey })

/**
 * Lift an e-mail domain block. Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.EmailDomainBlockId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))
