/**
 * Typed seeding of an instance's state: accounts with tokens, follows, blocks, mutes, statuses,
 * lists, featured tags, apps and authorization codes, and a ready-made demo. Seeding writes
 * straight into memory (no HTTP, no rate limit, no request log); bulk followers cost a plain loop.
 *
 * @since 0.1.0
 */
import type * as Id from "@mastodon-effect/core/Id"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as RolePermission from "@mastodon-effect/core/RolePermission"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as AdminStore from "./internal/admin/store.js"
import { type AccountRow, type AppRow, pair, type State, type StatusRow } from "./internal/state.js"
import { infoOf, type TimelinesAccess } from "./internal/instanceInfo.js"
import { notificationsOf } from "./internal/notifications/store.js"
import { createMedia, setDelays, sniff } from "./internal/statuses/media.js"
import { attachmentOf, boost, makePoll, mentionsIn } from "./internal/statuses/post.js"
import * as StatusStore from "./internal/statuses/store.js"
import { type Delivery, settle as settlePushes } from "./internal/push.js"
import { userDataOf } from "./internal/userData.js"
import * as Feeds from "./internal/timelines/feeds.js"
import { MastodonInstance } from "./MastodonInstance.js"

/**
 * A seeded account: its id, `acct` and a bearer token acting as it.
 *
 * @since 0.1.0
 */
export interface SeededAccount {
  readonly id: Id.AccountId
  readonly username: string
  readonly acct: string
  /** A user token for this account (for a remote-looking account too, so tests can act as it). */
  readonly token: string
}

/**
 * An account, or its id.
 *
 * @since 0.1.0
 */
export type AccountRef = Id.AccountId | { readonly id: Id.AccountId }

/**
 * What `createAccount` accepts. Only `username` is required.
 *
 * @since 0.1.0
 */
export interface AccountInput {
  readonly username: string
  /** Makes a remote-looking account (`username@domain`). */
  readonly domain?: string | undefined
  readonly display_name?: string | undefined
  /** The bio as plain text (rendered to HTML in responses). */
  readonly note?: string | undefined
  /** Follow requests need approval. */
  readonly locked?: boolean | undefined
  readonly bot?: boolean | undefined
  readonly group?: boolean | undefined
  /** Listed in the directory. Default true. */
  readonly discoverable?: boolean | undefined
  readonly indexable?: boolean | undefined
  readonly hide_collections?: boolean | undefined
  readonly fields?: ReadonlyArray<{ readonly name: string; readonly value: string }> | undefined
  /** Sign-in email (for the password grant). Default `<username>@<host>` for local accounts. */
  readonly email?: string | undefined
  /** Password for the password grant. */
  readonly password?: string | undefined
  /** The scopes of the returned token. Default `"read write follow push"`. */
  readonly scopes?: string | undefined
  /** Creation time; default now (from the Effect `Clock`). */
  readonly created_at?: Date | undefined
}

const invalid = (argument: string, reason: string) => new MastodonError.InvalidArgument({ argument, reason })

// Seeding steps are events too: what they cause (a notification, say) happens at the clock's time.
const context = Effect.tap(Effect.zip(MastodonInstance, Clock.currentTimeMillis), ([instance, now]) => {
  instance.runtime.state.now = now
})

const find = (state: State, ref: AccountRef, argument: string): Effect.Effect<AccountRow, MastodonError.InvalidArgument> => {
  const id = typeof ref === "string" ? ref : ref.id
  const row = state.account(id)
  return row === undefined ? Effect.fail(invalid(argument, `no account with id ${id}`)) : Effect.succeed(row)
}

const scopesOf = (s: string | undefined) => (s ?? "read write follow push").split(/\s+/).filter((x) => x !== "")

/**
 * Create an account and a token acting as it.
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import { Seed } from "@mastodon-effect/testing"
 *
 * const setup = Effect.gen(function*() {
 *   const alice = yield* Seed.createAccount({ username: "alice", display_name: "Alice" })
 *   const remote = yield* Seed.createAccount({ username: "bob", domain: "remote.example" })
 *   yield* Seed.follow(alice, remote)
 * })
 *
 * @since 0.1.0
 */
export const createAccount = (input: AccountInput): Effect.Effect<SeededAccount, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    if (!/^[A-Za-z0-9_]+$/.test(input.username)) return yield* Effect.fail(invalid("username", "letters, numbers and underscores only"))
    const acct = input.domain === undefined ? input.username : `${input.username}@${input.domain}`
    if (state.byHandle(acct) !== undefined) return yield* Effect.fail(invalid("username", `${acct} already exists`))
    const row = state.createAccount({
      ...input,
      email: input.email ?? (input.domain === undefined ? `${input.username.toLowerCase()}@${new URL(instance.origin).hostname}` : undefined),
      created_at: input.created_at?.getTime() ?? now
    })
    const token = state.issueToken({ app: undefined, account: row.idx, scopes: scopesOf(input.scopes), now, refresh: false })
    return { id: row.id as Id.AccountId, username: row.username, acct: state.acct(row), token: token.token }
  })

/**
 * Another token for an account, with the given scopes (e.g. `"read"` to test a 403).
 *
 * @since 0.1.0
 */
