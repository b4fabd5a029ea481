/**
 * Web Push in the fake: subscriptions are stored per token (see `userData.ts`), and a notification
 * for a subscribed user is encrypted as Mastodon encrypts it (`aes128gcm`, RFC 8291, with a VAPID
 * signature, RFC 8292) and POSTed to the subscription's endpoint, if the subscription's alerts and
 * policy let it through. Deliveries happen after the request that caused them (a background
 * promise, like Mastodon's push worker); `settle` waits for them, and `deliveries` lists them.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Push from "@mastodon-effect/http/Push"
import { notificationsOf, type NotificationRow } from "./notifications/store.js"
import * as Render from "./render.js"
import { type AccountRow, observe, type State } from "./state.js"
import { type PushRow, userDataOf } from "./userData.js"

/**
 * The fake's VAPID key pair (a fixed P-256 key: a test instance has nothing to keep secret). The
 * public key is every subscription's `server_key`.
 */
export const vapidPublicKey = "BAG27pRZKcREcZuZVwBwJuRmuTpAM9dNFWsN07Q0j7JhEp5MDmR0zBFAlPZrd_WOQwlZP09e2YlXPCRwCc93i10"
const vapidPrivate: JsonWebKey = {
  kty: "EC",
  crv: "P-256",
  x: "AbbulFkpxERxm5lXAHAm5Ga5OkAz100Vaw3TtDSPsmE",
  y: "Ep5MDmR0zBFAlPZrd_WOQwlZP09e2YlXPCRwCc93i10",
  d: "3qKuLQPUxBdgSG6GJpVD4AiDCMaU095T7fnISYNCiM4"
}

/** A push as it was sent: where, with which headers, the encrypted body and the payload inside. */
export interface Delivery {
  readonly endpoint: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
  readonly payload: Record<string, unknown>
  /** The endpoint's answer status, or the reason it could not be reached. */
  readonly outcome: number | string
}

interface PushState {
  lastSeen: number
  readonly pending: Set<Promise<void>>
  readonly delivered: Array<Delivery>
}

const states = new WeakMap<State, PushState>()

const pushStateOf = (state: State): PushState => {
  let s = states.get(state)
  if (s === undefined) {
    s = { lastSeen: 0, pending: new Set(), delivered: [] }
    states.set(state, s)
  }
  return s
}

