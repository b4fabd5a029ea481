/**
 * Timelines, hashtags, trends and search computed from the instance state, the way Mastodon's
 * feed manager and feeds decide what goes where: the home feed from follows, exclusive lists and
 * followed hashtags; list feeds with their `replies_policy`; public and hashtag feeds of public
 * statuses; blocks, mutes and domain blocks of the viewer everywhere. Feeds are computed on each
 * request rather than fanned out on write, which keeps every other route unaware of them.
 *
 * @internal
 */
import { isSilenced } from "../admin/store.js"
import { Edge } from "../edge.js"
import { hiddenByFilter } from "../filters.js"
import * as Render from "../render.js"
import { type Ctx, json, type Reply } from "../route.js"
import * as P from "../params.js"
import { limitOf } from "../route.js"
import type { AccountRow, ListRow, State, StatusRow } from "../state.js"
import * as StatusRender from "../statuses/render.js"
import { alive, canSee, extOf, hiddenFor } from "../statuses/store.js"

// -------------------------------------------------------------------------------------------------
// Hashtags

/** A hashtag the instance knows, with a stable numeric id. */
export interface TagRow {
  readonly idx: number
  /** Lowercased: tags are case-insensitive. */
  readonly name: string
}

/** Hashtags, and who follows which (record ids order the followed-tags pages). */
export class TagStore {
  readonly byName = new Map<string, TagRow>()
  readonly byIdx: Array<TagRow | undefined> = [undefined]
  /** Per viewer: tag idx → follow record id. */
  readonly follows = new Map<number, Map<number, number>>()
  /** Per viewer: the follow records as an edge (record id → tag idx). */
  readonly followEdges = new Map<number, Edge>()
}

const tagStores = new WeakMap<State, TagStore>()

/** The hashtag store of a state (created on first use). */
export const tagStoreOf = (state: State): TagStore => {
  let store = tagStores.get(state)
  if (store === undefined) {
    store = new TagStore()
    tagStores.set(state, store)
  }
  return store
}