export const createToken = (account: AccountRef, scopes: string): Effect.Effect<string, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const row = yield* find(instance.runtime.state, account, "account")
    return instance.runtime.state.issueToken({ app: undefined, account: row.idx, scopes: scopesOf(scopes), now, refresh: false }).token
  })

/**
 * Options of a seeded follow.
 *
 * @since 0.1.0
 */
export interface FollowInput {
  readonly reblogs?: boolean | undefined
  readonly notify?: boolean | undefined
  readonly languages?: ReadonlyArray<string> | null | undefined
}

/**
 * `follower` follows `followed` (directly, even when `followed` is locked).
 *
 * @since 0.1.0
 */
export const follow = (follower: AccountRef, followed: AccountRef, options?: FollowInput): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const a = yield* find(state, follower, "follower")
    const b = yield* find(state, followed, "followed")
    if (a.idx === b.idx) return yield* Effect.fail(invalid("followed", "an account cannot follow itself"))
    state.addFollow(a, b, options)
  })

/**
 * A pending follow request from `follower` to `followed`.
 *
 * @since 0.1.0
 */
export const requestFollow = (follower: AccountRef, followed: AccountRef): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    state.addRequest(yield* find(state, follower, "follower"), yield* find(state, followed, "followed"))
  })

/**
 * `count` new accounts (`<prefix>1`, `<prefix>2`, ...) that all follow `account`, inserted in
 * bulk: 100,000 take well under a second.
 *
 * @since 0.1.0
 */
export const followers = (
  account: AccountRef,
  count: number,
  options?: { readonly prefix?: string | undefined }
): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    if (!Number.isInteger(count) || count < 0) return yield* Effect.fail(invalid("count", "a non-negative integer"))
    const target = yield* find(state, account, "account")
    state.bulkFollowers(target, count, options?.prefix ?? `${target.username}_follower`, now)
  })

/**
 * `blocker` blocks `blocked` (follows both ways end).
 *
 * @since 0.1.0
 */
export const block = (blocker: AccountRef, blocked: AccountRef): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    state.addBlock(yield* find(state, blocker, "blocker"), yield* find(state, blocked, "blocked"))
  })

/**
 * `muter` mutes `muted`, optionally for `durationSeconds` and without hiding notifications.
 *
 * @since 0.1.0
 */
export const mute = (
  muter: AccountRef,
  muted: AccountRef,
  options?: { readonly notifications?: boolean | undefined; readonly durationSeconds?: number | undefined }
): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    const duration = options?.durationSeconds ?? 0
    state.addMute(
      yield* find(state, muter, "muter"),
      yield* find(state, muted, "muted"),
      options?.notifications ?? true,
      duration > 0 ? now + duration * 1000 : null
    )
  })

/**
 * `account` endorses (features) `endorsed`; it must follow them, as on Mastodon.
 *
 * @since 0.1.0
 */
export const endorse = (account: AccountRef, endorsed: AccountRef): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const a = yield* find(state, account, "account")
    const b = yield* find(state, endorsed, "endorsed")
    if (!state.isFollowing(a.idx, b.idx)) return yield* Effect.fail(invalid("endorsed", "only followed accounts can be endorsed"))
    state.addEndorsement(a, b)
  })

/**
 * What `createStatus` accepts.
 *
 * @since 0.1.0
 */
export interface StatusInput {
  readonly text: string
  readonly visibility?: "public" | "unlisted" | "private" | "direct" | undefined
  readonly pinned?: boolean | undefined
  /** Number of (image) attachments, or their descriptions. */
  readonly media?: number | ReadonlyArray<{ readonly description?: string | undefined }> | undefined
  /** The status this one replies to. */
  readonly reply?: Id.StatusId | undefined
  /** The status this one boosts. */
  readonly reblog?: Id.StatusId | undefined
  /** Hashtags (without `#`). */
  readonly tags?: ReadonlyArray<string> | undefined
  readonly language?: string | undefined
  readonly created_at?: Date | undefined
  /** Uploaded attachments (from `uploadMedia`) to attach, after any `media` placeholders. */
  readonly mediaIds?: ReadonlyArray<Id.MediaId> | undefined
  /** A content warning (makes the status sensitive). */
  readonly spoiler_text?: string | undefined
  readonly sensitive?: boolean | undefined
  /** A poll; `expires_in` is in seconds (default one day). */
  readonly poll?: {
    readonly options: ReadonlyArray<string>
    readonly expires_in?: number | undefined
    readonly multiple?: boolean | undefined
    readonly hide_totals?: boolean | undefined
  } | undefined
}

/**
 * Post a status as `account`. The id is a snowflake of `created_at`, so date cursors work.
 *
 * @since 0.1.0
 */
