/**
 * `GET /api/v2/search` (docs: methods/search): accounts by username, address or display name,
 * statuses by their words where the viewer can see them, hashtags by name; `resolve` finds a
 * local status or account by its URL. Anonymous searches cannot resolve or page.
 *
 * @internal
 */
import * as Scope from "@mastodon-effect/core/Scope"
import * as P from "../params.js"
import { offsetPage } from "../paging.js"
import * as Render from "../render.js"
import { type Ctx, error, json, limitOf, publicRoute, type RouteDef } from "../route.js"
import { type AccountRow, pair, type StatusRow } from "../state.js"
import * as StatusRender from "../statuses/render.js"
import { alive, canSee, hiddenFor } from "../statuses/store.js"
import { hashtagName, normalizeTag, renderTag, reviewedTags, tagRow, type TagRow, tagStoreOf, tagUses } from "../timelines/feeds.js"

const snowflake = (s: string | undefined): bigint | undefined => (s !== undefined && /^\d{1,20}$/.test(s) ? BigInt(s) : undefined)

/** Accounts whose username, address or display name starts with the query (exact address first). */
const accounts = (ctx: Ctx, q: string): Array<AccountRow> => {
  const state = ctx.state
  const needle = q.replace(/^@/, "").toLowerCase()
  const viewer = ctx.user
  const following = viewer !== undefined && (P.bool(ctx.query, "following") ?? false)
  const exact: Array<AccountRow> = []
  const rest: Array<AccountRow> = []
  for (const a of state.accounts) {
    if (a === undefined || !a.approved) continue
    if (viewer !== undefined && (state.blocks.has(pair(viewer.idx, a.idx)) || state.blocks.has(pair(a.idx, viewer.idx)))) continue
    if (following && !state.isFollowing(viewer.idx, a.idx)) continue
    const acct = state.acct(a).toLowerCase()
    if (acct === needle) exact.push(a)
    else if (
      acct.startsWith(needle) ||
      a.display_name.toLowerCase().split(/\s+/).some((w) => w !== "" && w.startsWith(needle))
    ) rest.push(a)
  }
  return [...exact, ...rest]
}

/** Statuses containing every word of the query, visible to a signed-in viewer, newest first. */
const statuses = (ctx: Ctx, q: string): Array<StatusRow> => {
  const viewer = ctx.user
  if (viewer === undefined) return []
  const words = q.toLowerCase().split(/\s+/).filter((w) => w !== "")
  const author = ctx.state.account(P.str(ctx.query, "account_id"))
  const byAuthor = P.str(ctx.query, "account_id") !== undefined
  const maxId = snowflake(P.str(ctx.query, "max_id"))
  const minId = snowflake(P.str(ctx.query, "min_id"))
  const rows: Array<StatusRow> = []
  for (const s of ctx.state.statuses.values()) {
    if (s.reblog !== undefined || !alive(ctx.state, s)) continue
    if (byAuthor && s.account !== author?.idx) continue
    if ((maxId !== undefined && s.id >= maxId) || (minId !== undefined && s.id <= minId)) continue
    const text = s.text.toLowerCase()
    if (!words.every((w) => text.includes(w))) continue
    if (canSee(ctx.state, s, viewer) && !hiddenFor(ctx.state, s, viewer, ctx.now)) rows.push(s)
  }
  return rows.sort((a, b) => (a.id > b.id ? -1 : a.id < b.id ? 1 : 0))
}

/** Hashtags starting with the query, the exact one first; only reviewed ones with `exclude_unreviewed`. */
const hashtags = (ctx: Ctx, q: string) => {
  const needle = normalizeTag(q)
  if (!hashtagName.test(needle)) return []
  const names = new Set<string>()
  for (const s of ctx.state.statuses.values()) for (const t of s.tags) names.add(normalizeTag(t))
  for (const t of tagStoreOf(ctx.state).byName.keys()) names.add(t)
  const reviewed = (P.bool(ctx.query, "exclude_unreviewed") ?? false) ? reviewedTags(ctx.state, ctx.now) : undefined
  const found = [...names].filter((n) => n.startsWith(needle) && (reviewed === undefined || reviewed.has(n))).sort((a, b) =>
    a === needle ? -1 : b === needle ? 1 : a.length - b.length || (a < b ? -1 : 1)
  )
  return found.map((n) => tagRow(ctx.state, n))
}

/** `resolve` with a URL of this server: the status or account it names. */
const resolveUrl = (ctx: Ctx, q: string): { accounts: Array<AccountRow>; statuses: Array<StatusRow> } | undefined => {
  if (!/^https?:\/\//.test(q)) return undefined
  let url: URL
  try {
    url = new URL(q)
  } catch {
    return { accounts: [], statuses: [] }
  }
  if (url.origin !== ctx.origin) return { accounts: [], statuses: [] }
  const m = /^\/(?:@([^/]+)|users\/([^/]+))(?:\/(?:statuses\/)?(\d+))?\/?$/.exec(url.pathname)
  const account = m === null ? undefined : ctx.state.byHandle(m[1] ?? m[2] ?? "")
  if (account === undefined) return { accounts: [], statuses: [] }
  if (m?.[3] === undefined) return { accounts: [account], statuses: [] }
  const s = ctx.state.statuses.get(m[3])
  return { accounts: [], statuses: s !== undefined && s.account === account.idx && canSee(ctx.state, s, ctx.user) ? [s] : [] }
}

/** Tags rendered with one scan of the statuses for all their histories. */
const renderTags = (ctx: Ctx, tags: ReadonlyArray<TagRow>) => {
  if (tags.length === 0) return []
  const uses = tagUses(ctx.state, ctx.now)
  return tags.map((t) => renderTag(ctx, t, uses.get(t.name) ?? []))
}

const search = (ctx: Ctx) => {
  if (ctx.token !== undefined && !Scope.satisfiesAny(ctx.token.scopes, ["read:search"])) {
    return error(403, "This action is outside the authorized scopes")
  }
  const q = (P.str(ctx.query, "q") ?? "").trim()
  if (q === "") return error(400, "param is missing or the value is empty: q")
  const signedIn = ctx.user !== undefined
  const resolve = P.bool(ctx.query, "resolve") ?? false
  if (resolve && !signedIn) return error(401, "Search queries that resolve remote resources are not supported without authentication")
  if (ctx.query["offset"] !== undefined && !signedIn) return error(401, "Search queries with offset are not supported without authentication")
  const type = P.str(ctx.query, "type")
  const wants = (kind: string) => type === undefined || type === "" || type === kind
  // Without `type`, `offset` is ignored: each kind starts at its first result.
  const page = <A>(items: ReadonlyArray<A>): ReadonlyArray<A> =>
    type === undefined ? items.slice(0, limitOf(ctx, 20, 40)) : offsetPage(ctx, items, 20, 40)
  const resolved = resolve ? resolveUrl(ctx, q) : undefined
  const origin = ctx.origin
  return json({
    accounts: wants("accounts") ? page(resolved?.accounts ?? accounts(ctx, q)).map((a) => Render.account(ctx.state, a, origin)) : [],
    statuses: wants("statuses") ? page(resolved?.statuses ?? statuses(ctx, q)).map((s) => StatusRender.status(ctx.state, s, origin, ctx.user)) : [],
    hashtags: wants("hashtags") && resolved === undefined ? renderTags(ctx, page(hashtags(ctx, q))) : []
  })
}

/** The search route. */
export const routes: ReadonlyArray<RouteDef> = [publicRoute("GET", "/api/v2/search", search, "2.4.1")]
