/**
 * The in-memory database of the fake instance. Everything here is synchronous and plain data, so
 * seeding a million rows costs no Effect overhead; the HTTP layer wraps it.
 *
 * @internal
 */
import { Edge } from "./edge.js"

/** The options of an instance after defaults are applied. */
export interface ResolvedOptions {
  readonly version: string
  readonly apiVersion: number
  readonly rateLimit: { readonly limit: number; readonly windowMillis: number } | false
  readonly maxProfileFields: number
  readonly registrations: "open" | "approval" | "closed"
  readonly emailDomainBlocklist: ReadonlyArray<string>
  readonly origin: string
  readonly title: string
  readonly requireEmailConfirmation: boolean
  readonly authorizeAs: string | undefined
}

/** An uploaded image kept in memory and served back. */
export interface MediaFile {
  readonly path: string
  readonly type: string
  readonly bytes: Uint8Array
}

/** A profile field as the user typed it. */
export interface FieldRow {
  readonly name: string
  readonly value: string
}

/** One account, local (`domain` null) or remote-looking. */
export interface AccountRow {
  readonly idx: number
  readonly id: string
  readonly username: string
  readonly domain: string | null
  display_name: string
  note: string
  locked: boolean
  bot: boolean
  group: boolean
  discoverable: boolean
  indexable: boolean
  hide_collections: boolean
  readonly created_at: number
  fields: ReadonlyArray<FieldRow>
  avatar: MediaFile | undefined
  header: MediaFile | undefined
  avatar_description: string
  header_description: string
  show_media: boolean
  show_media_replies: boolean
  show_featured: boolean
  attribution_domains: ReadonlyArray<string>
  privacy: string
  sensitive: boolean
  language: string | null
  quote_policy: string
  email: string | undefined
  password: string | undefined
  confirmed: boolean
  /** False while a sign-up waits for a moderator (registrations in approval mode). */
  approved: boolean
  locale: string
  createdByApp: number | undefined
  followers: Edge | undefined
  following: Edge | undefined
  blocks: Edge | undefined
  mutes: Edge | undefined
  endorsements: Edge | undefined
  requests: Edge | undefined
  statuses: Array<StatusRow> | undefined
  featuredTags: Array<FeaturedTagRow> | undefined
  domainBlocks: Set<string> | undefined
}

// The defaults below live on the prototype (one copy for a million rows); the merged interface
// tells the type checker they are there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
interface AccountRecord extends Omit<AccountRow, "idx" | "id" | "username" | "domain" | "created_at"> {}

/** The row of an account: identity as own properties, everything else defaulted on the prototype. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class AccountRecord {
  readonly id: string
  constructor(readonly idx: number, readonly username: string, readonly domain: string | null, readonly created_at: number) {
    this.id = String(idx)
  }
}

const accountDefaults: Omit<AccountRow, "idx" | "id" | "username" | "domain" | "created_at"> = {
  display_name: "",
  note: "",
  locked: false,
  bot: false,
  group: false,
  discoverable: true,
  indexable: true,
  hide_collections: false,
  fields: [],
  avatar: undefined,
  header: undefined,
  avatar_description: "",
  header_description: "",
  show_media: true,
  show_media_replies: true,
  show_featured: true,
  attribution_domains: [],
  privacy: "public",
  sensitive: false,
  language: null,
  quote_policy: "public",
  email: undefined,
  password: undefined,
  confirmed: true,
  approved: true,
  locale: "en",
  createdByApp: undefined,
  followers: undefined,
  following: undefined,
  blocks: undefined,
  mutes: undefined,
  endorsements: undefined,
  requests: undefined,
  statuses: undefined,
  featuredTags: undefined,
  domainBlocks: undefined
}
Object.assign(AccountRecord.prototype, accountDefaults)

/**
 * Something that happened, for the modules that derive their own state from it (notifications,
 * conversations): they register with {@link observe} and the state tells them through `emit`.
 */
