/**
 * The state of statuses beyond the bare row: attachments, polls, favourites, reblogs,
 * bookmarks, conversation mutes, edits, quotes, scheduled statuses and idempotency keys.
 *
 * It lives next to the instance's `State` (one store per state, created on first use), so the
 * shared state module only keeps the row every other route reads. Time is whatever the request
 * read from the Effect `Clock`: media processing, poll expiry and scheduled publication are all
 * decided lazily against it, which is what lets `TestClock` drive them.
 *
 * @internal
 */
import { isSuspended } from "../admin/store.js"
import { Edge } from "../edge.js"
import type { AccountRow, AttachmentRow, State, StatusRow } from "../state.js"
import { pair } from "../state.js"

/** A status visibility. */
export type Visibility = StatusRow["visibility"]

/** Who may quote a status (4.5+). */
export type QuotePolicy = "public" | "followers" | "nobody"

/** The kinds of attachment Mastodon serves. */
export type MediaKind = "image" | "gifv" | "video" | "audio"

/** An uploaded media attachment. */
export interface MediaRow {
  readonly id: string
  readonly account: number
  readonly kind: MediaKind
  readonly mime: string
  /** Where the file is served (a key of `state.media`). */
  readonly path: string
  readonly width: number | undefined
  readonly height: number | undefined
  description: string | null
  focus: { readonly x: number; readonly y: number } | null
  /** A custom thumbnail (`thumbnail` parameter), served as the preview. */
  thumbnail: string | undefined
  /** The status it is attached to. */
  status: string | undefined
  readonly created_at: number
  /** When processing finishes (ms on the Effect clock). */
  readyAt: number
}

/** A poll attached to a status. */
export interface PollRow {
  readonly id: string
  status: string
  options: Array<string>
  /** Votes per option. */
  votes: Array<number>
  /** Each voter's choices, by account index. */
  voters: Map<number, Array<number>>
  multiple: boolean
  hide_totals: boolean
  expires_at: number | null
}

/** A revision of a status, as `GET .../history` lists it. */
export interface EditRow {
  readonly at: number
  readonly text: string
  readonly spoiler_text: string
  readonly sensitive: boolean
  readonly media: ReadonlyArray<AttachmentRow>
  readonly poll: ReadonlyArray<string> | null
}

/** A quote of another status (4.5+). */
export interface QuoteRow {
  readonly quoted: string
  state: "accepted" | "revoked"
}

/** What a status carries beyond its row. */
export interface StatusExt {
  sensitive: boolean
  spoiler_text: string
  mentions: ReadonlyArray<number>
  poll: PollRow | undefined
  quote: QuoteRow | undefined
  quotePolicy: QuotePolicy
  application: string | undefined
  edited_at: number | null
  readonly edits: Array<EditRow>
  /** Favourite records (record id → account index). */
  readonly favourites: Edge
  readonly favouriteOf: Map<number, number>
  /** Boosts of this status, oldest first. */
  readonly reblogs: Array<StatusRow>
  /** Direct replies, oldest first. */
  readonly replies: Array<StatusRow>
  /** Statuses quoting this one, oldest first. */
  readonly quotes: Array<StatusRow>
}

/** The parameters a scheduled status will be posted with. */
export interface ScheduledParams {
  readonly text: string | null
  readonly media_ids: ReadonlyArray<string> | null
  readonly sensitive: boolean | null
  readonly spoiler_text: string | null
  readonly visibility: Visibility | null
  readonly language: string | null
  readonly poll: { readonly options: ReadonlyArray<string>; readonly expires_in: number; readonly multiple: boolean; readonly hide_totals: boolean } | null
  readonly in_reply_to_id: string | null
  readonly quoted_status_id: string | null
  readonly quote_approval_policy: QuotePolicy | null
  readonly idempotency: string | null
}

/** A status waiting for its time. */
export interface ScheduledRow {
  readonly id: number
  readonly account: number
  scheduled_at: number
  readonly params: ScheduledParams
  readonly application: string | undefined
}

/** The idempotency window of `POST /api/v1/statuses` (Mastodon keeps keys for an hour). */
export const idempotencyWindowMillis = 3_600_000

