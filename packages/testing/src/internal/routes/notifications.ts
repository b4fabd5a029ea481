/**
 * Notifications (v1 and grouped v2), notification requests and the policy (docs:
 * methods/notifications, methods/grouped_notifications), conversations (methods/conversations)
 * and markers (methods/markers), over the store in `../notifications/store.ts`.
 *
 * @internal
 */
import * as P from "../params.js"
import * as Render from "../render.js"
import { error, json, linkHeader, limitOf, notFound, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { type AccountRow, pair, type StatusRow } from "../state.js"
import {
  type Action,
  activityStands,
  type ConversationRow,
  forgetRequest,
  groupableTypes,
  type NotificationRow,
  notificationsOf,
  notifyEndedPolls,
  policyOf,
  removeConversation,
  removeNotifications,
  type RequestRow,
  requestNotifications
} from "../notifications/store.js"
import * as StatusRender from "../statuses/render.js"
import { alive, canSee } from "../statuses/store.js"

// ---------------------------------------------------------------------------------------------
// Paging by id

const bigId = (s: string | undefined): bigint | undefined => (s !== undefined && /^\d{1,20}$/.test(s) ? BigInt(s) : undefined)

/**
 * One page of `items` (sorted by `idOf` ascending) as Mastodon pages by id: below `max_id`, above
 * `since_id` (newest first) or just above `min_id` (the oldest ones above it), newest first.
 */
const idPage = <A>(
  ctx: UserCtx,
  items: ReadonlyArray<A>,
  idOf: (a: A) => bigint,
  defaultLimit: number,
  maxLimit: number
): { readonly picked: ReadonlyArray<A>; readonly headers: Record<string, string> } => {
  const limit = limitOf(ctx, defaultLimit, maxLimit)
  const maxId = bigId(P.str(ctx.query, "max_id"))
  const minId = bigId(P.str(ctx.query, "min_id"))
  const lowerId = minId ?? bigId(P.str(ctx.query, "since_id"))
  let upper = items.length
  if (maxId !== undefined) {
    upper = 0
    while (upper < items.length && idOf(items[upper] as A) < maxId) upper++
  }
  let lower = 0
  if (lowerId !== undefined) while (lower < upper && idOf(items[lower] as A) <= lowerId) lower++
  const start = minId !== undefined ? lower : Math.max(upper - limit, lower)
  const end = minId !== undefined ? Math.min(lower + limit, upper) : upper
  const picked = items.slice(start, end).reverse()
  const first = picked[0]
  const last = picked[picked.length - 1]
  const headers = linkHeader(ctx, {
    newest: first === undefined ? undefined : String(idOf(first)),
    oldest: last === undefined ? undefined : String(idOf(last)),
    hasOlder: start > 0,
    hasNewer: end < items.length
  }, limit)
  return { headers, picked }
}

// ---------------------------------------------------------------------------------------------
// Notifications

const statusOf = (ctx: UserCtx, row: NotificationRow): StatusRow | undefined =>
  row.status === undefined ? undefined : ctx.state.statuses.get(row.status)

/** Whether a notification still stands: its sender, its activity and its status (when it has one) exist. */
const standing = (ctx: UserCtx, row: NotificationRow): boolean => {
  if (ctx.state.accounts[row.from] === undefined || !activityStands(ctx.state, row)) return false
  if (row.status === undefined) return true
  const s = statusOf(ctx, row)
  return s !== undefined && alive(ctx.state, s)
}

/** The caller's notifications (oldest first) that match the request's filters. */
const matching = (ctx: UserCtx, options: { readonly includeFiltered?: boolean } = {}): Array<NotificationRow> => {
  notifyEndedPolls(ctx.state, ctx.now)
  const includeFiltered = options.includeFiltered ?? P.bool(ctx.query, "include_filtered") ?? false
  const types = P.list(ctx.query, "types")
  const exclude = P.list(ctx.query, "exclude_types")
  const accountId = P.str(ctx.query, "account_id")
  const from = accountId === undefined ? undefined : ctx.state.account(accountId)?.idx ?? -1
  return (notificationsOf(ctx.state).byRecipient.get(ctx.user.idx) ?? []).filter((row) =>
    (includeFiltered || !row.filtered) &&
    (types.length === 0 || types.includes(row.type)) &&
    !exclude.includes(row.type) &&
    (from === undefined || row.from === from) &&
    standing(ctx, row)
  )
}

const renderNotification = (ctx: UserCtx, row: NotificationRow): Record<string, unknown> => {
  const from = ctx.state.accounts[row.from] as AccountRow
  const status = statusOf(ctx, row)
  return {
    id: String(row.id),
    type: row.type,
    ...Render.whenSince(ctx.state, "4.3.0", { group_key: row.group_key ?? `ungrouped-${row.id}` }),
    created_at: Render.iso(row.created_at),
    account: Render.account(ctx.state, from, ctx.origin),
    ...(status === undefined ? {} : { status: StatusRender.status(ctx.state, status, ctx.origin, ctx.user) })
  }
}

/** The caller's notification of `:id`. */
const own = (ctx: UserCtx): NotificationRow | undefined => {
  const row = notificationsOf(ctx.state).byId.get(ctx.path["id"] ?? "")
  return row !== undefined && row.recipient === ctx.user.idx && standing(ctx, row) ? row : undefined
}

/** The id of the caller's notifications marker (0 when never saved). */
const lastRead = (ctx: UserCtx): number => Number(notificationsOf(ctx.state).markers.get(`${ctx.user.idx}:notifications`)?.last_read_id ?? 0) || 0

const unreadLimit = (ctx: UserCtx): number => limitOf(ctx, 100, 1000)

const v1: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/notifications", ["read:notifications"], (ctx) => {
    const page = idPage(ctx, matching(ctx), (r) => BigInt(r.id), 40, 80)
    return json(page.picked.map((r) => renderNotification(ctx, r)), 200, page.headers)
  }),
  userRoute("GET", "/api/v1/notifications/unread_count", ["read:notifications"], (ctx) => {
    const after = lastRead(ctx)
    const count = matching(ctx).filter((r) => r.id > after).length
    return json({ count: Math.min(count, unreadLimit(ctx)) })
  }, { since: "4.3.0" }),
  userRoute("GET", "/api/v1/notifications/:id", ["read:notifications"], (ctx) => {
    const row = own(ctx)
    return row === undefined ? notFound() : json(renderNotification(ctx, row))
  }),
  userRoute("POST", "/api/v1/notifications/clear", ["write:notifications"], (ctx) => {
    const all = notificationsOf(ctx.state).byRecipient.get(ctx.user.idx) ?? []
    // Filtered notifications stay with their requests, as on the server.
    removeNotifications(ctx.state, ctx.user.idx, all.filter((r) => !r.filtered))
    return json({})
  }),
  userRoute("POST", "/api/v1/notifications/:id/dismiss", ["write:notifications"], (ctx) => {
    const row = own(ctx)
    if (row === undefined) return notFound()
    removeNotifications(ctx.state, ctx.user.idx, [row])
    return json({})
  }, { since: "1.3.0" }),
  // The form before 1.3.0, with the id in the body; gone since 3.0.0, where it is any unknown path.
  userRoute("POST", "/api/v1/notifications/dismiss", ["write:notifications"], (ctx) => {
    if (Render.since(ctx.state, "3.0.0")) return notFound()
    const row = notificationsOf(ctx.state).byId.get(P.str(ctx.body, "id") ?? "")
    if (row === undefined || row.recipient !== ctx.user.idx) return notFound()
    removeNotifications(ctx.state, ctx.user.idx, [row])
    return json({})
  })
]

