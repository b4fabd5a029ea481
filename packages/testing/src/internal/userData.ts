/**
 * The state of the smaller user API groups: filters, domain-block records, announcements and
 * their reactions, custom emoji, Web Push subscriptions, collections, annual reports and async
 * refreshes. Like the status store, it lives beside the instance's `State` (one per state,
 * created on first use), so the shared state module stays as it is.
 *
 * @internal
 */
import type { State } from "./state.js"

/** A keyword of a filter. */
export interface KeywordRow {
  readonly id: string
  readonly filter: string
  keyword: string
  whole_word: boolean
}

/** A status a filter matches by id. */
export interface FilterStatusRow {
  readonly id: string
  readonly filter: string
  readonly status: string
}

/** A v2 filter. */
export interface FilterRow {
  readonly id: string
  readonly account: number
  title: string
  context: ReadonlyArray<string>
  action: string
  /** When it stops applying (ms), or null. */
  expiresAt: number | null
  readonly keywords: Array<KeywordRow>
  readonly statuses: Array<FilterStatusRow>
}

/** An announcement from the administrators. */
export interface AnnouncementRow {
  readonly id: string
  text: string
  readonly published_at: number
  updated_at: number
  starts_at: number | null
  ends_at: number | null
  all_day: boolean
  /** Readers who dismissed it. */
  readonly dismissed: Set<number>
  /** Reactions by name: who reacted, in order. */
  readonly reactions: Map<string, Array<number>>
}

/** A custom emoji. */
export interface EmojiRow {
  readonly shortcode: string
  readonly url: string
  readonly category: string | null
  readonly visible_in_picker: boolean
}

/** A Web Push subscription of one token. */
export interface PushRow {
  readonly id: number
  readonly token: string
  readonly account: number
  readonly endpoint: string
  readonly p256dh: string
  readonly auth: string
  readonly standard: boolean
  alerts: Record<string, boolean>
  policy: string
}

/** An item of a collection. */
export interface CollectionItemRow {
  readonly id: string
  readonly account: number
  state: "pending" | "accepted"
  readonly created_at: number
}

/** A collection of featured accounts. */
export interface CollectionRow {
  readonly id: string
  readonly account: number
  name: string
  description: string
  language: string | null
  tag: string | null
  sensitive: boolean
  discoverable: boolean
  readonly items: Array<CollectionItemRow>
  readonly created_at: number
  updated_at: number
}

/** Where a user's report of a year stands. */
export interface AnnualReportRow {
  state: "generating" | "available"
  /** When generation finishes (ms on the Effect clock). */
  readyAt: number
  read: boolean
}

/** An async refresh (4.4 alpha API). */
export interface AsyncRefreshRow {
  readonly id: string
  readonly account: number
  /** When it finishes (ms). */
  readonly finishesAt: number
  readonly resultCount: number
}

/** The store of one instance. */
export class UserData {
  readonly filters = new Map<string, FilterRow>()
  readonly keywords = new Map<string, KeywordRow>()
  readonly filterStatuses = new Map<string, FilterStatusRow>()
  /** Domain-block records per account: record id and domain, in blocking order. */
  readonly domainBlocks = new Map<number, Array<{ readonly id: number; readonly domain: string }>>()
  readonly announcements = new Map<string, AnnouncementRow>()
  readonly emojis: Array<EmojiRow> = []
  /** Subscriptions by token. */
  readonly push = new Map<string, PushRow>()
  readonly collections = new Map<string, CollectionRow>()
  /** Annual reports by `account:year`. */
  readonly annualReports = new Map<string, AnnualReportRow>()
  readonly asyncRefreshes = new Map<string, AsyncRefreshRow>()
  /** Refreshes to announce on an account's next response to a path (`account:path` → header). */
  readonly pendingAnnouncements = new Map<string, string>()
  private seq = 0

  /** A fresh id, numeric like Mastodon's. */
  nextId(): string {
    return String(++this.seq + 200_000)
  }

  /** A fresh number (push subscription ids are JSON numbers). */
  nextNumber(): number {
    return ++this.seq + 200_000
  }
}

const stores = new WeakMap<State, UserData>()

/** The store of a state (created on first use). */
export const userDataOf = (state: State): UserData => {
  let store = stores.get(state)
  if (store === undefined) {
    store = new UserData()
    stores.set(state, store)
  }
  return store
}

/**
 * A reply with the `Mastodon-Async-Refresh` header of a refresh announced for this account and
 * path (see `Seed.startAsyncRefresh`), once: as a server does when a request started a job.
 */
export const withAsyncRefresh = <R extends { readonly headers?: Readonly<Record<string, string>> | undefined }>(
  state: State,
  account: number | undefined,
  path: string,
  reply: R
): R => {
  if (account === undefined) return reply
  const data = stores.get(state)
  const key = `${account}:${path}`
  const header = data?.pendingAnnouncements.get(key)
  if (data === undefined || header === undefined) return reply
  data.pendingAnnouncements.delete(key)
  return { ...reply, headers: { ...reply.headers, "mastodon-async-refresh": header } }
}
