/**
 * The admin dashboard routes (measures, dimensions, retention) and trend review
 * (`/api/v1/admin/trends/*`), computed from the state of the fake instance.
 *
 * @internal
 */
import * as Metrics from "../admin/metrics.js"
import { adminOrPublicRoute, adminRoute } from "../admin/route.js"
import { storeOf } from "../admin/store.js"
import * as P from "../params.js"
import * as Render from "../render.js"
import { type Ctx, error, json, notFound, type Reply, type RouteDef, type UserCtx } from "../route.js"
import type { State, StatusRow } from "../state.js"
import * as StatusStore from "../statuses/store.js"

const DAY = 86_400_000

const keysOf = (ctx: UserCtx): Array<string> => P.list(ctx.params, "keys")

/** The `<key>[id]` or `<key>[domain]` parameter of a key. */
const paramOf = (ctx: UserCtx, key: string): string | undefined => {
  const h = P.hash(ctx.params, key)
  return P.str(h, "id") ?? P.str(h, "domain")
}

const range = (ctx: UserCtx, required: boolean): { start: number; end: number } | Reply => {
  const start = Metrics.parseDay(P.str(ctx.params, "start_at"))
  const end = Metrics.parseDay(P.str(ctx.params, "end_at"))
  if (start === undefined || end === undefined) {
    if (required) return error(400, "Missing or invalid parameter: start_at, end_at")
    const today = Metrics.dayOf(ctx.now)
    return { start: start ?? today - 29 * DAY, end: end ?? today }
  }
  return { start, end }
}

const isReply = (x: unknown): x is Reply => typeof x === "object" && x !== null && "status" in x && "body" in x

const measures = (ctx: UserCtx): Reply => {
  const r = range(ctx, true)
  if (isReply(r)) return r
  // Unknown keys are left out, as the server does.
  return json(keysOf(ctx).filter((k) => Metrics.measureKeys.has(k)).map((k) => Metrics.measure(ctx.state, k, r.start, r.end, paramOf(ctx, k))))
}

const dimensions = (ctx: UserCtx): Reply => {
  const r = range(ctx, false)
  if (isReply(r)) return r
  const limit = Math.max(1, Math.min(P.int(ctx.params, "limit") ?? 10, 100))
  return json(
    keysOf(ctx).filter((k) => Metrics.dimensionKeys.has(k)).map((k) => Metrics.dimension(ctx.state, k, r.start, r.end, limit, paramOf(ctx, k)))
  )
}

const retention = (ctx: UserCtx): Reply => {
  const r = range(ctx, true)
  if (isReply(r)) return r
  const frequency = P.str(ctx.params, "frequency") === "month" ? "month" : "day"
  return json(Metrics.retention(ctx.state, r.start, r.end, frequency))
}

// -------------------------------------------------------------------------------------------------
// Trends

const offsetPage = <T>(ctx: Ctx, items: ReadonlyArray<T>, defaultLimit: number): ReadonlyArray<T> => {
  const limit = Math.min(Math.max(P.int(ctx.query, "limit") ?? defaultLimit, 1), defaultLimit * 2)
  const offset = Math.max(P.int(ctx.query, "offset") ?? 0, 0)
  return items.slice(offset, offset + limit)
}

const WEEK = 7 * DAY

