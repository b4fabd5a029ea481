/**
 * `/api/v1/scheduled_statuses` (docs: methods/scheduled_statuses): list (Link paginated by id),
 * read, reschedule (at least five minutes ahead) and cancel. Publication happens lazily before
 * every request, once the Effect clock passes `scheduled_at`.
 *
 * @internal
 */
import { slice } from "../edge.js"
import * as P from "../params.js"
import { cursorOf, error, json, linkHeader, notFound, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { minimumScheduleOffset, tooSoon } from "../statuses/post.js"
import * as StatusRender from "../statuses/render.js"
import { type ScheduledRow, storeOf } from "../statuses/store.js"

const ownScheduled = (ctx: UserCtx): ScheduledRow | undefined => {
  const id = ctx.path["id"] ?? ""
  const row = /^\d{1,15}$/.test(id) ? storeOf(ctx.state).scheduled.get(Number(id)) : undefined
  return row !== undefined && row.account === ctx.user.idx ? row : undefined
}

const list = (ctx: UserCtx): Reply => {
  const rows = [...storeOf(ctx.state).scheduled.values()].filter((r) => r.account === ctx.user.idx).sort((a, b) => a.id - b.id)
  const cursor = cursorOf(ctx, 20, 40)
  const page = slice(rows.map((r) => r.id), cursor)
  const picked = page.indexes.flatMap((i) => {
    const r = rows[i]
    return r === undefined ? [] : [r]
  })
  return json(
    picked.map((r) => StatusRender.scheduled(ctx.state, r, ctx.origin)),
    200,
    linkHeader(
      ctx,
      { newest: picked[0]?.id.toString(), oldest: picked[picked.length - 1]?.id.toString(), hasOlder: page.hasOlder, hasNewer: page.hasNewer },
      cursor.limit
    )
  )
}

/** The scheduled status routes. */
export const routes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/scheduled_statuses", ["read:statuses"], list, { since: "2.7.0" }),
  userRoute("GET", "/api/v1/scheduled_statuses/:id", ["read:statuses"], (ctx) => {
    const row = ownScheduled(ctx)
    return row === undefined ? notFound() : json(StatusRender.scheduled(ctx.state, row, ctx.origin))
  }, { since: "2.7.0" }),
  userRoute("PUT", "/api/v1/scheduled_statuses/:id", ["write:statuses"], (ctx) => {
    const row = ownScheduled(ctx)
    if (row === undefined) return notFound()
    const raw = P.str(ctx.body, "scheduled_at")
    if (raw !== undefined && raw !== "") {
      const at = Date.parse(raw)
      if (Number.isNaN(at) || at < ctx.now + minimumScheduleOffset) {
        return error(422, `Validation failed: ${tooSoon}`)
      }
      row.scheduled_at = at
    }
    return json(StatusRender.scheduled(ctx.state, row, ctx.origin))
  }, { since: "2.7.0" }),
  userRoute("DELETE", "/api/v1/scheduled_statuses/:id", ["write:statuses"], (ctx) => {
    const row = ownScheduled(ctx)
    if (row === undefined) return notFound()
    const store = storeOf(ctx.state)
    store.scheduled.delete(row.id)
    for (const m of store.attachments.values()) if (m.status === `scheduled:${row.id}`) m.status = undefined
    return json({})
  }, { since: "2.7.0" })
]
