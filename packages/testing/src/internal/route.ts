/**
 * The shape of a route of the fake instance: a declared auth requirement and a synchronous
 * handler from a parsed request to a reply.
 *
 * @internal
 */
import { isDisabled, isSuspended } from "./admin/store.js"
import * as Scope from "@mastodon-effect/core/Scope"
import type { Cursor } from "./edge.js"
import * as P from "./params.js"
import type { AccountRow, AppRow, State, TokenRow } from "./state.js"

/** A reply before it becomes an HTTP response. */
export interface Reply {
  readonly status: number
  readonly body: string | Uint8Array
  readonly contentType: string
  readonly headers?: Readonly<Record<string, string>> | undefined
}

/** Everything a handler may look at. */
export interface Ctx {
  readonly state: State
  readonly method: string
  readonly url: URL
  /** The origin the request came to (`https://mastodon.test`, `http://127.0.0.1:4567`). */
  readonly origin: string
  readonly path: Readonly<Record<string, string | undefined>>
  readonly query: P.ParamHash
  readonly body: P.ParamHash
  /** Query and body merged, body winning. */
  readonly params: P.ParamHash
  readonly headers: Readonly<Record<string, string>>
  readonly token: TokenRow | undefined
  /** The signed-in user of a user token. */
  readonly user: AccountRow | undefined
  /** The application of the token. */
  readonly app: AppRow | undefined
  readonly now: number
}

/** A ctx whose route required a user token. */
export interface UserCtx extends Ctx {
  readonly user: AccountRow
  readonly token: TokenRow
}

/** What a route requires of the caller's token. */
export type Auth =
  | { readonly _tag: "Public" }
  | { readonly _tag: "User"; readonly scopes: ReadonlyArray<string>; readonly allowUnconfirmed?: boolean }
  | { readonly _tag: "Token"; readonly scopes: ReadonlyArray<string> }

/** A route: method, path pattern (find-my-way syntax), auth and handler. */
export interface RouteDef {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  readonly path: string
  readonly auth: Auth
  /** The Mastodon version that added the route: older configured versions answer 404. */
  readonly since?: string | undefined
  readonly handler: (ctx: Ctx) => Reply
}

/** Declare a public route. */
export const publicRoute = (method: RouteDef["method"], path: string, handler: (ctx: Ctx) => Reply, since?: string): RouteDef => ({
  method,
  path,
  auth: { _tag: "Public" },
  since,
  handler
})

/** Declare a route for user tokens carrying one of `scopes` (empty: any scope). */
export const userRoute = (
  method: RouteDef["method"],
  path: string,
  scopes: ReadonlyArray<string>,
  handler: (ctx: UserCtx) => Reply,
  options?: { readonly since?: string; readonly allowUnconfirmed?: boolean }
): RouteDef => ({
  method,
  path,
  auth: { _tag: "User", scopes, allowUnconfirmed: options?.allowUnconfirmed ?? false },
  since: options?.since,
  handler: handler as (ctx: Ctx) => Reply
})

/** Declare a route for any valid token (app or user) carrying one of `scopes`. */
export const tokenRoute = (
  method: RouteDef["method"],
  path: string,
  scopes: ReadonlyArray<string>,
  handler: (ctx: Ctx & { readonly token: TokenRow }) => Reply,
  since?: string
): RouteDef => ({ method, path, auth: { _tag: "Token", scopes }, since, handler: handler as (ctx: Ctx) => Reply })

/** A JSON reply. */
export const json = (value: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(value),
  contentType: "application/json; charset=utf-8",
  headers
})

/** A JSON error body `{ "error": ... }` with extra fields. */
export const error = (status: number, message: string, extra?: Record<string, unknown>): Reply =>
  json({ error: message, ...extra }, status)

/** The documented 404 body. */
export const notFound = (): Reply => error(404, "Record not found")

/** The documented 403 body of a forbidden action. */
export const forbidden = (message = "This action is not allowed"): Reply => error(403, message)

/**
 * Check a token against a route's requirement: 401 for a missing or unknown token, 403 for a
 * missing scope, 422 for an app token on a user route (Mastodon checks in that order).
 */
export const authorize = (auth: Auth, token: TokenRow | undefined, user: AccountRow | undefined, state?: State): Reply | undefined => {
  if (auth._tag === "Public") return undefined
  if (token === undefined) return error(401, "The access token is invalid")
  if (auth.scopes.length > 0 && !Scope.satisfiesAny(token.scopes, auth.scopes)) {
    return error(403, "This action is outside the authorized scopes")
  }
  if (auth._tag === "User") {
    if (user === undefined) return error(422, "This method requires an authenticated user")
    if (!user.confirmed && auth.allowUnconfirmed !== true) return error(403, "Your login is missing a confirmed e-mail address")
    if (!user.approved && auth.allowUnconfirmed !== true) return error(403, "Your login is currently pending approval")
    // A disabled login, or a suspended account, can no longer use its tokens.
    if (state !== undefined && (isDisabled(state, user) || isSuspended(state, user))) return error(403, "Your login is currently disabled")
  }
  return undefined
}

/** Read `max_id`/`since_id`/`min_id`/`limit` of a record-id paginated route, clamping `limit`. */
export const cursorOf = (ctx: Ctx, defaultLimit: number, maxLimit: number): Cursor => {
  const num = (key: string): number | undefined => {
    const s = P.str(ctx.query, key)
    if (s === undefined || !/^\d{1,15}$/.test(s)) return undefined
    return Number(s)
  }
  return { max_id: num("max_id"), since_id: num("since_id"), min_id: num("min_id"), limit: limitOf(ctx, defaultLimit, maxLimit) }
}

/** `limit` with Mastodon's rules: default when absent or not positive, clamped to the maximum. */
export const limitOf = (ctx: Ctx, defaultLimit: number, maxLimit: number): number => {
  const n = P.int(ctx.query, "limit")
  if (n === undefined || n <= 0) return defaultLimit
  return Math.min(n, maxLimit)
}

/**
 * A `Link` header for a page: `next` with `max_id` of the oldest item when older items exist,
 * `prev` with `min_id` of the newest item when newer items exist (or when the request had no
 * cursor, so a client can poll for newer items). Other query parameters are kept.
 */
export const linkHeader = (
  ctx: Ctx,
  page: { readonly newest: string | undefined; readonly oldest: string | undefined; readonly hasOlder: boolean; readonly hasNewer: boolean },
  limit: number,
  prevKey: "min_id" | "since_id" = "min_id"
): Record<string, string> => {
  if (page.newest === undefined || page.oldest === undefined) return {}
  const hadCursor = ["max_id", "min_id", "since_id"].some((k) => ctx.url.searchParams.has(k))
  const make = (key: string, value: string) => {
    const url = new URL(ctx.url.pathname, ctx.origin)
    for (const [k, v] of ctx.url.searchParams) {
      if (k !== "max_id" && k !== "min_id" && k !== "since_id" && k !== "limit") url.searchParams.append(k, v)
    }
    url.searchParams.set("limit", String(limit))
    url.searchParams.set(key, value)
    return url.toString()
  }
  const links: Array<string> = []
  if (page.hasOlder) links.push(`<${make("max_id", page.oldest)}>; rel="next"`)
  if (page.hasNewer || !hadCursor) links.push(`<${make(prevKey, page.newest)}>; rel="prev"`)
  return links.length === 0 ? {} : { link: links.join(", ") }
}
