/**
 * How the admin routes are declared: the checks of Mastodon's admin controllers in their order,
 * and Link pagination over rows with numeric ids.
 *
 * Order, as the server runs it: a token that is sent but unknown is a 401; a token without one of
 * the route's scopes is a 403 (`authorize_if_got_token!`); then the policy decides, and a caller
 * without a user (no token, an app token) or whose role lacks the permission gets the 403 "This
 * action is not allowed". Without any token the answer is that 403 too, not a 401.
 *
 * @internal
 */
import * as Scope from "@mastodon-effect/core/Scope"
import type * as RolePermission from "@mastodon-effect/core/RolePermission"
import { type Ctx, error, forbidden, json, limitOf, linkHeader, type Reply, type RouteDef, type UserCtx } from "../route.js"
import * as P from "../params.js"
import { requirePermission } from "./roles.js"
import { roleOf } from "./store.js"

/** Declare an admin route: scopes (any one), the permission the policy checks, and the handler. */
export const adminRoute = (
  method: RouteDef["method"],
  path: string,
  scopes: ReadonlyArray<string>,
  flag: RolePermission.Flag,
  handler: (ctx: UserCtx) => Reply,
  since?: string
): RouteDef => ({
  method,
  path,
  auth: { _tag: "Public" },
  since,
  handler: (ctx: Ctx) => {
    if (ctx.token === undefined && ctx.headers["authorization"] !== undefined) return error(401, "The access token is invalid")
    if (ctx.token !== undefined && !Scope.satisfiesAny(ctx.token.scopes, scopes)) {
      return error(403, "This action is outside the authorized scopes")
    }
    const user = ctx.user
    if (ctx.token === undefined || user === undefined) return forbidden()
    const denied = requirePermission(roleOf(ctx.state, user), flag)
    if (denied !== undefined) return denied
    return handler({ ...ctx, user, token: ctx.token })
  }
})

/**
 * Declare an admin route whose callers without the permission get another answer instead of a
 * 403 (the admin trend lists answer the public trends): same scope checks, then `allowed` or
 * `otherwise` (which also serves callers without a token or without a user).
 */
export const adminOrPublicRoute = (
  method: RouteDef["method"],
  path: string,
  scopes: ReadonlyArray<string>,
  flag: RolePermission.Flag,
  allowed: (ctx: UserCtx) => Reply,
  otherwise: (ctx: Ctx) => Reply,
  since?: string
): RouteDef => ({
  method,
  path,
  auth: { _tag: "Public" },
  since,
  handler: (ctx: Ctx) => {
    if (ctx.token === undefined && ctx.headers["authorization"] !== undefined) return error(401, "The access token is invalid")
    if (ctx.token !== undefined && !Scope.satisfiesAny(ctx.token.scopes, scopes)) {
      return error(403, "This action is outside the authorized scopes")
    }
    const user = ctx.user
    if (ctx.token === undefined || user === undefined || requirePermission(roleOf(ctx.state, user), flag) !== undefined) return otherwise(ctx)
    return allowed({ ...ctx, user, token: ctx.token })
  }
})

const num = (ctx: Ctx, key: string): number | undefined => {
  const s = P.str(ctx.query, key)
  return s !== undefined && /^\d{1,15}$/.test(s) ? Number(s) : undefined
}

/**
 * A Link-paginated page of rows with numeric string ids, newest (highest id) first, with
 * `max_id` / `since_id` / `min_id` as Mastodon's `paginate_by_max_id` reads them.
 */
export const idPage = <R extends { readonly id: string }>(
  ctx: Ctx,
  rows: Iterable<R>,
  defaultLimit: number,
  maxLimit: number,
  render: (row: R) => unknown
): Reply => {
  const limit = limitOf(ctx, defaultLimit, maxLimit)
  const max = num(ctx, "max_id")
  const since = num(ctx, "since_id")
  const min = num(ctx, "min_id")
  const all = [...rows].sort((a, b) => Number(b.id) - Number(a.id))
  const inRange = all.filter((r) => {
    const id = Number(r.id)
    return (max === undefined || id < max) && (since === undefined || id > since) && (min === undefined || id > min)
  })
  // `min_id` pages forward from the cursor: the oldest items just above it, served newest first.
  const page = min !== undefined ? inRange.slice(-limit) : inRange.slice(0, limit)
  const newest = page[0]
  const oldest = page[page.length - 1]
  const hasOlder = oldest !== undefined && all.some((r) => Number(r.id) < Number(oldest.id))
  const hasNewer = newest !== undefined && all.some((r) => Number(r.id) > Number(newest.id))
  return json(
    page.map(render),
    200,
    linkHeader(ctx, { newest: newest?.id, oldest: oldest?.id, hasOlder, hasNewer }, limit)
  )
}
