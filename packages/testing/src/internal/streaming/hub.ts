/**
 * The fake's streaming hub: who is listening (a WebSocket or an SSE response per listener, each
 * with its channels), and the events that what happens in the state produces for them. A new
 * status reaches its author's and followers' `user` streams, the public streams (local, remote,
 * media), its hashtags' streams, the lists holding its author and, when direct, the `direct`
 * streams of its participants; a deletion sends `delete` where the status was seen. Faults: drop
 * every connection, stall (nothing sent, not even heartbeats), send a malformed event.
 *
 * @internal
 */
import * as Render from "../render.js"
import type { AccountRow, State, StatusRow } from "../state.js"
import * as StatusRender from "../statuses/render.js"
import { hiddenByFilter } from "../filters.js"
import { canSee, conversationOf, extOf, hiddenFor, storeOf } from "../statuses/store.js"
import { type NotificationRow, notificationsOf } from "../notifications/store.js"

/** One connection: a viewer, its channels (routing keys) and how to reach it. */
export interface Listener {
  readonly viewer: AccountRow
  readonly origin: string
  /** `user`, `public:local:media`, `hashtag\u0000foo`, `list\u000012`, ... */
  readonly channels: Set<string>
  /** Send one event for `stream` (the server's `stream` key). */
  readonly push: (stream: ReadonlyArray<string>, event: string, payload: string | undefined) => void
  /** Send something that is not a valid event. */
  readonly malformed: () => void
  /** Cut the connection without a goodbye. */
  readonly drop: () => void
}

/** The hub of one instance. */
export class Hub {
  readonly listeners = new Set<Listener>()
  /** While stalled, nothing is sent: events are lost on the open connections, heartbeats stop. */
  stalled = false
  /** SSE heartbeat period. */
  heartbeatMillis = 15_000
  constructor(readonly state: State) {}

  /** Send `event` to every listener of `key` (optionally only `viewer`'s). */
  publish(key: string, event: string, payload: string | undefined, viewer?: number): number {
    let sent = 0
    if (this.stalled) return 0
    for (const l of this.listeners) {
      if (viewer !== undefined && l.viewer.idx !== viewer) continue
      if (!l.channels.has(key)) continue
      l.push(streamOfKey(key), event, payload)
      sent++
    }
    return sent
  }
}

/** The server's `stream` field of a routing key. */
export const streamOfKey = (key: string): ReadonlyArray<string> => key.split("\u0000")

/** The routing key of a subscription. */
export const keyOf = (stream: string, param: string | undefined): string =>
  param === undefined || param === "" ? stream : `${stream}\u0000${param}`

/** The streams the docs list, with the parameter each needs. */
export const streams: Readonly<Record<string, "tag" | "list" | undefined>> = {
  user: undefined,
  "user:notification": undefined,
  public: undefined,
  "public:media": undefined,
  "public:local": undefined,
  "public:local:media": undefined,
  "public:remote": undefined,
  "public:remote:media": undefined,
  hashtag: "tag",
  "hashtag:local": "tag",
  list: "list",
  direct: undefined
}

const hubs = new WeakMap<State, Hub>()

/** The hub of a state, hooked into the status store on first use. */
export const hubOf = (state: State): Hub => {
  let hub = hubs.get(state)
  if (hub === undefined) {
    const created = new Hub(state)
    hub = created
    hubs.set(state, created)
    storeOf(state).observer = {
      created: (s) => statusCreated(created, s),
      removed: (s) => statusRemoved(created, s)
    }
    notificationsOf(state).observer = (row) => notificationCreated(created, row)
  }
  return hub
}

