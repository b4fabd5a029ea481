/**
 * Notifications, notification requests and the filtering policy, conversations and markers: the
 * state the fake derives from what happens (see `StateEvent` in the shared state module).
 *
 * What the server does, in the fake's terms:
 * - A follow, a follow request, a mention, a favourite, a boost, a post by an account followed
 *   with `notify`, an edit of a boosted post (`update`), and a poll's end (for its voters and its
 *   author, found lazily when notifications are read, since polls end on the clock) each notify
 *   the account concerned.
 * - Never about oneself, nor from an account the recipient blocks or mutes with notifications.
 * - The recipient's policy then decides, for each way the sender is a stranger (not followed, not
 *   a follower, a new account, a private mention): `drop` (no notification), `filter` (kept out of
 *   the list, counted in a notification request for that sender) or `accept`. `poll` and `update`
 *   are never filtered. Accepting a request lets the sender through from then on.
 * - Favourites and boosts of the same status, and follows, share a `group_key` when they come
 *   within 12 hours of the group's first hour (`<type>[-<status id>]-<hour>`); filtered
 *   notifications get none.
 * - Direct posts make a conversation for each participant, unread for all but the author.
 *
 * @internal
 */
import type { AccountRow, State, StateEvent, StatusRow } from "../state.js"
import { hiddenByFilter } from "../filters.js"
import { observe, pair } from "../state.js"
import { canSee, conversationOf, extOf, pollExpired, storeOf } from "../statuses/store.js"

/** A notification. */
export interface NotificationRow {
  readonly id: number
  readonly recipient: number
  readonly from: number
  readonly type: string
  /** The status it is about (for a boost, the boosted status). */
  readonly status: string | undefined
  readonly created_at: number
  readonly group_key: string | undefined
  filtered: boolean
  /** What caused it, when undoing that takes the notification away (an unfavourite, an unfollow). */
  readonly activity: Activity | undefined
}

/**
 * The record behind a notification. On the server a notification belongs to its activity (the
 * follow, the favourite, the boost) and goes when the activity goes; here the record is looked up
 * when the notification is read.
 */
export type Activity =
  | { readonly kind: "follow"; readonly record: number }
  | { readonly kind: "request"; readonly record: number }
  | { readonly kind: "favourite"; readonly record: number }
  | { readonly kind: "reblog"; readonly record: StatusRow }

/** Whether the activity behind a notification still exists. */
export const activityStands = (state: State, row: NotificationRow): boolean => {
  const activity = row.activity
  if (activity === undefined) return true
  switch (activity.kind) {
    case "follow":
      return state.follows.get(pair(row.from, row.recipient)) === activity.record
    case "request":
      return state.requests.get(pair(row.from, row.recipient))?.id === activity.record
    case "favourite": {
      const status = row.status === undefined ? undefined : state.statuses.get(row.status)
      return status !== undefined && extOf(state, status).favouriteOf.get(row.from) === activity.record
    }
    case "reblog":
      return state.statuses.get(activity.record.idStr) === activity.record
  }
}

/** A notification request: the filtered notifications of one sender. */
export interface RequestRow {
  readonly id: number
  readonly recipient: number
  readonly from: number
  readonly created_at: number
  updated_at: number
  lastStatus: string | undefined
}

/** What the policy does with a kind of stranger. */
export type Action = "accept" | "filter" | "drop"

/** The filtering policy of a user. */
export interface Policy {
  for_not_following: Action
  for_not_followers: Action
  for_new_accounts: Action
  for_private_mentions: Action
  for_limited_accounts: Action
}

/** Mastodon's defaults (4.3): only private mentions and limited accounts are filtered. */
export const defaultPolicy = (): Policy => ({
  for_not_following: "accept",
  for_not_followers: "accept",
  for_new_accounts: "accept",
  for_private_mentions: "filter",
  for_limited_accounts: "filter"
})

/** A saved position. */
export interface MarkerRow {
  readonly last_read_id: string
  readonly version: number
  readonly updated_at: number
}

/** A conversation as one participant sees it. */
export interface ConversationRow {
  readonly id: string
  readonly owner: number
  /** The other participants. */
  readonly others: ReadonlyArray<number>
  /** Its statuses, oldest first. */
  readonly statuses: Array<StatusRow>
  unread: boolean
}

/** The types grouped by default. */
export const groupableTypes: ReadonlyArray<string> = ["favourite", "reblog", "follow"]

/** Types the policy never filters. */
const unfilterable: ReadonlyArray<string> = ["poll", "update", "admin.sign_up", "admin.report", "moderation_warning", "severed_relationships"]

