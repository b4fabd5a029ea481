/**
 * `/api/v1/statuses/*` (docs: methods/statuses): posting, reading, editing, deleting, context,
 * translation, boosts, favourites, bookmarks, conversation mutes, pins, history, source, quotes.
 *
 * @internal
 */
import * as Scope from "@mastodon-effect/core/Scope"
import { infoOf } from "../instanceInfo.js"
import * as P from "../params.js"
import { edgePage, statusPage } from "../paging.js"
import * as Render from "../render.js"
import { type Ctx, error, json, notFound, publicRoute, type Reply, type RouteDef, tokenRoute, type UserCtx, userRoute } from "../route.js"
import { type AccountRow, pair, type StatusRow } from "../state.js"
import { boost, edit, post, publishDue, readPost, snapshot } from "../statuses/post.js"
import * as StatusRender from "../statuses/render.js"
import { hasQuotes } from "../statuses/render.js"
import {
  addFavourite,
  alive,
  canSee,
  conversationOf,
  extOf,
  hiddenFor,
  remove,
  removeFavourite,
  storeOf,
  viewerKey
} from "../statuses/store.js"

/**
 * Bring the status store up to the request's time: remember the clock for renderings, and publish
 * the scheduled statuses that are due. Called before every route.
 */
export const tick = (ctx: Ctx): void => {
  const store = storeOf(ctx.state)
  store.now = ctx.now
  publishDue(ctx.state, ctx.now, ctx.origin, ctx.url.host, hasQuotes(ctx.state))
}

/** `authorize_if_got_token!`: a public route still refuses a token without the read scope. */
const readScope = (ctx: Ctx): Reply | undefined =>
  ctx.token !== undefined && !Scope.satisfiesAny(ctx.token.scopes, ["read:statuses"])
    ? error(403, "This action is outside the authorized scopes")
    : undefined

const render = (ctx: Ctx, s: StatusRow, options?: StatusRender.StatusOptions): Reply =>
  json(StatusRender.status(ctx.state, s, ctx.origin, ctx.user, options))

/** The status of `:id` when the caller may see it. */
const visible = (ctx: Ctx, id = ctx.path["id"]): StatusRow | undefined => {
  const s = id === undefined ? undefined : ctx.state.statuses.get(id)
  return s !== undefined && canSee(ctx.state, s, ctx.user) ? s : undefined
}

/** A public route over a visible status (404 otherwise, as the server hides what one may not see). */
const publicStatus = (method: RouteDef["method"], path: string, handler: (ctx: Ctx, s: StatusRow) => Reply, since?: string): RouteDef =>
  publicRoute(method, path, (ctx) => {
    const denied = readScope(ctx)
    if (denied !== undefined) return denied
    const s = visible(ctx)
    return s === undefined ? notFound() : handler(ctx, s)
  }, since)

/** A user route over a visible status; boosts stand for the boosted status. */
const userStatus = (
  method: RouteDef["method"],
  path: string,
  scopes: ReadonlyArray<string>,
  handler: (ctx: UserCtx, s: StatusRow) => Reply,
  since?: string
): RouteDef =>
  userRoute(method, path, scopes, (ctx) => {
    const s = visible(ctx)
    return s === undefined ? notFound() : handler(ctx, s.reblog ?? s)
  }, since === undefined ? undefined : { since })

/** The caller's own status of `:id`. */
const own = (ctx: UserCtx): StatusRow | undefined => {
  const s = ctx.state.statuses.get(ctx.path["id"] ?? "")
  return s !== undefined && s.account === ctx.user.idx ? s : undefined
}

const accountJson = (ctx: Ctx) => (idx: number) => {
  const a = ctx.state.accounts[idx]
  return a === undefined ? null : Render.account(ctx.state, a, ctx.origin)
}

const create = (ctx: UserCtx): Reply => {
  const result = post(ctx.state, ctx.user, readPost(ctx.body, ctx.headers), {
    now: ctx.now,
    origin: ctx.origin,
    host: ctx.url.host,
    app: ctx.token.app,
    quotes: hasQuotes(ctx.state),
    scheduling: true
  })
  switch (result._tag) {
    case "Error":
      return result.reply
    case "Scheduled":
      return json(StatusRender.scheduled(ctx.state, result.row, ctx.origin))
    case "Status":
      return render(ctx, result.row)
  }
}