export const createStatus = (account: AccountRef, input: StatusInput): Effect.Effect<{ readonly id: Id.StatusId }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    const author = yield* find(state, account, "account")
    const lookup = (id: Id.StatusId | undefined, argument: string): Effect.Effect<StatusRow | undefined, MastodonError.InvalidArgument> => {
      if (id === undefined) return Effect.succeed(undefined)
      const row = state.statuses.get(id)
      return row === undefined ? Effect.fail(invalid(argument, `no status with id ${id}`)) : Effect.succeed(row)
    }
    const inReplyTo = yield* lookup(input.reply, "reply")
    const reblog = yield* lookup(input.reblog, "reblog")
    const createdAt = input.created_at?.getTime() ?? now
    const id = state.nextStatusId(createdAt)
    const media: ReadonlyArray<{ readonly description?: string | undefined }> = typeof input.media === "number"
      ? Array.from({ length: input.media }, () => ({}))
      : input.media ?? []
    const textTags = Array.from(input.text.matchAll(/#([\p{L}\p{N}_]+)/gu), (m) => m[1] ?? "")
    const store = StatusStore.storeOf(state)
    const uploads: Array<StatusStore.MediaRow> = []
    for (const mediaId of input.mediaIds ?? []) {
      const m = store.attachments.get(mediaId)
      if (m === undefined || m.account !== author.idx || m.status !== undefined) {
        return yield* Effect.fail(invalid("mediaIds", `no unattached media ${mediaId} of this account`))
      }
      uploads.push(m)
    }
    const row: StatusRow = {
      id,
      idStr: id.toString(),
      account: author.idx,
      text: input.text,
      visibility: input.visibility ?? "public",
      created_at: createdAt,
      pinned: input.pinned ?? false,
      media: media.map((m, i) => ({
        id: `${id}${i}`,
        type: "image",
        url: `${instance.origin}/system/media_attachments/files/${id}/${i}.png`,
        description: m.description ?? null
      })).concat(uploads.map((m) => attachmentOf(instance.origin, m))),
      inReplyTo,
      reblog,
      tags: Array.from(new Set([...(input.tags ?? []), ...textTags].filter((t) => t !== ""))),
      language: input.language ?? "en"
    }
    const ext = StatusStore.extOf(state, row)
    ext.spoiler_text = input.spoiler_text ?? ""
    ext.sensitive = (input.sensitive ?? false) || ext.spoiler_text !== ""
    ext.mentions = mentionsIn(state, input.text, new URL(instance.origin).host)
    if (input.poll !== undefined) {
      ext.poll = makePoll(state, row.idStr, {
        options: input.poll.options,
        expires_in: input.poll.expires_in ?? 86_400,
        multiple: input.poll.multiple ?? false,
        hide_totals: input.poll.hide_totals ?? false
      }, createdAt)
    }
    for (const m of uploads) m.status = row.idStr
    state.addStatus(row)
    StatusStore.index(state, row)
    state.emit({ _tag: "Posted", status: row })
    return { id: row.idStr as Id.StatusId }
  })

/**
 * A thread: each text replies to the one before it (the first starts the thread, or replies to
 * `options.reply`). Returns the statuses in order.
 *
 * @since 0.1.0
 */
export const createThread = (
  account: AccountRef,
  texts: ReadonlyArray<string>,
  options?: { readonly visibility?: StatusInput["visibility"]; readonly reply?: Id.StatusId | undefined }
): Effect.Effect<ReadonlyArray<{ readonly id: Id.StatusId }>, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const out: Array<{ readonly id: Id.StatusId }> = []
    let reply = options?.reply
    for (const text of texts) {
      const created = yield* createStatus(account, { text, visibility: options?.visibility, reply })
      out.push(created)
      reply = created.id
    }
    return out
  })

/** A 1×1 PNG, the default upload. */
const onePixelPng = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0)
)

/**
 * What `uploadMedia` accepts.
 *
 * @since 0.1.0
 */
export interface MediaInput {
  /** The file; its type is read from its first bytes. Default a 1×1 PNG. */
  readonly bytes?: Uint8Array | undefined
  readonly description?: string | undefined
  readonly focus?: { readonly x: number; readonly y: number } | undefined
  /** Still processing (as a fresh v2 upload of a video is) for the configured delay. Default false: ready at once. */
  readonly processing?: boolean | undefined
}

/**
 * Upload a media attachment as `account`, unattached, ready to be used in `media_ids[]`.
 *
 * @since 0.1.0
 */
export const uploadMedia = (
  account: AccountRef,
  input: MediaInput = {}
): Effect.Effect<{ readonly id: Id.MediaId }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    const owner = yield* find(state, account, "account")
    const bytes = input.bytes ?? onePixelPng
    const sniffed = sniff(bytes)
    if (sniffed === undefined) return yield* Effect.fail(invalid("bytes", "not an image, video or audio file Mastodon accepts"))
    const row = createMedia(state, owner, sniffed, bytes, {
      description: input.description ?? null,
      focus: input.focus ?? null,
      now,
      synchronous: input.processing !== true
    })
    return { id: row.id as Id.MediaId }
  })

/**
 * Status settings of an instance: the character limit of posts (`max_characters`, default 500)
 * and how long uploads of each kind take to process on the Effect clock (default: images at once,
 * GIF animations and audio 2 s, video 5 s).
 *
 * @since 0.1.0
 */
export const configureStatuses = (options: {
  readonly maxCharacters?: number | undefined
  readonly mediaProcessingMillis?: { readonly image?: number; readonly gifv?: number; readonly video?: number; readonly audio?: number } | undefined
}): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    if (options.maxCharacters !== undefined) {
      if (!Number.isInteger(options.maxCharacters) || options.maxCharacters < 1) return yield* Effect.fail(invalid("maxCharacters", "a positive integer"))
      StatusStore.storeOf(state).maxCharacters = options.maxCharacters
    }
    if (options.mediaProcessingMillis !== undefined) setDelays(state, options.mediaProcessingMillis)
  })

