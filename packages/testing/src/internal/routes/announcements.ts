/**
 * Announcements: the ones in force, dismissing them, and emoji reactions (Unicode emoji, or the
 * shortcode of one of the server's custom emoji).
 *
 * @internal
 */
import * as P from "../params.js"
import * as Render from "../render.js"
import { error, json, notFound, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { type AnnouncementRow, userDataOf } from "../userData.js"

/** Whether an announcement is in force at `now` (between its start and end, when it has them). */
export const inForce = (a: AnnouncementRow, now: number): boolean =>
  (a.starts_at === null || a.starts_at <= now) && (a.ends_at === null || a.ends_at > now)

const render = (ctx: UserCtx, a: AnnouncementRow): Record<string, unknown> => {
  const emojis = userDataOf(ctx.state).emojis
  return {
    id: a.id,
    content: Render.textToHtml(a.text),
    starts_at: a.starts_at === null ? null : Render.iso(a.starts_at),
    ends_at: a.ends_at === null ? null : Render.iso(a.ends_at),
    all_day: a.all_day,
    published_at: Render.iso(a.published_at),
    updated_at: Render.iso(a.updated_at),
    read: a.dismissed.has(ctx.user.idx),
    mentions: [],
    statuses: [],
    tags: [],
    emojis: [],
    reactions: [...a.reactions.entries()]
      .filter(([, who]) => who.length > 0)
      .map(([name, who]) => {
        const custom = emojis.find((e) => e.shortcode === name)
        return {
          name,
          count: who.length,
          me: who.includes(ctx.user.idx),
          ...(custom === undefined ? {} : { url: custom.url, static_url: custom.url })
        }
      })
  }
}

const find = (ctx: UserCtx): AnnouncementRow | undefined => {
  const a = userDataOf(ctx.state).announcements.get(ctx.path["id"] ?? "")
  return a !== undefined && inForce(a, ctx.now) ? a : undefined
}

const list = (ctx: UserCtx): Reply => {
  const withDismissed = P.bool(ctx.query, "with_dismissed") === true
  const rows = [...userDataOf(ctx.state).announcements.values()]
    .filter((a) => inForce(a, ctx.now) && (withDismissed || !a.dismissed.has(ctx.user.idx)))
    .sort((x, y) => y.published_at - x.published_at)
  return json(rows.map((a) => render(ctx, a)))
}

const dismiss = (ctx: UserCtx): Reply => {
  const a = find(ctx)
  if (a === undefined) return notFound()
  a.dismissed.add(ctx.user.idx)
  return json({})
}

/** A reaction is one emoji character sequence, or a known custom emoji's shortcode. */
const validReaction = (ctx: UserCtx, name: string): boolean =>
  userDataOf(ctx.state).emojis.some((e) => e.shortcode === name) ||
  (/^\p{Extended_Pictographic}/u.test(name) && [...name].length <= 8)

const react = (ctx: UserCtx): Reply => {
  const a = find(ctx)
  if (a === undefined) return notFound()
  const name = ctx.path["name"] ?? ""
  if (!validReaction(ctx, name)) return error(422, "Validation failed: Name is not a recognized emoji")
  const who = a.reactions.get(name) ?? []
  if (!who.includes(ctx.user.idx)) who.push(ctx.user.idx)
  a.reactions.set(name, who)
  return json({})
}

const unreact = (ctx: UserCtx): Reply => {
  const a = find(ctx)
  if (a === undefined) return notFound()
  const name = ctx.path["name"] ?? ""
  const who = a.reactions.get(name)
  if (who === undefined || !who.includes(ctx.user.idx)) return notFound()
  who.splice(who.indexOf(ctx.user.idx), 1)
  return json({})
}

const since = { since: "3.1.0" } as const

export const routes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/announcements", [], list, since),
  userRoute("POST", "/api/v1/announcements/:id/dismiss", ["write:accounts"], dismiss, since),
  userRoute("PUT", "/api/v1/announcements/:id/reactions/:name", ["write:favourites"], react, since),
  userRoute("DELETE", "/api/v1/announcements/:id/reactions/:name", ["write:favourites"], unreact, since)
]