const destroy = (ctx: UserCtx): Reply => {
  const s = own(ctx)
  if (s === undefined) return notFound()
  const store = storeOf(ctx.state)
  // The answer carries the source text and the attachments, for delete and redraft.
  const reply = render(ctx, s, { source: true })
  const deleteMedia = P.bool(ctx.query, "delete_media") ?? P.bool(ctx.body, "delete_media") ?? false
  for (const a of s.media) {
    const m = store.attachments.get(a.id)
    if (m === undefined) continue
    if (deleteMedia) {
      store.attachments.delete(m.id)
      ctx.state.media.delete(m.path)
    } else {
      m.status = undefined
    }
  }
  remove(ctx.state, s)
  return reply
}

/** Ancestors and descendants of a status as the viewer may see them. */
const context = (ctx: Ctx, s: StatusRow): Reply => {
  const state = ctx.state
  const viewer = ctx.user
  const signedIn = viewer !== undefined
  const show = (x: StatusRow) => alive(state, x) && canSee(state, x, viewer) && !hiddenFor(state, x, viewer, ctx.now)
  const ancestors: Array<StatusRow> = []
  const maxAncestors = signedIn ? 4096 : 40
  for (let at = s.inReplyTo; at !== undefined && ancestors.length < maxAncestors; at = at.inReplyTo) {
    if (show(at)) ancestors.unshift(at)
  }
  const descendants: Array<StatusRow> = []
  const maxDescendants = signedIn ? 4096 : 60
  const maxDepth = signedIn ? Infinity : 20
  const walk = (parent: StatusRow, depth: number): void => {
    if (depth > maxDepth) return
    for (const child of [...extOf(state, parent).replies].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (descendants.length >= maxDescendants) return
      if (show(child)) descendants.push(child)
      walk(child, depth + 1)
    }
  }
  walk(s, 1)
  const r = (x: StatusRow) => StatusRender.status(state, x, ctx.origin, viewer)
  return json({ ancestors: ancestors.map(r), descendants: descendants.map(r) })
}

const translate = (ctx: Ctx, s: StatusRow): Reply => {
  const target = s.reblog ?? s
  const lang = P.str(ctx.body, "lang") || ctx.user?.locale || "en"
  if (target.visibility === "private" || target.visibility === "direct") return error(403, "This action is not allowed")
  if (lang.split("-")[0] === target.language.split("-")[0]) return error(403, "This action is not allowed")
  // With translation languages configured (Seed.instanceInfo), only those pairs translate;
  // without, the fake translator takes any pair.
  const pairs = infoOf(ctx.state).translationLanguages
  if (Object.keys(pairs).length > 0) {
    const targets = pairs[target.language] ?? pairs[target.language.split("-")[0] ?? ""]
    if (targets === undefined || !targets.includes(lang)) return error(403, "This action is not allowed")
  }
  return json(StatusRender.translation(ctx.state, target, lang))
}

const favourite = (ctx: UserCtx, s: StatusRow): Reply => {
  if (ctx.state.blocks.has(pair(ctx.user.idx, s.account))) return error(403, "This action is not allowed")
  addFavourite(ctx.state, ctx.user, s)
  return render(ctx, s)
}

/** Undo actions answer with the status even when there was nothing to undo, if it may be seen. */
const undo = (ctx: UserCtx, change: (s: StatusRow) => boolean): Reply => {
  const s = ctx.state.statuses.get(ctx.path["id"] ?? "")
  if (s === undefined) return notFound()
  const target = s.reblog ?? s
  if (!change(target) && !canSee(ctx.state, target, ctx.user)) return notFound()
  return render(ctx, target)
}

const reblog = (ctx: UserCtx, s: StatusRow): Reply => {
  const state = ctx.state
  const me = ctx.user
  const allowed = s.visibility !== "direct" && (s.visibility !== "private" || s.account === me.idx) && !state.blocks.has(pair(me.idx, s.account))
  if (!allowed) return error(403, "This action is not allowed")
  return render(ctx, boost(state, me, s, P.str(ctx.body, "visibility"), ctx.now, ctx.token.app))
}

const pinLimit = 5

