/**
 * Profile, blocks, mutes, endorsements, follow requests, featured tags, lists, directory and the
 * stored media files.
 *
 * @internal
 */
import * as Either from "effect/Either"
import * as Encoding from "effect/Encoding"
import * as P from "../params.js"
import { edgeAll, edgePage, offsetPage } from "../paging.js"
import * as Render from "../render.js"
import { type Ctx, error, json, notFound, publicRoute, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { type AccountRow, limits, type ListRow, pair } from "../state.js"
import { updateProfile } from "./profileUpdate.js"

const renderAccount = (ctx: Ctx) => (idx: number) => {
  const a = ctx.state.accounts[idx]
  return a === undefined ? null : Render.account(ctx.state, a, ctx.origin)
}

const ownList = (ctx: UserCtx): ListRow | undefined => {
  const list = ctx.state.lists.get(ctx.path["id"] ?? "")
  return list !== undefined && list.owner === ctx.user.idx ? list : undefined
}

const repliesPolicies: ReadonlyArray<string> = ["followed", "list", "none"]

const listFields = (ctx: UserCtx, existing: ListRow | undefined): Reply | { title: string; replies_policy: string; exclusive: boolean } => {
  const title = P.str(ctx.body, "title") ?? existing?.title ?? ""
  if (title.trim() === "") return error(422, "Validation failed: Title can't be blank")
  const policy = P.str(ctx.body, "replies_policy") ?? existing?.replies_policy ?? "list"
  if (!repliesPolicies.includes(policy)) return error(422, `'${policy}' is not a valid replies_policy`)
  return { title, replies_policy: policy, exclusive: P.bool(ctx.body, "exclusive") ?? existing?.exclusive ?? false }
}

const isReply = (x: Reply | object): x is Reply => "status" in x && "contentType" in x

const normalizeTag = (name: string): string => name.trim().replace(/^#/, "")

const png1x1 = Either.getOrThrow(
  Encoding.decodeBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
)

const image = (type: string, bytes: Uint8Array): Reply => ({
  status: 200,
  body: bytes,
  contentType: type,
  headers: { "cache-control": "public, max-age=31536000, immutable" }
})

/** Whether the configured version is at least `x.y.z`. */
export const versionAtLeast = (version: string, wanted: string): boolean => {
  const parse = (v: string) => (v.match(/^(\d+)\.(\d+)\.(\d+)/) ?? []).slice(1, 4).map(Number)
  const a = parse(version)
  const b = parse(wanted)
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x > y
  }
  return true
}

const directory = (ctx: Ctx): Reply => {
  const local = P.bool(ctx.query, "local") === true
  const order = P.str(ctx.query, "order") ?? "active"
  const rows = ctx.state.accounts.filter((a): a is AccountRow => a !== undefined && a.discoverable && (!local || a.domain === null))
  const lastStatus = (a: AccountRow) => a.statuses?.[a.statuses.length - 1]?.created_at ?? -1
  const sorted = order === "new" ? rows.sort((a, b) => b.idx - a.idx) : rows.sort((a, b) => lastStatus(b) - lastStatus(a) || b.idx - a.idx)
  return json(offsetPage(ctx, sorted, 40, 80).map((a) => Render.account(ctx.state, a, ctx.origin)))
}

/** Accounts each user dismissed from their suggestions, per instance state. */
const dismissed = new WeakMap<object, Map<number, Set<number>>>()
const dismissedBy = (ctx: UserCtx): Set<number> => {
  const perUser = dismissed.get(ctx.state) ?? new Map<number, Set<number>>()
  dismissed.set(ctx.state, perUser)
  const set = perUser.get(ctx.user.idx) ?? new Set<number>()
  perUser.set(ctx.user.idx, set)
  return set
}

/**
 * Follow suggestions: local, discoverable accounts the user neither follows, blocks, mutes nor
 * dismissed, the most followed first (a stand-in for Mastodon's "global" source).
 */
const suggestions = (ctx: UserCtx, fallbackLimit: number): ReadonlyArray<AccountRow> => {
  const limit = Math.min(80, Math.max(1, Number(P.str(ctx.query, "limit") ?? fallbackLimit) || fallbackLimit))
  const skip = dismissedBy(ctx)
  const me = ctx.user.idx
  return ctx.state.accounts
    .filter((a): a is AccountRow =>
      a !== undefined && a.idx !== me && a.domain === null && a.discoverable && !skip.has(a.idx) &&
      !ctx.state.isFollowing(me, a.idx) && !ctx.state.blocks.has(pair(me, a.idx)) && !ctx.state.mutes.has(pair(me, a.idx))
    )
    .sort((a, b) => (b.followers?.size ?? 0) - (a.followers?.size ?? 0) || a.idx - b.idx)
    .slice(0, limit)
}

/** The remaining routes. */
export const routes: ReadonlyArray<RouteDef> = [
  // Profile (4.6)
  userRoute("GET", "/api/v1/profile", ["profile", "read:accounts"], (ctx) => json(Render.profile(ctx.state, ctx.user, ctx.origin)), {
    since: "4.6.0"
  }),
  userRoute("PATCH", "/api/v1/profile", ["write:accounts"], (ctx) =>
    updateProfile(ctx, true) ?? json(Render.profile(ctx.state, ctx.user, ctx.origin)), { since: "4.6.0" }),
  userRoute("DELETE", "/api/v1/profile/avatar", ["write:accounts"], (ctx) => {
    ctx.user.avatar = undefined
    return json(Render.credentialAccount(ctx.state, ctx.user, ctx.origin))
  }, { since: "4.2.0" }),
  userRoute("DELETE", "/api/v1/profile/header", ["write:accounts"], (ctx) => {
    ctx.user.header = undefined
    return json(Render.credentialAccount(ctx.state, ctx.user, ctx.origin))
  }, { since: "4.2.0" }),

  // Suggestions
  userRoute("GET", "/api/v2/suggestions", ["read"], (ctx) =>
    json(suggestions(ctx, 40).map((a) => ({ source: "global", sources: ["most_followed"], account: Render.account(ctx.state, a, ctx.origin) }))), {
    since: "3.4.0"
  }),
  userRoute("GET", "/api/v1/suggestions", ["read"], (ctx) =>
    json(suggestions(ctx, 40).map((a) => Render.account(ctx.state, a, ctx.origin))), { since: "2.4.3" }),
  userRoute("DELETE", "/api/v1/suggestions/:account_id", ["read"], (ctx) => {
    const target = ctx.state.accounts.find((a) => a !== undefined && a.id === ctx.path["account_id"])
    if (target === undefined) return notFound()
    dismissedBy(ctx).add(target.idx)
    return json({})
  }, { since: "2.4.3" }),

  // Blocks, mutes, endorsements
  userRoute("GET", "/api/v1/blocks", ["read:blocks"], (ctx) => edgePage(ctx, ctx.user.blocks, 40, 80, renderAccount(ctx))),
  userRoute("GET", "/api/v1/mutes", ["read:mutes"], (ctx) =>
    edgePage(ctx, ctx.user.mutes, 40, 80, (idx) => {
      const a = ctx.state.accounts[idx]
      if (a === undefined) return null
      const mute = ctx.state.mutes.get(pair(ctx.user.idx, idx))
      return {
        ...Render.account(ctx.state, a, ctx.origin),
        mute_expires_at: mute?.expiresAt === undefined || mute.expiresAt === null ? null : Render.iso(mute.expiresAt)
      }
    })),
  userRoute("GET", "/api/v1/endorsements", ["read:accounts"], (ctx) =>
    edgePage(ctx, ctx.user.endorsements, 40, 80, renderAccount(ctx), "since_id")),

  // Follow requests
  userRoute("GET", "/api/v1/follow_requests", ["read:follows"], (ctx) =>
    edgePage(ctx, ctx.user.requests, 40, 80, renderAccount(ctx), "since_id")),
  userRoute("POST", "/api/v1/follow_requests/:account_id/authorize", ["write:follows"], (ctx) => {
    const other = ctx.state.account(ctx.path["account_id"])
    if (other === undefined) return notFound()
    const request = ctx.state.removeRequest(other, ctx.user)
    if (request === undefined) return notFound()
    ctx.state.addFollow(other, ctx.user, request.options)
    return json(Render.relationship(ctx.state, ctx.user, other, ctx.now))
  }),
  userRoute("POST", "/api/v1/follow_requests/:account_id/reject", ["write:follows"], (ctx) => {
    const other = ctx.state.account(ctx.path["account_id"])
    if (other === undefined) return notFound()
    if (ctx.state.removeRequest(other, ctx.user) === undefined) return notFound()
    return json(Render.relationship(ctx.state, ctx.user, other, ctx.now))
  }),

  // Featured tags
  userRoute("GET", "/api/v1/featured_tags", ["read:accounts"], (ctx) =>
    json((ctx.user.featuredTags ?? []).map((t) => Render.featuredTag(ctx.state, t, ctx.origin)))),
  userRoute("POST", "/api/v1/featured_tags", ["write:accounts"], (ctx) => {
    const name = normalizeTag(P.str(ctx.body, "name") ?? "")
    if (name === "" || !/^[\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) return error(422, "Validation failed: Tag is invalid")
    const existing = ctx.user.featuredTags ?? []
    if (existing.some((t) => t.name.toLowerCase() === name.toLowerCase())) return error(422, "Validation failed: Tag has already been taken")
    if (existing.length >= limits.featuredTags) {
      return error(422, `Validation failed: You can only feature up to ${limits.featuredTags} hashtags`)
    }
    return json(Render.featuredTag(ctx.state, ctx.state.featureTag(ctx.user, name), ctx.origin))
  }),
  userRoute("GET", "/api/v1/featured_tags/suggestions", ["read:accounts"], (ctx) => {
    const seen = new Map<string, string>()
    const statuses = ctx.user.statuses ?? []
    for (let i = statuses.length - 1; i >= 0 && seen.size < 10; i--) {
      for (const t of statuses[i]?.tags ?? []) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t)
    }
    return json([...seen.keys()].slice(0, 10).map((name) => ({ name, url: `${ctx.origin}/tags/${name}`, history: [], following: false })))
  }),
  userRoute("DELETE", "/api/v1/featured_tags/:id", ["write:accounts"], (ctx) => {
    const row = ctx.state.featuredTags.get(ctx.path["id"] ?? "")
    if (row === undefined || row.account !== ctx.user.idx) return notFound()
    ctx.state.featuredTags.delete(row.id)
    ctx.user.featuredTags = (ctx.user.featuredTags ?? []).filter((t) => t.id !== row.id)
    return json({})
  }),

  // Lists
  userRoute("GET", "/api/v1/lists", ["read:lists"], (ctx) =>
    json([...ctx.state.lists.values()].filter((l) => l.owner === ctx.user.idx).map(Render.list))),
  userRoute("GET", "/api/v1/lists/:id", ["read:lists"], (ctx) => {
    const list = ownList(ctx)
    return list === undefined ? notFound() : json(Render.list(list))
  }),
  userRoute("POST", "/api/v1/lists", ["write:lists"], (ctx) => {
    const fields = listFields(ctx, undefined)
    if (isReply(fields)) return fields
    return json(Render.list(ctx.state.createList(ctx.user, fields.title, fields.replies_policy, fields.exclusive)))
  }),
  userRoute("PUT", "/api/v1/lists/:id", ["write:lists"], (ctx) => {
    const list = ownList(ctx)
    if (list === undefined) return notFound()
    const fields = listFields(ctx, list)
    if (isReply(fields)) return fields
    list.title = fields.title
    list.replies_policy = fields.replies_policy
    list.exclusive = fields.exclusive
    return json(Render.list(list))
  }),
  userRoute("DELETE", "/api/v1/lists/:id", ["write:lists"], (ctx) => {
    const list = ownList(ctx)
    if (list === undefined) return notFound()
    ctx.state.lists.delete(list.id)
    return json({})
  }),
  userRoute("GET", "/api/v1/lists/:id/accounts", ["read:lists"], (ctx) => {
    const list = ownList(ctx)
    if (list === undefined) return notFound()
    if (P.int(ctx.query, "limit") === 0) return edgeAll(list.members, renderAccount(ctx))
    return edgePage(ctx, list.members, 40, 80, renderAccount(ctx), "since_id")
  }),
  userRoute("POST", "/api/v1/lists/:id/accounts", ["write:lists"], (ctx) => {
    const list = ownList(ctx)
    if (list === undefined) return notFound()
    const accounts = P.list(ctx.params, "account_ids").map((id) => ctx.state.account(id))
    const valid: Array<AccountRow> = []
    for (const a of accounts) {
      if (a === undefined || !ctx.state.isFollowing(ctx.user.idx, a.idx)) return notFound()
      if (list.memberRecords.has(a.idx)) return error(422, "Validation failed: Account has already been taken")
      valid.push(a)
    }
    for (const a of valid) ctx.state.addToList(list, a)
    return json({})
  }),
  userRoute("DELETE", "/api/v1/lists/:id/accounts", ["write:lists"], (ctx) => {
    const list = ownList(ctx)
    if (list === undefined) return notFound()
    for (const id of P.list(ctx.params, "account_ids")) {
      const a = ctx.state.account(id)
      const record = a === undefined ? undefined : list.memberRecords.get(a.idx)
      if (a !== undefined && record !== undefined) {
        list.memberRecords.delete(a.idx)
        list.members.remove(record)
      }
    }
    return json({})
  }),

  // Directory (the instance routes are in instance.ts)
  publicRoute("GET", "/api/v1/directory", directory, "3.0.0"),

  // Stored files
  publicRoute("GET", "/system/*", (ctx) => {
    const file = ctx.state.media.get(ctx.url.pathname)
    return file === undefined ? notFound() : image(file.type, file.bytes)
  }),
  publicRoute("GET", "/avatars/original/missing.png", () => image("image/png", png1x1)),
  publicRoute("GET", "/headers/original/missing.png", () => image("image/png", png1x1))
]