/** The channels of `viewer` a status belongs to. */
const channelsOf = (state: State, s: StatusRow, viewer: AccountRow, keys: ReadonlySet<string>): Array<string> => {
  if (!canSee(state, s, viewer) || hiddenFor(state, s, viewer, storeOf(state).now)) return []
  const author = state.accounts[s.account]
  if (author === undefined) return []
  const out: Array<string> = []
  const original = s.reblog ?? s
  const now = storeOf(state).now
  // A `hide` filter keeps a status out of the home feed and lists, so out of their streams too.
  const hiddenAtHome = hiddenByFilter(state, s, viewer, "home", now)
  if (!hiddenAtHome && (s.account === viewer.idx || state.isFollowing(viewer.idx, s.account))) out.push("user")
  if (s.visibility === "public" && s.reblog === undefined) {
    const media = s.media.length > 0
    const local = author.domain === null
    for (const base of ["public", local ? "public:local" : "public:remote"]) {
      out.push(base)
      if (media) out.push(`${base}:media`)
    }
    for (const tag of original.tags) {
      const name = tag.replace(/^#/, "").toLowerCase()
      out.push(keyOf("hashtag", name))
      if (local) out.push(keyOf("hashtag:local", name))
    }
  }
  // Direct messages never reach lists (as in Mastodon's fan-out).
  for (const list of s.visibility === "direct" || hiddenAtHome ? [] : state.lists.values()) {
    if (list.owner === viewer.idx && list.members.others.includes(s.account)) out.push(keyOf("list", list.id))
  }
  return out.filter((key) => keys.has(key))
}

const statusCreated = (hub: Hub, s: StatusRow): void => {
  if (hub.stalled || hub.listeners.size === 0) return
  const state = hub.state
  for (const l of hub.listeners) {
    const keys = channelsOf(state, s, l.viewer, l.channels)
    if (keys.length > 0) {
      const payload = JSON.stringify(StatusRender.status(state, s, l.origin, l.viewer))
      for (const key of keys) l.push(streamOfKey(key), "update", payload)
    }
    const mentioned = extOf(state, s).mentions.includes(l.viewer.idx)
    if (l.channels.has("direct") && s.visibility === "direct" && (s.account === l.viewer.idx || mentioned)) {
      l.push(["direct"], "conversation", JSON.stringify(conversation(state, s, l)))
    }
  }
}

const statusRemoved = (hub: Hub, s: StatusRow): void => {
  if (hub.stalled || hub.listeners.size === 0) return
  for (const l of hub.listeners) {
    for (const key of channelsOf(hub.state, s, l.viewer, l.channels)) l.push(streamOfKey(key), "delete", s.idStr)
  }
}

/** A notification reaches its recipient's `user` and `user:notification` streams. */
const notificationCreated = (hub: Hub, row: NotificationRow): void => {
  if (hub.stalled || hub.listeners.size === 0) return
  const state = hub.state
  const from = state.accounts[row.from]
  if (from === undefined) return
  for (const l of hub.listeners) {
    if (l.viewer.idx !== row.recipient) continue
    const keys = ["user", "user:notification"].filter((k) => l.channels.has(k))
    if (keys.length === 0) continue
    const status = row.status === undefined ? undefined : state.statuses.get(row.status)
    const payload = JSON.stringify({
      id: String(row.id),
      type: row.type,
      ...Render.whenSince(state, "4.3.0", { group_key: row.group_key ?? `ungrouped-${row.id}` }),
      created_at: Render.iso(row.created_at),
      account: Render.account(state, from, l.origin),
      ...(status === undefined ? {} : { status: StatusRender.status(state, status, l.origin, l.viewer) })
    })
    for (const key of keys) l.push([key], "notification", payload)
  }
}

const conversation = (state: State, s: StatusRow, l: Listener): Record<string, unknown> => {
  const participants = new Set([s.account, ...extOf(state, s).mentions])
  participants.delete(l.viewer.idx)
  return {
    id: conversationOf(s),
    unread: s.account !== l.viewer.idx,
    accounts: [...participants].flatMap((idx) => {
      const a = state.accounts[idx]
      return a === undefined ? [] : [Render.account(state, a, l.origin)]
    }),
    last_status: StatusRender.status(state, s, l.origin, l.viewer)
  }
}

/** The viewer behind a streaming request's token (header, subprotocol, or the legacy query parameter). */
export const viewerOf = (state: State, token: string | undefined): AccountRow | undefined => {
  if (token === undefined) return undefined
  const row = state.tokens.get(token)
  if (row?.account === undefined) return undefined
  const scopes = row.scopes
  // `read`, `read:statuses` or `read:notifications` (the streaming server's own check).
  if (!scopes.some((s) => s === "read" || s === "read:statuses" || s === "read:notifications")) return undefined
  return state.accounts[row.account]
}

/** Whether `viewer` may subscribe to `stream` with `param`; an error message when not. */
export const refusal = (state: State, viewer: AccountRow, stream: string, param: string | undefined): string | undefined => {
  if (!(stream in streams)) return "Unknown stream type"
  const needs = streams[stream]
  if (needs !== undefined && (param === undefined || param === "")) return needs === "tag" ? "No tag for stream provided" : "No list for stream provided"
  if (needs === "list" && state.lists.get(param ?? "")?.owner !== viewer.idx) return "Not authorized to stream this list"
  return undefined
}
