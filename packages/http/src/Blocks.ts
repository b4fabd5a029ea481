/**
 * The accounts the signed-in user blocks (`GET /api/v1/blocks`). Blocking and unblocking one
 * account are account endpoints (`/api/v1/accounts/:id/block`). See the Mastodon docs,
 * methods/blocks.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/blocks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "blocks.list",
  method: "GET",
  path: "/api/v1/blocks",
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:blocks"],
  query: Endpoint.PageQuery,
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0", changed: "3.3.0" }
})

/**
 * One page of blocked accounts: 40 by default, 80 at most (`limit`). Block ids are not exposed,
 * so continue with the page's `next`/`prev` cursors (`Endpoint.fetchPage`, or the stream
 * package's `blocks`) rather than with account ids.
 *
 * @example
 * import { Blocks } from "@mastodon-effect/http"
 *  * const names = Effect.map(Blocks.list({ limit: 80 }), (page) => page.items.map((a) => a.acct))
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> => Endpoint.call(listEndpoint, { query: params })
