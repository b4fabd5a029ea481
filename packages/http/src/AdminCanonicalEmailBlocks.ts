/**
 * Blocks of canonical e-mail addresses (the address with dots and `+tags` removed, hashed), which
 * stop a banned person from signing up again with a variant of their address: list, read, test
 * an address, block and unblock. See the Mastodon docs, methods/admin/canonical_email_blocks.
 *
 * Every call needs `admin:read:canonical_email_blocks` / `admin:write:canonical_email_blocks` (or
 * `admin:read` / `admin:write`) and a role granting `manage_blocks`; otherwise `Forbidden`.
 *
 * @since 0.1.0
 */
import * as AdminCanonicalEmailBlock from "@mastodon-effect/core/AdminCanonicalEmailBlock"
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
  test: "manage_blocks",
  create: "manage_blocks",
  remove: "manage_blocks"
} as const satisfies Record<string, RolePermission.Flag>

const CreateBody = /* @__PURE__ */ Schema.Union(
  /* @__PURE__ */ Schema.Struct({ email: Argument.NonEmptyString }),
  /* @__PURE__ */ Schema.Struct({ canonical_email_hash: Argument.NonEmptyString })
)

const read = ["admin:read:canonical_email_blocks"] as const
const write = ["admin:write:canonical_email_blocks"] as const

/** The declaration behind {@link list}: `GET /api/v1/admin/canonical_email_blocks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminCanonicalEmailBlocks.list",
  method: "GET",
  path: "/api/v1/admin/canonical_email_blocks",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(AdminCanonicalEmailBlock.AdminCanonicalEmailBlock),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/** The declaration behind {@link get}: `GET /api/v1/admin/canonical_email_blocks/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminCanonicalEmailBlocks.get",
  method: "GET",
  path: "/api/v1/admin/canonical_email_blocks/:id",
  response: AdminCanonicalEmailBlock.AdminCanonicalEmailBlock,
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link test}: `POST /api/v1/admin/canonical_email_blocks/test`. @since 0.1.0 */
export const testEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminCanonicalEmailBlocks.test",
  method: "POST",
  path: "/api/v1/admin/canonical_email_blocks/test",
  body: /* @__PURE__ */ Schema.Struct({ email: Argument.NonEmptyString }),
  response: /* @__PURE__ */ Schema.Array(AdminCanonicalEmailBlock.AdminCanonicalEmailBlock),
  auth: "user",
  // A read: it changes nothing, whatever the method.
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link create}: `POST /api/v1/admin/canonical_email_blocks`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminCanonicalEmailBlocks.create",
  method: "POST",
  path: "/api/v1/admin/canonical_email_blocks",
  body: CreateBody,
  response: AdminCanonicalEmailBlock.AdminCanonicalEmailBlock,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/admin/canonical_email_blocks/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminCanonicalEmailBlocks.remove",
  method: "DELETE",
  path: "/api/v1/admin/canonical_email_blocks/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/**
 * What {@link create} blocks: an address (canonicalized and hashed by the server) or a hash
 * computed beforehand.
 *
 * @since 0.1.0
 */
export type CreateParams = { readonly email: string } | { readonly canonical_email_hash: string }

/**
 * One page of canonical e-mail blocks: 100 by default, 200 at most (Mastodon 4.0). Permission
 * `manage_blocks`.
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<AdminCanonicalEmailBlock.AdminCanonicalEmailBlock>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One canonical e-mail block. Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.CanonicalEmailBlockId>): Endpoint.Call<AdminCanonicalEmailBlock.AdminCanonicalEmailBlock> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * The blocks an address falls under (empty when it may sign up): `j.o.e+x@example.com` matches a
 * block of `joe@example.com`. Permission `manage_blocks`.
 *
 * @example
 * import { AdminCanonicalEmailBlocks } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const blocked = Effect.map(AdminCanonicalEmailBlocks.test("j.o.e+x@example.com"), (matches) => matches.length > 0)
 *
 * @since 0.1.0
 */
export const test = (email: string): Endpoint.Call<ReadonlyArray<AdminCanonicalEmailBlock.AdminCanonicalEmailBlock>> =>
  Endpoint.call(testEndpoint, { body: { email } })

/**
 * Block an address and its variants. Already blocked: `UnprocessableEntity`. Permission
 * `manage_blocks`.
 *
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: { readonly idempotencyKey?: string }
): Endpoint.Call<AdminCanonicalEmailBlock.AdminCanonicalEmailBlock> =>
  Endpoint.call(createEndpoint, { body: params, idempotencyKey: options?.idempotencyKey })

/**
 * Lift a canonical e-mail block. Permission `manage_blocks`.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.CanonicalEmailBlockId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))