/** What Mastodon accepts as a hashtag name. */
export const hashtagName = /^[\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*$/u

/** Tags are compared case-insensitively. */
export const normalizeTag = (name: string): string => name.replace(/^#/, "").normalize("NFKC").toLowerCase()

/** The row of a hashtag, created on first use. */
export const tagRow = (state: State, name: string): TagRow => {
  const store = tagStoreOf(state)
  const key = normalizeTag(name)
  let row = store.byName.get(key)
  if (row === undefined) {
    row = { idx: store.byIdx.length, name: key }
    store.byIdx.push(row)
    store.byName.set(key, row)
  }
  return row
}

/** The hashtags `viewer` follows, by tag idx. */
export const followedTags = (state: State, viewer: number): ReadonlyMap<number, number> =>
  tagStoreOf(state).follows.get(viewer) ?? new Map()

/** `viewer` follows a hashtag; false when already followed. */
export const followTag = (state: State, viewer: AccountRow, tag: TagRow): boolean => {
  const store = tagStoreOf(state)
  let mine = store.follows.get(viewer.idx)
  if (mine === undefined) store.follows.set(viewer.idx, mine = new Map())
  if (mine.has(tag.idx)) return false
  const id = state.nextRecordId()
  mine.set(tag.idx, id)
  let edge = store.followEdges.get(viewer.idx)
  if (edge === undefined) store.followEdges.set(viewer.idx, edge = new Edge())
  edge.push(id, tag.idx)
  return true
}

/** `viewer` stops following a hashtag. */
export const unfollowTag = (state: State, viewer: AccountRow, tag: TagRow): void => {
  const store = tagStoreOf(state)
  const id = store.follows.get(viewer.idx)?.get(tag.idx)
  if (id === undefined) return
  store.follows.get(viewer.idx)?.delete(tag.idx)
  store.followEdges.get(viewer.idx)?.remove(id)
}

const day = 86_400_000

/** The trend window: the last week, as the docs say of trending tags. */
export const trendWindow = 7 * day

/** Statuses whose use counts toward trends and tag histories: public, not boosts, not deleted. */
const counted = (state: State, s: StatusRow): boolean => alive(state, s) && s.reblog === undefined && s.visibility === "public"

/** Use per day over the last week, newest day first (uses and distinct accounts, as strings). */
const historyOf = (rows: ReadonlyArray<StatusRow>, now: number): Array<{ day: string; uses: string; accounts: string }> => {
  const today = Math.floor(now / day) * day
  return Array.from({ length: 7 }, (_, i) => {
    const start = today - i * day
    const inDay = rows.filter((s) => s.created_at >= start && s.created_at < start + day)
    return { day: String(start / 1000), uses: String(inDay.length), accounts: String(new Set(inDay.map((s) => s.account)).size) }
  })
}

/** The public statuses of the last week carrying each tag (compute once per request: it scans every status). */
export const tagUses = (state: State, now: number): Map<string, Array<StatusRow>> => {
  const uses = new Map<string, Array<StatusRow>>()
  for (const s of state.statuses.values()) {
    if (!counted(state, s) || s.created_at < now - trendWindow || s.created_at > now) continue
    for (const t of new Set(s.tags.map(normalizeTag))) {
      let list = uses.get(t)
      if (list === undefined) uses.set(t, list = [])
      list.push(s)
    }
  }
  return uses
}

/** A Tag entity, with the viewer's following and featuring state. */
export const renderTag = (ctx: Ctx, tag: TagRow, uses?: ReadonlyArray<StatusRow>): Record<string, unknown> => {
  const state = ctx.state
  const rows = uses ?? tagUses(state, ctx.now).get(tag.name) ?? []
  const viewer = ctx.user
  return {
    ...Render.whenSince(state, "4.3.1", { id: String(tag.idx) }),
    name: tag.name,
    url: `${ctx.origin}/tags/${encodeURIComponent(tag.name)}`,
    history: historyOf(rows, ctx.now),
    ...(viewer === undefined
      ? {}
      : {
        following: followedTags(state, viewer.idx).has(tag.idx),
        ...Render.whenSince(state, "4.4.0", { featuring: (viewer.featuredTags ?? []).some((f) => normalizeTag(f.name) === tag.name) })
      })
  }
}

/** Trending tags: used by the most accounts over the last week, then by the most statuses. */
export const trendingTags = (state: State, now: number): Array<{ readonly tag: TagRow; readonly uses: ReadonlyArray<StatusRow> }> =>
  [...tagUses(state, now)]
    .map(([name, uses]) => ({ tag: tagRow(state, name), uses, accounts: new Set(uses.map((s) => s.account)).size }))
    .sort((a, b) => b.accounts - a.accounts || b.uses.length - a.uses.length || (a.tag.name < b.tag.name ? -1 : 1))

/** A tag counts as reviewed once it trends (the fake approves trends itself). */
export const reviewedTags = (state: State, now: number): ReadonlySet<string> => new Set(trendingTags(state, now).map((t) => t.tag.name))

/** Trending statuses: public ones of the last week with interactions, the most reblogs+favourites first. */
export const trendingStatuses = (state: State, now: number): Array<StatusRow> => {
  const scored: Array<{ s: StatusRow; score: number }> = []
  for (const s of state.statuses.values()) {
    if (!counted(state, s) || s.created_at < now - trendWindow || s.created_at > now) continue
    // Only authors who opted into discovery trend, as on Mastodon.
    if (state.accounts[s.account]?.discoverable === false) continue
    const ext = extOf(state, s)
    const score = ext.reblogs.filter((r) => alive(state, r)).length + ext.favourites.size
    if (score > 0) scored.push({ s, score })
  }
  return scored.sort((a, b) => b.score - a.score || (a.s.id > b.s.id ? -1 : 1)).map((x) => x.s)
}

/** The first link of a text: the one Mastodon would fetch a preview card for. */
export const linkOf = (text: string): string | undefined => /https?:\/\/[^\s<>"]+/.exec(text)?.[0]?.replace(/[.,;:!?)]+$/, "")

/** Trending links: shared in public statuses of the last week, by the most accounts first. */
export const trendingLinks = (state: State, now: number): Array<{ readonly url: string; readonly shares: ReadonlyArray<StatusRow> }> => {
  const byUrl = new Map<string, Array<StatusRow>>()
  for (const s of state.statuses.values()) {
    if (!counted(state, s) || s.created_at < now - trendWindow || s.created_at > now) continue
    const url = linkOf(s.text)
    if (url === undefined || state.accounts[s.account]?.discoverable === false) continue
    let list = byUrl.get(url)
    if (list === undefined) byUrl.set(url, list = [])
    list.push(s)
  }
  return [...byUrl]
    .map(([url, shares]) => ({ url, shares, accounts: new Set(shares.map((s) => s.account)).size }))
    .sort((a, b) => b.accounts - a.accounts || b.shares.length - a.shares.length || (a.url < b.url ? -1 : 1))
}

/** A Trends::Link entity: a preview card made up from the URL, with its share history. */
export const renderLink = (url: string, shares: ReadonlyArray<StatusRow>, now: number): Record<string, unknown> => {
  const parsed = new URL(url)
  return {
    url,
    title: `${parsed.hostname}${parsed.pathname === "/" ? "" : parsed.pathname}`,
    description: "",
    type: "link",
    authors: [],
    author_name: "",
    author_url: "",
    provider_name: parsed.hostname,
    provider_url: "",
    html: "",
    width: 0,
    height: 0,
    image: null,
    image_description: "",
    embed_url: "",
    blurhash: null,
    published_at: null,
    history: historyOf(shares, now)
  }
}

// -------------------------------------------------------------------------------------------------
// Feeds

/** Whether a viewer keeps a status out of every feed: they block or mute its author, or its domain. */
const hiddenAuthor = (ctx: Ctx, s: StatusRow): boolean => {
  const viewer = ctx.user
  if (viewer === undefined) return false
  if (hiddenFor(ctx.state, s, viewer, ctx.now)) return true
  const author = ctx.state.accounts[s.account]
  return author?.domain != null && s.account !== viewer.idx && (viewer.domainBlocks?.has(author.domain) ?? false)
}

/** Shown to the viewer at all: alive, visible, and neither it nor what it boosts hidden. */
const shown = (ctx: Ctx, s: StatusRow): boolean =>
  alive(ctx.state, s) && canSee(ctx.state, s, ctx.user) && !hiddenAuthor(ctx, s) && (s.reblog === undefined || !hiddenAuthor(ctx, s.reblog))

/** A reply to another account than its author (a self-reply continues a thread and counts as a post). */
const replyTo = (s: StatusRow): number | undefined =>
  s.inReplyTo !== undefined && s.inReplyTo.account !== s.account ? s.inReplyTo.account : undefined

/** Sorted by id ascending, for paging. */
const sorted = (rows: Array<StatusRow>): Array<StatusRow> => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/**
 * Keep one entry per boosted status: a boost is dropped when the original is in the feed itself,
 * or when an earlier boost of it already is (Mastodon's feed keeps a reblog once).
 */
const dedupeBoosts = (rows: Array<StatusRow>): Array<StatusRow> => {
  const present = new Set(rows.filter((s) => s.reblog === undefined).map((s) => s.idStr))
  const out: Array<StatusRow> = []
  for (const s of rows) {
    if (s.reblog !== undefined) {
      if (present.has(s.reblog.idStr)) continue
      present.add(s.reblog.idStr)
    }
    out.push(s)
  }
  return out
}

/** Members of the viewer's exclusive lists: their statuses stay out of home. */
const exclusiveMembers = (state: State, viewer: AccountRow): Set<number> => {
  const members = new Set<number>()
  for (const list of state.lists.values()) {
    if (list.owner === viewer.idx && list.exclusive) for (const m of list.memberRecords.keys()) members.add(m)
  }
  return members
}

/** The home feed of a signed-in viewer, oldest first. */
export const homeFeed = (ctx: Ctx, viewer: AccountRow): Array<StatusRow> => {
  const state = ctx.state
  const exclusive = exclusiveMembers(state, viewer)
  const tags = followedTags(state, viewer.idx)
  const tagNames = new Set([...tags.keys()].map((i) => tagStoreOf(state).byIdx[i]?.name ?? ""))
  const rows: Array<StatusRow> = []
  for (const s of state.statuses.values()) {
    if (!shown(ctx, s)) continue
    if (s.account === viewer.idx) {
      rows.push(s)
      continue
    }
    if (exclusive.has(s.account)) continue
    const follow = state.followOptionsOf(viewer.idx, s.account)
    // A follow may hide the account's boosts, or keep only posts in some languages.
    const viaFollow = follow !== undefined &&
      (s.reblog === undefined ? follow.languages === null || follow.languages.includes(s.language) : follow.reblogs)
    const viaTag = s.reblog === undefined && s.visibility === "public" && s.tags.some((t) => tagNames.has(normalizeTag(t)))
    if (!viaFollow && !viaTag) continue
    // A reply reaches home only when it answers the viewer or someone the viewer follows.
    const to = replyTo(s)
    if (to !== undefined && to !== viewer.idx && !state.isFollowing(viewer.idx, to)) continue
    // A `hide` filter of the home context keeps a status out of home, as the feed manager does
    // (checked last: matching keywords is the costliest test).
    if (hiddenByFilter(state, s, viewer, "home", ctx.now)) continue
    rows.push(s)
  }
  return dedupeBoosts(sorted(rows))
}

/** The feed of one list, with replies as its `replies_policy` says. */
export const listFeed = (ctx: Ctx, viewer: AccountRow, list: ListRow): Array<StatusRow> => {
  const state = ctx.state
  const rows: Array<StatusRow> = []
  for (const s of state.statuses.values()) {
    if (!list.memberRecords.has(s.account) || !shown(ctx, s)) continue
    // Lists go through the home feed's checks, `hide` filters of the home context included.
    if (hiddenByFilter(state, s, viewer, "home", ctx.now)) continue
    if (s.reblog !== undefined && state.followOptionsOf(viewer.idx, s.account)?.reblogs === false) continue
    const to = replyTo(s)
    if (to !== undefined && to !== viewer.idx) {
      const keep = list.replies_policy === "followed"
        ? state.isFollowing(viewer.idx, to)
        : list.replies_policy === "list"
        ? list.memberRecords.has(to)
        : false
      if (!keep) continue
    }
    rows.push(s)
  }
  return dedupeBoosts(sorted(rows))
}

/** `local`, `remote` and `only_media` of the public and hashtag timelines. */
const originFilter = (ctx: Ctx) => {
  const local = P.bool(ctx.query, "local") ?? false
  const remote = P.bool(ctx.query, "remote") ?? false
  const onlyMedia = P.bool(ctx.query, "only_media") ?? false
  return (s: StatusRow): boolean => {
    const author = ctx.state.accounts[s.account]
    // Silenced (limited) accounts stay out of the public feeds, as Mastodon's public and tag feeds
    // keep to accounts that are not silenced.
    if (author !== undefined && isSilenced(ctx.state, author)) return false
    const domain = author?.domain ?? null
    if (local && domain !== null) return false
    if (remote && domain === null) return false
    return !onlyMedia || s.media.length > 0
  }
}

/** Public statuses, without boosts and without replies to others (Mastodon's default). */
export const publicFeed = (ctx: Ctx): Array<StatusRow> => {
  const origin = originFilter(ctx)
  const rows: Array<StatusRow> = []
  for (const s of ctx.state.statuses.values()) {
    if (s.visibility !== "public" || s.reblog !== undefined || replyTo(s) !== undefined) continue
    if (origin(s) && shown(ctx, s)) rows.push(s)
  }
  return sorted(rows)
}

/** Public statuses with the hashtag (or any of `any[]`), all of `all[]` and none of `none[]`. */
export const tagFeed = (ctx: Ctx, hashtag: string): Array<StatusRow> => {
  const names = (key: string) => P.list(ctx.query, key).map(normalizeTag).filter((t) => t !== "")
  const any = [normalizeTag(hashtag), ...names("any")]
  const all = names("all")
  const none = names("none")
  const origin = originFilter(ctx)
  const rows: Array<StatusRow> = []
  for (const s of ctx.state.statuses.values()) {
    if (s.visibility !== "public" || s.reblog !== undefined) continue
    const tags = new Set(s.tags.map(normalizeTag))
    if (!any.some((t) => tags.has(t)) || !all.every((t) => tags.has(t)) || none.some((t) => tags.has(t))) continue
    if (origin(s) && shown(ctx, s)) rows.push(s)
  }
  return sorted(rows)
}

/** Public statuses whose preview card would be `url`. */
export const linkFeed = (ctx: Ctx, url: string): Array<StatusRow> => {
  const rows: Array<StatusRow> = []
  for (const s of ctx.state.statuses.values()) {
    if (s.visibility !== "public" || s.reblog !== undefined || linkOf(s.text) !== url) continue
    if (shown(ctx, s)) rows.push(s)
  }
  return sorted(rows)
}

/** Direct statuses from and to the viewer (the timeline servers before 3.0 had). */
export const directFeed = (ctx: Ctx, viewer: AccountRow): Array<StatusRow> => {
  const rows: Array<StatusRow> = []
  for (const s of ctx.state.statuses.values()) {
    if (s.visibility !== "direct") continue
    if (shown(ctx, s) && (s.account === viewer.idx || extOf(ctx.state, s).mentions.includes(viewer.idx))) rows.push(s)
  }
  return sorted(rows)
}

const snowflake = (s: string | undefined): bigint | undefined => (s !== undefined && /^\d{1,20}$/.test(s) ? BigInt(s) : undefined)

/**
 * A page of a status feed (sorted oldest first) with Mastodon's timeline links: `next` while older
 * statuses remain, `prev` whenever the page has statuses, so a reader who reached the newest can
 * keep the `prev` cursor and come back later for what is new.
 */
export const feedPage = (ctx: Ctx, rows: ReadonlyArray<StatusRow>, defaultLimit = 20, maxLimit = 40): Reply => {
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
  const link = (key: string, value: string) => {
    const url = new URL(ctx.url.pathname, ctx.origin)
    for (const [k, v] of ctx.url.searchParams) {
      if (k !== "max_id" && k !== "min_id" && k !== "since_id" && k !== "limit") url.searchParams.append(k, v)
    }
    url.searchParams.set("limit", String(limit))
    url.searchParams.set(key, value)
    return url.toString()
  }
  const links: Array<string> = []
  const newest = picked[0]
  const oldest = picked[picked.length - 1]
  if (oldest !== undefined && start > 0) links.push(`<${link("max_id", oldest.idStr)}>; rel="next"`)
  if (newest !== undefined) links.push(`<${link("min_id", newest.idStr)}>; rel="prev"`)
  return json(
    picked.map((s) => StatusRender.status(ctx.state, s, ctx.origin, ctx.user)),
    200,
    links.length === 0 ? undefined : { link: links.join(", ") }
  )
}
