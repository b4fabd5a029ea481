/**
 * Who to follow: accounts suggested by staff or from past interactions, and removing one from the
 * suggestions. See the Mastodon docs, methods/suggestions.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Id from "@mastodon-effect/core/Id"
import * as Suggestion from "@mastodon-effect/core/Suggestion"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import * as Argument from "./Argument.js"

/** The query of the suggestion lists: a page size. */
const LimitQuery = /* @__PURE__ */ Schema.Struct({ limit: /* @__PURE__ */ Schema.optional(Argument.Limit) })

/** The declaration behind {@link list}: `GET /api/v2/suggestions`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "suggestions.list",
  method: "GET",
  path: "/api/v2/suggestions",
  query: LimitQuery,
  response: /* @__PURE__ */ Schema.Array(Suggestion.Suggestion),
  auth: "user",
  scopes: ["read"],
  versions: { added: "3.4.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/suggestions/:account_id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "suggestions.remove",
  method: "DELETE",
  path: "/api/v1/suggestions/:account_id",
  // Documented as `{}`: nothing to decode.
  response: Schema.Unknown,
  auth: "user",
  scopes: ["read"],
  versions: { added: "2.4.3" }
})

/** The declaration behind {@link listV1}: `GET /api/v1/suggestions`. @since 0.1.0 */
export const listV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "suggestions.listV1",
  method: "GET",
  path: "/api/v1/suggestions",
  query: LimitQuery,
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read"],
  deprecated: true,
  versions: { added: "2.4.3", changed: "3.4.0" }
})

/**
 * Options of {@link list} and {@link listV1}.
 *
 * @since 0.1.0
 */
export interface ListParams {
  /** How many suggestions: 40 by default, 80 at most. */
  readonly limit?: number | undefined
}

/**
 * Suggested accounts with the reasons for each (`sources`, or the older single `source`). Not
 * paginated: only `limit` (40 by default, 80 at most), checked before sending.
 *
 * @example
 * import { Suggestions } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const who = Effect.map(Suggestions.list({ limit: 10 }), (s) => s.map((x) => x.account.acct))
 *
 * @since 0.1.0
 */
export const list = (params: ListParams = {}): Endpoint.Call<ReadonlyArray<Suggestion.Suggestion>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * Stop suggesting an account. The server answers success even for an id it never suggested.
 *
 * @since 0.1.0
 */
export const remove = (account: Id.IdOrEntity<Id.AccountId>) =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { account_id: Id.idOf(account) } }))

/**
 * The older suggestions (`GET /api/v1/suggestions`, deprecated since Mastodon 3.4): accounts
 * only, without reasons. For servers without the v2 endpoint.
 *
 * @since 0.1.0
 */
export const listV1 = (params: ListParams = {}): Endpoint.Call<ReadonlyArray<Account.Account>> =>
  Endpoint.call(listV1Endpoint, { query: params })

/**
 * Suggestions from whichever API the server has: v2 (with reasons), or v1 accounts from a server
 * older than 3.4, each wrapped as a suggestion without a reason.
 *
 * @since 0.1.0
 */
export const newest = (params: ListParams = {}): Endpoint.Call<ReadonlyArray<Suggestion.Suggestion>> =>
  list(params).pipe(
    Effect.catchIf(
      (e) => e._tag === "NotFound" || e._tag === "Gone",
      () => Effect.map(listV1(params), (accounts) => accounts.map((account): Suggestion.Suggestion => ({ account })))
    )
  )