/** Public statuses of the last week that people interacted with, the most interactions first. */
const trendingStatuses = (state: State, now: number): Array<StatusRow> =>
  [...state.statuses.values()]
    .filter((s) => s.visibility === "public" && s.reblog === undefined && s.created_at > now - WEEK && StatusStore.alive(state, s))
    .map((s) => ({ s, score: StatusStore.extOf(state, s).favourites.size + reblogsOf(state, s) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.s)

const reblogsOf = (state: State, s: StatusRow): number => {
  let n = 0
  for (const other of state.statuses.values()) if (other.reblog === s) n++
  return n
}

const review = (state: State, key: string) => {
  const decided = storeOf(state).reviews.get(key)
  return { trendable: decided === true, requires_review: decided === undefined }
}

const renderStatus = (ctx: UserCtx, s: StatusRow) => ({
  ...Render.status(ctx.state, s, ctx.origin, ctx.user),
  requires_review: review(ctx.state, `status:${s.idStr}`).requires_review
})

/** Hashtags used in public statuses of the last week, the most used first, with a week of history. */
const trendingTags = (ctx: Ctx) => {
  const store = storeOf(ctx.state)
  const uses = new Map<string, Array<StatusRow>>()
  for (const s of ctx.state.statuses.values()) {
    if (s.visibility !== "public" || s.created_at <= ctx.now - WEEK) continue
    for (const t of s.tags) {
      const key = t.toLowerCase()
      const list = uses.get(key) ?? []
      list.push(s)
      uses.set(key, list)
    }
  }
  const today = Metrics.dayOf(ctx.now)
  return [...uses.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([name, list]) => renderTag(ctx, name, list, today, store.tagId(name)))
}

const renderTag = (ctx: Ctx, name: string, list: ReadonlyArray<StatusRow>, today: number, id: string) => {
  const base = {
    name,
    url: `${ctx.origin}/tags/${encodeURIComponent(name)}`,
    history: Array.from({ length: 7 }, (_, i) => {
      const day = today - i * DAY
      const that = list.filter((s) => Metrics.dayOf(s.created_at) === day)
      return { day: String(day / 1000), uses: String(that.length), accounts: String(new Set(that.map((s) => s.account)).size) }
    })
  }
  // Mastodon 4.0 answered plain tags here (fixed in 4.1).
  if (!Render.since(ctx.state, "4.1.0")) return base
  return { ...base, id, usable: true, ...review(ctx.state, `tag:${name}`) }
}

const decideStatus = (trendable: boolean) => (ctx: UserCtx): Reply => {
  const s = ctx.state.statuses.get(ctx.path["id"] ?? "")
  if (s === undefined || s.visibility !== "public" || !StatusStore.alive(ctx.state, s)) return notFound()
  storeOf(ctx.state).reviews.set(`status:${s.idStr}`, trendable)
  return json(renderStatus(ctx, s))
}

const decideTag = (trendable: boolean) => (ctx: UserCtx): Reply => {
  const name = storeOf(ctx.state).tagName(ctx.path["id"] ?? "")
  if (name === undefined) return notFound()
  storeOf(ctx.state).reviews.set(`tag:${name}`, trendable)
  const list = [...ctx.state.statuses.values()].filter((s) => s.tags.some((t) => t.toLowerCase() === name))
  return json(renderTag(ctx, name, list, Metrics.dayOf(ctx.now), storeOf(ctx.state).tagId(name)))
}

/** The routes. */
export const routes: ReadonlyArray<RouteDef> = [
  adminRoute("POST", "/api/v1/admin/measures", ["admin:read"], "view_dashboard", measures, "3.5.0"),
  adminRoute("POST", "/api/v1/admin/dimensions", ["admin:read"], "view_dashboard", dimensions, "3.5.0"),
  adminRoute("POST", "/api/v1/admin/retention", ["admin:read"], "view_dashboard", retention, "3.5.0"),
  // Without `manage_taxonomies` (or without a token) the lists are the public trends: only what a
  // moderator approved, as plain entities, as Mastodon's admin trend controllers fall back to.
  // The fake makes no preview cards, so no link ever trends.
  adminOrPublicRoute("GET", "/api/v1/admin/trends/links", ["admin:read"], "manage_taxonomies", () => json([]), () => json([]), "3.5.0"),
  adminOrPublicRoute(
    "GET",
    "/api/v1/admin/trends/statuses",
    ["admin:read"],
    "manage_taxonomies",
    (ctx) => json(offsetPage(ctx, trendingStatuses(ctx.state, ctx.now), 20).map((s) => renderStatus(ctx, s))),
    (ctx) =>
      json(
        offsetPage(ctx, trendingStatuses(ctx.state, ctx.now).filter((s) => review(ctx.state, `status:${s.idStr}`).trendable), 20)
          .map((s) => Render.status(ctx.state, s, ctx.origin, ctx.user))
      ),
    "3.5.0"
  ),
  adminOrPublicRoute(
    "GET",
    "/api/v1/admin/trends/tags",
    ["admin:read"],
    "manage_taxonomies",
    (ctx) => json(offsetPage(ctx, trendingTags(ctx), 10)),
    (ctx) =>
      json(
        offsetPage(ctx, trendingTags(ctx).filter((t) => "trendable" in t && t.trendable === true), 10)
          .map(({ name, url, history }) => ({ name, url, history }))
      ),
    "3.5.0"
  ),
  adminRoute("POST", "/api/v1/admin/trends/links/:id/approve", ["admin:write"], "manage_taxonomies", () => notFound(), "4.2.0"),
  adminRoute("POST", "/api/v1/admin/trends/links/:id/reject", ["admin:write"], "manage_taxonomies", () => notFound(), "4.2.0"),
  adminRoute("POST", "/api/v1/admin/trends/statuses/:id/approve", ["admin:write"], "manage_taxonomies", decideStatus(true), "4.2.0"),
  adminRoute("POST", "/api/v1/admin/trends/statuses/:id/reject", ["admin:write"], "manage_taxonomies", decideStatus(false), "4.2.0"),
  // Mastodon's tag trends controller asks `admin:read` of every action, its approve and reject too.
  adminRoute("POST", "/api/v1/admin/trends/tags/:id/approve", ["admin:read"], "manage_taxonomies", decideTag(true), "4.2.0"),
  adminRoute("POST", "/api/v1/admin/trends/tags/:id/reject", ["admin:read"], "manage_taxonomies", decideTag(false), "4.2.0")
]
