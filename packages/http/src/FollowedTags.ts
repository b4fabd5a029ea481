/**
 * The hashtags the signed-in user follows (Mastodon 4.0): their statuses come into the home
 * timeline. Pages are cut by follow records, not tag ids: follow the page's cursors. Following
 * and unfollowing a hashtag are in `Tags`. See the Mastodon docs, methods/followed_tags.
 *
 * @since 0.1.0
 */
import * as Tag from "@mastodon-effect/core/Tag"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/followed_tags`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "followedTags.list",
  method: "GET",
  path: "/api/v1/followed_tags",
  query: /* @__PURE__ */ Schema.Struct({ limit: /* @__PURE__ */ Schema.optional(Argument.Limit) }),
  response: /* @__PURE__ */ Schema.Array(Tag.Tag),
  auth: "user",
  scopes: ["read:follows"],
  versions: { added: "4.0.0", changed: "4.1.0" },
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 })
})

/**
 * Options of {@link list}.
 *
 * @since 0.1.0
 */
export interface ListParams {
  /** Tags per page: 100 by default, 200 at most. */
  readonly limit?: number | undefined
}

/**
 * The first page of followed hashtags, most recently followed first (servers before 4.1 send
 * them all at once, without cursors).
 *
 * @example
 * import { FollowedTags } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const names = Effect.map(FollowedTags.list(), (page) => page.items.map((t) => t.name))
 *
 * @since 0.1.0
 */
export const list = (params?: ListParams): Endpoint.Call<Page.Page<Tag.Tag>> => Endpoint.call(listEndpoint, { query: params })