const pin = (ctx: UserCtx): Reply => {
  const s = visible(ctx)
  if (s === undefined) return notFound()
  const problems: Array<string> = []
  if (s.reblog !== undefined) problems.push("A boost cannot be pinned")
  if (s.account !== ctx.user.idx) problems.push("Someone else's post cannot be pinned")
  if (s.visibility === "direct") problems.push("Posts that are only visible to mentioned users cannot be pinned")
  // Private posts could be pinned from 3.5.0 on.
  else if (s.visibility === "private" && !Render.since(ctx.state, "3.5.0")) problems.push("Non-public posts cannot be pinned")
  const pinned = (ctx.user.statuses ?? []).filter((x) => x.pinned).length
  if (pinned >= pinLimit && ctx.user.domain === null) problems.push("You have already pinned the maximum number of posts")
  if (problems.length > 0) return error(422, `Validation failed: ${problems.join(", ")}`)
  if (s.pinned) return error(422, "Duplicate record")
  s.pinned = true
  return render(ctx, s)
}

const history = (ctx: Ctx, s: StatusRow): Reply => {
  const edits = extOf(ctx.state, s).edits
  const list = edits.length > 0 ? edits : [snapshot(ctx.state, s, s.created_at)]
  return json(list.map((e) => StatusRender.edit(ctx.state, s, e, ctx.origin)))
}

/** Accepted quotes of a status; others than its author do not see quotes by accounts they block or mute. */
const quotes = (ctx: UserCtx, s: StatusRow): Reply => {
  const owner = s.account === ctx.user.idx
  const rows = extOf(ctx.state, s).quotes.filter((q) =>
    alive(ctx.state, q) &&
    extOf(ctx.state, q).quote?.state === "accepted" &&
    canSee(ctx.state, q, ctx.user) &&
    (owner || !hiddenFor(ctx.state, q, ctx.user, ctx.now))
  )
  return statusPage(ctx, rows, 20, 40, (q) => StatusRender.status(ctx.state, q, ctx.origin, ctx.user))
}

const revoke = (ctx: UserCtx, s: StatusRow): Reply => {
  if (s.account !== ctx.user.idx) return error(403, "This action is not allowed")
  const quoting = ctx.state.statuses.get(ctx.path["quoting_status_id"] ?? "")
  const quote = quoting === undefined ? undefined : extOf(ctx.state, quoting).quote
  if (quoting === undefined || quote === undefined || quote.quoted !== s.idStr || quote.state !== "accepted") return notFound()
  quote.state = "revoked"
  return render(ctx, quoting)
}

const interactionPolicy = (ctx: UserCtx): Reply => {
  const s = own(ctx)
  if (s === undefined || s.reblog !== undefined) return notFound()
  const policy = P.str(ctx.body, "quote_approval_policy")
  if (policy !== undefined) {
    if (policy !== "public" && policy !== "followers" && policy !== "nobody") return error(422, `'${policy}' is not a valid quote_approval_policy`)
    extOf(ctx.state, s).quotePolicy = s.visibility === "private" || s.visibility === "direct" ? "nobody" : policy
  }
  return render(ctx, s)
}

const many = (ctx: Ctx): Reply => {
  const denied = readScope(ctx)
  if (denied !== undefined) return denied
  const ids = Array.from(new Set(P.list(ctx.query, "id")))
  // At most 20 ids; the server raises a validation error without a message, so its class name shows.
  if (ids.length > 20) return error(422, "Mastodon::ValidationError")
  const out: Array<unknown> = []
  for (const id of ids) {
    const s = visible(ctx, id)
    if (s !== undefined) out.push(StatusRender.status(ctx.state, s, ctx.origin, ctx.user))
  }
  return json(out)
}

const viewerOf = (ctx: Ctx): AccountRow | undefined => ctx.user