/**
 * How many statuses were created through the API so far (posts and published scheduled
 * statuses; not boosts, not seeded statuses, not answers replayed for a repeated
 * `Idempotency-Key`): what a test of retried posts counts.
 *
 * @since 0.1.0
 */
export const postedStatuses: Effect.Effect<number, never, MastodonInstance> = Effect.map(
  MastodonInstance,
  (instance) => StatusStore.storeOf(instance.runtime.state).posted
)

const findStatus = (state: State, id: Id.StatusId, argument: string): Effect.Effect<StatusRow, MastodonError.InvalidArgument> => {
  const row = state.statuses.get(id)
  return row === undefined ? Effect.fail(invalid(argument, `no status with id ${id}`)) : Effect.succeed(row.reblog ?? row)
}

/**
 * `account` favourites a status (whatever its visibility: seeding does not check).
 *
 * @since 0.1.0
 */
export const favourite = (account: AccountRef, status: Id.StatusId): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    StatusStore.addFavourite(state, yield* find(state, account, "account"), yield* findStatus(state, status, "status"))
  })

/**
 * `count` new accounts (`<prefix>1`, ...) that all favourite a status, for paging through
 * `favourited_by`.
 *
 * @since 0.1.0
 */
export const favourites = (
  status: Id.StatusId,
  count: number,
  options?: { readonly prefix?: string | undefined }
): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    if (!Number.isInteger(count) || count < 0) return yield* Effect.fail(invalid("count", "a non-negative integer"))
    const target = yield* findStatus(state, status, "status")
    const prefix = options?.prefix ?? `fav${target.idStr.slice(-4)}_`
    for (let i = 1; i <= count; i++) {
      const username = state.byHandle(`${prefix}${i}`) === undefined ? `${prefix}${i}` : `${prefix}${i}_${state.accounts.length}`
      StatusStore.addFavourite(state, state.createAccount({ username, created_at: now, discoverable: false }), target)
    }
  })

/**
 * `account` boosts a status; returns the boost (the existing one when already boosted).
 *
 * @since 0.1.0
 */
export const reblog = (
  account: AccountRef,
  status: Id.StatusId,
  options?: { readonly visibility?: "public" | "unlisted" | "private" | undefined }
): Effect.Effect<{ readonly id: Id.StatusId }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    const row = boost(state, yield* find(state, account, "account"), yield* findStatus(state, status, "status"), options?.visibility, now, undefined)
    return { id: row.idStr as Id.StatusId }
  })

/**
 * A status scheduled by `account` for `at` (any time: seeding skips the five-minute minimum). It
 * publishes itself once the Effect clock reaches `at`, as one posted with `scheduled_at` does.
 *
 * @since 0.1.0
 */
export const scheduleStatus = (
  account: AccountRef,
  input: {
    readonly text: string
    readonly at: Date
    readonly visibility?: "public" | "unlisted" | "private" | "direct" | undefined
    readonly spoiler_text?: string | undefined
    readonly language?: string | undefined
  }
): Effect.Effect<{ readonly id: Id.ScheduledStatusId }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const author = yield* find(state, account, "account")
    const at = input.at.getTime()
    if (Number.isNaN(at)) return yield* Effect.fail(invalid("at", "not a valid date"))
    const store = StatusStore.storeOf(state)
    const row: StatusStore.ScheduledRow = {
      id: store.nextScheduledId(),
      account: author.idx,
      scheduled_at: at,
      application: undefined,
      params: {
        text: input.text,
        media_ids: null,
        sensitive: null,
        spoiler_text: input.spoiler_text ?? null,
        visibility: input.visibility ?? null,
        language: input.language ?? null,
        poll: null,
        in_reply_to_id: null,
        quoted_status_id: null,
        quote_approval_policy: null,
        idempotency: null
      }
    }
    store.scheduled.set(row.id, row)
    return { id: String(row.id) as Id.ScheduledStatusId }
  })

/**
 * `account` bookmarks a status.
 *
 * @since 0.1.0
 */
export const bookmark = (account: AccountRef, status: Id.StatusId): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const a = yield* find(state, account, "account")
    const s = yield* findStatus(state, status, "status")
    StatusStore.storeOf(state).bookmarks.add(StatusStore.viewerKey(a.idx, s.idStr))
  })

/**
 * Create a list owned by `owner`, optionally with members (who must be followed).
 *
 * @since 0.1.0
 */
export const createList = (
  owner: AccountRef,
  input: {
    readonly title: string
    readonly replies_policy?: "followed" | "list" | "none" | undefined
    readonly exclusive?: boolean | undefined
    readonly accounts?: ReadonlyArray<AccountRef> | undefined
  }
): Effect.Effect<{ readonly id: Id.ListId }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const o = yield* find(state, owner, "owner")
    const members: Array<AccountRow> = []
    for (const ref of input.accounts ?? []) {
      const m = yield* find(state, ref, "accounts")
      if (!state.isFollowing(o.idx, m.idx)) return yield* Effect.fail(invalid("accounts", `${state.acct(m)} is not followed by the owner`))
      members.push(m)
    }
    const list = state.createList(o, input.title, input.replies_policy ?? "list", input.exclusive ?? false)
    for (const m of members) state.addToList(list, m)
    return { id: list.id as Id.ListId }
  })

