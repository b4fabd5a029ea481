/**
 * Follow requests waiting for the signed-in user's answer (a locked account's incoming requests):
 * list, accept, reject. See the Mastodon docs, methods/follow_requests.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Id from "@mastodon-effect/core/Id"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/follow_requests`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "followRequests.list",
  method: "GET",
  path: "/api/v1/follow_requests",
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:follows", "follow"],
  query: Endpoint.PageQuery,
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0" }
})

/** The declaration behind {@link authorize}: `POST /api/v1/follow_requests/:account_id/authorize`. @since 0.1.0 */
export const authorizeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "followRequests.authorize",
  method: "POST",
  path: "/api/v1/follow_requests/:account_id/authorize",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:follows", "follow"],
  versions: { added: "0.0.0", changed: "3.0.0" }
})

/** The declaration behind {@link reject}: `POST /api/v1/follow_requests/:account_id/reject`. @since 0.1.0 */
export const rejectEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "followRequests.reject",
  method: "POST",
  path: "/api/v1/follow_requests/:account_id/reject",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:follows", "follow"],
  versions: { added: "0.0.0", changed: "3.0.0" }
})

/**
 * One page of accounts asking to follow the signed-in user: 40 by default, 80 at most (`limit`).
 * Continue with the page's `next`/`prev` cursors: the ids behind them are request ids, not
 * account ids.
 *
 * @example
 * import { FollowRequests } from "@mastodon-effect/http"
 *  * // accept everyone on the first page
 * const acceptAll = Effect.flatMap(FollowRequests.list(), (page) =>
 *   Effect.forEach(page.items, (account) => FollowRequests.authorize(account)))
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> => Endpoint.call(listEndpoint, { query: params })

/**
 * Accept an account's follow request; the returned relationship has `followed_by: true`.
 * Fails with `NotFound` when that account has no pending request.
 *
 * @since 0.1.0
 */
export const authorize = (account: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<Relationship.Relationship> =>
  Endpoint.call(authorizeEndpoint, { path: { account_id: Id.idOf(account) } })

/**
 * Reject an account's follow request; the relationship is returned unchanged otherwise.
 * Fails with `NotFound` when that account has no pending request.
 *
 * @since 0.1.0
 */
export const reject = (account: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<Relationship.Relationship> =>
  Endpoint.call(rejectEndpoint, { path: { account_id: Id.idOf(account) } })
