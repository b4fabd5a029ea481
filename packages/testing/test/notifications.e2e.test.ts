/**
 * Notifications (v1 and grouped), notification requests and the policy, conversations and markers,
 * through the client against the instance on both faces: each notification type appears after the
 * action that causes it, and each operation acts on the state behind it.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Conversations from "@mastodon-effect/http/Conversations"
import * as FollowRequests from "@mastodon-effect/http/FollowRequests"
import * as GroupedNotifications from "@mastodon-effect/http/GroupedNotifications"
import * as Markers from "@mastodon-effect/http/Markers"
import * as NotificationRequests from "@mastodon-effect/http/NotificationRequests"
import * as Notifications from "@mastodon-effect/http/Notifications"
import * as Polls from "@mastodon-effect/http/Polls"
import * as Statuses from "@mastodon-effect/http/Statuses"
import { Streams } from "@mastodon-effect/stream"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import { as, faces } from "./utils/faces.js"

const sid = (id: string) => id as Id.StatusId
const nid = (id: string) => id as Id.NotificationId

/** `type from account (about status)` for each notification of a page, newest first. */
const summary = (items: ReadonlyArray<{ readonly type: string; readonly account: { readonly username: string }; readonly status?: { readonly id: string } | null | undefined }>) =>
  items.map((n) => `${n.type} ${n.account.username}${n.status ? ` ${n.status.id}` : ""}`)