// ---------------------------------------------------------------------------------------------
// Policy and requests

const actions: ReadonlyArray<Action> = ["accept", "filter", "drop"]
const policyKeys = ["for_not_following", "for_not_followers", "for_new_accounts", "for_private_mentions", "for_limited_accounts"] as const

const summary = (ctx: UserCtx) => {
  const requests = [...notificationsOf(ctx.state).requests.values()].filter((r) => r.recipient === ctx.user.idx)
  const pending = requests.reduce((n, r) => n + requestNotifications(ctx.state, r).length, 0)
  return { pending_requests_count: Math.min(requests.length, 100), pending_notifications_count: pending }
}

const renderPolicy = (ctx: UserCtx) => ({ ...policyOf(ctx.state, ctx.user.idx), summary: summary(ctx) })

const renderPolicyV1 = (ctx: UserCtx) => {
  const policy = policyOf(ctx.state, ctx.user.idx)
  return {
    filter_not_following: policy.for_not_following !== "accept",
    filter_not_followers: policy.for_not_followers !== "accept",
    filter_new_accounts: policy.for_new_accounts !== "accept",
    filter_private_mentions: policy.for_private_mentions !== "accept",
    summary: summary(ctx)
  }
}

const updatePolicy = (ctx: UserCtx): Reply | undefined => {
  const policy = policyOf(ctx.state, ctx.user.idx)
  const changes: Partial<Record<(typeof policyKeys)[number], Action>> = {}
  for (const key of policyKeys) {
    const value = P.str(ctx.body, key)
    if (value === undefined) continue
    if (!actions.includes(value as Action)) return error(422, `Validation failed: ${key.replace(/_/g, " ")} is not included in the list`)
    changes[key] = value as Action
  }
  Object.assign(policy, changes)
  return undefined
}

