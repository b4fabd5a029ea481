/**
 * Search v2: accounts, statuses and hashtags matching a query, in one answer. Paged by `offset`
 * and `limit` (per kind of result, and only with `type` set); `resolve` and `offset` need a user
 * token. Full-text status search depends on the server's search backend. See the Mastodon docs,
 * methods/search.
 *
 * @since 0.1.0
 */
import type * as Id from "@mastodon-effect/core/Id"
import * as Search from "@mastodon-effect/core/Search"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/**
 * The kinds of result a search can be limited to.
 *
 * @since 0.1.0
 */
export type Type = "accounts" | "hashtags" | "statuses"

const SearchQuery = /* @__PURE__ */ Schema.Struct({
  q: Argument.NonEmptyString,
  type: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("accounts", "hashtags", "statuses")),
  resolve: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  following: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  account_id: /* @__PURE__ */ Schema.optional(Argument.IdRef),
  exclude_unreviewed: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  max_id: /* @__PURE__ */ Schema.optional(Argument.Position),
  min_id: /* @__PURE__ */ Schema.optional(Argument.Position),
  ...Argument.OffsetQuery.fields
})

/** The declaration behind {@link search}: `GET /api/v2/search`. @since 0.1.0 */
export const searchEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "search.search",
  method: "GET",
  path: "/api/v2/search",
  query: SearchQuery,
  response: Search.Search,
  // Anonymous searches work since 4.0, without `resolve` or `offset`.
  auth: "optional",
  scopes: ["read:search"],
  versions: { added: "2.4.1", changed: "4.0.0" },
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 20, max: 40 })
})

/**
 * Options of {@link search}.
 *
 * @since 0.1.0
 */
export interface SearchParams {
  /** Only this kind of result; needed for `offset` to apply. */
  readonly type?: Type | undefined
  /** Look remote accounts up over WebFinger, or fetch the status or account behind an https URL. */
  readonly resolve?: boolean | undefined
  /** Only accounts the user follows. */
  readonly following?: boolean | undefined
  /** Only statuses by this account. */
  readonly account_id?: Id.IdOrEntity<Id.AccountId> | undefined
  /** Leave out hashtags the moderators have not reviewed (for trend-like suggestions). */
  readonly exclude_unreviewed?: boolean | undefined
  /** Statuses older than this id (or moment). */
  readonly max_id?: Argument.Position | undefined
  /** Statuses newer than this id (or moment). */
  readonly min_id?: Argument.Position | undefined
  /** Results per kind: 20 by default, 40 at most. */
  readonly limit?: number | undefined
  /** Skip this many results (with `type` only). */
  readonly offset?: number | undefined
}

/**
 * Search accounts, statuses and hashtags. A blank query is refused before sending.
 *
 * @example
 * import { Search } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const tags = Effect.map(Search.search("cats", { type: "hashtags" }), (r) => r.hashtags)
 *
 * @since 0.1.0
 */
export const search = (q: string, params: SearchParams = {}): Endpoint.Call<Search.Search> =>
  Endpoint.call(searchEndpoint, { query: { ...params, q } })
