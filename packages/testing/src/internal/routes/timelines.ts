/**
 * `/api/v1/timelines/*` (docs: methods/timelines): home, public, hashtag, list, link and the old
 * direct timeline, computed from the state by `timelines/feeds.ts`.
 *
 * @internal
 */
import * as Scope from "@mastodon-effect/core/Scope"
import * as Render from "../render.js"
import { type Ctx, error, notFound, publicRoute, type Reply, type RouteDef, userRoute } from "../route.js"
import { infoOf, type TimelinesAccess } from "../instanceInfo.js"
import * as P from "../params.js"
import type { StatusRow } from "../state.js"
import { directFeed, feedPage, hashtagName, homeFeed, linkFeed, listFeed, normalizeTag, publicFeed, tagFeed, trendingLinks } from "../timelines/feeds.js"

/** `authorize_if_got_token!`: an anonymous call is fine, a token without the read scope is not. */
const readScope = (ctx: Ctx): Reply | undefined =>
  ctx.token !== undefined && !Scope.satisfiesAny(ctx.token.scopes, ["read:statuses"])
    ? error(403, "This action is outside the authorized scopes")
    : undefined

/** A public timeline route: open to anyone, but a token must carry the read scope. */
const openRoute = (path: string, handler: (ctx: Ctx) => Reply, since?: string): RouteDef =>
  publicRoute("GET", path, (ctx) => readScope(ctx) ?? handler(ctx), since)

/**
 * Mastodon 4.5's access settings of a feed: an anonymous caller is refused (401) when the local or
 * remote posts it asks for are not public; posts whose access is `disabled` are left out for
 * everyone (the fake has no "view live and topic feeds" permission to let staff through).
 */
const gated = (ctx: Ctx, feed: keyof TimelinesAccess, rows: () => ReadonlyArray<StatusRow>): Reply => {
  if (!Render.since(ctx.state, "4.5.0")) return feedPage(ctx, rows())
  const access = infoOf(ctx.state).timelinesAccess[feed]
  const onlyLocal = P.bool(ctx.query, "local") ?? false
  const onlyRemote = !onlyLocal && (P.bool(ctx.query, "remote") ?? false)
  const asked = [...(onlyRemote ? [] : [access.local]), ...(onlyLocal ? [] : [access.remote])]
  if (ctx.user === undefined && asked.some((a) => a !== "public")) return error(401, "This method requires an authenticated user")
  const isLocal = (s: StatusRow) => (ctx.state.accounts[s.account]?.domain ?? null) === null
  return feedPage(ctx, rows().filter((s) => (isLocal(s) ? access.local : access.remote) !== "disabled"))
}

/** The timeline routes. */
export const routes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/timelines/home", ["read:statuses"], (ctx) => feedPage(ctx, homeFeed(ctx, ctx.user))),
  openRoute("/api/v1/timelines/public", (ctx) => gated(ctx, "live_feeds", () => publicFeed(ctx))),
  openRoute("/api/v1/timelines/tag/:hashtag", (ctx) => {
    const name = normalizeTag(ctx.path["hashtag"] ?? "")
    // Mastodon answers an impossible hashtag with an empty timeline rather than an error.
    return gated(ctx, "hashtag_feeds", () => hashtagName.test(name) ? tagFeed(ctx, name) : [])
  }),
  userRoute("GET", "/api/v1/timelines/list/:list_id", ["read:lists"], (ctx) => {
    const list = ctx.state.lists.get(ctx.path["list_id"] ?? "")
    if (list === undefined || list.owner !== ctx.user.idx) return notFound()
    return feedPage(ctx, listFeed(ctx, ctx.user, list))
  }, { since: "2.1.0" }),
  openRoute("/api/v1/timelines/link", (ctx) => {
    const url = P.str(ctx.query, "url") ?? ""
    // Only a trending link has a timeline.
    if (!trendingLinks(ctx.state, ctx.now).some((l) => l.url === url)) return notFound()
    return gated(ctx, "trending_link_feeds", () => linkFeed(ctx, url))
  }, "4.3.0"),
  userRoute("GET", "/api/v1/timelines/direct", ["read:statuses"], (ctx) =>
    // Replaced by conversations in 3.0.0, which removed the route.
    Render.since(ctx.state, "3.0.0") ? notFound() : feedPage(ctx, directFeed(ctx, ctx.user)), { since: "2.4.0" })
]
