/**
 * Paging helpers shared by the routes: record-id pages over an `Edge`, snowflake pages over
 * statuses, offset pages for search and the directory.
 *
 * @internal
 */
import { type Edge, slice } from "./edge.js"
import * as P from "./params.js"
import { type Ctx, cursorOf, json, limitOf, linkHeader, type Reply } from "./route.js"
import type { StatusRow } from "./state.js"

/**
 * A Link-paginated JSON array over an edge; `render` may return undefined to skip a record.
 * `prevKey` is the cursor of the `prev` link: `since_id` where Mastodon's controller writes it
 * (endorsements, follow requests, list members), `min_id` elsewhere.
 */
export const edgePage = (
  ctx: Ctx,
  edge: Edge | undefined,
  defaultLimit: number,
  maxLimit: number,
  render: (other: number, recordId: number) => unknown,
  prevKey: "min_id" | "since_id" = "min_id"
): Reply => {
  const cursor = cursorOf(ctx, defaultLimit, maxLimit)
  if (edge === undefined) return json([])
  const page = slice(edge.ids, cursor)
  const items: Array<unknown> = []
  for (const i of page.indexes) items.push(render(edge.others[i] ?? 0, edge.ids[i] ?? 0))
  const first = page.indexes[0]
  const last = page.indexes[page.indexes.length - 1]
  return json(
    items,
    200,
    linkHeader(
      ctx,
      {
        newest: first === undefined ? undefined : String(edge.ids[first]),
        oldest: last === undefined ? undefined : String(edge.ids[last]),
        hasOlder: page.hasOlder,
        hasNewer: page.hasNewer
      },
      cursor.limit,
      prevKey
    )
  )
}

/** The whole edge, newest first, without paging (`limit=0` on list accounts). */
export const edgeAll = (edge: Edge | undefined, render: (other: number, recordId: number) => unknown): Reply => {
  if (edge === undefined) return json([])
  const items: Array<unknown> = []
  for (let i = edge.ids.length - 1; i >= 0; i--) items.push(render(edge.others[i] ?? 0, edge.ids[i] ?? 0))
  return json(items)
}

const snowflake = (s: string | undefined): bigint | undefined => (s !== undefined && /^\d{1,20}$/.test(s) ? BigInt(s) : undefined)

/** A Link-paginated page of statuses (already filtered, sorted by id ascending). */
export const statusPage = (
  ctx: Ctx,
  rows: ReadonlyArray<StatusRow>,
  defaultLimit: number,
  maxLimit: number,
  render: (s: StatusRow) => unknown
): Reply => {
  const limit = limitOf(ctx, defaultLimit, maxLimit)
  const maxId = snowflake(P.str(ctx.query, "max_id"))
  const sinceId = snowflake(P.str(ctx.query, "since_id"))
  const minId = snowflake(P.str(ctx.query, "min_id"))
  let upper = rows.length
  if (maxId !== undefined) {
    upper = 0
    while (upper < rows.length && (rows[upper]?.id ?? 0n) < maxId) upper++
  }
  const lowerId = minId ?? sinceId
  let lower = 0
  if (lowerId !== undefined) {
    while (lower < upper && (rows[lower]?.id ?? 0n) <= lowerId) lower++
  }
  const start = minId !== undefined ? lower : Math.max(upper - limit, lower)
  const end = minId !== undefined ? Math.min(lower + limit, upper) : upper
  const picked: Array<StatusRow> = []
  for (let i = end - 1; i >= start; i--) {
    const row = rows[i]
    if (row !== undefined) picked.push(row)
  }
  return json(
    picked.map(render),
    200,
    linkHeader(
      ctx,
      { newest: picked[0]?.idStr, oldest: picked[picked.length - 1]?.idStr, hasOlder: start > 0, hasNewer: end < rows.length },
      limit
    )
  )
}

/** An offset page (`offset`, `limit`) of already ordered items. */
export const offsetPage = <A>(ctx: Ctx, items: ReadonlyArray<A>, defaultLimit: number, maxLimit: number): ReadonlyArray<A> => {
  const limit = limitOf(ctx, defaultLimit, maxLimit)
  const offset = Math.max(0, P.int(ctx.query, "offset") ?? 0)
  return items.slice(offset, offset + limit)
}
