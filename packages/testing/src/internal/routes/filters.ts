/**
 * Filters: v2 filters with their keywords and statuses, and the v1 view of them (one v1 filter per
 * keyword), as Mastodon 4.x serves both.
 *
 * @internal
 */
import { renderFilter, renderKeyword } from "../filters.js"
import * as P from "../params.js"
import * as Render from "../render.js"
import { error, json, notFound, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { canSee } from "../statuses/store.js"
import { type FilterRow, type KeywordRow, userDataOf } from "../userData.js"

const contexts: ReadonlyArray<string> = ["home", "notifications", "public", "thread", "account"]

const read = ["read:filters"]
const write = ["write:filters"]

const ownFilter = (ctx: UserCtx, id: string | undefined): FilterRow | undefined => {
  const f = id === undefined ? undefined : userDataOf(ctx.state).filters.get(id)
  return f !== undefined && f.account === ctx.user.idx ? f : undefined
}

const ownKeyword = (ctx: UserCtx): KeywordRow | undefined => {
  const k = userDataOf(ctx.state).keywords.get(ctx.path["id"] ?? "")
  return k !== undefined && ownFilter(ctx, k.filter) !== undefined ? k : undefined
}

const isReply = (x: unknown): x is Reply => typeof x === "object" && x !== null && "status" in x && "contentType" in x

/** `expires_in`: seconds from now, or "" / absent for none. */
const expiry = (ctx: UserCtx, fallback: number | null): number | null | Reply => {
  if (!("expires_in" in ctx.body)) return fallback
  const raw = P.str(ctx.body, "expires_in")
  if (raw === undefined || raw === "") return null
  const seconds = Number(raw)
  if (!Number.isFinite(seconds) || seconds <= 0) return error(422, "Validation failed: Expires in is invalid")
  return ctx.now + seconds * 1000
}

const validContext = (list: ReadonlyArray<string>): Reply | undefined => {
  if (list.length === 0) return error(422, "Validation failed: Context can't be blank")
  if (list.some((c) => !contexts.includes(c))) return error(422, "Validation failed: Context is invalid")
  return undefined
}

const actionOf = (ctx: UserCtx, fallback: string): string | Reply => {
  const action = P.str(ctx.body, "filter_action") ?? fallback
  const known = Render.since(ctx.state, "4.4.0") ? ["warn", "hide", "blur"] : ["warn", "hide"]
  return known.includes(action) ? action : error(422, `'${action}' is not a valid action`)
}

const addKeyword = (ctx: UserCtx, f: FilterRow, keyword: string, whole_word: boolean): KeywordRow => {
  const k: KeywordRow = { id: userDataOf(ctx.state).nextId(), filter: f.id, keyword, whole_word }
  f.keywords.push(k)
  userDataOf(ctx.state).keywords.set(k.id, k)
  return k
}

const dropKeyword = (ctx: UserCtx, f: FilterRow, k: KeywordRow): void => {
  const at = f.keywords.indexOf(k)
  if (at >= 0) f.keywords.splice(at, 1)
  userDataOf(ctx.state).keywords.delete(k.id)
}

const dropFilter = (ctx: UserCtx, f: FilterRow): void => {
  const data = userDataOf(ctx.state)
  for (const k of f.keywords) data.keywords.delete(k.id)
  for (const s of f.statuses) data.filterStatuses.delete(s.id)
  data.filters.delete(f.id)
}

/** Apply `keywords_attributes` (new, changed and `_destroy`ed keywords). */
const applyKeywords = (ctx: UserCtx, f: FilterRow): Reply | undefined => {
  for (const attrs of P.hashes(ctx.body, "keywords_attributes") ?? []) {
    const id = P.str(attrs, "id")
    const existing = id === undefined ? undefined : f.keywords.find((k) => k.id === id)
    if (id !== undefined && existing === undefined) return notFound()
    if (existing !== undefined) {
      if (P.bool(attrs, "_destroy") === true) dropKeyword(ctx, f, existing)
      else {
        existing.keyword = P.str(attrs, "keyword") ?? existing.keyword
        existing.whole_word = P.bool(attrs, "whole_word") ?? existing.whole_word
      }
      continue
    }
    const keyword = P.str(attrs, "keyword") ?? ""
    if (keyword.trim() === "") return error(422, "Validation failed: Keywords keyword can't be blank")
    addKeyword(ctx, f, keyword, P.bool(attrs, "whole_word") ?? true)
  }
  return undefined
}

const list = (ctx: UserCtx): Reply =>
  json([...userDataOf(ctx.state).filters.values()].filter((f) => f.account === ctx.user.idx).map((f) => renderFilter(f)))

const get = (ctx: UserCtx): Reply => {
  const f = ownFilter(ctx, ctx.path["id"])
  return f === undefined ? notFound() : json(renderFilter(f))
}

const create = (ctx: UserCtx): Reply => {
  const title = P.str(ctx.body, "title") ?? ""
  if (title.trim() === "") return error(422, "Validation failed: Title can't be blank")
  const context = P.list(ctx.body, "context")
  const bad = validContext(context)
  if (bad !== undefined) return bad
  const action = actionOf(ctx, "warn")
  if (isReply(action)) return action
  const expiresAt = expiry(ctx, null)
  if (isReply(expiresAt)) return expiresAt
  const f: FilterRow = { id: userDataOf(ctx.state).nextId(), account: ctx.user.idx, title, context, action, expiresAt, keywords: [], statuses: [] }
  const failed = applyKeywords(ctx, f)
  if (failed !== undefined) return failed
  userDataOf(ctx.state).filters.set(f.id, f)
  return json(renderFilter(f))
}

const update = (ctx: UserCtx): Reply => {
  const f = ownFilter(ctx, ctx.path["id"])
  if (f === undefined) return notFound()
  const title = P.str(ctx.body, "title") ?? f.title
  if (title.trim() === "") return error(422, "Validation failed: Title can't be blank")
  const context = "context" in ctx.body ? P.list(ctx.body, "context") : f.context
  const bad = validContext(context)
  if (bad !== undefined) return bad
  const action = actionOf(ctx, f.action)
  if (isReply(action)) return action
  const expiresAt = expiry(ctx, f.expiresAt)
  if (isReply(expiresAt)) return expiresAt
  const failed = applyKeywords(ctx, f)
  if (failed !== undefined) return failed
  f.title = title
  f.context = context
  f.action = action
  f.expiresAt = expiresAt
  return json(renderFilter(f))
}

const remove = (ctx: UserCtx): Reply => {
  const f = ownFilter(ctx, ctx.path["id"])
  if (f === undefined) return notFound()
  dropFilter(ctx, f)
  return json({})
}

const keywords = (ctx: UserCtx): Reply => {
  const f = ownFilter(ctx, ctx.path["id"])
  return f === undefined ? notFound() : json(f.keywords.map(renderKeyword))
}

const createKeyword = (ctx: UserCtx): Reply => {
  const f = ownFilter(ctx, ctx.path["id"])
  if (f === undefined) return notFound()
  const keyword = P.str(ctx.body, "keyword") ?? ""
  if (keyword.trim() === "") return error(422, "Validation failed: Keyword can't be blank")
  return json(renderKeyword(addKeyword(ctx, f, keyword, P.bool(ctx.body, "whole_word") ?? true)))
}

const getKeyword = (ctx: UserCtx): Reply => {
  const k = ownKeyword(ctx)
  return k === undefined ? notFound() : json(renderKeyword(k))
}

const updateKeyword = (ctx: UserCtx): Reply => {
  const k = ownKeyword(ctx)
  if (k === undefined) return notFound()
  const keyword = P.str(ctx.body, "keyword") ?? k.keyword
  if (keyword.trim() === "") return error(422, "Validation failed: Keyword can't be blank")
  k.keyword = keyword
  k.whole_word = P.bool(ctx.body, "whole_word") ?? k.whole_word
  return json(renderKeyword(k))
}

const removeKeyword = (ctx: UserCtx): Reply => {
  const k = ownKeyword(ctx)
  if (k === undefined) return notFound()
  const f = ownFilter(ctx, k.filter)
  if (f !== undefined) dropKeyword(ctx, f, k)
  return json({})
}

const renderFilterStatus = (s: { readonly id: string; readonly status: string }) => ({ id: s.id, status_id: s.status })

const statuses = (ctx: UserCtx): Reply => {
  const f = ownFilter(ctx, ctx.path["id"])
  return f === undefined ? notFound() : json(f.statuses.map(renderFilterStatus))
}

const addStatus = (ctx: UserCtx): Reply => {
  const f = ownFilter(ctx, ctx.path["id"])
  if (f === undefined) return notFound()
  const statusId = P.str(ctx.body, "status_id") ?? ""
  const s = ctx.state.statuses.get(statusId)
  if (s === undefined || !canSee(ctx.state, s, ctx.user)) return notFound()
  if (f.statuses.some((x) => x.status === statusId)) return error(422, "Validation failed: Status has already been taken")
  const row = { id: userDataOf(ctx.state).nextId(), filter: f.id, status: statusId }
  f.statuses.push(row)
  userDataOf(ctx.state).filterStatuses.set(row.id, row)
  return json(renderFilterStatus(row))
}

const ownFilterStatus = (ctx: UserCtx) => {
  const row = userDataOf(ctx.state).filterStatuses.get(ctx.path["id"] ?? "")
  const f = row === undefined ? undefined : ownFilter(ctx, row.filter)
  return row === undefined || f === undefined ? undefined : { row, f }
}

const getStatus = (ctx: UserCtx): Reply => {
  const found = ownFilterStatus(ctx)
  return found === undefined ? notFound() : json(renderFilterStatus(found.row))
}

const removeStatus = (ctx: UserCtx): Reply => {
  const found = ownFilterStatus(ctx)
  if (found === undefined) return notFound()
  const at = found.f.statuses.indexOf(found.row)
  if (at >= 0) found.f.statuses.splice(at, 1)
  userDataOf(ctx.state).filterStatuses.delete(found.row.id)
  return json({})
}

// The v1 view: each keyword of a v2 filter is one v1 filter.

const v1 = (f: FilterRow, k: KeywordRow) => ({
  id: k.id,
  phrase: k.keyword,
  context: f.context,
  whole_word: k.whole_word,
  expires_at: f.expiresAt === null ? null : Render.iso(f.expiresAt),
  irreversible: f.action === "hide"
})

const listV1 = (ctx: UserCtx): Reply =>
  json(
    [...userDataOf(ctx.state).filters.values()]
      .filter((f) => f.account === ctx.user.idx)
      .flatMap((f) => f.keywords.map((k) => v1(f, k)))
  )

const getV1 = (ctx: UserCtx): Reply => {
  const k = ownKeyword(ctx)
  const f = k === undefined ? undefined : ownFilter(ctx, k.filter)
  return k === undefined || f === undefined ? notFound() : json(v1(f, k))
}

const createV1 = (ctx: UserCtx): Reply => {
  const phrase = P.str(ctx.body, "phrase") ?? ""
  if (phrase.trim() === "") return error(422, "Validation failed: Keywords keyword can't be blank")
  const context = P.list(ctx.body, "context")
  const bad = validContext(context)
  if (bad !== undefined) return bad
  const expiresAt = expiry(ctx, null)
  if (isReply(expiresAt)) return expiresAt
  const action = P.bool(ctx.body, "irreversible") === true ? "hide" : "warn"
  const f: FilterRow = { id: userDataOf(ctx.state).nextId(), account: ctx.user.idx, title: phrase, context, action, expiresAt, keywords: [], statuses: [] }
  userDataOf(ctx.state).filters.set(f.id, f)
  const k = addKeyword(ctx, f, phrase, P.bool(ctx.body, "whole_word") ?? true)
  return json(v1(f, k))
}

const updateV1 = (ctx: UserCtx): Reply => {
  const k = ownKeyword(ctx)
  const f = k === undefined ? undefined : ownFilter(ctx, k.filter)
  if (k === undefined || f === undefined) return notFound()
  const changesFilter = ["context", "irreversible", "expires_in"].some((key) => key in ctx.body)
  const context = "context" in ctx.body ? P.list(ctx.body, "context") : f.context
  const action = "irreversible" in ctx.body ? (P.bool(ctx.body, "irreversible") === true ? "hide" : "warn") : f.action
  const expiresAt = expiry(ctx, f.expiresAt)
  if (isReply(expiresAt)) return expiresAt
  const filterChanged = changesFilter && (context.join() !== f.context.join() || action !== f.action || expiresAt !== f.expiresAt)
  if (filterChanged && f.keywords.length > 1) {
    return error(422, "Validation failed: Cannot change context, irreversible or expiry of a filter with several keywords through the v1 API")
  }
  const bad = validContext(context)
  if (bad !== undefined) return bad
  k.keyword = P.str(ctx.body, "phrase") ?? k.keyword
  k.whole_word = P.bool(ctx.body, "whole_word") ?? k.whole_word
  f.context = context
  f.action = action
  f.expiresAt = expiresAt
  return json(v1(f, k))
}

const removeV1 = (ctx: UserCtx): Reply => {
  const k = ownKeyword(ctx)
  const f = k === undefined ? undefined : ownFilter(ctx, k.filter)
  if (k === undefined || f === undefined) return notFound()
  dropKeyword(ctx, f, k)
  return json({})
}

const v2 = { since: "4.0.0" } as const

export const routes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v2/filters", read, list, v2),
  userRoute("POST", "/api/v2/filters", write, create, v2),
  userRoute("GET", "/api/v2/filters/keywords/:id", read, getKeyword, v2),
  userRoute("PUT", "/api/v2/filters/keywords/:id", write, updateKeyword, v2),
  userRoute("DELETE", "/api/v2/filters/keywords/:id", write, removeKeyword, v2),
  userRoute("GET", "/api/v2/filters/statuses/:id", read, getStatus, v2),
  userRoute("DELETE", "/api/v2/filters/statuses/:id", write, removeStatus, v2),
  userRoute("GET", "/api/v2/filters/:id", read, get, v2),
  userRoute("PUT", "/api/v2/filters/:id", write, update, v2),
  userRoute("DELETE", "/api/v2/filters/:id", write, remove, v2),
  userRoute("GET", "/api/v2/filters/:id/keywords", read, keywords, v2),
  userRoute("POST", "/api/v2/filters/:id/keywords", write, createKeyword, v2),
  userRoute("GET", "/api/v2/filters/:id/statuses", read, statuses, v2),
  userRoute("POST", "/api/v2/filters/:id/statuses", write, addStatus, v2),
  userRoute("GET", "/api/v1/filters", read, listV1, { since: "2.4.3" }),
  userRoute("POST", "/api/v1/filters", write, createV1, { since: "2.4.3" }),
  userRoute("GET", "/api/v1/filters/:id", read, getV1, { since: "2.4.3" }),
  userRoute("PUT", "/api/v1/filters/:id", write, updateV1, { since: "2.4.3" }),
  userRoute("DELETE", "/api/v1/filters/:id", write, removeV1, { since: "2.4.3" })
]