/**
 * Feature a hashtag on `account`'s profile.
 *
 * @since 0.1.0
 */
export const featureTag = (account: AccountRef, name: string): Effect.Effect<{ readonly id: Id.FeaturedTagId; readonly name: string }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const a = yield* find(state, account, "account")
    const clean = name.replace(/^#/, "")
    if (!/^[\p{L}\p{N}_]+$/u.test(clean)) return yield* Effect.fail(invalid("name", "not a hashtag"))
    const row = state.featureTag(a, clean)
    return { id: row.id as Id.FeaturedTagId, name: row.name }
  })

/**
 * `account` follows a hashtag (given with or without `#`): its public statuses come into their
 * home timeline.
 *
 * @since 0.1.0
 */
export const followTag = (account: AccountRef, name: string): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const a = yield* find(state, account, "account")
    const clean = Feeds.normalizeTag(name)
    if (!Feeds.hashtagName.test(clean)) return yield* Effect.fail(invalid("name", "not a hashtag"))
    Feeds.followTag(state, a, Feeds.tagRow(state, clean))
  })

/**
 * `account` sets a private note on `other`.
 *
 * @since 0.1.0
 */
export const note = (account: AccountRef, other: AccountRef, comment: string): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const a = yield* find(state, account, "account")
    const b = yield* find(state, other, "other")
    state.notes.set(pair(a.idx, b.idx), comment)
  })

/**
 * `account` hides everything from `domain` (shows as `domain_blocking`).
 *
 * @since 0.1.0
 */
export const blockDomain = (account: AccountRef, domain: string): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const a = yield* find(instance.runtime.state, account, "account")
    ;(a.domainBlocks ??= new Set()).add(domain.toLowerCase())
  })

/**
 * Mark an account's email as confirmed (for instances with `requireEmailConfirmation`).
 *
 * @since 0.1.0
 */
export const confirmEmail = (account: AccountRef): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const a = yield* find(instance.runtime.state, account, "account")
    a.confirmed = true
  })

/**
 * A registered application.
 *
 * @since 0.1.0
 */
export interface SeededApp {
  readonly id: Id.ApplicationId
  readonly client_id: string
  readonly client_secret: string
  readonly redirect_uris: ReadonlyArray<string>
}

/**
 * Register an OAuth application. Defaults: redirect URI `urn:ietf:wg:oauth:2.0:oob`, scopes
 * `"read write follow push"`.
 *
 * @since 0.1.0
 */
export const createApp = (input: {
  readonly name: string
  readonly redirect_uris?: ReadonlyArray<string> | undefined
  readonly scopes?: string | undefined
  readonly website?: string | undefined
}): Effect.Effect<SeededApp, never, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const app = instance.runtime.state.createApp({
      name: input.name,
      website: input.website ?? null,
      redirect_uris: input.redirect_uris ?? ["urn:ietf:wg:oauth:2.0:oob"],
      scopes: scopesOf(input.scopes)
    })
    return { id: app.id as Id.ApplicationId, client_id: app.client_id, client_secret: app.client_secret, redirect_uris: app.redirect_uris }
  })

const findApp = (state: State, app: { readonly client_id: string }): Effect.Effect<AppRow, MastodonError.InvalidArgument> => {
  const row = state.appsByClientId.get(app.client_id)
  return row === undefined ? Effect.fail(invalid("app", `no app with client_id ${app.client_id}`)) : Effect.succeed(row)
}

/**
 * An authorization code for `account` on `app`, as if the user approved the authorize page.
 * Exchange it at `POST /oauth/token` (`grant_type=authorization_code`).
 *
 * @since 0.1.0
 */
export const createAuthorizationCode = (
  app: { readonly client_id: string },
  account: AccountRef,
  options?: {
    readonly scopes?: string | undefined
    readonly redirect_uri?: string | undefined
    /** A PKCE S256 challenge the exchange must answer. */
    readonly code_challenge?: string | undefined
  }
): Effect.Effect<string, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const appRow = yield* findApp(state, app)
    const user = yield* find(state, account, "account")
    const scopes = options?.scopes === undefined ? ["read"] : scopesOf(options.scopes)
    const extra = scopes.filter((s) => !appRow.scopes.includes(s))
    if (extra.length > 0) return yield* Effect.fail(invalid("scopes", `not registered by the app: ${extra.join(" ")}`))
    const redirect = options?.redirect_uri ?? appRow.redirect_uris[0] ?? "urn:ietf:wg:oauth:2.0:oob"
    return state.createCode({ app: appRow.id, account: user.idx, scopes, redirect_uri: redirect, challenge: options?.code_challenge }).code
  })

/**
 * An app-level (client credentials) token of `app`.
 *
 * @since 0.1.0
 */
