/**
 * Collections (4.6): featured accounts curated by a user. A local account is featured at once
 * (its `feature_approval` is automatic), a remote one waits (`pending`); a featured account may
 * revoke its inclusion.
 *
 * @internal
 */
import { offsetPage } from "../paging.js"
import * as P from "../params.js"
import * as Render from "../render.js"
import { type Ctx, error, forbidden, json, notFound, publicRoute, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { type AccountRow, pair } from "../state.js"
import { type CollectionItemRow, type CollectionRow, userDataOf } from "../userData.js"

const since = "4.6.0"
const write = ["write:collections"]
const read = ["read:collections"]

/** A Collection entity. */
export const renderCollection = (ctx: Ctx, c: CollectionRow): Record<string, unknown> => {
  const owner = ctx.state.accounts[c.account]
  const name = owner?.username ?? "unknown"
  return {
    id: c.id,
    account_id: owner?.id ?? String(c.account),
    uri: `${ctx.origin}/users/${name}/collections/${c.id}`,
    url: `${ctx.origin}/@${name}/collections/${c.id}`,
    name: c.name,
    description: c.description,
    language: c.language,
    local: true,
    sensitive: c.sensitive,
    discoverable: c.discoverable,
    tag: c.tag === null ? null : { name: c.tag, url: `${ctx.origin}/tags/${c.tag}` },
    item_count: c.items.length,
    items: c.items.map((i) => renderItem(ctx, i)),
    created_at: Render.iso(c.created_at),
    updated_at: Render.iso(c.updated_at)
  }
}

const renderItem = (ctx: Ctx, i: CollectionItemRow): Record<string, unknown> => ({
  id: i.id,
  account_id: ctx.state.accounts[i.account]?.id ?? null,
  state: i.state,
  created_at: Render.iso(i.created_at)
})

const isReply = (x: unknown): x is Reply => typeof x === "object" && x !== null && "status" in x && "contentType" in x

const fields = (ctx: UserCtx, existing: CollectionRow | undefined) => {
  const name = P.str(ctx.body, "name") ?? existing?.name ?? ""
  if (name.trim() === "") return error(422, "Validation failed: Name can't be blank")
  if ([...name].length > 40) return error(422, "Validation failed: Name is too long (maximum is 40 characters)")
  const description = P.str(ctx.body, "description") ?? existing?.description ?? ""
  if ([...description].length > 100) return error(422, "Validation failed: Description is too long (maximum is 100 characters)")
  const tag = P.str(ctx.body, "tag_name")?.trim().replace(/^#/, "")
  return {
    name,
    description,
    language: P.str(ctx.body, "language") ?? existing?.language ?? null,
    tag: tag === undefined ? existing?.tag ?? null : tag === "" ? null : tag.toLowerCase(),
    sensitive: P.bool(ctx.body, "sensitive") ?? existing?.sensitive ?? false,
    discoverable: P.bool(ctx.body, "discoverable") ?? existing?.discoverable ?? true
  }
}

/** Add an account as an item, or say why not. */
const addAccount = (ctx: UserCtx, c: CollectionRow, id: string | undefined): CollectionItemRow | Reply => {
  if (id === undefined || id === "") return error(422, "`account_id` parameter is missing")
  const a = ctx.state.account(id)
  if (a === undefined) return error(422, "Validation failed: Account must exist")
  if (a.idx === ctx.user.idx) return error(422, "Validation failed: Account cannot be featured by itself")
  if (!a.discoverable || ctx.state.blocks.has(pair(a.idx, ctx.user.idx)) || ctx.state.blocks.has(pair(ctx.user.idx, a.idx))) {
    return error(422, "Validation failed: Account does not allow being featured")
  }
  if (c.items.some((i) => i.account === a.idx)) return error(422, "Validation failed: Account has already been taken")
  const item: CollectionItemRow = { id: userDataOf(ctx.state).nextId(), account: a.idx, state: a.domain === null ? "accepted" : "pending", created_at: ctx.now }
  c.items.push(item)
  c.updated_at = ctx.now
  return item
}

const find = (ctx: Ctx): CollectionRow | undefined => userDataOf(ctx.state).collections.get(ctx.path["id"] ?? "")

const create = (ctx: UserCtx): Reply => {
  const f = fields(ctx, undefined)
  if (isReply(f)) return f
  const c: CollectionRow = { id: userDataOf(ctx.state).nextId(), account: ctx.user.idx, ...f, items: [], created_at: ctx.now, updated_at: ctx.now }
  for (const id of P.list(ctx.body, "account_ids")) {
    const added = addAccount(ctx, c, id)
    if (isReply(added)) return added
  }
  userDataOf(ctx.state).collections.set(c.id, c)
  return json({ collection: renderCollection(ctx, c) })
}

const get = (ctx: Ctx): Reply => {
  const c = find(ctx)
  if (c === undefined) return notFound()
  const accounts = [c.account, ...c.items.filter((i) => i.state === "accepted").map((i) => i.account)]
    .flatMap((idx) => {
      const a = ctx.state.accounts[idx]
      return a === undefined ? [] : [Render.account(ctx.state, a, ctx.origin)]
    })
  return json({ accounts, collection: renderCollection(ctx, c) })
}

const owned = (ctx: UserCtx): CollectionRow | Reply => {
  const c = find(ctx)
  if (c === undefined) return notFound()
  return c.account === ctx.user.idx ? c : forbidden()
}

const update = (ctx: UserCtx): Reply => {
  const c = owned(ctx)
  if (isReply(c)) return c
  const f = fields(ctx, c)
  if (isReply(f)) return f
  Object.assign(c, f, { updated_at: ctx.now })
  return json({ collection: renderCollection(ctx, c) })
}

const remove = (ctx: UserCtx): Reply => {
  const c = owned(ctx)
  if (isReply(c)) return c
  userDataOf(ctx.state).collections.delete(c.id)
  return json({})
}

const addItem = (ctx: UserCtx): Reply => {
  const c = owned(ctx)
  if (isReply(c)) return c
  const item = addAccount(ctx, c, P.str(ctx.body, "account_id"))
  return isReply(item) ? item : json({ collection_item: renderItem(ctx, item) })
}

const dropItem = (c: CollectionRow, item: CollectionItemRow, now: number) => {
  c.items.splice(c.items.indexOf(item), 1)
  c.updated_at = now
}

const removeItem = (ctx: UserCtx): Reply => {
  const c = owned(ctx)
  if (isReply(c)) return c
  const item = c.items.find((i) => i.id === ctx.path["item_id"])
  if (item === undefined) return notFound()
  dropItem(c, item, ctx.now)
  return json({})
}

const revokeItem = (ctx: UserCtx): Reply => {
  const c = find(ctx)
  const item = c?.items.find((i) => i.id === ctx.path["item_id"])
  if (c === undefined || item === undefined) return notFound()
  if (item.account !== ctx.user.idx) return forbidden()
  dropItem(c, item, ctx.now)
  return json({})
}

const visibleTo = (c: CollectionRow, viewer: AccountRow | undefined) => c.discoverable || viewer?.idx === c.account

const ofAccount = (ctx: Ctx): Reply => {
  const a = ctx.state.account(ctx.path["id"])
  if (a === undefined) return notFound()
  const rows = [...userDataOf(ctx.state).collections.values()].filter((c) => c.account === a.idx && visibleTo(c, ctx.user)).reverse()
  return json({ collections: offsetPage(ctx, rows, 40, 80).map((c) => renderCollection(ctx, c)) })
}

const featuring = (ctx: UserCtx): Reply => {
  const a = ctx.state.account(ctx.path["id"])
  if (a === undefined) return notFound()
  const rows = [...userDataOf(ctx.state).collections.values()]
    .filter((c) => c.items.some((i) => i.account === a.idx && i.state === "accepted") && visibleTo(c, ctx.user))
    .reverse()
  return json({ collections: offsetPage(ctx, rows, 40, 80).map((c) => renderCollection(ctx, c)) })
}

export const routes: ReadonlyArray<RouteDef> = [
  userRoute("POST", "/api/v1/collections", write, create, { since }),
  publicRoute("GET", "/api/v1/collections/:id", get, since),
  userRoute("PATCH", "/api/v1/collections/:id", write, update, { since }),
  userRoute("DELETE", "/api/v1/collections/:id", write, remove, { since }),
  userRoute("POST", "/api/v1/collections/:id/items", write, addItem, { since }),
  userRoute("DELETE", "/api/v1/collections/:id/items/:item_id", write, removeItem, { since }),
  userRoute("POST", "/api/v1/collections/:id/items/:item_id/revoke", write, revokeItem, { since }),
  publicRoute("GET", "/api/v1/accounts/:id/collections", ofAccount, since),
  userRoute("GET", "/api/v1/accounts/:id/in_collections", read, featuring, { since })
]
