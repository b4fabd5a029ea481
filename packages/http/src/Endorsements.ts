/**
 * The accounts the signed-in user features on their profile (`GET /api/v1/endorsements`).
 * Featuring one account is an account endpoint (`/api/v1/accounts/:id/endorse`, formerly `pin`).
 * See the Mastodon docs, methods/endorsements.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/endorsements`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "endorsements.list",
  method: "GET",
  path: "/api/v1/endorsements",
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:accounts"],
  query: Endpoint.PageQuery,
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "2.5.0" }
})

/**
 * One page of the signed-in user's featured accounts: 40 by default, 80 at most (`limit`).
 * Continue with the page's `next`/`prev` cursors: the ids behind them are not account ids.
 *
 * @example
 * import { Endorsements } from "@mastodon-effect/http"
 *  * const featured = Effect.map(Endorsements.list(), (page) => page.items.map((a) => a.acct))
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> => Endpoint.call(listEndpoint, { query: params })
