/**
 * `/api/v1/tags/*` and `GET /api/v1/followed_tags` (docs: methods/tags, methods/followed_tags):
 * one hashtag, following and featuring it, and the followed hashtags paged by follow records.
 *
 * @internal
 */
import { edgePage } from "../paging.js"
import { type Ctx, error, json, notFound, publicRoute, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import * as Render from "../render.js"
import { limits } from "../state.js"
import { followTag, followedTags, hashtagName, normalizeTag, renderTag, tagRow, tagStoreOf, type TagRow, tagUses, unfollowTag } from "../timelines/feeds.js"

/** The hashtag of the path, or undefined when the name cannot be one (the server answers 404). */
const tagOf = (ctx: Ctx, key: "name" | "id"): TagRow | undefined => {
  const name = normalizeTag(ctx.path[key] ?? "")
  return hashtagName.test(name) ? tagRow(ctx.state, name) : undefined
}

const withTag = (ctx: UserCtx, key: "name" | "id", handler: (tag: TagRow) => Reply | undefined): Reply => {
  const tag = tagOf(ctx, key)
  if (tag === undefined) return notFound()
  return handler(tag) ?? json(renderTag(ctx, tag))
}

const feature = (ctx: UserCtx, tag: TagRow): Reply | undefined => {
  const mine = ctx.user.featuredTags ?? []
  if (mine.some((t) => normalizeTag(t.name) === tag.name)) return undefined
  if (mine.length >= limits.featuredTags) return error(422, `Validation failed: You can only feature up to ${limits.featuredTags} hashtags`)
  ctx.state.featureTag(ctx.user, tag.name)
  return undefined
}

const unfeature = (ctx: UserCtx, tag: TagRow): undefined => {
  for (const row of ctx.user.featuredTags ?? []) {
    if (normalizeTag(row.name) === tag.name) ctx.state.featuredTags.delete(row.id)
  }
  ctx.user.featuredTags = (ctx.user.featuredTags ?? []).filter((t) => normalizeTag(t.name) !== tag.name)
  return undefined
}

/** The hashtag routes. */
export const routes: ReadonlyArray<RouteDef> = [
  publicRoute("GET", "/api/v1/tags/:name", (ctx) => {
    const tag = tagOf(ctx, "name")
    return tag === undefined ? notFound() : json(renderTag(ctx, tag))
  }, "4.0.0"),
  userRoute("POST", "/api/v1/tags/:name/follow", ["write:follows"], (ctx) =>
    withTag(ctx, "name", (tag) => {
      const followed = followTag(ctx.state, ctx.user, tag)
      // Following twice was an error before 4.1.0 made the action idempotent.
      return !followed && !Render.since(ctx.state, "4.1.0") ? error(422, "Validation failed: Tag has already been taken") : undefined
    }), { since: "4.0.0" }),
  userRoute("POST", "/api/v1/tags/:name/unfollow", ["write:follows"], (ctx) =>
    withTag(ctx, "name", (tag) => {
      unfollowTag(ctx.state, ctx.user, tag)
      return undefined
    }), { since: "4.0.0" }),
  userRoute("POST", "/api/v1/tags/:id/feature", ["write:accounts"], (ctx) => withTag(ctx, "id", (tag) => feature(ctx, tag)), { since: "4.4.0" }),
  userRoute("POST", "/api/v1/tags/:id/unfeature", ["write:accounts"], (ctx) => withTag(ctx, "id", (tag) => unfeature(ctx, tag)), { since: "4.4.0" }),
  userRoute("GET", "/api/v1/followed_tags", ["read:follows"], (ctx) => {
    const store = tagStoreOf(ctx.state)
    const edge = store.followEdges.get(ctx.user.idx)
    const uses = tagUses(ctx.state, ctx.now)
    const render = (idx: number) => {
      const tag = store.byIdx[idx]
      return tag === undefined ? null : renderTag(ctx, tag, uses.get(tag.name) ?? [])
    }
    // Servers before 4.1.0 answered every followed tag at once, without a Link header.
    if (!Render.since(ctx.state, "4.1.0")) {
      return json([...followedTags(ctx.state, ctx.user.idx).keys()].map(render))
    }
    return edgePage(ctx, edge, 100, 200, render, "since_id")
  }, { since: "4.0.0" })
]
