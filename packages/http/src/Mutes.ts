/**
 * The accounts the signed-in user mutes (`GET /api/v1/mutes`). Muting and unmuting one account
 * are account endpoints (`/api/v1/accounts/:id/mute`). See the Mastodon docs, methods/mutes.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/mutes`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "mutes.list",
  method: "GET",
  path: "/api/v1/mutes",
  response: /* @__PURE__ */ Schema.Array(Account.MutedAccount),
  auth: "user",
  scopes: ["read:mutes", "follow"],
  query: Endpoint.PageQuery,
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0", changed: "3.3.0" }
})

/**
 * One page of muted accounts, each with `mute_expires_at` (null for a mute without end; absent
 * before Mastodon 3.3): 40 by default, 80 at most (`limit`). Mute ids are not exposed, so continue
 * with the page's `next`/`prev` cursors.
 *
 * @example
 * import { Mutes } from "@mastodon-effect/http"
 *  * const names = Effect.map(Mutes.list(), (page) => page.items.map((a) => [a.acct, a.mute_expires_at]))
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<Account.MutedAccount>> => Endpoint.call(listEndpoint, { query: params })
