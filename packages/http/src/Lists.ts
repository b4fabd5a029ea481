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
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/lists`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.list",
  method: "GET",
  path: "/api/v1/lists",
  response: Schema.Array(List.List),
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
  response: Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:lists"],
  pagination: "link",
  versions: { added: "2.1.0", changed: "3.3.0" }
})

/** The declaration behind {@link addAccounts}: `POST /api/v1/lists/:id/accounts`. @since 0.1.0 */
export const addAccountsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "lists.addAccounts",
  method: "POST",
  path: "/api/v1/lists/:id/accounts",
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
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:lists"],
  versions: { added: "2.1.0" }
})

/**
 * Every endpoint of this module by name, for tables, version checks and `Endpoint.fetchPage`.
 * Unused declarations are dropped by bundlers: each is its own export.
 *
 * @since 0.1.0
 */
export const endpoints = {
  list: listEndpoint,
  get: getEndpoint,
  create: createEndpoint,
  update: updateEndpoint,
  remove: removeEndpoint,
  accounts: accountsEndpoint,
  addAccounts: addAccountsEndpoint,
  removeAccounts: removeAccountsEndpoint
} as const

const invalid = (argument: string, reason: string) => Effect.fail(new MastodonError.InvalidArgument({ argument, reason }))

const checkTitle = (title: string) => title.trim() === "" ? invalid("title", "an empty title") : Effect.void

const checkAccountIds = (ids: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>) =>
  ids.length === 0
    ? invalid("account_ids", "no account given")
    : ids.some((id) => Id.idOf(id) === "")
    ? invalid("account_ids", "an empty id")
    : Effect.succeed(ids.map(Id.idOf))

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
export const list = () => Endpoint.call(listEndpoint)

/**
 * One list by id. Fails with `NotFound` when it does not exist or belongs to someone else.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.ListId>) => Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

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

const listForm = (params: ListParams) => ({
  _tag: "Form" as const,
  params: { title: params.title, replies_policy: params.replies_policy, exclusive: params.exclusive }
})

/**
 * Create a list. An unknown `replies_policy` fails with `UnprocessableEntity`.
 *
 * @example
 * import { Lists } from "@mastodon-effect/http"
 * const friends = Lists.create({ title: "Friends", replies_policy: "followed", exclusive: true })
 *
 * @since 0.1.0
 */
export const create = (params: ListParams) =>
  Effect.zipRight(checkTitle(params.title), Endpoint.call(createEndpoint, { body: listForm(params) }))

/**
 * Change a list. The docs require `title` on every update, so it is required here too; options
 * left unset are not sent and keep their value.
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.ListId>, params: ListParams) =>
  Effect.zipRight(
    checkTitle(params.title),
    Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: listForm(params) })
  )

/**
 * Delete a list. Fails with `NotFound` when it does not exist or belongs to someone else.
 * (`delete` is a reserved word, hence the name.)
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.ListId>) =>
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
export const accounts = (id: Id.IdOrEntity<Id.ListId>, params?: Page.Params) =>
  Effect.flatMap(
    // 0 means "all of them" here, which the shared check (at least 1) would refuse.
    Page.toQuery({ ...params, limit: params?.limit === 0 ? undefined : params?.limit }),
    (query) =>
      Endpoint.callPage(accountsEndpoint, {
        path: { id: Id.idOf(id) },
        query: params?.limit === 0 ? { ...query, limit: 0 } : query
      })
  )

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
export const addAccounts = (id: Id.IdOrEntity<Id.ListId>, accountIds: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>) =>
  Effect.flatMap(checkAccountIds(accountIds), (account_ids) =>
    Effect.asVoid(
      Endpoint.call(addAccountsEndpoint, {
        path: { id: Id.idOf(id) },
        body: { _tag: "Form", params: { account_ids } }
      })
    ))

/**
 * Remove accounts from a list (sent as `account_ids[]`); accounts not in it are ignored. Fails
 * with `NotFound` for an unknown list. The ids travel in the query string, which Rails reads as
 * well as a body, because some proxies and HTTP stacks drop the body of a DELETE.
 *
 * @since 0.1.0
 */
export const removeAccounts = (id: Id.IdOrEntity<Id.ListId>, accountIds: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>) =>
  Effect.flatMap(checkAccountIds(accountIds), (account_ids) =>
    Effect.asVoid(
      Endpoint.call(removeAccountsEndpoint, { path: { id: Id.idOf(id) }, query: { account_ids } })
    ))