/** How long a group may keep growing, in hours (Mastodon's `MAXIMUM_GROUP_SPAN_HOURS`). */
const maximumGroupSpanHours = 12

/** What counts as a new account for `for_new_accounts`. */
const newAccountMillis = 30 * 86_400_000

/** The per-instance store. */
export class NotificationStore {
  /** Told of each notification that reaches its recipient's list (the streaming hub listens). */
  observer: ((row: NotificationRow) => void) | undefined = undefined
  /** Each recipient's notifications, oldest first (ids only grow). */
  readonly byRecipient = new Map<number, Array<NotificationRow>>()
  readonly byId = new Map<string, NotificationRow>()
  readonly requests = new Map<string, RequestRow>()
  /** `pair(recipient, sender)` → the pending request. */
  readonly requestOf = new Map<number, RequestRow>()
  /** `pair(recipient, sender)` of accepted requests: that sender is never filtered again. */
  readonly permissions = new Set<number>()
  readonly policies = new Map<number, Policy>()
  /** `<recipient>/<type prefix>` → the hour bucket of the current group. */
  readonly groupBuckets = new Map<string, number>()
  /** Whether accepted requests have been merged (at once, here). */
  readonly merged = new Set<number>()
  /** `<account>:<timeline>` → marker. */
  readonly markers = new Map<string, MarkerRow>()
  /** How many of an account's next marker saves lose a race (answer 409). */
  readonly markerConflicts = new Map<number, number>()
  /** `<owner>:<root status>:<others>` → conversation. */
  readonly conversations = new Map<string, ConversationRow>()
  readonly conversationById = new Map<string, ConversationRow>()
  /** Polls whose end was notified. */
  readonly notifiedPolls = new Set<string>()
  private seq = 0
  private requestSeq = 0
  private conversationSeq = 0

  nextId(): number {
    return ++this.seq
  }

  nextRequestId(): number {
    return ++this.requestSeq
  }

  nextConversationId(): string {
    return String(++this.conversationSeq)
  }
}

const stores = new WeakMap<State, NotificationStore>()

/** The store of a state (created on first use). */
export const notificationsOf = (state: State): NotificationStore => {
  let store = stores.get(state)
  if (store === undefined) {
    store = new NotificationStore()
    stores.set(state, store)
  }
  return store
}

/** A user's policy. */
export const policyOf = (state: State, account: number): Policy => {
  const store = notificationsOf(state)
  let policy = store.policies.get(account)
  if (policy === undefined) {
    policy = defaultPolicy()
    store.policies.set(account, policy)
  }
  return policy
}

const strongest = (actions: ReadonlyArray<Action>): Action =>
  actions.includes("drop") ? "drop" : actions.includes("filter") ? "filter" : "accept"

/** What the recipient's policy does with a notification from `sender`. */
const decide = (state: State, recipient: AccountRow, sender: AccountRow, type: string, status: StatusRow | undefined, at: number): Action => {
  if (unfilterable.includes(type)) return "accept"
  const store = notificationsOf(state)
  if (store.permissions.has(pair(recipient.idx, sender.idx))) return "accept"
  const policy = policyOf(state, recipient.idx)
  const following = state.isFollowing(recipient.idx, sender.idx)
  const applies: Array<Action> = []
  if (!following) applies.push(policy.for_not_following)
  if (!state.isFollowing(sender.idx, recipient.idx)) applies.push(policy.for_not_followers)
  if (sender.created_at > at - newAccountMillis) applies.push(policy.for_new_accounts)
  // A private mention passes when it answers the recipient's own post, or comes from someone followed.
  const privateMention = type === "mention" && status?.visibility === "direct" && !following && status.inReplyTo?.account !== recipient.idx
  if (privateMention) applies.push(policy.for_private_mentions)
  return strongest(applies)
}

const groupKeyOf = (state: State, recipient: number, type: string, status: StatusRow | undefined, at: number): string | undefined => {
  if (!groupableTypes.includes(type)) return undefined
  const store = notificationsOf(state)
  const prefix = type === "follow" ? type : `${type}-${status?.idStr ?? ""}`
  const key = `${recipient}/${prefix}`
  let bucket = Math.floor(at / 3_600_000)
  const previous = store.groupBuckets.get(key)
  // Join the running group unless it began too long ago.
  if (previous !== undefined && bucket < previous + maximumGroupSpanHours) bucket = previous
  store.groupBuckets.set(key, bucket)
  return `${prefix}-${bucket}`
}

