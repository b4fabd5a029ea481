/**
 * The accounts the signed-in user blocks (`GET /api/v1/blocks`). Blocking and unblocking one
 * account are account endpoints (`/api/v1/accounts/:id/block`). See the Mastodon docs,
 * methods/blocks.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/blocks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "blocks.list",
  method: "GET",
  path: "/api/v1/blocks",
  response: Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:blocks"],
  pagination: "link",
  versions: { added: "0.0.0", changed: "3.3.0" }
})

/**
 * Every endpoint of this module by name, for tables, version checks and `Endpoint.fetchPage`.
 * Unused declarations are dropped by bundlers: each is its own export.
 *
 * @since 0.1.0
 */
export const endpoints = {
  list: listEndpoint
} as const

/**
 * One page of blocked accounts: 40 by default, 80 at most (`limit`). Block ids are not exposed,
 * so continue with the page's `next`/`prev` cursors (`Endpoint.fetchPage`, or the stream
 * package's `blocks`) rather than with account ids.
 *
 * @example
 * import { Blocks } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const names = Effect.map(Blocks.list({ limit: 80 }), (page) => page.items.map((a) => a.acct))
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params) =>
  Effect.flatMap(Page.toQuery(params), (query) => Endpoint.callPage(listEndpoint, { query }))