describe.each(faces)("notifications, $name face", ({ layer }) => {
  it.effect("each notification appears after the action that causes it", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const locked = yield* Seed.createAccount({ username: "locked", locked: true })
      const asAlice = as(alice.token)
      const asBob = as(bob.token)
      const aliceSees = Effect.map(Notifications.list().pipe(asAlice), (page) => summary(page.items))
      expect(yield* aliceSees).toEqual([])

      // follow
      yield* Accounts.follow(alice).pipe(asBob)
      expect(yield* aliceSees).toEqual(["follow bob"])
      // follow_request, to the locked account only
      yield* Accounts.follow(locked).pipe(asBob)
      expect(summary((yield* Notifications.list().pipe(as(locked.token))).items)).toEqual(["follow_request bob"])
      // mention
      const mention = yield* Statuses.post({ status: "hello @alice" }).pipe(asBob)
      expect((yield* aliceSees)[0]).toBe(`mention bob ${mention.id}`)
      // favourite and reblog of alice's post
      const post = yield* Statuses.post({ status: "my post" }).pipe(asAlice)
      yield* Statuses.favourite(post).pipe(asBob)
      expect((yield* aliceSees)[0]).toBe(`favourite bob ${post.id}`)
      yield* Statuses.reblog(post).pipe(asBob)
      // The boost's notification is about the boosted post.
      expect((yield* aliceSees)[0]).toBe(`reblog bob ${post.id}`)
      // status: alice asks to hear of each of bob's posts
      yield* Accounts.follow(bob, { notify: true }).pipe(asAlice)
      const news = yield* Statuses.post({ status: "news" }).pipe(asBob)
      expect((yield* aliceSees)[0]).toBe(`status bob ${news.id}`)
      // update: alice boosts bob's post, bob edits it
      yield* Statuses.reblog(news).pipe(asAlice)
      expect((yield* aliceSees)[0]).toBe(`status bob ${news.id}`)
      yield* Statuses.edit(news, { status: "news, corrected" }).pipe(asBob)
      const [update] = (yield* Notifications.list({ limit: 1 }).pipe(asAlice)).items
      expect(update).toMatchObject({ type: "update", account: { username: "bob" }, status: { id: news.id } })
      // poll: alice votes, the poll ends, voter and author hear of it
      const question = yield* Statuses.post({ status: "tea?", poll: { options: ["yes", "no"], expires_in: 300 } }).pipe(asBob)
      yield* Polls.vote(question.poll!, [0]).pipe(asAlice)
      expect((yield* aliceSees)[0]).not.toMatch(/^poll/)
      yield* TestClock.adjust("5 minutes")
      expect((yield* aliceSees)[0]).toBe(`poll bob ${question.id}`)
      expect(summary((yield* Notifications.list({ types: ["poll"] }).pipe(asBob)).items)).toEqual([`poll bob ${question.id}`])
      // Bob hears of alice's follow and boost; nothing of his own actions.
      expect(summary((yield* Notifications.list().pipe(asBob)).items).filter((s) => !s.startsWith("poll"))).toEqual([`reblog alice ${news.id}`, "follow alice"])
    }).pipe(Effect.provide(layer())))

  it.effect("undoing the action takes its notification away: unfavourite, unboost, unfollow, an answered request", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const locked = yield* Seed.createAccount({ username: "locked", locked: true })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const asAlice = as(alice.token)
      const asBob = as(bob.token)
      const types = (token: string) => Effect.map(Notifications.list().pipe(as(token)), (page) => page.items.map((n) => n.type))
      const post = yield* Statuses.post({ status: "undo me" }).pipe(asAlice)
      yield* Statuses.favourite(post).pipe(asBob)
      yield* Statuses.reblog(post).pipe(asBob)
      yield* Accounts.follow(alice).pipe(asBob)
      expect(yield* types(alice.token)).toEqual(["follow", "reblog", "favourite"])
      yield* Statuses.unfavourite(post).pipe(asBob)
      yield* Statuses.unreblog(post).pipe(asBob)
      yield* Accounts.unfollow(alice).pipe(asBob)
      expect(yield* types(alice.token)).toEqual([])
      // A favourite given again is a new notification.
      yield* Statuses.favourite(post).pipe(asBob)
      expect(yield* types(alice.token)).toEqual(["favourite"])

      yield* Accounts.follow(locked).pipe(asBob)
      expect(yield* types(locked.token)).toEqual(["follow_request"])
      yield* FollowRequests.authorize(bob).pipe(as(locked.token))
      // Answered: the request's notification goes, and an accepted request is no new follower to announce.
      expect(yield* types(locked.token)).toEqual([])
    }).pipe(Effect.provide(layer())))

  it.effect("list filters by types, exclude_types and account; get, dismiss, clear and the unread count follow the marker", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const carol = yield* Seed.createAccount({ username: "carol" })
      const asAlice = as(alice.token)
      yield* Seed.follow(bob, alice)
      yield* Seed.follow(carol, alice)
      const post = yield* Seed.createStatus(alice, { text: "post" })
      yield* Seed.favourite(bob, post.id)
      yield* Seed.createStatus(carol, { text: "hi @alice" })

      const all = (yield* Notifications.list().pipe(asAlice)).items
      expect(summary(all).map((s) => s.split(" ").slice(0, 2).join(" "))).toEqual(["mention carol", "favourite bob", "follow carol", "follow bob"])
      expect(summary((yield* Notifications.list({ types: ["follow"] }).pipe(asAlice)).items)).toEqual(["follow carol", "follow bob"])
      expect((yield* Notifications.list({ exclude_types: ["follow", "mention"] }).pipe(asAlice)).items.map((n) => n.type)).toEqual(["favourite"])
      expect((yield* Notifications.list({ account_id: carol }).pipe(asAlice)).items.map((n) => n.type)).toEqual(["mention", "follow"])
      // Pages of two, walked with the Link cursors.
      const walked = yield* Stream.runCollect(Streams.notifications({ limit: 2 }).pipe(Stream.map((n) => n.id))).pipe(asAlice)
      expect(Chunk.toReadonlyArray(walked)).toEqual(all.map((n) => n.id))

      const [newest, second] = all
      expect((yield* Notifications.get(newest!).pipe(asAlice)).type).toBe("mention")
      expect((yield* Effect.flip(Notifications.get(newest!).pipe(as(bob.token))))._tag).toBe("NotFound")
      expect(newest!.group_key).toBe(`ungrouped-${newest!.id}`)

      expect(yield* Notifications.unreadCount().pipe(asAlice)).toEqual({ count: 4 })
      yield* Markers.save({ notifications: second! }).pipe(asAlice)
      expect(yield* Notifications.unreadCount().pipe(asAlice)).toEqual({ count: 1 })
      expect(yield* Notifications.unreadCount({ types: ["follow"] }).pipe(asAlice)).toEqual({ count: 0 })
      yield* Markers.save({ notifications: "0" as Id.NotificationId }).pipe(asAlice)
      expect(yield* Notifications.unreadCount({ limit: 2 }).pipe(asAlice)).toEqual({ count: 2 })

      yield* Notifications.dismiss(newest!).pipe(asAlice)
      expect((yield* Effect.flip(Notifications.get(newest!).pipe(asAlice)))._tag).toBe("NotFound")
      expect((yield* Notifications.list().pipe(asAlice)).items).toHaveLength(3)
      yield* Notifications.clear().pipe(asAlice)
      expect((yield* Notifications.list().pipe(asAlice)).items).toEqual([])
    }).pipe(Effect.provide(layer())))

  it.effect("the dismiss of servers before 3.0 (id in the body) works there, and is gone after", () =>
    Effect.gen(function*() {
      const dismissOn = (version: string) =>
        Effect.gen(function*() {
          const alice = yield* Seed.createAccount({ username: "alice" })
          const bob = yield* Seed.createAccount({ username: "bob" })
          yield* Seed.follow(bob, alice)
          const [follow] = (yield* Notifications.list().pipe(as(alice.token))).items
          const result = yield* Effect.either(Notifications.dismissLegacy(follow!).pipe(as(alice.token)))
          const left = (yield* Notifications.list().pipe(as(alice.token))).items.length
          return [result._tag === "Left" ? result.left._tag : "ok", left]
        }).pipe(Effect.provide(layer({ version })))
      expect(yield* dismissOn("2.9.0")).toEqual(["ok", 0])
      expect(yield* dismissOn("4.6.0")).toEqual(["NotFound", 1])
    }))

  it.effect("the policy filters strangers into requests: accept lets them through, dismiss drops them, drop never notifies", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      const s1 = yield* Seed.createAccount({ username: "stranger1" })
      const s2 = yield* Seed.createAccount({ username: "stranger2" })
      const s3 = yield* Seed.createAccount({ username: "stranger3" })
      const asAlice = as(alice.token)
      yield* Seed.follow(alice, friend)

      const initial = yield* Notifications.getPolicy().pipe(asAlice)
      expect(initial).toMatchObject({ for_not_following: "accept", for_private_mentions: "filter", summary: { pending_requests_count: 0 } })
      const updated = yield* Notifications.updatePolicy({ for_not_following: "filter" }).pipe(asAlice)
      expect(updated).toMatchObject({ for_not_following: "filter", for_not_followers: "accept" })
      expect(yield* Notifications.getPolicyV1().pipe(asAlice)).toMatchObject({ filter_not_following: true, filter_not_followers: false })

      yield* Seed.createStatus(friend, { text: "@alice hi from a friend" })
      const m1 = yield* Seed.createStatus(s1, { text: "@alice buy my stuff" })
      yield* Seed.createStatus(s1, { text: "@alice really" })
      yield* Seed.createStatus(s2, { text: "@alice hello?" })
      yield* Seed.createStatus(s3, { text: "@alice psst" })
      expect(summary((yield* Notifications.list().pipe(asAlice)).items).map((s) => s.split(" ")[1])).toEqual(["friend"])
      expect((yield* Notifications.list({ include_filtered: true }).pipe(asAlice)).items).toHaveLength(5)

      const requests = (yield* NotificationRequests.list().pipe(asAlice)).items
      const streamed = yield* Stream.runCollect(Streams.notificationRequests({ limit: 1 })).pipe(asAlice)
      expect(Chunk.toReadonlyArray(streamed).map((r) => r.id)).toEqual(requests.map((r) => r.id))
      expect(requests.map((r) => [r.account.username, r.notifications_count])).toEqual([["stranger3", "1"], ["stranger2", "1"], ["stranger1", "2"]])
      expect((yield* Notifications.getPolicy().pipe(asAlice)).summary).toEqual({ pending_requests_count: 3, pending_notifications_count: 4 })
      const r1 = requests[2]!
      expect((yield* NotificationRequests.get(r1).pipe(asAlice)).last_status?.id).not.toBe(m1.id)

      yield* NotificationRequests.accept(r1).pipe(asAlice)
      expect(yield* NotificationRequests.merged().pipe(asAlice)).toEqual({ merged: true })
      expect((yield* Effect.flip(NotificationRequests.get(r1).pipe(asAlice)))._tag).toBe("NotFound")
      expect(summary((yield* Notifications.list().pipe(asAlice)).items).map((s) => s.split(" ")[1])).toEqual(["stranger1", "stranger1", "friend"])
      // Accepted once, let through from then on.
      yield* Seed.createStatus(s1, { text: "@alice thanks" })
      expect((yield* Notifications.list({ account_id: s1 }).pipe(asAlice)).items).toHaveLength(3)

      yield* NotificationRequests.dismiss(requests[1]!).pipe(asAlice)
      expect((yield* Notifications.list({ include_filtered: true, account_id: s2 }).pipe(asAlice)).items).toEqual([])
      yield* NotificationRequests.acceptMany([requests[0]!]).pipe(asAlice)
      expect((yield* Notifications.list({ account_id: s3 }).pipe(asAlice)).items).toHaveLength(1)
      expect((yield* NotificationRequests.list().pipe(asAlice)).items).toEqual([])
      const s5 = yield* Seed.createAccount({ username: "stranger5" })
      yield* Seed.createStatus(s5, { text: "@alice me too" })
      const [fifth] = (yield* NotificationRequests.list().pipe(asAlice)).items
      expect(fifth?.account.username).toBe("stranger5")
      yield* NotificationRequests.dismissMany([fifth!]).pipe(asAlice)
      expect((yield* NotificationRequests.list().pipe(asAlice)).items).toEqual([])
      expect((yield* Notifications.list({ include_filtered: true, account_id: s5 }).pipe(asAlice)).items).toEqual([])
      // The bulk forms refuse an empty list before sending.
      expect((yield* Effect.flip(NotificationRequests.dismissMany([]).pipe(asAlice)))._tag).toBe("InvalidArgument")

      // drop: no notification at all; the boolean form maps to filter/accept.
      yield* Notifications.updatePolicy({ for_not_following: "drop" }).pipe(asAlice)
      const s4 = yield* Seed.createAccount({ username: "stranger4" })
      yield* Seed.createStatus(s4, { text: "@alice anyone?" })
      expect((yield* Notifications.list({ include_filtered: true, account_id: s4 }).pipe(asAlice)).items).toEqual([])
      expect((yield* Effect.flip(Notifications.updatePolicy({ for_new_accounts: "ignore" }).pipe(asAlice)))._tag).toBe("UnprocessableEntity")
      const v1 = yield* Notifications.updatePolicyV1({ filter_not_following: false, filter_private_mentions: false }).pipe(asAlice)
      expect(v1).toMatchObject({ filter_not_following: false, filter_private_mentions: false })
      expect(yield* Notifications.getPolicy().pipe(asAlice)).toMatchObject({ for_not_following: "accept", for_private_mentions: "accept" })
      const dm = yield* Seed.createAccount({ username: "dm" })
      yield* Seed.createStatus(dm, { text: "@alice secret", visibility: "direct" })
      expect((yield* Notifications.list({ account_id: dm }).pipe(asAlice)).items.map((n) => n.type)).toEqual(["mention"])
    }).pipe(Effect.provide(layer())))

  it.effect("grouped: favourites of a status and follows fold into groups; one group, its accounts, dismiss, unread count, pages", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const fans = yield* Effect.forEach(["f1", "f2", "f3"], (username) => Seed.createAccount({ username }))
      const asAlice = as(alice.token)
      const post = yield* Seed.createStatus(alice, { text: "popular" })
      for (const fan of fans) yield* Seed.favourite(fan, post.id)
      yield* Seed.follow(fans[0]!, alice)
      yield* Seed.follow(fans[1]!, alice)
      yield* Seed.createStatus(fans[2]!, { text: "@alice look" })

      const page = yield* GroupedNotifications.list().pipe(asAlice)
      expect(page.items.map(({ group, accounts, status }) => [group.type, group.notifications_count, accounts.map((a) => a.acct), status?.id])).toEqual([
        ["mention", 1, ["f3"], expect.any(String)],
        ["follow", 2, ["f2", "f1"], undefined],
        ["favourite", 3, ["f3", "f2", "f1"], post.id]
      ])
      const favourites = page.items[2]!.group
      expect(favourites.group_key).toMatch(new RegExp(`^favourite-${post.id}-\\d+$`))
      expect(page.items[0]!.group.group_key).toMatch(/^ungrouped-\d+$/)
      // The same notifications in v1 carry the group's key.
      expect((yield* Notifications.list({ types: ["favourite"] }).pipe(asAlice)).items.map((n) => n.group_key)).toEqual([favourites.group_key, favourites.group_key, favourites.group_key])

      const ungrouped = yield* GroupedNotifications.list({ grouped_types: ["follow"] }).pipe(asAlice)
      expect(ungrouped.items.map((g) => g.group.type)).toEqual(["mention", "follow", "favourite", "favourite", "favourite"])
      const partial = yield* GroupedNotifications.list({ types: ["favourite"], expand_accounts: "partial_avatars" }).pipe(asAlice)
      const [complete] = partial.items
      expect(complete!.accounts.map((a) => a.acct)).toEqual(["f3", "f2", "f1"])
      expect(complete!.accounts.map((a) => "username" in a)).toEqual([true, false, false])

      const one = yield* GroupedNotifications.get(favourites.group_key).pipe(asAlice)
      expect(one.group.notifications_count).toBe(3)
      expect(one.status?.id).toBe(post.id)
      expect((yield* GroupedNotifications.accounts(favourites.group_key).pipe(asAlice)).map((a) => a.username)).toEqual(["f3", "f2", "f1"])
      expect(yield* GroupedNotifications.unreadCount().pipe(asAlice)).toEqual({ count: 3 })

      // Pages of one group each; the stream yields each group once, complete.
      const small = yield* GroupedNotifications.list({ limit: 1 }).pipe(asAlice)
      expect(small.items).toHaveLength(1)
      expect(Option.isSome(small.next)).toBe(true)
      const streamed = yield* Stream.runCollect(Streams.groupedNotifications({ limit: 1 })).pipe(asAlice)
      expect(Chunk.toReadonlyArray(streamed).map((g) => [g.group.type, g.group.notifications_count])).toEqual([["mention", 1], ["follow", 2], ["favourite", 3]])

      yield* GroupedNotifications.dismiss(favourites.group_key).pipe(asAlice)
      expect((yield* Effect.flip(GroupedNotifications.get(favourites.group_key).pipe(asAlice)))._tag).toBe("NotFound")
      expect((yield* GroupedNotifications.list().pipe(asAlice)).items.map((g) => g.group.type)).toEqual(["mention", "follow"])
    }).pipe(Effect.provide(layer())))

  it.effect("a favourite long after the group began starts a new group", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const early = yield* Seed.createAccount({ username: "early" })
      const late = yield* Seed.createAccount({ username: "late" })
      const post = yield* Seed.createStatus(alice, { text: "evergreen" })
      yield* Seed.favourite(early, post.id)
      yield* TestClock.adjust("13 hours")
      yield* Seed.favourite(late, post.id)
      const groups = (yield* GroupedNotifications.list().pipe(as(alice.token))).items
      expect(groups.map((g) => [g.group.notifications_count, g.accounts.map((a) => a.acct)])).toEqual([[1, ["late"]], [1, ["early"]]])
    }).pipe(Effect.provide(layer())))

  it.effect("conversations come from direct posts: unread for the others, read, removed, back with the next post", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const asAlice = as(alice.token)
      const first = yield* Statuses.post({ status: "@alice just between us", visibility: "direct" }).pipe(as(bob.token))
      yield* Statuses.post({ status: "public, not a conversation @alice" }).pipe(as(bob.token))

      const [conversation] = (yield* Conversations.list().pipe(asAlice)).items
      expect(conversation).toMatchObject({ unread: true, last_status: { id: first.id }, accounts: [{ username: "bob" }] })
      const bobs = (yield* Conversations.list().pipe(as(bob.token))).items
      expect(bobs.map((c) => [c.unread, c.accounts.map((a) => a.username)])).toEqual([[false, ["alice"]]])

      const read = yield* Conversations.read(conversation!).pipe(asAlice)
      expect(read.unread).toBe(false)
      const reply = yield* Statuses.post({ status: "@bob sure", visibility: "direct", in_reply_to_id: first }).pipe(asAlice)
      expect((yield* Conversations.list().pipe(as(bob.token))).items.map((c) => [c.unread, c.last_status?.id])).toEqual([[true, reply.id]])

      const other = yield* Statuses.post({ status: "@alice another thread", visibility: "direct" }).pipe(as(bob.token))
      const walked = yield* Stream.runCollect(Streams.conversations({ limit: 1 })).pipe(asAlice)
      expect(Chunk.toReadonlyArray(walked).map((c) => c.last_status?.id)).toEqual([other.id, reply.id])
      yield* Conversations.remove((yield* Conversations.list({ limit: 1 }).pipe(asAlice)).items[0]!).pipe(asAlice)
      yield* Conversations.remove(conversation!).pipe(asAlice)
      expect((yield* Conversations.list().pipe(asAlice)).items).toEqual([])
      expect((yield* Effect.flip(Conversations.read(conversation!).pipe(asAlice)))._tag).toBe("NotFound")
      yield* Statuses.post({ status: "@alice still there?", visibility: "direct", in_reply_to_id: reply }).pipe(as(bob.token))
      expect((yield* Conversations.list().pipe(asAlice)).items.map((c) => c.unread)).toEqual([true])
    }).pipe(Effect.provide(layer())))

  it.effect("markers: saved with a version that grows, read back by timeline, 409 Conflict retried", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const asAlice = as(alice.token)
      expect(yield* Markers.get().pipe(asAlice)).toEqual({})
      const saved = yield* Markers.save({ home: sid("103194548672408537"), notifications: nid("35098814") }).pipe(asAlice)
      expect(saved.home).toMatchObject({ last_read_id: "103194548672408537", version: 0 })
      expect(saved.notifications?.version).toBe(0)
      const again = yield* Markers.save({ notifications: nid("35098815") }).pipe(asAlice)
      expect(Object.keys(again)).toEqual(["notifications"])
      expect(again.notifications).toMatchObject({ last_read_id: "35098815", version: 1 })
      // The same position again changes nothing.
      expect((yield* Markers.save({ notifications: nid("35098815") }).pipe(asAlice)).notifications?.version).toBe(1)
      const both = yield* Markers.get().pipe(asAlice)
      expect([both.home?.version, both.notifications?.last_read_id]).toEqual([0, "35098815"])
      expect(Object.keys(yield* Markers.get(["home"]).pipe(asAlice))).toEqual(["home"])

      yield* Seed.markerConflicts(alice, 1)
      const conflict = yield* Effect.flip(Markers.save({ home: sid("103194548672408538") }).pipe(asAlice))
      expect(conflict).toMatchObject({ _tag: "Conflict", status: 409, error: "Conflict during update, please try again" })
      yield* Seed.markerConflicts(alice, 2)
      const retried = yield* Markers.saveWithRetry({ home: sid("103194548672408538") }, { schedule: Schedule.forever }).pipe(asAlice)
      expect(retried.home).toMatchObject({ last_read_id: "103194548672408538", version: 1 })
      yield* Seed.markerConflicts(alice, 5)
      const gaveUp = yield* Effect.flip(Markers.saveWithRetry({ home: sid("1") }, { schedule: Schedule.forever, times: 2 }).pipe(asAlice))
      expect(gaveUp._tag).toBe("Conflict")
      expect((yield* Effect.flip(Markers.save({}).pipe(asAlice)))._tag).toBe("InvalidArgument")
    }).pipe(Effect.provide(layer())))
})