/**
 * The bookmarks of every viewer (`viewerKey(viewer, status)`), each with a record id handed out in
 * increasing order: `GET /api/v1/bookmarks` pages by these record ids, as the server pages by its
 * bookmark rows, so bookmarking an old status puts it first. A bookmark made again gets a new id.
 */
export class BookmarkSet extends Set<string> {
  /** Record id of each bookmark, by key. */
  readonly records = new Map<string, number>()
  private seq = 0

  override add(key: string): this {
    if (!this.records.has(key)) this.records.set(key, ++this.seq)
    return super.add(key)
  }

  override delete(key: string): boolean {
    this.records.delete(key)
    return super.delete(key)
  }

  override clear(): void {
    this.records.clear()
    super.clear()
  }
}

/** The per-instance status store. */
export class StatusStore {
  readonly ext = new Map<string, StatusExt>()
  readonly attachments = new Map<string, MediaRow>()
  readonly polls = new Map<string, PollRow>()
  readonly scheduled = new Map<number, ScheduledRow>()
  readonly bookmarks = new BookmarkSet()
  readonly conversationMutes = new Set<string>()
  readonly idempotency = new Map<string, { readonly kind: "status" | "scheduled"; readonly id: string; readonly at: number }>()
  /** The last time a request was seen (ms), for renderings that are not given one. */
  now = 0
  /** How many statuses were created through the API (posts and published scheduled statuses, not boosts). */
  posted = 0
  /** `configuration.statuses.max_characters`: the length limit of text plus content warning. */
  maxCharacters = 500
  /** Told of each status indexed and removed: the streaming hub listens here. */
  observer: { readonly created: (s: StatusRow) => void; readonly removed: (s: StatusRow) => void } | undefined = undefined
  private seq = 0
  private scheduledSeq = 0

  /** A fresh id for media and polls: increasing, numeric like Mastodon's. */
  nextId(): string {
    return String(++this.seq + 100_000)
  }

  /** A fresh scheduled-status id. */
  nextScheduledId(): number {
    return ++this.scheduledSeq
  }
}

const stores = new WeakMap<State, StatusStore>()

/** The store of a state (created on first use). */
export const storeOf = (state: State): StatusStore => {
  let store = stores.get(state)
  if (store === undefined) {
    store = new StatusStore()
    stores.set(state, store)
  }
  return store
}

/** The extension of a status (defaults for seeded rows that never had one). */
export const extOf = (state: State, s: StatusRow): StatusExt => {
  const store = storeOf(state)
  let ext = store.ext.get(s.idStr)
  if (ext === undefined) {
    ext = {
      sensitive: false,
      spoiler_text: "",
      mentions: [],
      poll: undefined,
      quote: undefined,
      quotePolicy: (state.accounts[s.account]?.quote_policy as QuotePolicy | undefined) ?? "public",
      application: undefined,
      edited_at: null,
      edits: [],
      favourites: new Edge(),
      favouriteOf: new Map(),
      reblogs: [],
      replies: [],
      quotes: [],
    }
    store.ext.set(s.idStr, ext)
  }
  return ext
}

/** Record a new status in the indexes of its parent, boosted and quoted statuses. */
export const index = (state: State, s: StatusRow): void => {
  if (s.reblog !== undefined) extOf(state, s.reblog).reblogs.push(s)
  if (s.inReplyTo !== undefined) extOf(state, s.inReplyTo).replies.push(s)
  const quote = extOf(state, s).quote
  if (quote !== undefined) {
    const quoted = state.statuses.get(quote.quoted)
    if (quoted !== undefined) extOf(state, quoted).quotes.push(s)
  }
  storeOf(state).observer?.created(s)
}

const without = (xs: Array<StatusRow>, s: StatusRow): void => {
  const at = xs.indexOf(s)
  if (at >= 0) xs.splice(at, 1)
}