export const createAppToken = (app: { readonly client_id: string }, scopes = "read"): Effect.Effect<string, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const appRow = yield* findApp(instance.runtime.state, app)
    return instance.runtime.state.issueToken({ app: appRow.id, account: undefined, scopes: scopesOf(scopes), now, refresh: false }).token
  })

/**
 * What `demo` created.
 *
 * @since 0.1.0
 */
export interface Demo {
  /** An account with many followers, some statuses and a featured tag. */
  readonly popular: SeededAccount
  /** The user to act as: follows `popular`, has a list, a block and a mute. */
  readonly user: SeededAccount
}

/**
 * A ready-made world: a popular account with `followers` followers (default 5,000), and a demo
 * user with a token, some follows, a list, a block and a mute.
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import { MastodonInstance, Seed } from "@mastodon-effect/testing"
 *
 * const demo = Seed.demo({ followers: 100_000 }).pipe(Effect.provide(MastodonInstance.layer()))
 *
 * @since 0.1.0
 */
export const demo = (options?: { readonly followers?: number | undefined }): Effect.Effect<Demo, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const existing = state.byHandle("demo")
    if (existing !== undefined) return yield* Effect.fail(invalid("demo", "the demo was already seeded"))
    const popular = yield* createAccount({
      username: "popular",
      display_name: "A Popular Account",
      note: "Followed by a crowd. #demo",
      fields: [{ name: "Website", value: "https://popular.example" }],
      password: "popular-password"
    })
    const user = yield* createAccount({
      username: "demo",
      display_name: "Demo User",
      note: "The account the demo token acts as.",
      password: "demo-password"
    })
    const friend = yield* createAccount({ username: "friend", display_name: "A Friend" })
    const remote = yield* createAccount({ username: "someone", domain: "remote.example", display_name: "Someone Remote" })
    const locked = yield* createAccount({ username: "private_person", locked: true })
    const troll = yield* createAccount({ username: "troll" })
    const noisy = yield* createAccount({ username: "noisy" })
    yield* followers(popular, options?.followers ?? 5000, { prefix: "fan" })
    yield* follow(user, popular)
    yield* follow(user, friend, { notify: true })
    yield* follow(user, remote)
    yield* follow(friend, user)
    yield* follow(remote, popular)
    yield* requestFollow(user, locked)
    yield* block(user, troll)
    yield* mute(user, noisy)
    yield* endorse(user, friend)
    yield* createList(user, { title: "Friends", accounts: [friend, remote] })
    yield* featureTag(popular, "demo")
    for (let i = 1; i <= 5; i++) yield* createStatus(popular, { text: `Status number ${i} #demo`, pinned: i === 1 })
    yield* createStatus(user, { text: "Hello from the demo user!" })
    return { popular, user }
  })

/**
 * What an admin sets about the server, for the instance endpoints (`rules`, `extended_description`,
 * `privacy_policy`, `terms_of_service`, `domain_blocks`, `translation_languages`, and the `rules`
 * of `/api/v1/instance` and `/api/v2/instance`). Every field is optional; what is left out keeps
 * its value. A fresh instance has no rules, an empty about page with `updated_at: null`, a default
 * privacy policy, no terms (404), no moderated domains (listed to everyone) and no translation.
 *
 * @since 0.1.0
 */
export interface InstanceInfoInput {
  /** The server rules, in order; ids are assigned from 1. */
  readonly rules?: ReadonlyArray<string | { readonly text: string; readonly hint?: string | undefined }> | undefined
  /** The about page, as HTML; `updated_at` defaults to now. */
  readonly extendedDescription?: { readonly content: string; readonly updated_at?: Date | undefined } | undefined
  /** The privacy policy, as HTML; `updated_at` defaults to now. */
  readonly privacyPolicy?: { readonly content: string; readonly updated_at?: Date | undefined } | undefined
  /** Every version of the terms of service, each with its `YYYY-MM-DD` effective date. */
  readonly termsOfService?: ReadonlyArray<{ readonly effective_date: string; readonly content: string }> | undefined
  /** Moderated domains. */
  readonly domainBlocks?:
    | ReadonlyArray<{ readonly domain: string; readonly severity: "silence" | "suspend"; readonly comment?: string | undefined }>
    | undefined
  /** Who may list the moderated domains (`"all"` by default here; Mastodon's own default is `"disabled"`). */
  readonly showDomainBlocks?: "all" | "users" | "disabled" | undefined
  /** Translation pairs (source language → targets); any makes `configuration.translation.enabled` true. */
  readonly translationLanguages?: Readonly<Record<string, ReadonlyArray<string>>> | undefined
  /**
   * Who may read the public (`live_feeds`), hashtag and trending-link feeds, for local and remote
   * posts (Mastodon 4.5): `"public"` (the default), `"authenticated"` or `"disabled"`.
   */
  readonly timelinesAccess?: { readonly [K in keyof TimelinesAccess]?: Partial<TimelinesAccess[K]> | undefined } | undefined
}

/**
 * Set what an admin sets about the server (rules, about page, policies, moderated domains).
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import { Seed } from "@mastodon-effect/testing"
 *
 * const setup = Seed.instanceInfo({
 *   rules: ["Be kind", { text: "No spam", hint: "Ads and scams included" }],
 *   termsOfService: [{ effective_date: "2025-01-01", content: "<p>Terms</p>" }]
 * })
 *
 * @since 0.1.0
 */