const updatePolicyV1 = (ctx: UserCtx): void => {
  const policy = policyOf(ctx.state, ctx.user.idx)
  for (const [flag, key] of [
    ["filter_not_following", "for_not_following"],
    ["filter_not_followers", "for_not_followers"],
    ["filter_new_accounts", "for_new_accounts"],
    ["filter_private_mentions", "for_private_mentions"]
  ] as const) {
    const value = P.bool(ctx.body, flag)
    if (value !== undefined) policy[key] = value ? "filter" : "accept"
  }
}

const renderRequest = (ctx: UserCtx, request: RequestRow): Record<string, unknown> => {
  const from = ctx.state.accounts[request.from] as AccountRow
  const last = request.lastStatus === undefined ? undefined : ctx.state.statuses.get(request.lastStatus)
  return {
    id: String(request.id),
    created_at: Render.iso(request.created_at),
    updated_at: Render.iso(request.updated_at),
    account: Render.account(ctx.state, from, ctx.origin),
    notifications_count: String(requestNotifications(ctx.state, request).length),
    ...(last !== undefined && alive(ctx.state, last) && canSee(ctx.state, last, ctx.user)
      ? { last_status: StatusRender.status(ctx.state, last, ctx.origin, ctx.user) }
      : {})
  }
}

const ownRequest = (ctx: UserCtx, id: string | undefined): RequestRow | undefined => {
  const request = id === undefined ? undefined : notificationsOf(ctx.state).requests.get(id)
  return request !== undefined && request.recipient === ctx.user.idx ? request : undefined
}

const accept = (ctx: UserCtx, request: RequestRow): void => {
  const store = notificationsOf(ctx.state)
  for (const row of requestNotifications(ctx.state, request)) row.filtered = false
  store.permissions.add(pair(request.recipient, request.from))
  store.merged.add(ctx.user.idx)
  forgetRequest(ctx.state, request)
}

const dismiss = (ctx: UserCtx, request: RequestRow): void => {
  removeNotifications(ctx.state, ctx.user.idx, requestNotifications(ctx.state, request))
  forgetRequest(ctx.state, request)
}