/** Notify `recipient` that `sender` did `type` (about `status`) at `at`, as the server would. */
export const notify = (
  state: State,
  recipient: AccountRow,
  sender: AccountRow,
  type: string,
  status: StatusRow | undefined,
  at: number,
  activity?: Activity
): void => {
  if (recipient.idx === sender.idx || recipient.domain !== null) return
  if (state.blocks.has(pair(recipient.idx, sender.idx))) return
  // A blocked domain's accounts notify only when the recipient follows them (NotifyService).
  if (sender.domain !== null && recipient.domainBlocks?.has(sender.domain.toLowerCase()) === true && !state.isFollowing(recipient.idx, sender.idx)) return
  const mute = state.activeMute(recipient.idx, sender.idx, at)
  if (mute !== undefined && mute.notifications) return
  if (type === "mention" && status !== undefined && storeOf(state).conversationMutes.has(`${recipient.idx}:${conversationOf(status)}`)) return
  // A `hide` filter of the notifications context drops a mention, as the feed manager does for mentions.
  if (type === "mention" && status !== undefined && hiddenByFilter(state, status, recipient, "notifications", at)) return
  const action = decide(state, recipient, sender, type, status, at)
  if (action === "drop") return
  const store = notificationsOf(state)
  const filtered = action === "filter"
  const row: NotificationRow = {
    id: store.nextId(),
    recipient: recipient.idx,
    from: sender.idx,
    type,
    status: status?.idStr,
    created_at: at,
    group_key: filtered ? undefined : groupKeyOf(state, recipient.idx, type, status, at),
    filtered,
    activity
  }
  store.byId.set(String(row.id), row)
  let list = store.byRecipient.get(recipient.idx)
  if (list === undefined) {
    list = []
    store.byRecipient.set(recipient.idx, list)
  }
  list.push(row)
  if (!filtered) store.observer?.(row)
  if (filtered) {
    const key = pair(recipient.idx, sender.idx)
    const request = store.requestOf.get(key)
    if (request === undefined) {
      const created: RequestRow = { id: store.nextRequestId(), recipient: recipient.idx, from: sender.idx, created_at: at, updated_at: at, lastStatus: status?.idStr }
      store.requestOf.set(key, created)
      store.requests.set(String(created.id), created)
    } else {
      request.updated_at = at
      if (status !== undefined) request.lastStatus = status.idStr
    }
  }
}

/** Remove notifications (dismissed, or their request dismissed). */
export const removeNotifications = (state: State, recipient: number, rows: ReadonlyArray<NotificationRow>): void => {
  const store = notificationsOf(state)
  const gone = new Set(rows)
  for (const row of rows) store.byId.delete(String(row.id))
  const list = store.byRecipient.get(recipient)
  if (list !== undefined) store.byRecipient.set(recipient, list.filter((r) => !gone.has(r)))
}

/** The filtered notifications behind a request. */
export const requestNotifications = (state: State, request: RequestRow): Array<NotificationRow> =>
  (notificationsOf(state).byRecipient.get(request.recipient) ?? []).filter((r) => r.filtered && r.from === request.from)

/** Drop a request from the indexes. */
export const forgetRequest = (state: State, request: RequestRow): void => {
  const store = notificationsOf(state)
  store.requests.delete(String(request.id))
  store.requestOf.delete(pair(request.recipient, request.from))
}

/** Notify the voters and the author of every poll that has ended by `now` and was not notified yet. */
export const notifyEndedPolls = (state: State, now: number): void => {
  const store = notificationsOf(state)
  for (const poll of storeOf(state).polls.values()) {
    if (store.notifiedPolls.has(poll.id) || !pollExpired(poll, now) || poll.expires_at === null) continue
    store.notifiedPolls.add(poll.id)
    const status = state.statuses.get(poll.status)
    const author = status === undefined ? undefined : state.accounts[status.account]
    if (status === undefined || author === undefined) continue
    // The author hears of it as if from themselves: the one case where sender and recipient match.
    for (const voter of poll.voters.keys()) {
      const recipient = state.accounts[voter]
      if (recipient !== undefined) notify(state, recipient, author, "poll", status, poll.expires_at)
    }
    pollToAuthor(state, author, status, poll.expires_at)
  }
}