/** Remove a status (and its boosts) from every index; replies stay, pointing at a missing parent. */
export const remove = (state: State, s: StatusRow): void => {
  const store = storeOf(state)
  // Before anything is gone: the hub renders who could see it.
  store.observer?.removed(s)
  const ext = extOf(state, s)
  for (const boost of [...ext.reblogs]) remove(state, boost)
  state.statuses.delete(s.idStr)
  const author = state.accounts[s.account]
  if (author?.statuses !== undefined) without(author.statuses, s)
  if (s.reblog !== undefined) without(extOf(state, s.reblog).reblogs, s)
  if (s.inReplyTo !== undefined) without(extOf(state, s.inReplyTo).replies, s)
  if (ext.quote !== undefined) {
    const quoted = state.statuses.get(ext.quote.quoted)
    if (quoted !== undefined) without(extOf(state, quoted).quotes, s)
  }
  if (ext.poll !== undefined) store.polls.delete(ext.poll.id)
  s.pinned = false
}

/** Whether a status still exists. */
export const alive = (state: State, s: StatusRow): boolean => state.statuses.get(s.idStr) === s

/** The root of a status's thread (its conversation). */
export const conversationOf = (s: StatusRow): string => {
  let at = s
  let guard = 0
  while (at.inReplyTo !== undefined && guard++ < 10_000) at = at.inReplyTo
  return at.idStr
}

/** `key(account, status)` for per-viewer sets. */
export const viewerKey = (viewer: number, id: string): string => `${viewer}:${id}`

/**
 * Whether `viewer` (undefined: anonymous) may see a status, following Mastodon's status policy:
 * the author always; a direct post its mentioned accounts; a private post followers and mentioned
 * accounts; a public or unlisted post anyone the author does not block.
 */
export const canSee = (state: State, s: StatusRow, viewer: AccountRow | undefined): boolean => {
  if (!alive(state, s)) return false
  if (s.reblog !== undefined && !canSee(state, s.reblog, viewer)) return false
  // A suspended account's statuses are gone for everyone, as on a real server.
  const author = state.accounts[s.account]
  if (author !== undefined && isSuspended(state, author)) return false
  if (viewer !== undefined && viewer.idx === s.account) return true
  const mentioned = viewer !== undefined && extOf(state, s).mentions.includes(viewer.idx)
  switch (s.visibility) {
    case "direct":
      return mentioned
    case "private":
      return viewer !== undefined && (mentioned || state.isFollowing(viewer.idx, s.account))
    default:
      return viewer === undefined || !state.blocks.has(pair(s.account, viewer.idx))
  }
}

/**
 * Whether a status should be left out of a viewer's thread (authors they block or mute, or whose
 * domain they block, as Mastodon's StatusFilter does).
 */
export const hiddenFor = (state: State, s: StatusRow, viewer: AccountRow | undefined, now: number): boolean =>
  viewer !== undefined &&
  s.account !== viewer.idx &&
  (state.blocks.has(pair(viewer.idx, s.account)) || state.activeMute(viewer.idx, s.account, now) !== undefined ||
    domainBlocked(state, s.account, viewer))

/** Whether `viewer` blocks the domain of an account. */
export const domainBlocked = (state: State, account: number, viewer: AccountRow): boolean => {
  const domain = state.accounts[account]?.domain
  return domain !== null && domain !== undefined && viewer.domainBlocks !== undefined && viewer.domainBlocks.has(domain.toLowerCase())
}

/** `viewer` favourites a status (no-op when already done); record ids order `favourited_by`. */
export const addFavourite = (state: State, viewer: AccountRow, s: StatusRow): void => {
  const ext = extOf(state, s)
  if (ext.favouriteOf.has(viewer.idx)) return
  const id = state.nextRecordId()
  ext.favourites.push(id, viewer.idx)
  ext.favouriteOf.set(viewer.idx, id)
  state.emit({ _tag: "Favourited", account: viewer, status: s })
}

/** `viewer` takes a favourite back; false when there was none. */
export const removeFavourite = (state: State, viewer: AccountRow, s: StatusRow): boolean => {
  const ext = extOf(state, s)
  const id = ext.favouriteOf.get(viewer.idx)
  if (id === undefined) return false
  ext.favouriteOf.delete(viewer.idx)
  ext.favourites.remove(id)
  return true
}

/** Whether a poll is closed at `now`. */
export const pollExpired = (poll: PollRow, now: number): boolean => poll.expires_at !== null && poll.expires_at <= now

/** Whether an attachment has finished processing at `now`. */
export const processed = (m: MediaRow, now: number): boolean => m.readyAt <= now
