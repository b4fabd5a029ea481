/**
 * The profile directory: accounts that opted in to being listed (`GET /api/v1/directory`).
 * See the Mastodon docs, methods/directory.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/directory`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "directory.list",
  method: "GET",
  path: "/api/v1/directory",
  response: Schema.Array(Account.Account),
  auth: "public",
  pagination: "offset",
  versions: { added: "3.0.0" }
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
export const list = (params: ListParams = {}) =>
  Effect.flatMap(
    Effect.all({ offset: Page.validateWholeNumber("offset", params.offset, 0), limit: Page.validateLimit(params.limit) }),
    ({ limit, offset }) =>
      Endpoint.call(listEndpoint, { query: { offset, limit, order: params.order, local: params.local } })
  )