const b64url = (bytes: Uint8Array): string => {
  let binary = ""
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

/** A VAPID JWT (ES256) for the endpoint's origin, valid for 12 hours. */
const vapidJwt = async (endpoint: string, now: number): Promise<string> => {
  const key = await globalThis.crypto.subtle.importKey("jwk", vapidPrivate, { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"])
  const enc = (v: unknown) => b64url(new TextEncoder().encode(JSON.stringify(v)))
  const unsigned = `${enc({ typ: "JWT", alg: "ES256" })}.${enc({ aud: new URL(endpoint).origin, exp: Math.floor(now / 1000) + 43_200, sub: "mailto:admin@mastodon.test" })}`
  const signature = await globalThis.crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key, new TextEncoder().encode(unsigned))
  return `${unsigned}.${b64url(new Uint8Array(signature))}`
}

const titles: Record<string, (name: string) => string> = {
  mention: (n) => `You were mentioned by ${n}`,
  status: (n) => `${n} just posted`,
  reblog: (n) => `${n} boosted your post`,
  follow: (n) => `${n} is now following you`,
  follow_request: (n) => `New follow request: ${n}`,
  favourite: (n) => `${n} favorited your post`,
  poll: () => "A poll you have voted in has ended",
  update: (n) => `${n} edited a post`,
  quote: (n) => `${n} quoted your post`
}

/** The payload Mastodon's push worker sends. */
export const payloadOf = (state: State, row: PushRow, n: NotificationRow, origin: string): Record<string, unknown> => {
  const from = state.accounts[n.from]
  const name = from === undefined ? "Someone" : from.display_name !== "" ? from.display_name : from.username
  const status = n.status === undefined ? undefined : state.statuses.get(n.status)
  const recipient = state.accounts[row.account]
  return {
    access_token: row.token,
    preferred_locale: recipient?.locale ?? "en",
    notification_id: n.id,
    notification_type: n.type,
    icon: from === undefined ? `${origin}/avatars/original/missing.png` : Render.avatarUrl(from, origin),
    title: (titles[n.type] ?? ((x: string) => `New notification from ${x}`))(name),
    body: status !== undefined ? status.text : from?.note ?? ""
  }
}

/** Whether the subscription's policy lets a notification from `from` through. */
const allowed = (state: State, row: PushRow, from: AccountRow | undefined): boolean => {
  switch (row.policy) {
    case "none":
      return false
    case "followed":
      return from !== undefined && state.isFollowing(row.account, from.idx)
    case "follower":
      return from !== undefined && state.isFollowing(from.idx, row.account)
    default:
      return true
  }
}

const isLoopback = (endpoint: string): boolean => {
  const host = new URL(endpoint).hostname
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** Encrypt and POST one push; the outcome is recorded, never thrown. */
export const deliver = async (state: State, row: PushRow, payload: Record<string, unknown>, now: number): Promise<void> => {
  const record = pushStateOf(state)
  const body = await Effect.runPromise(
    Push.encrypt(JSON.stringify(payload), { p256dh: row.p256dh, auth: row.auth }).pipe(Effect.orElseSucceed(() => undefined))
  )
  if (body === undefined) {
    record.delivered.push({ endpoint: row.endpoint, headers: {}, body: new Uint8Array(), payload, outcome: "the subscription's keys are unusable" })
    return
  }
  const headers: Record<string, string> = {
    "content-type": "application/octet-stream",
    "content-encoding": "aes128gcm",
    ttl: "172800",
    urgency: "normal",
    authorization: `vapid t=${await vapidJwt(row.endpoint, now)}, k=${vapidPublicKey}`
  }
  let outcome: number | string
  // Only loopback endpoints are reached: a test instance never sends anything off the machine.
  if (!isLoopback(row.endpoint)) {
    record.delivered.push({ endpoint: row.endpoint, headers, body, payload, outcome: "not sent: the endpoint is not on loopback" })
    return
  }
  try {
    const response = await globalThis.fetch(row.endpoint, { method: "POST", headers, body: new Uint8Array(body) })
    outcome = response.status
    await response.arrayBuffer().catch(() => undefined)
    // A push service answering 404 or 410 has dropped the subscription: Mastodon drops it too.
    if (response.status === 404 || response.status === 410) userDataOf(state).push.delete(row.token)
  } catch (e) {
    outcome = e instanceof Error ? e.message : String(e)
  }
  record.delivered.push({ endpoint: row.endpoint, headers, body, payload, outcome })
}

/**
 * Start pushing from the notifications made after now (called when a subscription is made), so
 * that older ones are never pushed.
 */
export const startPushing = (state: State): void => {
  const record = pushStateOf(state)
  for (const n of notificationsOf(state).byId.values()) record.lastSeen = Math.max(record.lastSeen, n.id)
}

/** How far past the last pushed id to look: ids of notifications dropped since leave gaps. */
const lookAhead = 256

/** Push every notification made since the last look to the subscriptions that want it. */
const pushNew = (state: State): void => {
  const subscriptions = userDataOf(state).push
  // Without subscriptions there is nothing to do: a bulk seed of followers costs nothing here.
  if (subscriptions.size === 0) return
  const record = pushStateOf(state)
  const byId = notificationsOf(state).byId
  const fresh: Array<NotificationRow> = []
  // Ids only grow, one at a time: look just past the last one seen instead of at every row.
  for (let id = record.lastSeen + 1; id <= record.lastSeen + lookAhead; id++) {
    const n = byId.get(String(id))
    if (n !== undefined) fresh.push(n)
  }
  for (const n of fresh) {
    record.lastSeen = Math.max(record.lastSeen, n.id)
    if (n.filtered) continue
    for (const row of subscriptions.values()) {
      if (row.account !== n.recipient || row.alerts[n.type] !== true) continue
      if (!allowed(state, row, state.accounts[n.from])) continue
      const task = deliver(state, row, payloadOf(state, row, n, state.options.origin), n.created_at).finally(() => record.pending.delete(task))
      record.pending.add(task)
    }
  }
}

// After each event, the notifications module (registered first, as this module imports it) has
// made its rows; push those.
observe((state) => pushNew(state))

/** Wait for the pushes under way, then list every push made so far. */
export const settle = async (state: State): Promise<ReadonlyArray<Delivery>> => {
  pushNew(state)
  const record = pushStateOf(state)
  while (record.pending.size > 0) await Promise.all([...record.pending])
  return record.delivered
}