/** The status routes. */
export const routes: ReadonlyArray<RouteDef> = [
  userRoute("POST", "/api/v1/statuses", ["write:statuses"], create),
  publicRoute("GET", "/api/v1/statuses", many, "4.3.0"),
  publicStatus("GET", "/api/v1/statuses/:id", (ctx, s) => render(ctx, s)),
  userRoute("DELETE", "/api/v1/statuses/:id", ["write:statuses"], destroy),
  userRoute("PUT", "/api/v1/statuses/:id", ["write:statuses"], (ctx) => {
    const s = own(ctx)
    if (s === undefined) return notFound()
    if (s.reblog !== undefined) return error(403, "This action is not allowed")
    return edit(ctx.state, s, ctx.user, ctx.body, { now: ctx.now, origin: ctx.origin, host: ctx.url.host, quotes: hasQuotes(ctx.state) }) ?? render(ctx, s)
  }, { since: "3.5.0" }),
  publicStatus("GET", "/api/v1/statuses/:id/context", context),
  tokenRoute("POST", "/api/v1/statuses/:id/translate", ["read:statuses"], (ctx) => {
    const s = visible(ctx)
    return s === undefined ? notFound() : translate(ctx, s)
  }, "4.0.0"),
  publicStatus("GET", "/api/v1/statuses/:id/reblogged_by", (ctx, s) => {
    const target = s.reblog ?? s
    const rows = extOf(ctx.state, target).reblogs.filter((r) => alive(ctx.state, r) && canSee(ctx.state, r, viewerOf(ctx)))
    return statusPage(ctx, rows, 40, 80, (r) => accountJson(ctx)(r.account))
  }),
  publicStatus("GET", "/api/v1/statuses/:id/favourited_by", (ctx, s) =>
    edgePage(ctx, extOf(ctx.state, s.reblog ?? s).favourites, 40, 80, accountJson(ctx))),
  userStatus("POST", "/api/v1/statuses/:id/favourite", ["write:favourites"], favourite),
  userRoute("POST", "/api/v1/statuses/:id/unfavourite", ["write:favourites"], (ctx) =>
    undo(ctx, (s) => removeFavourite(ctx.state, ctx.user, s))),
  userStatus("POST", "/api/v1/statuses/:id/reblog", ["write:statuses"], reblog),
  userRoute("POST", "/api/v1/statuses/:id/unreblog", ["write:statuses"], (ctx) =>
    undo(ctx, (s) => {
      const mine = extOf(ctx.state, s).reblogs.find((r) => r.account === ctx.user.idx)
      if (mine === undefined) return false
      remove(ctx.state, mine)
      return true
    })),
  userStatus("POST", "/api/v1/statuses/:id/bookmark", ["write:bookmarks"], (ctx, s) => {
    storeOf(ctx.state).bookmarks.add(viewerKey(ctx.user.idx, s.idStr))
    return render(ctx, s)
  }, "3.1.0"),
  userRoute("POST", "/api/v1/statuses/:id/unbookmark", ["write:bookmarks"], (ctx) =>
    undo(ctx, (s) => storeOf(ctx.state).bookmarks.delete(viewerKey(ctx.user.idx, s.idStr))), { since: "3.1.0" }),
  userStatus("POST", "/api/v1/statuses/:id/mute", ["write:mutes"], (ctx, s) => {
    storeOf(ctx.state).conversationMutes.add(`${ctx.user.idx}:${conversationOf(s)}`)
    return render(ctx, s)
  }, "1.4.2"),
  userStatus("POST", "/api/v1/statuses/:id/unmute", ["write:mutes"], (ctx, s) => {
    storeOf(ctx.state).conversationMutes.delete(`${ctx.user.idx}:${conversationOf(s)}`)
    return render(ctx, s)
  }, "1.4.2"),
  userRoute("POST", "/api/v1/statuses/:id/pin", ["write:accounts"], pin, { since: "1.6.0" }),
  userRoute("POST", "/api/v1/statuses/:id/unpin", ["write:accounts"], (ctx) => {
    const s = visible(ctx)
    if (s === undefined) return notFound()
    if (s.account === ctx.user.idx) s.pinned = false
    return render(ctx, s)
  }, { since: "1.6.0" }),
  publicStatus("GET", "/api/v1/statuses/:id/history", history, "3.5.0"),
  tokenRoute("GET", "/api/v1/statuses/:id/source", ["read:statuses"], (ctx) => {
    const s = visible(ctx)
    if (s === undefined) return notFound()
    return json({ id: s.idStr, text: s.text, spoiler_text: extOf(ctx.state, s).spoiler_text })
  }, "3.5.0"),
  userStatus("GET", "/api/v1/statuses/:id/quotes", ["read:statuses"], quotes, "4.5.0"),
  userStatus("POST", "/api/v1/statuses/:id/quotes/:quoting_status_id/revoke", ["write:statuses"], revoke, "4.5.0"),
  userRoute("PUT", "/api/v1/statuses/:id/interaction_policy", ["write:statuses"], interactionPolicy, { since: "4.5.0" })
  // `GET /api/v1/statuses/:id/card` was removed in 3.0.0: not declared, so it answers 404.
]