const requestRoutes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v2/notifications/policy", ["read:notifications"], (ctx) => json(renderPolicy(ctx)), { since: "4.3.0" }),
  userRoute("PATCH", "/api/v2/notifications/policy", ["write:notifications"], (ctx) => updatePolicy(ctx) ?? json(renderPolicy(ctx)), { since: "4.3.0" }),
  userRoute("GET", "/api/v1/notifications/policy", ["read:notifications"], (ctx) => json(renderPolicyV1(ctx)), { since: "4.3.0" }),
  userRoute("PATCH", "/api/v1/notifications/policy", ["write:notifications"], (ctx) => {
    updatePolicyV1(ctx)
    return json(renderPolicyV1(ctx))
  }, { since: "4.3.0" }),
  userRoute("PUT", "/api/v1/notifications/policy", ["write:notifications"], (ctx) => {
    updatePolicyV1(ctx)
    return json(renderPolicyV1(ctx))
  }, { since: "4.3.0" }),
  userRoute("GET", "/api/v1/notifications/requests", ["read:notifications"], (ctx) => {
    const mine = [...notificationsOf(ctx.state).requests.values()]
      .filter((r) => r.recipient === ctx.user.idx && ctx.state.accounts[r.from] !== undefined)
      .sort((a, b) => a.id - b.id)
    const page = idPage(ctx, mine, (r) => BigInt(r.id), 40, 80)
    return json(page.picked.map((r) => renderRequest(ctx, r)), 200, page.headers)
  }, { since: "4.3.0" }),
  userRoute("GET", "/api/v1/notifications/requests/merged", ["read:notifications"], () =>
    // Accepting merges at once here, so there is never a merge in progress.
    json({ merged: true }), { since: "4.3.0" }),
  userRoute("POST", "/api/v1/notifications/requests/accept", ["write:notifications"], (ctx) => {
    for (const id of P.list(ctx.body, "id")) {
      const request = ownRequest(ctx, id)
      if (request !== undefined) accept(ctx, request)
    }
    return json({})
  }, { since: "4.3.0" }),
  userRoute("POST", "/api/v1/notifications/requests/dismiss", ["write:notifications"], (ctx) => {
    for (const id of P.list(ctx.body, "id")) {
      const request = ownRequest(ctx, id)
      if (request !== undefined) dismiss(ctx, request)
    }
    return json({})
  }, { since: "4.3.0" }),
  userRoute("GET", "/api/v1/notifications/requests/:id", ["read:notifications"], (ctx) => {
    const request = ownRequest(ctx, ctx.path["id"])
    return request === undefined ? notFound() : json(renderRequest(ctx, request))
  }, { since: "4.3.0" }),
  userRoute("POST", "/api/v1/notifications/requests/:id/accept", ["write:notifications"], (ctx) => {
    const request = ownRequest(ctx, ctx.path["id"])
    if (request === undefined) return notFound()
    accept(ctx, request)
    return json({})
  }, { since: "4.3.0" }),
  userRoute("POST", "/api/v1/notifications/requests/:id/dismiss", ["write:notifications"], (ctx) => {
    const request = ownRequest(ctx, ctx.path["id"])
    if (request === undefined) return notFound()
    dismiss(ctx, request)
    return json({})
  }, { since: "4.3.0" })
]

// ---------------------------------------------------------------------------------------------
// Grouped notifications (v2)

/** Sample accounts per group, as the server sends them. */
const sampleSize = 8

/** The key a notification is grouped under for this request (`grouped_types` may ungroup it). */
const keyFor = (ctx: UserCtx, row: NotificationRow): string => {
  const grouped = P.list(ctx.query, "grouped_types")
  const types = grouped.length === 0 ? groupableTypes : grouped
  return row.group_key !== undefined && types.includes(row.type) ? row.group_key : `ungrouped-${row.id}`
}

interface GroupData {
  readonly key: string
  readonly rows: ReadonlyArray<NotificationRow>
  readonly pageMin: number | undefined
  readonly pageMax: number | undefined
}