export type StateEvent =
  | { readonly _tag: "Followed"; readonly follower: AccountRow; readonly followed: AccountRow }
  | { readonly _tag: "FollowRequested"; readonly follower: AccountRow; readonly followed: AccountRow }
  | { readonly _tag: "Posted"; readonly status: StatusRow }
  | { readonly _tag: "Reblogged"; readonly reblog: StatusRow }
  | { readonly _tag: "Favourited"; readonly account: AccountRow; readonly status: StatusRow }
  | { readonly _tag: "Edited"; readonly status: StatusRow }

const observers: Array<(state: State, event: StateEvent) => void> = []

/** Register an observer of every instance's events (once, when the observing module loads). */
export const observe = (observer: (state: State, event: StateEvent) => void): void => {
  if (!observers.includes(observer)) observers.push(observer)
}

/** Options of a follow (or of a pending request). */
export interface FollowOptions {
  readonly reblogs: boolean
  readonly notify: boolean
  readonly languages: ReadonlyArray<string> | null
}

/** Follow options where each may be left out (kept as they are). */
export type FollowUpdate = { readonly [K in keyof FollowOptions]?: FollowOptions[K] | undefined }

const defaultFollow: FollowOptions = { reblogs: true, notify: false, languages: null }

/** A mute, with its notification flag and expiry (ms, or null for none). */
export interface MuteRow {
  readonly id: number
  readonly notifications: boolean
  readonly expiresAt: number | null
}

/** A pending follow request. */
export interface RequestRow {
  readonly id: number
  readonly options: FollowOptions
}

/** A media attachment of a status. */
export interface AttachmentRow {
  readonly id: string
  readonly type: string
  readonly url: string
  readonly description: string | null
}

/** A status. */
export interface StatusRow {
  readonly id: bigint
  readonly idStr: string
  readonly account: number
  readonly text: string
  readonly visibility: "public" | "unlisted" | "private" | "direct"
  readonly created_at: number
  pinned: boolean
  readonly media: ReadonlyArray<AttachmentRow>
  readonly inReplyTo: StatusRow | undefined
  readonly reblog: StatusRow | undefined
  readonly tags: ReadonlyArray<string>
  readonly language: string
}

/** A hashtag featured on a profile. */
export interface FeaturedTagRow {
  readonly id: string
  readonly account: number
  readonly name: string
}

/** A list of accounts owned by a user. */
export interface ListRow {
  readonly id: string
  readonly owner: number
  title: string
  replies_policy: string
  exclusive: boolean
  readonly members: Edge
  readonly memberRecords: Map<number, number>
}

/** A registered OAuth application. */
export interface AppRow {
  readonly id: string
  readonly name: string
  readonly website: string | null
  readonly redirect_uris: ReadonlyArray<string>
  readonly scopes: ReadonlyArray<string>
  readonly client_id: string
  readonly client_secret: string
}

/** An access token: a user token when `account` is set, an app token otherwise. */
export interface TokenRow {
  readonly token: string
  readonly app: string | undefined
  readonly account: number | undefined
  readonly scopes: ReadonlyArray<string>
  readonly created_at: number
  readonly refresh: string | undefined
  revoked: boolean
}

/** An authorization code waiting to be exchanged. */
export interface CodeRow {
  readonly code: string
  readonly app: string
  readonly account: number
  readonly scopes: ReadonlyArray<string>
  readonly redirect_uri: string
  readonly challenge: string | undefined
  used: boolean
}

/** Field length limits Mastodon enforces (and advertises in the instance configuration). */
export const limits = {
  displayName: 30,
  note: 500,
  fieldName: 255,
  fieldValue: 255,
  featuredTags: 10,
  username: 30,
  password: { min: 8, max: 72 }
} as const

/** Pack two account indexes into one Map key (indexes stay below 2^26). */
export const pair = (a: number, b: number): number => a * 67108864 + b

let tokenCounter = 0

/** An unguessable-looking, url-safe token; deterministic enough for tests to stay reproducible. */
export const randomToken = (prefix: string): string => {
  tokenCounter++
  const rand = Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 12)
  return `${prefix}${tokenCounter.toString(36)}${rand}`
}

/**
 * The whole instance state.
 */