export const instanceInfo = (input: InstanceInfoInput): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const info = infoOf(instance.runtime.state)
    for (const t of input.termsOfService ?? []) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(t.effective_date)) {
        return yield* Effect.fail(invalid("termsOfService", `${JSON.stringify(t.effective_date)} is not a YYYY-MM-DD date`))
      }
    }
    if (input.rules !== undefined) {
      info.rules = input.rules.map((r, i) =>
        typeof r === "string" ? { id: String(i + 1), text: r, hint: "" } : { id: String(i + 1), text: r.text, hint: r.hint ?? "" }
      )
    }
    if (input.extendedDescription !== undefined) {
      info.extendedDescription = { content: input.extendedDescription.content, updated_at: input.extendedDescription.updated_at?.getTime() ?? now }
    }
    if (input.privacyPolicy !== undefined) {
      info.privacyPolicy = { content: input.privacyPolicy.content, updated_at: input.privacyPolicy.updated_at?.getTime() ?? now }
    }
    if (input.termsOfService !== undefined) info.termsOfService = [...input.termsOfService]
    if (input.domainBlocks !== undefined) {
      info.domainBlocks = input.domainBlocks.map((b) => ({ domain: b.domain, severity: b.severity, comment: b.comment ?? null }))
    }
    if (input.showDomainBlocks !== undefined) info.showDomainBlocks = input.showDomainBlocks
    if (input.translationLanguages !== undefined) info.translationLanguages = input.translationLanguages
    if (input.timelinesAccess !== undefined) {
      const given = input.timelinesAccess
      const merged = (key: keyof TimelinesAccess) => ({ ...info.timelinesAccess[key], ...given[key] })
      info.timelinesAccess = { live_feeds: merged("live_feeds"), hashtag_feeds: merged("hashtag_feeds"), trending_link_feeds: merged("trending_link_feeds") }
    }
  })

/**
 * Make the next `count` marker saves of `account` lose a race with another app: each answers 409
 * (`Conflict`, "Conflict during update, please try again"), as the server does when two saves of
 * the same marker collide. For testing a program's retry.
 *
 * @since 0.1.0
 */
export const markerConflicts = (account: AccountRef, count = 1): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    if (!Number.isInteger(count) || count < 0) return yield* Effect.fail(invalid("count", "a non-negative integer"))
    notificationsOf(state).markerConflicts.set((yield* find(state, account, "account")).idx, count)
  })

/**
 * A role to give a user: one of Mastodon's built-in roles (`Moderator`: reports, users, dashboard,
 * trends, appeals, audit log; `Admin`: every permission but `administrator` and `view_devops`;
 * `Owner`: `administrator`), or a custom role with exactly these permission flags.
 *
 * @since 0.1.0
 */
export type RoleInput =
  | "Moderator"
  | "Admin"
  | "Owner"
  | { readonly name: string; readonly permissions: ReadonlyArray<RolePermission.Flag> }

/**
 * Give a local user a role, so that its tokens may use the admin API as far as the role's
 * permissions reach (a token needs an `admin:*` scope too: create the account with
 * `scopes: "read write admin:read admin:write"`). Returns the role's id and permission bit field.
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import { Seed } from "@mastodon-effect/testing"
 * const setup = Effect.gen(function*() {
 *   const mod = yield* Seed.createAccount({ username: "mod", scopes: "read write admin:read admin:write" })
 *   yield* Seed.grantRole(mod, "Moderator")
 * })
 *
 * @since 0.1.0
 */
export const grantRole = (
  account: AccountRef,
  role: RoleInput
): Effect.Effect<{ readonly id: Id.RoleId; readonly permissions: string }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    const state = instance.runtime.state
    const row = yield* find(state, account, "account")
    if (row.domain !== null) return yield* Effect.fail(invalid("account", "roles are for local users"))
    const store = AdminStore.storeOf(state)
    const granted = typeof role === "string"
      ? AdminStore.builtInRoles.find((r) => r.name === role)
      : store.addRole(role.name, RolePermission.fromFlags(role.permissions))
    if (granted === undefined) return yield* Effect.fail(invalid("role", `no built-in role ${String(role)}`))
    store.of(row).role = granted.id
    return { id: granted.id as Id.RoleId, permissions: granted.permissions }
  })

/**
 * What `createReport` files besides the two accounts.
 *
 * @since 0.1.0
 */
export interface ReportInput {
  readonly comment?: string | undefined
  /** `spam`, `legal`, `violation` or `other` (the default, or `violation` with `rule_ids`). */
  readonly category?: "spam" | "legal" | "violation" | "other" | undefined
  /** Statuses of the reported account attached as evidence. */
  readonly status_ids?: ReadonlyArray<Id.StatusId> | undefined
  readonly rule_ids?: ReadonlyArray<string> | undefined
  /** Forward the report to a remote account's server. */
  readonly forward?: boolean | undefined
}

/**
 * File a report of `target` by `reporter`, as the reports endpoint does; moderators see it in the
 * admin reports API.
 *
 * @since 0.1.0
 */