const renderGroups = (ctx: UserCtx, groups: ReadonlyArray<GroupData>, paging: boolean): Record<string, unknown> => {
  const partial = P.str(ctx.query, "expand_accounts") === "partial_avatars"
  const full = new Map<number, AccountRow>()
  const reduced = new Map<number, AccountRow>()
  const statuses = new Map<string, StatusRow>()
  const rendered = groups.map((g) => {
    // Newest first; one entry per account.
    const newest = [...g.rows].sort((a, b) => b.id - a.id)
    const head = newest[0] as NotificationRow
    const samples: Array<number> = []
    for (const row of newest) {
      if (samples.length >= sampleSize) break
      if (!samples.includes(row.from)) samples.push(row.from)
    }
    samples.forEach((idx, i) => {
      const a = ctx.state.accounts[idx]
      if (a === undefined) return
      // With partial avatars only the newest account of a group comes in full.
      if (!partial || i === 0) full.set(idx, a)
      else reduced.set(idx, a)
    })
    const status = head.status === undefined ? undefined : ctx.state.statuses.get(head.status)
    if (status !== undefined) statuses.set(status.idStr, status)
    return {
      group_key: g.key,
      notifications_count: g.rows.length,
      type: head.type,
      most_recent_notification_id: String(head.id),
      ...(paging && g.pageMin !== undefined && g.pageMax !== undefined
        ? {
          page_min_id: String(g.pageMin),
          page_max_id: String(g.pageMax),
          latest_page_notification_at: Render.iso(head.created_at)
        }
        : {}),
      sample_account_ids: samples.map(String),
      ...(status === undefined ? {} : { status_id: status.idStr })
    }
  })
  for (const idx of full.keys()) reduced.delete(idx)
  return {
    accounts: [...full.values()].map((a) => Render.account(ctx.state, a, ctx.origin)),
    ...(partial
      ? {
        partial_accounts: [...reduced.values()].map((a) => {
          const rendered = Render.account(ctx.state, a, ctx.origin)
          return {
            id: a.id,
            acct: rendered["acct"],
            url: rendered["url"],
            avatar: rendered["avatar"],
            avatar_static: rendered["avatar_static"],
            locked: a.locked,
            bot: a.bot
          }
        })
      }
      : {}),
    statuses: [...statuses.values()].map((s) => StatusRender.status(ctx.state, s, ctx.origin, ctx.user)),
    notification_groups: rendered
  }
}

/**
 * A page of groups: notifications are walked from the cursor until `limit` distinct groups are
 * found; each group counts its notifications up to the newest one of the page (so a group split
 * across pages is complete where it first appears).
 */
const groupedPage = (ctx: UserCtx): Reply => {
  const rows = matching(ctx)
  const limit = limitOf(ctx, 40, 80)
  const maxId = bigId(P.str(ctx.query, "max_id"))
  const minId = bigId(P.str(ctx.query, "min_id"))
  const sinceId = bigId(P.str(ctx.query, "since_id"))
  const inWindow = rows.filter((r) =>
    (maxId === undefined || BigInt(r.id) < maxId) &&
    (minId === undefined || BigInt(r.id) > minId) &&
    (sinceId === undefined || BigInt(r.id) > sinceId)
  )
  // From the cursor outwards: upwards from `min_id`, else downwards from the newest.
  const walk = minId !== undefined ? inWindow : [...inWindow].reverse()
  const keys: Array<string> = []
  const scanned: Array<NotificationRow> = []
  for (const row of walk) {
    const key = keyFor(ctx, row)
    if (!keys.includes(key)) {
      if (keys.length >= limit) break
      keys.push(key)
    }
    scanned.push(row)
  }
  if (scanned.length === 0) return json(renderGroups(ctx, [], true))
  const ids = scanned.map((r) => r.id)
  const begin = Math.min(...ids)
  const end = Math.max(...ids)
  const byKey = new Map<string, Array<NotificationRow>>()
  for (const row of rows) {
    if (row.id > end) continue
    const key = keyFor(ctx, row)
    if (!keys.includes(key)) continue
    let list = byKey.get(key)
    if (list === undefined) byKey.set(key, list = [])
    list.push(row)
  }
  const groups: Array<GroupData> = keys.map((key) => {
    const all = byKey.get(key) ?? []
    const inPage = all.filter((r) => r.id >= begin)
    return { key, rows: all, pageMin: Math.min(...inPage.map((r) => r.id)), pageMax: Math.max(...inPage.map((r) => r.id)) }
  }).sort((a, b) => (b.pageMax ?? 0) - (a.pageMax ?? 0))
  const headers = linkHeader(ctx, {
    newest: String(end),
    oldest: String(begin),
    hasOlder: rows.some((r) => r.id < begin),
    hasNewer: rows.some((r) => r.id > end)
  }, limit)
  return json(renderGroups(ctx, groups, true), 200, headers)
}

