/**
 * Request shapes and decoding of Notifications, NotificationRequests, GroupedNotifications,
 * Conversations and Markers against the mocked HttpClient: methods, paths, Rails-style queries and
 * bodies as the docs give them, example bodies decoded, documented errors mapped to their tags.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Conversations from "@mastodon-effect/http/Conversations"
import * as GroupedNotifications from "@mastodon-effect/http/GroupedNotifications"
import * as Markers from "@mastodon-effect/http/Markers"
import * as NotificationRequests from "@mastodon-effect/http/NotificationRequests"
import * as Notifications from "@mastodon-effect/http/Notifications"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import { account } from "./fixtures/accounts.js"
import { status } from "./fixtures/statusesDocs.js"
import { mockClient } from "./utils/mockHttp.js"

const nid = (id: string) => id as Id.NotificationId
const rid = (id: string) => id as Id.NotificationRequestId
const cid = (id: string) => id as Id.ConversationId
const aid = (id: string) => id as Id.AccountId
const sid = (id: string) => id as Id.StatusId
const query = (url: URL | undefined) => [...(url?.searchParams ?? [])]
const form = (text: string | undefined) => [...new URLSearchParams(text)]

const notification = (id: string, type: string, extra: Record<string, unknown> = {}) => ({
  id,
  type,
  created_at: "2019-11-23T07:49:02.064Z",
  account: account("971724", "zsc"),
  ...extra
})

const policy = {
  for_not_following: "accept",
  for_not_followers: "accept",
  for_new_accounts: "accept",
  for_private_mentions: "filter",
  for_limited_accounts: "filter",
  summary: { pending_requests_count: 0, pending_notifications_count: 0 }
}

describe("Notifications", () => {
  it.effect("list sends the filters Rails-style, pages by Link and decodes unknown types", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [notification("34975861", "mention", { status }), notification("34975535", "pleroma:emoji_reaction")],
        headers: {
          link: "<https://mastodon.example/api/v1/notifications?max_id=34975535>; rel=\"next\", <https://mastodon.example/api/v1/notifications?min_id=34975861>; rel=\"prev\""
        }
      }))
      const page = yield* Effect.provide(
        Notifications.list({ types: ["mention", "follow"], exclude_types: ["poll"], account_id: aid("14715"), include_filtered: true, limit: 2 }),
        layer
      )
      expect(page.items.map((n) => [n.id, n.type, n.status?.id])).toEqual([["34975861", "mention", "1"], ["34975535", "pleroma:emoji_reaction", undefined]])
      expect(Option.getOrThrow(page.next)).toBe("https://mastodon.example/api/v1/notifications?max_id=34975535")
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/notifications")
      expect(query(sent?.url)).toEqual(expect.arrayContaining([
        ["limit", "2"],
        ["types[]", "mention"],
        ["types[]", "follow"],
        ["exclude_types[]", "poll"],
        ["account_id", "14715"],
        ["include_filtered", "true"]
      ]))
      expect(query(sent?.url)).toHaveLength(6)
    }))

  it.effect("get, dismiss, clear and the legacy dismiss use the documented paths; 404 is NotFound", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname.endsWith("/999") ? { status: 404, json: { error: "Record not found" } }
        : request.method === "GET" ? { json: notification("34975861", "follow") }
        : { json: {} }
      )
      expect((yield* Effect.provide(Notifications.get(nid("34975861")), layer)).type).toBe("follow")
      expect((yield* Effect.flip(Effect.provide(Notifications.get(nid("999")), layer)))._tag).toBe("NotFound")
      yield* Effect.provide(Notifications.dismiss({ id: nid("34975861") }), layer)
      yield* Effect.provide(Notifications.clear(), layer)
      yield* Effect.provide(Notifications.dismissLegacy(nid("5")), layer)
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v1/notifications/34975861",
        "GET /api/v1/notifications/999",
        "POST /api/v1/notifications/34975861/dismiss",
        "POST /api/v1/notifications/clear",
        "POST /api/v1/notifications/dismiss"
      ])
      expect(form(sent[4]?.text)).toEqual([["id", "5"]])
    }))

  it.effect("unreadCount caps with limit (1..1000, checked before sending)", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: { count: 42 } }))
      expect(yield* Effect.provide(Notifications.unreadCount({ limit: 500, types: ["mention"] }), layer)).toEqual({ count: 42 })
      const refused = yield* Effect.flip(Effect.provide(Notifications.unreadCount({ limit: 1001 }), layer))
      expect(refused).toMatchObject({ _tag: "InvalidArgument", argument: "limit" })
      const sent = yield* requests
      expect(sent).toHaveLength(1)
      expect(sent[0]?.url.pathname).toBe("/api/v1/notifications/unread_count")
      expect(query(sent[0]?.url)).toEqual([["types[]", "mention"], ["limit", "500"]])
    }))

  it.effect("the policy: v2 GET and PATCH with for_* actions, v1 GET and PATCH with booleans", () =>
    Effect.gen(function*() {
      const v1 = { filter_not_following: false, filter_not_followers: false, filter_new_accounts: false, filter_private_mentions: true, summary: policy.summary }
      const { layer, requests } = yield* mockClient((request) => ({ json: request.url.pathname.startsWith("/api/v2") ? policy : v1 }))
      expect((yield* Effect.provide(Notifications.getPolicy(), layer)).for_private_mentions).toBe("filter")
      yield* Effect.provide(Notifications.updatePolicy({ for_not_following: "filter", for_new_accounts: "drop" }), layer)
      expect((yield* Effect.provide(Notifications.getPolicyV1(), layer)).filter_private_mentions).toBe(true)
      yield* Effect.provide(Notifications.updatePolicyV1({ filter_not_followers: true }), layer)
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v2/notifications/policy",
        "PATCH /api/v2/notifications/policy",
        "GET /api/v1/notifications/policy",
        "PATCH /api/v1/notifications/policy"
      ])
      expect(form(sent[1]?.text)).toEqual([["for_not_following", "filter"], ["for_new_accounts", "drop"]])
      expect(form(sent[3]?.text)).toEqual([["filter_not_followers", "true"]])
    }))
})

describe("NotificationRequests", () => {
  const request = { id: "112456967201894256", created_at: "2024-06-03T13:25:59.000Z", updated_at: "2024-06-03T13:25:59.000Z", account: account("1"), notifications_count: 2, last_status: status }

  it.effect("list pages by Link; get decodes a count sent as a number; the single and bulk actions", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.pathname === "/api/v1/notifications/requests" ? { json: [request] }
        : r.url.pathname.endsWith("/merged") ? { json: { merged: false } }
        : r.method === "GET" ? { json: request }
        : { json: {} }
      )
      const page = yield* Effect.provide(NotificationRequests.list({ limit: 10 }), layer)
      expect(page.items[0]).toMatchObject({ id: "112456967201894256", notifications_count: "2" })
      expect((yield* Effect.provide(NotificationRequests.get(rid("112456967201894256")), layer)).last_status?.id).toBe("1")
      yield* Effect.provide(NotificationRequests.accept(page.items[0]!), layer)
      yield* Effect.provide(NotificationRequests.dismiss(rid("7")), layer)
      yield* Effect.provide(NotificationRequests.acceptMany([rid("7"), page.items[0]!]), layer)
      yield* Effect.provide(NotificationRequests.dismissMany([rid("8")]), layer)
      expect(yield* Effect.provide(NotificationRequests.merged(), layer)).toEqual({ merged: false })
      expect((yield* Effect.flip(Effect.provide(NotificationRequests.acceptMany([]), layer)))._tag).toBe("InvalidArgument")
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v1/notifications/requests",
        "GET /api/v1/notifications/requests/112456967201894256",
        "POST /api/v1/notifications/requests/112456967201894256/accept",
        "POST /api/v1/notifications/requests/7/dismiss",
        "POST /api/v1/notifications/requests/accept",
        "POST /api/v1/notifications/requests/dismiss",
        "GET /api/v1/notifications/requests/merged"
      ])
      expect(form(sent[4]?.text)).toEqual([["id[]", "7"], ["id[]", "112456967201894256"]])
      expect(form(sent[5]?.text)).toEqual([["id[]", "8"]])
    }))
})

describe("GroupedNotifications", () => {
  // The shape of the docs' example: a number as most_recent_notification_id, a partial account.
  const results = {
    accounts: [account("16", "eve"), account("3547", "alice")],
    partial_accounts: [{ id: "42", acct: "bob@example.org", url: "https://example.org/@bob", avatar: "https://a/b.png", avatar_static: "https://a/b.png", locked: false, bot: false }],
    statuses: [status],
    notification_groups: [
      {
        group_key: "favourite-1-482",
        notifications_count: 3,
        type: "favourite",
        most_recent_notification_id: 196014,
        page_min_id: "196010",
        page_max_id: "196014",
        latest_page_notification_at: "2024-06-03T13:25:59.000Z",
        sample_account_ids: ["16", "42", "3547"],
        status_id: "1"
      },
      { group_key: "ungrouped-196009", notifications_count: 1, type: "some.future_type", most_recent_notification_id: "196009", sample_account_ids: ["99"] }
    ]
  }

  it.effect("list decodes to complete groups (accounts in sample order, the status joined) and sends the v2 parameters", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: results,
        headers: { link: "<https://mastodon.example/api/v2/notifications?max_id=196009>; rel=\"next\"" }
      }))
      const page = yield* Effect.provide(
        GroupedNotifications.list({ grouped_types: ["favourite", "follow"], expand_accounts: "partial_avatars", exclude_types: ["mention"], limit: 80 }),
        layer
      )
      const [favourites, future] = page.items
      expect(favourites!.group.most_recent_notification_id).toBe("196014")
      expect(favourites!.accounts.map((a) => a.acct)).toEqual(["eve", "bob@example.org", "alice"])
      expect(favourites!.status?.id).toBe("1")
      expect(future).toMatchObject({ group: { type: "some.future_type" }, accounts: [], status: undefined, missing_account_ids: ["99"] })
      expect(Option.isSome(page.next)).toBe(true)
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v2/notifications")
      expect(query(sent?.url)).toEqual(expect.arrayContaining([
        ["grouped_types[]", "favourite"],
        ["grouped_types[]", "follow"],
        ["expand_accounts", "partial_avatars"],
        ["exclude_types[]", "mention"],
        ["limit", "80"]
      ]))
      // The same join is available for results obtained elsewhere.
      expect(GroupedNotifications.resolve(results as never).map((g) => g.group.group_key)).toEqual(["favourite-1-482", "ungrouped-196009"])
    }))

  it.effect("get, accounts, dismiss and unreadCount; a key with odd characters is escaped; an empty group body is a DecodeError", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.pathname.endsWith("/accounts") ? { json: [account("16", "eve")] }
        : r.url.pathname.endsWith("/unread_count") ? { json: { count: 3 } }
        : r.url.pathname.endsWith("/empty") ? { json: { ...results, notification_groups: [] } }
        : r.method === "GET" ? { json: { ...results, notification_groups: [results.notification_groups[0]] } }
        : { json: {} }
      )
      const one = yield* Effect.provide(GroupedNotifications.get("favourite-1-482"), layer)
      expect(one.accounts).toHaveLength(3)
      expect((yield* Effect.provide(GroupedNotifications.accounts("favourite-1-482"), layer)).map((a) => a.username)).toEqual(["eve"])
      yield* Effect.provide(GroupedNotifications.dismiss("a b/c"), layer)
      expect(yield* Effect.provide(GroupedNotifications.unreadCount({ grouped_types: ["follow"] }), layer)).toEqual({ count: 3 })
      expect((yield* Effect.flip(Effect.provide(GroupedNotifications.get("empty"), layer)))._tag).toBe("DecodeError")
      const sent = yield* requests
      expect(sent.slice(0, 4).map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v2/notifications/favourite-1-482",
        "GET /api/v2/notifications/favourite-1-482/accounts",
        "POST /api/v2/notifications/a%20b%2Fc/dismiss",
        "GET /api/v2/notifications/unread_count"
      ])
      expect(query(sent[3]?.url)).toEqual([["grouped_types[]", "follow"]])
    }))
})

describe("Conversations", () => {
  const conversation = { id: "418450", unread: true, accounts: [account("1", "trwnh")], last_status: status }

  it.effect("list pages by Link (20 by default), remove DELETEs, read POSTs and decodes", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.method === "GET" ? { json: [conversation, { ...conversation, id: "2", last_status: null }] }
        : r.method === "DELETE" ? { json: {} }
        : { json: { ...conversation, unread: false } }
      )
      const page = yield* Effect.provide(Conversations.list({ max_id: sid("103186126728896492") }), layer)
      expect(page.items.map((c) => [c.id, c.unread, c.last_status?.id ?? null])).toEqual([["418450", true, "1"], ["2", true, null]])
      yield* Effect.provide(Conversations.remove(page.items[1]!), layer)
      expect((yield* Effect.provide(Conversations.read(cid("418450")), layer)).unread).toBe(false)
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
        "GET /api/v1/conversations?max_id=103186126728896492",
        "DELETE /api/v1/conversations/2",
        "POST /api/v1/conversations/418450/read"
      ])
      expect(Conversations.listEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 20, maxLimit: 40 })
    }))
})

describe("Markers", () => {
  const markers = {
    notifications: { last_read_id: "35098814", version: 361, updated_at: "2019-11-26T22:37:25.239Z" },
    home: { last_read_id: "103206604258487607", version: 468, updated_at: "2019-11-26T22:37:25.235Z" }
  }

  it.effect("get asks for timeline[]; save sends home[last_read_id] / notifications[last_read_id]; nothing to save is refused", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: markers }))
      const got = yield* Effect.provide(Markers.get(), layer)
      expect([got.home?.version, got.notifications?.last_read_id]).toEqual([468, "35098814"])
      yield* Effect.provide(Markers.get(["home"]), layer)
      yield* Effect.provide(Markers.save({ home: { id: sid("103206604258487607") }, notifications: nid("35098814") }), layer)
      expect((yield* Effect.flip(Effect.provide(Markers.save({}), layer)))._tag).toBe("InvalidArgument")
      const sent = yield* requests
      expect(sent).toHaveLength(3)
      expect(query(sent[0]?.url)).toEqual([["timeline[]", "home"], ["timeline[]", "notifications"]])
      expect(query(sent[1]?.url)).toEqual([["timeline[]", "home"]])
      expect(sent[2]?.method).toBe("POST")
      expect(form(sent[2]?.text)).toEqual([["home[last_read_id]", "103206604258487607"], ["notifications[last_read_id]", "35098814"]])
    }))

  it.effect("409 is Conflict; saveWithRetry retries it, and only it", () =>
    Effect.gen(function*() {
      const conflict = { status: 409, json: { error: "Conflict during update, please try again" } }
      const { layer, requests } = yield* mockClient((_, index) => index < 2 ? conflict : index === 2 ? { json: { home: markers.home } } : { status: 404, json: { error: "Record not found" } })
      const first = yield* Effect.flip(Effect.provide(Markers.save({ home: sid("1") }), layer))
      expect(first).toMatchObject({ _tag: "Conflict", status: 409, error: "Conflict during update, please try again" })
      expect(Markers.isConflict(first)).toBe(true)
      const saved = yield* Effect.provide(Markers.saveWithRetry({ home: sid("1") }, { schedule: Schedule.forever }), layer)
      expect(saved.home?.version).toBe(468)
      const other = yield* Effect.flip(Effect.provide(Markers.saveWithRetry({ home: sid("1") }, { schedule: Schedule.forever }), layer))
      expect(other._tag).toBe("NotFound")
      expect(yield* requests).toHaveLength(4)
    }))
})
