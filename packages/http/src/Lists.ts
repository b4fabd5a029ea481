/**
 * The signed-in user's lists of accounts: read, create, rename, delete, and manage their members.
 * A list's timeline is a timeline endpoint (`/api/v1/timelines/list/:list_id`). See the Mastodon
 * docs, methods/lists.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Id from "@mastodon-effect/core/Id"
import * as List from "@mastodon-effect/core/List"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The body of {@link create} and {@link update}. */
const ListBody = /* @__PURE__ */ Schema.Struct({
  title: Argument.NonEmptyString,
  replies_policy: /* @__PURE__ */ Schema.optional(Schema.String),
  exclusive: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

/** The body or query naming the accounts of {@link addAccounts} and {@link removeAccounts}. */
const AccountIdsParams = /* @__PURE__ */ Schema.Struct({ account_ids: Argument.IdRefs })

/** The declaration behind {@link list}: `GET /api/v1/lists`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.list",
  method: "GET",
  path: "/api/v1/lists",
  response: /* @__PURE__ */ Schema.Array(List.List),
  auth: "user",
  scopes: ["read:lists"],
  versions: { added: "2.1.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/lists/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.get",
  method: "GET",
  path: "/api/v1/lists/:id",
  response: List.List,
  auth: "user",
  scopes: ["read:lists"],
  versions: { added: "2.1.0" }
})

/** The declaration behind {@link create}: `POST /api/v1/lists`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.create",
  method: "POST",
  path: "/api/v1/lists",
  body: ListBody,
  response: List.List,
  auth: "user",
  scopes: ["write:lists"],
  versions: { added: "2.1.0", changed: "4.2.0" }
})

/** The declaration behind {@link update}: `PUT /api/v1/lists/:id`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.update",
  method: "PUT",
  path: "/api/v1/lists/:id",
  body: ListBody,
  response: List.List,
  auth: "user",
  scopes: ["write:lists"],
  versions: { added: "2.1.0", changed: "4.2.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/lists/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.remove",
  method: "DELETE",
  path: "/api/v1/lists/:id",
  // Documented as `{}`: nothing to decode.
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:lists"],
  versions: { added: "2.1.0" }
})

/** The declaration behind {@link accounts}: `GET /api/v1/lists/:id/accounts`. @since 0.1.0 */
export const accountsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.accounts",
  method: "GET",
  path: "/api/v1/lists/:id/accounts",
  // A limit of 0 means "every member at once" here.
  query: /* @__PURE__ */ Schema.Struct({ ...Argument.PageQuery.fields, limit: /* @__PURE__ */ Schema.optional(Argument.WholeNumber(0)) }),
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:lists"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "2.1.0", changed: "3.3.0" }
})

/** The declaration behind {@link addAccounts}: `POST /api/v1/lists/:id/accounts`. @since 0.1.0 */
export const addAccountsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.addAccounts",
  method: "POST",
  path: "/api/v1/lists/:id/accounts",
  body: AccountIdsParams,
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:lists"],
  versions: { added: "2.1.0" }
})

/** The declaration behind {@link removeAccounts}: `DELETE /api/v1/lists/:id/accounts`. @since 0.1.0 */
export const removeAccountsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.removeAccounts",
  method: "DELETE",
  path: "/api/v1/lists/:id/accounts",
  query: AccountIdsParams,
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:lists"],
  versions: { added: "2.1.0" }
})


/**
 * All lists of the signed-in user (not paginated).
 *
 * @example
 * import { Lists } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const titles = Effect.map(Lists.list(), (lists) => lists.map((l) => l.title))
 *
 * @since 0.1.0
 */
export const list = (): Endpoint.Call<ReadonlyArray<List.List>> => Endpoint.call(listEndpoint)

/**
 * One list by id. Fails with `NotFound` when it does not exist or belongs to someone else.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.ListId>): Endpoint.Call<List.List> => Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * The fields of a list, for {@link create} and {@link update}.
 *
 * @since 0.1.0
 */
export interface ListParams {
  /** The list's name; a blank one is refused before sending. */
  readonly title: string
  /** Which replies the list timeline shows (Mastodon 3.3): `list` when not set on creation. */
  readonly replies_policy?: List.RepliesPolicy | undefined
  /** Leave members' posts out of the home timeline (Mastodon 4.2). */
  readonly exclusive?: boolean | undefined
}


/**
 * Create a list. An unknown `replies_policy` fails with `UnprocessableEntity`.
 *
 * @example
 * import { Lists } from "@mastodon-effect/http"
 * const friends = Lists.create({ title: "Friends", replies_policy: "followed", exclusive: true })
 *
 * @since 0.1.0
 */
export const create = (params: ListParams): Endpoint.Call<List.List> => Endpoint.call(createEndpoint, { body: params })

/**
 * Change a list. The docs require `title` on every update, so it is required here too; options
 * left unset are not sent and keep their value.
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.ListId>, params: ListParams): Endpoint.Call<List.List> =>
  Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Delete a list. Fails with `NotFound` when it does not exist or belongs to someone else.
 * (`delete` is a reserved word, hence the name.)
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.ListId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))

/**
 * One page of a list's members: 40 by default, 80 at most. `limit: 0` asks for every member at
 * once, without pagination (the one endpoint where 0 is allowed).
 *
 * @example
 * import { Lists } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * import * as Effect from "effect/Effect"
 * declare const listId: Id.ListId
 * const everyone = Effect.map(Lists.accounts(listId, { limit: 0 }), (page) => page.items)
 *
 * @since 0.1.0
 */
export const accounts = (id: Id.IdOrEntity<Id.ListId>, params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> =>
  Endpoint.call(accountsEndpoint, { path: { id: Id.idOf(id) }, query: params })

/**
 * Add accounts to a list (sent as `account_ids[]`). The user must follow each of them: otherwise,
 * or for an unknown list, `NotFound`; an account already in the list gives `UnprocessableEntity`.
 * An empty array is refused before sending.
 *
 * @example
 * import { Lists } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const listId: Id.ListId
 * declare const alice: Id.AccountId
 * const added = Lists.addAccounts(listId, [alice])
 *
 * @since 0.1.0
 */
export const addAccounts = (
  id: Id.IdOrEntity<Id.ListId>,
  accountIds: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>
): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(addAccountsEndpoint, { path: { id: Id.idOf(id) }, body: { account_ids: accountIds } }))

/**
 * Remove accounts from a list (sent as `account_ids[]`); accounts not in it are ignored. Fails
 * with `NotFound` for an unknown list. The ids travel in the query string, which Rails reads as
 * well as a body, because some proxies and HTTP stacks drop the body of a DELETE.
 *
 * @since 0.1.0
 */
export const removeAccounts = (
  id: Id.IdOrEntity<Id.ListId>,
  accountIds: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>
): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeAccountsEndpoint, { path: { id: Id.idOf(id) }, query: { account_ids: accountIds } }))
