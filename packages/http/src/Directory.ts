/**
 * The profile directory: accounts that opted in to being listed (`GET /api/v1/directory`).
 * See the Mastodon docs, methods/directory.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link list}: `GET /api/v1/directory`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "directory.list",
  method: "GET",
  path: "/api/v1/directory",
  query: /* @__PURE__ */ Schema.Struct({
    offset: /* @__PURE__ */ Schema.optional(Argument.WholeNumber(0)),
    limit: /* @__PURE__ */ Schema.optional(Argument.Limit),
    order: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("active", "new")),
    local: /* @__PURE__ */ Schema.optional(Schema.Boolean)
  }),
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "public",
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 40, max: 80 }),
  versions: { added: "3.0.0" }
})

/**
 * Options of {@link list}.
 *
 * @since 0.1.0
 */
export interface ListParams {
  /** Skip this many accounts (a whole number, 0 or more). */
  readonly offset?: number | undefined
  /** How many accounts: 40 by default, 80 at most. */
  readonly limit?: number | undefined
  /** `active` (default): most recently posting first; `new`: most recently created first. */
  readonly order?: "active" | "new" | undefined
  /** Only accounts of this server. */
  readonly local?: boolean | undefined
}

/**
 * Accounts in the directory. The directory is paged by `offset`/`limit`, not by `Link` headers:
 * ask for the next slice with a larger `offset`, or walk it with the stream package's
 * `Paginate.offset`. A negative or fractional `offset` and a `limit` below 1 are refused before
 * sending.
 *
 * @example
 * import { Directory } from "@mastodon-effect/http"
 * // the second slice of 40 local accounts, newest first
 * const newcomers = Directory.list({ local: true, order: "new", offset: 40, limit: 40 })
 *
 * @since 0.1.0
 */
export const list = (params: ListParams = {}): Endpoint.Call<ReadonlyArray<Account.Account>> =>
  Endpoint.call(listEndpoint, { query: params })