export const createReport = (
  reporter: AccountRef,
  target: AccountRef,
  input: ReportInput = {}
): Effect.Effect<{ readonly id: Id.ReportId }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    const account = yield* find(state, reporter, "reporter")
    const reported = yield* find(state, target, "target")
    for (const id of input.status_ids ?? []) {
      if (state.statuses.get(id)?.account !== reported.idx) {
        return yield* Effect.fail(invalid("status_ids", `${id} is not a status of the reported account`))
      }
    }
    const row = AdminStore.fileReport(state, {
      account,
      target: reported,
      comment: input.comment,
      category: input.category,
      statusIds: input.status_ids,
      ruleIds: input.rule_ids,
      forward: input.forward,
      now
    })
    return { id: row.id as Id.ReportId }
  })

/**
 * What `createAnnouncement` accepts.
 *
 * @since 0.1.0
 */
export interface AnnouncementInput {
  /** The text (rendered as paragraphs). */
  readonly text: string
  /** When it starts and ends being in force; both optional. */
  readonly starts_at?: Date | undefined
  readonly ends_at?: Date | undefined
  readonly all_day?: boolean | undefined
}

/**
 * Publish an announcement from the administrators (shown by `GET /api/v1/announcements`).
 *
 * @since 0.1.0
 */
export const createAnnouncement = (input: AnnouncementInput): Effect.Effect<{ readonly id: Id.AnnouncementId }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    if (input.text.trim() === "") return yield* Effect.fail(invalid("text", "an empty announcement"))
    const data = userDataOf(instance.runtime.state)
    const id = data.nextId()
    data.announcements.set(id, {
      id,
      text: input.text,
      published_at: now,
      updated_at: now,
      starts_at: input.starts_at?.getTime() ?? null,
      ends_at: input.ends_at?.getTime() ?? null,
      all_day: input.all_day ?? false,
      dismissed: new Set(),
      reactions: new Map()
    })
    return { id: id as Id.AnnouncementId }
  })

/**
 * Add a custom emoji to the server (listed by `GET /api/v1/custom_emojis`, usable as an
 * announcement reaction).
 *
 * @since 0.1.0
 */
export const createCustomEmoji = (input: {
  readonly shortcode: string
  readonly url?: string | undefined
  readonly category?: string | undefined
  readonly visible_in_picker?: boolean | undefined
}): Effect.Effect<void, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance] = yield* context
    if (!/^[a-zA-Z0-9_]{2,}$/.test(input.shortcode)) return yield* Effect.fail(invalid("shortcode", "letters, digits and underscores, at least two"))
    const state = instance.runtime.state
    const data = userDataOf(state)
    if (data.emojis.some((e) => e.shortcode === input.shortcode)) return yield* Effect.fail(invalid("shortcode", "already taken"))
    data.emojis.push({
      shortcode: input.shortcode,
      url: input.url ?? `${state.options.origin}/system/custom_emojis/images/${input.shortcode}.png`,
      category: input.category ?? null,
      visible_in_picker: input.visible_in_picker ?? true
    })
  })

/**
 * Start an async refresh for an account (4.4 alpha API): running until `duration` has passed on
 * the Effect clock, then finished with `result_count` results. Answers its id and the
 * `Mastodon-Async-Refresh` header value a server would send; with `announceOn`, the account's next
 * response to that path carries the header.
 *
 * @since 0.1.0
 */
export const startAsyncRefresh = (
  account: AccountRef,
  options: {
    readonly durationMillis?: number | undefined
    readonly result_count?: number | undefined
    readonly retrySeconds?: number | undefined
    /** A path (`/api/v1/statuses/1/context`) whose next response to this account carries the header. */
    readonly announceOn?: string | undefined
  } = {}
): Effect.Effect<{ readonly id: Id.AsyncRefreshId; readonly header: string }, MastodonError.InvalidArgument, MastodonInstance> =>
  Effect.gen(function*() {
    const [instance, now] = yield* context
    const state = instance.runtime.state
    const a = yield* find(state, account, "account")
    const data = userDataOf(state)
    const id = `${a.id}-${data.nextId()}`
    data.asyncRefreshes.set(id, { id, account: a.idx, finishesAt: now + (options.durationMillis ?? 5_000), resultCount: options.result_count ?? 0 })
    const header = `id="${id}", retry=${options.retrySeconds ?? 5}`
    if (options.announceOn !== undefined) data.pendingAnnouncements.set(`${a.idx}:${options.announceOn}`, header)
    return { id: id as Id.AsyncRefreshId, header }
  })

/**
 * The Web Push messages the instance has sent (a subscribed user's notifications, encrypted with
 * `aes128gcm` and POSTed to the subscription's endpoint when it is on loopback), after waiting
 * for the ones under way.
 *
 * @since 0.1.0
 */
export const pushDeliveries: Effect.Effect<ReadonlyArray<PushDelivery>, never, MastodonInstance> = Effect.flatMap(
  MastodonInstance,
  (instance) => Effect.promise(() => settlePushes(instance.runtime.state))
)

/**
 * A push the instance sent: where, with which headers (`Content-Encoding: aes128gcm`, a VAPID
 * `Authorization`), the encrypted body, the payload inside it, and the endpoint's answer (or why
 * it was not sent).
 *
 * @since 0.1.0
 */
export type PushDelivery = Delivery