/** Every notification of the caller under `:group_key` (filters of the request applied). */
const groupRows = (ctx: UserCtx): Array<NotificationRow> => {
  const key = ctx.path["group_key"] ?? ""
  return matching(ctx, { includeFiltered: true }).filter((r) => keyFor(ctx, r) === key || r.group_key === key)
}

const v2: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v2/notifications", ["read:notifications"], groupedPage, { since: "4.3.0" }),
  userRoute("GET", "/api/v2/notifications/unread_count", ["read:notifications"], (ctx) => {
    const after = lastRead(ctx)
    const keys = new Set(matching(ctx).filter((r) => r.id > after).map((r) => keyFor(ctx, r)))
    return json({ count: Math.min(keys.size, unreadLimit(ctx)) })
  }, { since: "4.3.0" }),
  userRoute("GET", "/api/v2/notifications/:group_key", ["read:notifications"], (ctx) => {
    const rows = groupRows(ctx)
    if (rows.length === 0) return notFound()
    return json(renderGroups(ctx, [{ key: ctx.path["group_key"] ?? "", rows, pageMin: undefined, pageMax: undefined }], false))
  }, { since: "4.3.0" }),
  userRoute("GET", "/api/v2/notifications/:group_key/accounts", ["read:notifications"], (ctx) => {
    const rows = groupRows(ctx)
    if (rows.length === 0) return notFound()
    const seen = new Set<number>()
    const accounts: Array<Record<string, unknown>> = []
    for (const row of [...rows].sort((a, b) => b.id - a.id)) {
      const a = ctx.state.accounts[row.from]
      if (a === undefined || seen.has(row.from)) continue
      seen.add(row.from)
      accounts.push(Render.account(ctx.state, a, ctx.origin))
    }
    return json(accounts)
  }, { since: "4.3.0" }),
  userRoute("POST", "/api/v2/notifications/:group_key/dismiss", ["write:notifications"], (ctx) => {
    const rows = groupRows(ctx)
    if (rows.length === 0) return notFound()
    removeNotifications(ctx.state, ctx.user.idx, rows)
    return json({})
  }, { since: "4.3.0" })
]

// ---------------------------------------------------------------------------------------------
// Conversations

/** The newest status of a conversation the owner may still see. */
const lastStatusOf = (ctx: UserCtx, row: ConversationRow): StatusRow | undefined => {
  for (let i = row.statuses.length - 1; i >= 0; i--) {
    const s = row.statuses[i] as StatusRow
    if (alive(ctx.state, s) && canSee(ctx.state, s, ctx.user)) return s
  }
  return undefined
}

const renderConversation = (ctx: UserCtx, row: ConversationRow, last: StatusRow): Record<string, unknown> => {
  const others = row.others.map((idx) => ctx.state.accounts[idx]).filter((a): a is AccountRow => a !== undefined)
  // A direct post naming no one is a conversation with oneself: the server lists the owner.
  const participants = others.length === 0 ? [ctx.user] : others
  return {
    id: row.id,
    unread: row.unread,
    accounts: participants.map((a) => Render.account(ctx.state, a, ctx.origin)),
    last_status: StatusRender.status(ctx.state, last, ctx.origin, ctx.user)
  }
}

