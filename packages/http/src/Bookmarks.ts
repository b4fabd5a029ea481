/**
 * The statuses the signed-in user bookmarked, most recently bookmarked first. Pages are cut by
 * bookmark records, whose ids no response shows: follow the page's `next`/`prev` cursors (or use
 * the `bookmarks` stream), never a status id. See the Mastodon docs, methods/bookmarks.
 *
 * @since 0.1.0
 */
import * as Status from "@mastodon-effect/core/Status"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/bookmarks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "bookmarks.list",
  method: "GET",
  path: "/api/v1/bookmarks",
  query: /* @__PURE__ */ Schema.Struct({ limit: /* @__PURE__ */ Schema.optional(Argument.Limit) }),
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "user",
  scopes: ["read:bookmarks"],
  versions: { added: "3.1.0", changed: "3.3.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 20, max: 40 })
})

/**
 * Options of {@link list}: only a page size, since the cursors are the server's own.
 *
 * @since 0.1.0
 */
export interface ListParams {
  /** Statuses per page: 20 by default, 40 at most. */
  readonly limit?: number | undefined
}

/**
 * The first page of the user's bookmarks; `Endpoint.fetchPage(page.endpoint, cursor)` or a stream
 * goes on from its cursors.
 *
 * @example
 * import { Bookmarks } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const latest = Effect.map(Bookmarks.list({ limit: 5 }), (page) => page.items)
 *
 * @since 0.1.0
 */
export const list = (params?: ListParams): Endpoint.Call<Page.Page<Status.Status>> => Endpoint.call(listEndpoint, { query: params })