export class State {
  readonly accounts: Array<AccountRow | undefined> = [undefined]
  readonly byAcct = new Map<string, number>()
  readonly byEmail = new Map<string, number>()
  readonly follows = new Map<number, number>()
  readonly followOptions = new Map<number, FollowOptions>()
  readonly requests = new Map<number, RequestRow>()
  readonly blocks = new Map<number, number>()
  readonly mutes = new Map<number, MuteRow>()
  readonly endorsements = new Map<number, number>()
  readonly notes = new Map<number, string>()
  readonly statuses = new Map<string, StatusRow>()
  readonly lists = new Map<string, ListRow>()
  readonly featuredTags = new Map<string, FeaturedTagRow>()
  readonly apps = new Map<string, AppRow>()
  readonly appsByClientId = new Map<string, AppRow>()
  private readonly appsByName = new Map<string, AppRow>()
  readonly tokens = new Map<string, TokenRow>()
  readonly refreshTokens = new Map<string, string>()
  readonly codes = new Map<string, CodeRow>()
  readonly media = new Map<string, MediaFile>()
  private recordSeq = 0
  private lastStatusId = 0n
  private appSeq = 0
  private listSeq = 0
  private mediaSeq = 0
  /** The Effect clock at the latest request or seeding step (ms): when an event without its own time happened. */
  now = 0

  constructor(readonly options: ResolvedOptions) {}

  /** Tell the observers what happened. */
  emit(event: StateEvent): void {
    for (const observer of observers) observer(this, event)
  }

  /** The next id of a relationship record (follow, block, mute, ...). */
  nextRecordId(): number {
    return ++this.recordSeq
  }

  /** Find an account by its id string. */
  account(id: string | undefined): AccountRow | undefined {
    if (id === undefined || !/^\d{1,15}$/.test(id)) return undefined
    return this.accounts[Number(id)]
  }

  /** Find an account by `user` or `user@domain` (case-insensitive). */
  byHandle(acct: string): AccountRow | undefined {
    const idx = this.byAcct.get(acct.replace(/^@/, "").toLowerCase())
    return idx === undefined ? undefined : this.accounts[idx]
  }

  /** The `acct` of an account. */
  acct(a: AccountRow): string {
    return a.domain === null ? a.username : `${a.username}@${a.domain}`
  }

  /** Create an account; the caller checks that the handle is free. */
  createAccount(input: {
    readonly username: string
    readonly domain?: string | null | undefined
    readonly display_name?: string | undefined
    readonly note?: string | undefined
    readonly locked?: boolean | undefined
    readonly bot?: boolean | undefined
    readonly group?: boolean | undefined
    readonly discoverable?: boolean | undefined
    readonly indexable?: boolean | undefined
    readonly hide_collections?: boolean | undefined
    readonly fields?: ReadonlyArray<FieldRow> | undefined
    readonly email?: string | undefined
    readonly password?: string | undefined
    readonly confirmed?: boolean | undefined
    readonly approved?: boolean | undefined
    readonly locale?: string | undefined
    readonly createdByApp?: number | undefined
    readonly created_at: number
  }): AccountRow {
    const idx = this.accounts.length
    const row: AccountRow = new AccountRecord(idx, input.username, input.domain ?? null, Math.floor(input.created_at / 86400000) * 86400000)
    // Only what differs from the defaults becomes an own property, so bulk rows stay small.
    const mutable = row as { -readonly [K in keyof AccountRow]: AccountRow[K] }
    if (input.display_name !== undefined) mutable.display_name = input.display_name
    if (input.note !== undefined) mutable.note = input.note
    if (input.locked !== undefined) mutable.locked = input.locked
    if (input.bot !== undefined) mutable.bot = input.bot
    if (input.group !== undefined) mutable.group = input.group
    if (input.discoverable !== undefined) mutable.discoverable = input.discoverable
    if (input.indexable !== undefined) mutable.indexable = input.indexable
    if (input.hide_collections !== undefined) mutable.hide_collections = input.hide_collections
    if (input.fields !== undefined) mutable.fields = input.fields
    if (input.email !== undefined) mutable.email = input.email
    if (input.password !== undefined) mutable.password = input.password
    if (input.confirmed !== undefined) mutable.confirmed = input.confirmed
    if (input.approved !== undefined) mutable.approved = input.approved
    if (input.locale !== undefined) mutable.locale = input.locale
    if (input.createdByApp !== undefined) mutable.createdByApp = input.createdByApp
    this.accounts.push(row)
    this.byAcct.set(this.acct(row).toLowerCase(), idx)
    if (input.email !== undefined) this.byEmail.set(input.email.toLowerCase(), idx)
    return row
  }

