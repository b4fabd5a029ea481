/**
 * `GET /api/v1/bookmarks` and `GET /api/v1/favourites` (docs: methods/bookmarks,
 * methods/favourites): the viewer's statuses paged by bookmark and favourite record ids, which no
 * response shows, so clients must follow the `Link` cursors.
 *
 * @internal
 */
import { Edge } from "../edge.js"
import { edgePage } from "../paging.js"
import { type RouteDef, type UserCtx, userRoute } from "../route.js"
import type { StatusRow } from "../state.js"
import * as StatusRender from "../statuses/render.js"
import { alive, canSee, storeOf } from "../statuses/store.js"

/** Records (record id, status) as an edge whose others index `rows`, oldest record first. */
const recordPage = (ctx: UserCtx, records: Array<readonly [number, string]>): ReturnType<typeof edgePage> => {
  records.sort((a, b) => a[0] - b[0])
  const edge = new Edge()
  const rows: Array<StatusRow> = []
  for (const [id, statusId] of records) {
    const s = ctx.state.statuses.get(statusId)
    // A deleted status, or one the viewer may no longer see, drops out of the list.
    if (s === undefined || !alive(ctx.state, s) || !canSee(ctx.state, s, ctx.user)) continue
    edge.push(id, rows.length)
    rows.push(s)
  }
  return edgePage(ctx, edge, 20, 40, (i) => StatusRender.status(ctx.state, rows[i] as StatusRow, ctx.origin, ctx.user))
}

const bookmarks = (ctx: UserCtx) => {
  const prefix = `${ctx.user.idx}:`
  const records: Array<readonly [number, string]> = []
  for (const [key, id] of storeOf(ctx.state).bookmarks.records) {
    if (key.startsWith(prefix)) records.push([id, key.slice(prefix.length)])
  }
  return recordPage(ctx, records)
}

const favourites = (ctx: UserCtx) => {
  const records: Array<readonly [number, string]> = []
  for (const [statusId, ext] of storeOf(ctx.state).ext) {
    const id = ext.favouriteOf.get(ctx.user.idx)
    if (id !== undefined) records.push([id, statusId])
  }
  return recordPage(ctx, records)
}

/** The bookmark and favourite routes. */
export const routes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/bookmarks", ["read:bookmarks"], bookmarks, { since: "3.1.0" }),
  userRoute("GET", "/api/v1/favourites", ["read:favourites"], favourites)
]
