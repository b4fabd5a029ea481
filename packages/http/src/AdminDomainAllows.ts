/**
 * Domains allowed to federate when the server runs in limited-federation mode: list, read, allow
 * and remove. See the Mastodon docs, methods/admin/domain_allows.
 *
 * Every call needs `admin:read:domain_allows` / `admin:write:domain_allows` (or `admin:read` /
 * `admin:write`) and a role granting `manage_federation`; otherwise `Forbidden`.
 *
 * @since 0.1.0
 */
import * as AdminDomainAllow from "@mastodon-effect/core/AdminDomainAllow"
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
  list: "manage_federation",
  get: "manage_federation",
  create: "manage_federation",
  remove: "manage_federation"
} as const satisfies Record<string, RolePermission.Flag>

const read = ["admin:read:domain_allows"] as const
const write = ["admin:write:domain_allows"] as const

/** The declaration behind {@link list}: `GET /api/v1/admin/domain_allows`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainAllows.list",
  method: "GET",
  path: "/api/v1/admin/domain_allows",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(AdminDomainAllow.AdminDomainAllow),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link get}: `GET /api/v1/admin/domain_allows/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainAllows.get",
  method: "GET",
  path: "/api/v1/admin/domain_allows/:id",
  response: AdminDomainAllow.AdminDomainAllow,
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link create}: `POST /api/v1/admin/domain_allows`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainAllows.create",
  method: "POST",
  path: "/api/v1/admin/domain_allows",
  body: /* @__PURE__ */ Schema.Struct({ domain: Argument.NonEmptyString }),
  response: AdminDomainAllow.AdminDomainAllow,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/admin/domain_allows/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainAllows.remove",
  method: "DELETE",
  path: "/api/v1/admin/domain_allows/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/**
 * One page of allowed domains: 100 by default, 200 at most (Mastodon 4.0). Permission
 * `manage_federation`.
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<AdminDomainAllow.AdminDomainAllow>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One allowed domain. Permission `manage_federation`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.DomainAllowId>): Endpoint.Call<AdminDomainAllow.AdminDomainAllow> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Allow a domain (answered with the existing entry when it is already allowed). A blank domain is
 * refused before sending. Permission `manage_federation`.
 *
 * @since 0.1.0
 */
export const create = (domain: string, options?: { readonly idempotencyKey?: string }): Endpoint.Call<AdminDomainAllow.AdminDomainAllow> =>
  Endpoint.call(createEndpoint, { body: { domain }, idempotencyKey: options?.idempotencyKey })

/**
 * Stop allowing a domain. Permission `manage_federation`.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.DomainAllowId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))
