/**
 * What is trending on the server: hashtags used by more accounts than usual, statuses with many
 * interactions, links shared widely. Ordered by the server's trend score and paged by `offset`.
 * See the Mastodon docs, methods/trends.
 *
 * @since 0.1.0
 */
import * as Status from "@mastodon-effect/core/Status"
import * as Tag from "@mastodon-effect/core/Tag"
import * as TrendsLink from "@mastodon-effect/core/TrendsLink"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link tags}: `GET /api/v1/trends/tags`. @since 0.1.0 */
export const tagsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "trends.tags",
  method: "GET",
  path: "/api/v1/trends/tags",
  query: Argument.OffsetQuery,
  response: /* @__PURE__ */ Schema.Array(Tag.Tag),
  // Public; a token adds whether the user follows each tag.
  auth: "optional",
  versions: { added: "3.0.0", changed: "3.5.0" },
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 10, max: 20 })
})

/** The declaration behind {@link statuses}: `GET /api/v1/trends/statuses`. @since 0.1.0 */
export const statusesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "trends.statuses",
  method: "GET",
  path: "/api/v1/trends/statuses",
  query: Argument.OffsetQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "optional",
  versions: { added: "3.5.0" },
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 20, max: 40 })
})

/** The declaration behind {@link links}: `GET /api/v1/trends/links`. @since 0.1.0 */
export const linksEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "trends.links",
  method: "GET",
  path: "/api/v1/trends/links",
  query: Argument.OffsetQuery,
  response: /* @__PURE__ */ Schema.Array(TrendsLink.TrendsLink),
  auth: "optional",
  versions: { added: "3.5.0" },
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 10, max: 20 })
})

/**
 * Options of the trend lists.
 *
 * @since 0.1.0
 */
export interface OffsetParams {
  /** Skip this many. */
  readonly offset?: number | undefined
  /** How many: 10 tags or links by default (20 at most), 20 statuses (40 at most). */
  readonly limit?: number | undefined
}

/**
 * Trending hashtags, with their use over the last days.
 *
 * @example
 * import { Trends } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const top = Effect.map(Trends.tags({ limit: 5 }), (tags) => tags.map((t) => t.name))
 *
 * @since 0.1.0
 */
export const tags = (params?: OffsetParams): Endpoint.Call<ReadonlyArray<Tag.Tag>> => Endpoint.call(tagsEndpoint, { query: params })

/**
 * Trending statuses (Mastodon 3.5).
 *
 * @since 0.1.0
 */
export const statuses = (params?: OffsetParams): Endpoint.Call<ReadonlyArray<Status.Status>> =>
  Endpoint.call(statusesEndpoint, { query: params })

/**
 * Trending links, as preview cards with their share history (Mastodon 3.5).
 *
 * @since 0.1.0
 */
export const links = (params?: OffsetParams): Endpoint.Call<ReadonlyArray<TrendsLink.TrendsLink>> =>
  Endpoint.call(linksEndpoint, { query: params })
