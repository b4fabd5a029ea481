/**
 * Domains the server limits or refuses to federate with: list, read, block, change and lift a
 * block. See the Mastodon docs, methods/admin/domain_blocks.
 *
 * Every call needs `admin:read:domain_blocks` / `admin:write:domain_blocks` (or `admin:read` /
 * `admin:write`) and a role granting `manage_federation`; otherwise `Forbidden`.
 *
 * @since 0.1.0
 */
import * as AdminDomainBlock from "@mastodon-effect/core/AdminDomainBlock"
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
  update: "manage_federation",
  remove: "manage_federation"
} as const satisfies Record<string, RolePermission.Flag>

const optionFields = {
  severity: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("silence", "suspend", "noop")),
  reject_media: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  reject_reports: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  private_comment: /* @__PURE__ */ Schema.optional(Schema.String),
  public_comment: /* @__PURE__ */ Schema.optional(Schema.String),
  obfuscate: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}

const CreateBody = /* @__PURE__ */ Schema.Struct({ domain: Argument.NonEmptyString, ...optionFields })
const UpdateBody = /* @__PURE__ */ Schema.Struct(optionFields)

const read = ["admin:read:domain_blocks"] as const
const write = ["admin:write:domain_blocks"] as const

/** The declaration behind {@link list}: `GET /api/v1/admin/domain_blocks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainBlocks.list",
  method: "GET",
  path: "/api/v1/admin/domain_blocks",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(AdminDomainBlock.AdminDomainBlock),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link get}: `GET /api/v1/admin/domain_blocks/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainBlocks.get",
  method: "GET",
  path: "/api/v1/admin/domain_blocks/:id",
  response: AdminDomainBlock.AdminDomainBlock,
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link create}: `POST /api/v1/admin/domain_blocks`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainBlocks.create",
  method: "POST",
  path: "/api/v1/admin/domain_blocks",
  body: CreateBody,
  response: AdminDomainBlock.AdminDomainBlock,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link update}: `PUT /api/v1/admin/domain_blocks/:id`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainBlocks.update",
  method: "PUT",
  path: "/api/v1/admin/domain_blocks/:id",
  body: UpdateBody,
  response: AdminDomainBlock.AdminDomainBlock,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/admin/domain_blocks/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminDomainBlocks.remove",
  method: "DELETE",
  path: "/api/v1/admin/domain_blocks/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/**
 * How a domain is blocked; every option left out keeps the server's default (or, on update, its
 * current value).
 *
 * @since 0.1.0
 */
export interface BlockOptions {
  /** `silence` (the default: limited), `suspend` (nothing federates) or `noop` (only the options below). */
  readonly severity?: "silence" | "suspend" | "noop" | undefined
  /** Refuse the domain's media files. */
  readonly reject_media?: boolean | undefined
  /** Ignore reports from the domain. */
  readonly reject_reports?: boolean | undefined
  /** A note for moderators only. */
  readonly private_comment?: string | undefined
  /** A note shown with the public list of blocked domains. */
  readonly public_comment?: string | undefined
  /** Show the domain partly hidden in the public list. */
  readonly obfuscate?: boolean | undefined
}

/**
 * What {@link create} takes: the domain and its options.
 *
 * @since 0.1.0
 */
export interface CreateParams extends BlockOptions {
  /** The domain; a blank one is refused before sending. */
  readonly domain: string
}

/**
 * One page of blocked domains: 100 by default, 200 at most (Mastodon 4.0). Permission
 * `manage_federation`.
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<AdminDomainBlock.AdminDomainBlock>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One domain block. Permission `manage_federation`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.DomainBlockId>): Endpoint.Call<AdminDomainBlock.AdminDomainBlock> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Block a domain. A domain already blocked at least as strictly fails with `UnprocessableEntity`,
 * whose `details` carry the existing block. Permission `manage_federation`.
 *
 * @example
 * import { AdminDomainBlocks } from "@mastodon-effect/http"
 * const blocked = AdminDomainBlocks.create({ domain: "spam.example", severity: "suspend", reject_media: true })
 *
 * @since 0.1.0
 */
export const create = (params: CreateParams, options?: { readonly idempotencyKey?: string }): Endpoint.Call<AdminDomainBlock.AdminDomainBlock> =>
  Endpoint.call(createEndpoint, { body: params, idempotencyKey: options?.idempotencyKey })

/**
 * Change a domain block. Permission `manage_federation`.
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.DomainBlockId>, params: BlockOptions): Endpoint.Call<AdminDomainBlock.AdminDomainBlock> =>
  Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Lift a domain block. Permission `manage_federation`.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.DomainBlockId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))