  // ---------------------------------------------------------------------------------------------
  // Follows

  /** Whether `a` follows `b`. */
  isFollowing(a: number, b: number): boolean {
    return this.follows.has(pair(a, b))
  }

  /** The options of `a`'s follow of `b`. */
  followOptionsOf(a: number, b: number): FollowOptions | undefined {
    const id = this.follows.get(pair(a, b))
    if (id === undefined) return undefined
    return this.followOptions.get(id) ?? defaultFollow
  }

  /** Record a follow (or update its options). */
  addFollow(a: AccountRow, b: AccountRow, options?: FollowUpdate): void {
    const key = pair(a.idx, b.idx)
    const existing = this.follows.get(key)
    const merged = { ...(existing === undefined ? defaultFollow : this.followOptions.get(existing) ?? defaultFollow), ...stripUndefined(options) }
    const id = existing ?? this.nextRecordId()
    if (existing === undefined) {
      this.follows.set(key, id)
      ;(a.following ??= new Edge()).push(id, b.idx)
      ;(b.followers ??= new Edge()).push(id, a.idx)
      this.emit({ _tag: "Followed", follower: a, followed: b })
    }
    if (merged.reblogs === true && merged.notify === false && merged.languages === null) this.followOptions.delete(id)
    else this.followOptions.set(id, merged)
  }

  /** Remove `a`'s follow of `b`, with what depends on it (endorsement, list memberships). */
  removeFollow(a: AccountRow, b: AccountRow): boolean {
    const key = pair(a.idx, b.idx)
    const id = this.follows.get(key)
    if (id === undefined) return false
    this.follows.delete(key)
    this.followOptions.delete(id)
    a.following?.remove(id)
    b.followers?.remove(id)
    this.removeEndorsement(a, b)
    for (const list of this.lists.values()) {
      if (list.owner !== a.idx) continue
      const record = list.memberRecords.get(b.idx)
      if (record !== undefined) {
        list.memberRecords.delete(b.idx)
        list.members.remove(record)
      }
    }
    return true
  }