const ownConversation = (ctx: UserCtx): ConversationRow | undefined => {
  const row = notificationsOf(ctx.state).conversationById.get(ctx.path["id"] ?? "")
  return row !== undefined && row.owner === ctx.user.idx ? row : undefined
}

const conversationRoutes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/conversations", ["read:statuses"], (ctx) => {
    const mine: Array<{ readonly row: ConversationRow; readonly last: StatusRow }> = []
    for (const row of notificationsOf(ctx.state).conversationById.values()) {
      if (row.owner !== ctx.user.idx) continue
      const last = lastStatusOf(ctx, row)
      if (last !== undefined) mine.push({ row, last })
    }
    // Ordered and paged by the id of their latest status, as the server does.
    mine.sort((a, b) => (a.last.id < b.last.id ? -1 : a.last.id > b.last.id ? 1 : 0))
    const page = idPage(ctx, mine, (c) => c.last.id, 20, 40)
    return json(page.picked.map((c) => renderConversation(ctx, c.row, c.last)), 200, page.headers)
  }, { since: "2.6.0" }),
  userRoute("DELETE", "/api/v1/conversations/:id", ["write:conversations"], (ctx) => {
    const row = ownConversation(ctx)
    if (row === undefined) return notFound()
    removeConversation(ctx.state, row)
    return json({})
  }, { since: "2.6.0" }),
  userRoute("POST", "/api/v1/conversations/:id/read", ["write:conversations"], (ctx) => {
    const row = ownConversation(ctx)
    const last = row === undefined ? undefined : lastStatusOf(ctx, row)
    if (row === undefined || last === undefined) return notFound()
    row.unread = false
    return json(renderConversation(ctx, row, last))
  }, { since: "2.6.0" })
]

// ---------------------------------------------------------------------------------------------
// Markers

const timelines = ["home", "notifications"] as const

const renderMarkers = (ctx: UserCtx, which: ReadonlyArray<string>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const timeline of which) {
    const marker = notificationsOf(ctx.state).markers.get(`${ctx.user.idx}:${timeline}`)
    if (marker !== undefined) {
      out[timeline] = { last_read_id: marker.last_read_id, version: marker.version, updated_at: Render.iso(marker.updated_at) }
    }
  }
  return out
}

const markerRoutes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/markers", ["read:statuses"], (ctx) => {
    const wanted = P.list(ctx.query, "timeline").filter((t) => (timelines as ReadonlyArray<string>).includes(t))
    return json(renderMarkers(ctx, wanted))
  }, { since: "3.0.0" }),
  userRoute("POST", "/api/v1/markers", ["write:statuses"], (ctx) => {
    const store = notificationsOf(ctx.state)
    const pending = store.markerConflicts.get(ctx.user.idx) ?? 0
    if (pending > 0) {
      // Another app saved at the same moment: the optimistic lock lost.
      store.markerConflicts.set(ctx.user.idx, pending - 1)
      return error(409, "Conflict during update, please try again")
    }
    const saved: Array<string> = []
    for (const timeline of timelines) {
      const id = P.str(P.hash(ctx.body, timeline), "last_read_id")
      if (id === undefined) continue
      const key = `${ctx.user.idx}:${timeline}`
      const current = store.markers.get(key)
      saved.push(timeline)
      // Saving the same position changes nothing, so the version stays (no update, no lock bump).
      if (current !== undefined && current.last_read_id === id) continue
      store.markers.set(key, { last_read_id: id, version: (current?.version ?? -1) + 1, updated_at: ctx.now })
    }
    return json(renderMarkers(ctx, saved))
  }, { since: "3.0.0" })
]

/** The routes of this module. */
export const routes: ReadonlyArray<RouteDef> = [...v1, ...requestRoutes, ...v2, ...conversationRoutes, ...markerRoutes]
