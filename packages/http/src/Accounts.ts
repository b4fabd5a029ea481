/**
 * The account endpoints (`/api/v1/accounts/...`). See the Mastodon docs, methods/accounts.
 *
 * Every function returns an `Effect` that needs a `MastodonClient` and fails with a
 * `MastodonError`. Ids may be given as the branded id or as any entity that has one.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Id from "@mastodon-effect/core/Id"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import * as Page from "./Page.js"

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** @since 0.1.0 */
export const endpoints = {
  verifyCredentials: Endpoint.make({
    name: "accounts.verifyCredentials",
    method: "GET",
    path: "/api/v1/accounts/verify_credentials",
    response: Account.CredentialAccount,
    auth: "user",
    scopes: ["profile", "read:accounts"],
    versions: { added: "0.0.0", changed: "4.3.0" }
  }),
  get: Endpoint.make({
    name: "accounts.get",
    method: "GET",
    path: "/api/v1/accounts/:id",
    response: Account.Account,
    auth: "optional",
    versions: { added: "0.0.0", changed: "4.4.0" }
  }),
  followers: Endpoint.make({
    name: "accounts.followers",
    method: "GET",
    path: "/api/v1/accounts/:id/followers",
    response: Schema.Array(Account.Account),
    auth: "optional",
    pagination: "link",
    versions: { added: "0.0.0", changed: "4.0.0" }
  }),
  follow: Endpoint.make({
    name: "accounts.follow",
    method: "POST",
    path: "/api/v1/accounts/:id/follow",
    response: Relationship.Relationship,
    auth: "user",
    scopes: ["write:follows"],
    versions: { added: "0.0.0", changed: "4.0.0" }
  }),
  relationships: Endpoint.make({
    name: "accounts.relationships",
    method: "GET",
    path: "/api/v1/accounts/relationships",
    response: Schema.Array(Relationship.Relationship),
    auth: "user",
    scopes: ["read:follows"],
    versions: { added: "0.0.0", changed: "4.3.0" }
  })
} as const

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * The signed-in account, with its `source` (plain-text bio, posting defaults) and `role`.
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const program = Effect.map(Accounts.verifyCredentials(), (me) => me.acct)
 *
 * @since 0.1.0
 */
export const verifyCredentials = () => Endpoint.call(endpoints.verifyCredentials)

/**
 * Alias of {@link verifyCredentials}: the signed-in account.
 *
 * @since 0.1.0
 */
export const me = verifyCredentials

/**
 * One account by id.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.AccountId>) => Endpoint.call(endpoints.get, { path: { id: Id.idOf(id) } })

/**
 * Accounts that follow the given account (40 per page by default, 80 at most), unless it hides
 * its network. Follow `next` with `Endpoint.fetchPage` or walk them all with the stream package.
 *
 * @since 0.1.0
 */
export const followers = (id: Id.IdOrEntity<Id.AccountId>, params?: Page.Params) =>
  Effect.flatMap(
    Page.toQuery(params),
    (query) => Endpoint.callPage(endpoints.followers, { path: { id: Id.idOf(id) }, query })
  )

/**
 * Options of {@link follow}.
 *
 * @since 0.1.0
 */
export interface FollowParams {
  /** Show this account's boosts in the home timeline (default true). */
  readonly reblogs?: boolean | undefined
  /** Notify on each of this account's posts (default false; Mastodon 3.3). */
  readonly notify?: boolean | undefined
  /** Only receive posts in these ISO 639-1 languages (Mastodon 4.0). */
  readonly languages?: ReadonlyArray<string> | undefined
}

/**
 * Follow an account, or change the options of an existing follow. Following a locked account
 * makes a request (`requested: true` in the relationship).
 *
 * @since 0.1.0
 */
export const follow = (id: Id.IdOrEntity<Id.AccountId>, params: FollowParams = {}) =>
  Endpoint.call(endpoints.follow, {
    path: { id: Id.idOf(id) },
    body: { _tag: "Form", params: { reblogs: params.reblogs, notify: params.notify, languages: params.languages } }
  })

/**
 * The relationships of the signed-in account to the given accounts (`id[]`).
 *
 * @since 0.1.0
 */
export const relationships = (
  ids: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>,
  params: { readonly with_suspended?: boolean | undefined } = {}
) =>
  Endpoint.call(endpoints.relationships, {
    query: { id: ids.map(Id.idOf), with_suspended: params.with_suspended }
  })