  /**
   * Many followers at once: `count` fresh accounts (`prefix1`, `prefix2`, ...) that all follow
   * `target`. Plain loops only, so 100k rows take a few dozen milliseconds.
   */
  bulkFollowers(target: AccountRow, count: number, prefix: string, now: number): void {
    const followers = (target.followers ??= new Edge())
    for (let i = 1; i <= count; i++) {
      let username = `${prefix}${i}`
      if (this.byAcct.has(username.toLowerCase())) username = `${prefix}${i}_${this.accounts.length}`
      const row = this.createAccount({ username, created_at: now, discoverable: false })
      const id = ++this.recordSeq
      this.follows.set(pair(row.idx, target.idx), id)
      const following = new Edge()
      following.ids.push(id)
      following.others.push(target.idx)
      row.following = following
      followers.ids.push(id)
      followers.others.push(row.idx)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Follow requests

  /** Record a pending request from `a` to `b`. */
  addRequest(a: AccountRow, b: AccountRow, options?: FollowUpdate): void {
    const key = pair(a.idx, b.idx)
    const existing = this.requests.get(key)
    const merged = { ...(existing?.options ?? defaultFollow), ...stripUndefined(options) }
    const id = existing?.id ?? this.nextRecordId()
    this.requests.set(key, { id, options: merged })
    if (existing === undefined) {
      ;(b.requests ??= new Edge()).push(id, a.idx)
      this.emit({ _tag: "FollowRequested", follower: a, followed: b })
    }
  }

  /** Drop the pending request from `a` to `b`; returns it. */
  removeRequest(a: AccountRow, b: AccountRow): RequestRow | undefined {
    const key = pair(a.idx, b.idx)
    const existing = this.requests.get(key)
    if (existing === undefined) return undefined
    this.requests.delete(key)
    b.requests?.remove(existing.id)
    return existing
  }

  // ---------------------------------------------------------------------------------------------
  // Blocks, mutes, endorsements, notes

  /** `a` blocks `b`: follows and requests in both directions end. */
  addBlock(a: AccountRow, b: AccountRow): void {
    this.removeFollow(a, b)
    this.removeFollow(b, a)
    this.removeRequest(a, b)
    this.removeRequest(b, a)
    const key = pair(a.idx, b.idx)
    if (this.blocks.has(key)) return
    const id = this.nextRecordId()
    this.blocks.set(key, id)
    ;(a.blocks ??= new Edge()).push(id, b.idx)
  }

  /** `a` unblocks `b`. */
  removeBlock(a: AccountRow, b: AccountRow): void {
    const key = pair(a.idx, b.idx)
    const id = this.blocks.get(key)
    if (id === undefined) return
    this.blocks.delete(key)
    a.blocks?.remove(id)
  }

  /** `a` mutes `b` (again, updating the flags). */
  addMute(a: AccountRow, b: AccountRow, notifications: boolean, expiresAt: number | null): void {
    const key = pair(a.idx, b.idx)
    const existing = this.mutes.get(key)
    const id = existing?.id ?? this.nextRecordId()
    this.mutes.set(key, { id, notifications, expiresAt })
    if (existing === undefined) (a.mutes ??= new Edge()).push(id, b.idx)
  }

  /** `a` unmutes `b`. */
  removeMute(a: AccountRow, b: AccountRow): void {
    const key = pair(a.idx, b.idx)
    const existing = this.mutes.get(key)
    if (existing === undefined) return
    this.mutes.delete(key)
    a.mutes?.remove(existing.id)
  }

  /** The mute of `a` on `b`, unless it expired. */
  activeMute(a: number, b: number, now: number): MuteRow | undefined {
    const mute = this.mutes.get(pair(a, b))
    return mute !== undefined && (mute.expiresAt === null || mute.expiresAt > now) ? mute : undefined
  }

  /** `a` endorses `b`. */
  addEndorsement(a: AccountRow, b: AccountRow): void {
    const key = pair(a.idx, b.idx)
    if (this.endorsements.has(key)) return
    const id = this.nextRecordId()
    this.endorsements.set(key, id)
    ;(a.endorsements ??= new Edge()).push(id, b.idx)
  }

  /** `a` stops endorsing `b`. */
  removeEndorsement(a: AccountRow, b: AccountRow): void {
    const key = pair(a.idx, b.idx)
    const id = this.endorsements.get(key)
    if (id === undefined) return
    this.endorsements.delete(key)
    a.endorsements?.remove(id)
  }

  // ---------------------------------------------------------------------------------------------
  // Statuses

  /** A new status id: a snowflake from the creation time, strictly increasing. */
  nextStatusId(createdAt: number): bigint {
    let id = BigInt(Math.max(0, Math.floor(createdAt))) << 16n
    if (id <= this.lastStatusId) id = this.lastStatusId + 1n
    this.lastStatusId = id
    return id
  }

  /** Store a status under its author, keeping the author's list sorted by id. */
  addStatus(status: StatusRow): void {
    this.statuses.set(status.idStr, status)
    const author = this.accounts[status.account]
    if (author === undefined) return
    const list = (author.statuses ??= [])
    const last = list[list.length - 1]
    if (last === undefined || last.id < status.id) list.push(status)
    else {
      let at = list.length
      while (at > 0 && (list[at - 1]?.id ?? 0n) > status.id) at--
      list.splice(at, 0, status)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Lists, tags, media, apps

  /** Create a list owned by `owner`. */
  createList(owner: AccountRow, title: string, replies_policy: string, exclusive: boolean): ListRow {
    const list: ListRow = {
      id: String(++this.listSeq),
      owner: owner.idx,
      title,
      replies_policy,
      exclusive,
      members: new Edge(),
      memberRecords: new Map()
    }
    this.lists.set(list.id, list)
    return list
  }

  /** Add an account to a list (no-op when it is already there). */
  addToList(list: ListRow, account: AccountRow): void {
    if (list.memberRecords.has(account.idx)) return
    const id = this.nextRecordId()
    list.memberRecords.set(account.idx, id)
    list.members.push(id, account.idx)
  }

  /** Feature a hashtag on a profile. */
  featureTag(account: AccountRow, name: string): FeaturedTagRow {
    const row: FeaturedTagRow = { id: String(this.nextRecordId()), account: account.idx, name }
    this.featuredTags.set(row.id, row)
    ;(account.featuredTags ??= []).push(row)
    return row
  }

  /** Keep an uploaded file and return where it is served. */
  storeMedia(kind: "avatars" | "headers" | "media_attachments", account: AccountRow, type: string, bytes: Uint8Array): MediaFile {
    const ext = type === "image/png" ? "png" : type === "image/gif" ? "gif" : type === "image/webp" ? "webp" : "jpg"
    const name = `${(++this.mediaSeq).toString(16).padStart(8, "0")}${randomToken("").slice(-8)}`
    const path = `/system/accounts/${kind}/${account.id}/original/${name}.${ext}`
    const file: MediaFile = { path, type, bytes }
    this.media.set(path, file)
    return file
  }

  /** The built-in application of the web interface, created on first use. */
  webApp(): AppRow {
    const existing = this.appsByName.get("Web")
    if (existing !== undefined) return existing
    const app = this.createApp({ name: "Web", website: null, redirect_uris: ["urn:ietf:wg:oauth:2.0:oob"], scopes: ["read", "write", "follow", "push"] })
    this.appsByName.set("Web", app)
    return app
  }

  /** Register an application. */
  createApp(input: { name: string; website: string | null; redirect_uris: ReadonlyArray<string>; scopes: ReadonlyArray<string> }): AppRow {
    const app: AppRow = {
      id: String(++this.appSeq),
      name: input.name,
      website: input.website,
      redirect_uris: input.redirect_uris,
      scopes: input.scopes,
      client_id: randomToken("cid_"),
      client_secret: randomToken("csec_")
    }
    this.apps.set(app.id, app)
    this.appsByClientId.set(app.client_id, app)
    return app
  }

  /** Issue a token, optionally with a refresh token. */
  issueToken(input: { app: string | undefined; account: number | undefined; scopes: ReadonlyArray<string>; now: number; refresh: boolean }): TokenRow {
    const row: TokenRow = {
      token: randomToken("tok_"),
      // On Mastodon every token belongs to an app; seeded user tokens get the built-in "Web" one.
      app: input.app ?? this.webApp().id,
      account: input.account,
      scopes: input.scopes,
      created_at: input.now,
      refresh: input.refresh ? randomToken("ref_") : undefined,
      revoked: false
    }
    this.tokens.set(row.token, row)
    if (row.refresh !== undefined) this.refreshTokens.set(row.refresh, row.token)
    return row
  }

  /** Revoke a token and its refresh token. */
  revokeToken(row: TokenRow): void {
    row.revoked = true
    this.tokens.delete(row.token)
    if (row.refresh !== undefined) this.refreshTokens.delete(row.refresh)
  }

  /** Create an authorization code. */
  createCode(input: { app: string; account: number; scopes: ReadonlyArray<string>; redirect_uri: string; challenge: string | undefined }): CodeRow {
    const row: CodeRow = { code: randomToken("code_"), used: false, ...input }
    this.codes.set(row.code, row)
    return row
  }
}

const stripUndefined = (a: FollowUpdate | undefined): Partial<FollowOptions> => {
  const out: { -readonly [K in keyof FollowOptions]?: FollowOptions[K] } = {}
  if (a === undefined) return out
  if (a.reblogs !== undefined) out.reblogs = a.reblogs
  if (a.notify !== undefined) out.notify = a.notify
  if (a.languages !== undefined) out.languages = a.languages
  return out
}