/** The author's own `poll` notification: `notify` refuses self-notifications, so it is added here. */
const pollToAuthor = (state: State, author: AccountRow, status: StatusRow, at: number): void => {
  const store = notificationsOf(state)
  const row: NotificationRow = {
    id: store.nextId(),
    recipient: author.idx,
    from: author.idx,
    type: "poll",
    status: status.idStr,
    created_at: at,
    group_key: undefined,
    filtered: false,
    activity: undefined
  }
  store.byId.set(String(row.id), row)
  let list = store.byRecipient.get(author.idx)
  if (list === undefined) {
    list = []
    store.byRecipient.set(author.idx, list)
  }
  list.push(row)
}

/** Record a direct post in the conversation of each participant. */
const converse = (state: State, s: StatusRow): void => {
  const store = notificationsOf(state)
  const participants = Array.from(new Set([s.account, ...extOf(state, s).mentions]))
  const root = conversationOf(s)
  for (const owner of participants) {
    if (state.accounts[owner]?.domain !== null) continue
    const others = participants.filter((p) => p !== owner).sort((a, b) => a - b)
    const key = `${owner}:${root}:${others.join(",")}`
    let row = store.conversations.get(key)
    if (row === undefined) {
      row = { id: store.nextConversationId(), owner, others, statuses: [], unread: false }
      store.conversations.set(key, row)
      store.conversationById.set(row.id, row)
    }
    row.statuses.push(s)
    row.unread = owner !== s.account
  }
}

/** Remove a conversation (it comes back with the next post in it). */
export const removeConversation = (state: State, row: ConversationRow): void => {
  const store = notificationsOf(state)
  store.conversationById.delete(row.id)
  for (const [key, value] of store.conversations) if (value === row) store.conversations.delete(key)
}

const onPost = (state: State, s: StatusRow): void => {
  const author = state.accounts[s.account]
  if (author === undefined) return
  const at = s.created_at
  for (const idx of extOf(state, s).mentions) {
    const recipient = state.accounts[idx]
    if (recipient !== undefined && canSee(state, s, recipient)) notify(state, recipient, author, "mention", s, at)
  }
  if (s.visibility === "direct") {
    converse(state, s)
    return
  }
  // `status`: followers who asked to hear of every post, for posts that are not replies to others.
  if (s.inReplyTo !== undefined && s.inReplyTo.account !== s.account) return
  const followers = author.followers
  if (followers === undefined) return
  for (const idx of followers.others) {
    const follower = state.accounts[idx]
    if (follower === undefined || state.followOptionsOf(idx, author.idx)?.notify !== true) continue
    if (extOf(state, s).mentions.includes(idx)) continue
    if (canSee(state, s, follower)) notify(state, follower, author, "status", s, at)
  }
}

const follow = (state: State, a: AccountRow, b: AccountRow): Activity | undefined => {
  const record = state.follows.get(pair(a.idx, b.idx))
  return record === undefined ? undefined : { kind: "follow", record }
}

const request = (state: State, a: AccountRow, b: AccountRow): Activity | undefined => {
  const record = state.requests.get(pair(a.idx, b.idx))?.id
  return record === undefined ? undefined : { kind: "request", record }
}

const onEvent = (state: State, event: StateEvent): void => {
  switch (event._tag) {
    case "Followed":
      // A follow of a locked account is an accepted request: the server says nothing of it.
      if (event.followed.locked) return
      notify(state, event.followed, event.follower, "follow", undefined, state.now, follow(state, event.follower, event.followed))
      return
    case "FollowRequested":
      notify(state, event.followed, event.follower, "follow_request", undefined, state.now, request(state, event.follower, event.followed))
      return
    case "Favourited": {
      const author = state.accounts[event.status.account]
      const record = extOf(state, event.status).favouriteOf.get(event.account.idx)
      const activity: Activity | undefined = record === undefined ? undefined : { kind: "favourite", record }
      if (author !== undefined) notify(state, author, event.account, "favourite", event.status, state.now, activity)
      return
    }
    case "Reblogged":
    case "Posted": {
      const s = event._tag === "Reblogged" ? event.reblog : event.status
      if (s.reblog === undefined) return onPost(state, s)
      const author = state.accounts[s.reblog.account]
      const booster = state.accounts[s.account]
      if (author !== undefined && booster !== undefined) notify(state, author, booster, "reblog", s.reblog, s.created_at, { kind: "reblog", record: s })
      return
    }
    case "Edited": {
      const author = state.accounts[event.status.account]
      if (author === undefined) return
      const told = new Set<number>()
      for (const boost of extOf(state, event.status).reblogs) {
        const booster = state.accounts[boost.account]
        if (booster === undefined || told.has(booster.idx)) continue
        told.add(booster.idx)
        notify(state, booster, author, "update", event.status, state.now)
      }
      return
    }
  }
}

observe(onEvent)
