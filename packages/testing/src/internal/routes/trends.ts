/**
 * `/api/v1/trends/*` (docs: methods/trends): hashtags, statuses and links trending over the last
 * week of public activity, paged by `offset`.
 *
 * @internal
 */
import { offsetPage } from "../paging.js"
import { json, publicRoute, type RouteDef } from "../route.js"
import * as StatusRender from "../statuses/render.js"
import { canSee } from "../statuses/store.js"
import { renderLink, renderTag, trendingLinks, trendingStatuses, trendingTags } from "../timelines/feeds.js"

/** The trend routes. */
export const routes: ReadonlyArray<RouteDef> = [
  publicRoute("GET", "/api/v1/trends/tags", (ctx) =>
    json(offsetPage(ctx, trendingTags(ctx.state, ctx.now), 10, 20).map((t) => renderTag(ctx, t.tag, t.uses))), "3.0.0"),
  // The name before 3.5.0, kept as an alias.
  publicRoute("GET", "/api/v1/trends", (ctx) =>
    json(offsetPage(ctx, trendingTags(ctx.state, ctx.now), 10, 20).map((t) => renderTag(ctx, t.tag, t.uses))), "3.0.0"),
  publicRoute("GET", "/api/v1/trends/statuses", (ctx) => {
    const visible = trendingStatuses(ctx.state, ctx.now).filter((s) => canSee(ctx.state, s, ctx.user))
    return json(offsetPage(ctx, visible, 20, 40).map((s) => StatusRender.status(ctx.state, s, ctx.origin, ctx.user)))
  }, "3.5.0"),
  publicRoute("GET", "/api/v1/trends/links", (ctx) =>
    json(offsetPage(ctx, trendingLinks(ctx.state, ctx.now), 10, 20).map((l) => renderLink(l.url, l.shares, ctx.now))), "3.5.0")
]
