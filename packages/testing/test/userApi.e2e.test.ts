/**
 * Filters, domain blocks, reports, preferences, announcements, custom emoji, Web Push, oEmbed,
 * health, NodeInfo, async refreshes, annual reports and collections, end to end on both faces.
 */
import { describe, expect, it } from "@effect/vitest"
import * as AsyncRefresh from "@mastodon-effect/core/AsyncRefresh"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Announcements from "@mastodon-effect/http/Announcements"
import * as AnnualReports from "@mastodon-effect/http/AnnualReports"
import * as AsyncRefreshes from "@mastodon-effect/http/AsyncRefreshes"
import * as Collections from "@mastodon-effect/http/Collections"
import * as CustomEmojis from "@mastodon-effect/http/CustomEmojis"
import * as DomainBlocks from "@mastodon-effect/http/DomainBlocks"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Filters from "@mastodon-effect/http/Filters"
import * as Health from "@mastodon-effect/http/Health"
import * as Instance from "@mastodon-effect/http/Instance"
import * as NodeInfo from "@mastodon-effect/http/NodeInfo"
import * as Notifications from "@mastodon-effect/http/Notifications"
import * as OEmbed from "@mastodon-effect/http/OEmbed"
import * as Preferences from "@mastodon-effect/http/Preferences"
import * as Push from "@mastodon-effect/http/Push"
import * as Reports from "@mastodon-effect/http/Reports"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Timelines from "@mastodon-effect/http/Timelines"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { allReports } from "../src/internal/reports.js"
import { advancingClock, as, faces } from "./utils/faces.js"

/** A local push endpoint: every POST it receives, with its body and headers. */
const pushInbox = Effect.acquireRelease(
  Effect.async<{ readonly url: string; readonly received: Array<{ readonly body: Uint8Array; readonly headers: Record<string, unknown> }>; readonly close: () => void }>((resume) => {
    const received: Array<{ body: Uint8Array; headers: Record<string, unknown> }> = []
    const server = createServer((req, res) => {
      const chunks: Array<Buffer> = []
      req.on("data", (c: Buffer) => chunks.push(c))
      req.on("end", () => {
        received.push({ body: new Uint8Array(Buffer.concat(chunks)), headers: { ...req.headers } })
        res.statusCode = 201
        res.end()
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resume(Effect.succeed({ url: `http://127.0.0.1:${port}/push/inbox`, received, close: () => server.close() }))
    })
  }),
  (inbox) => Effect.sync(inbox.close)
)

describe.each(faces)("User API groups, $name face", ({ layer }) => {
  it.effect("filters: v2 CRUD with keywords and statuses, the v1 view, and what they do to rendered statuses", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      yield* Seed.follow(alice, bob)
      const spoiler = yield* Seed.createStatus(bob, { text: "The finale was wild" })
      const plain = yield* Seed.createStatus(bob, { text: "Good morning" })
      const noisy = yield* Seed.createStatus(bob, { text: "Buy my crypto" })
      const run = as(alice.token)

      const warn = yield* Filters.create({
        title: "Spoilers",
        context: ["home", "public", "account"],
        filter_action: "warn",
        keywords_attributes: [{ keyword: "finale", whole_word: true }]
      }).pipe(run)
      expect(warn).toMatchObject({ title: "Spoilers", filter_action: "warn", expires_at: null })
      expect(warn.keywords?.map((k) => k.keyword)).toEqual(["finale"])
      const hide = yield* Filters.create({ title: "Crypto", context: ["home", "account"], filter_action: "hide", expires_in: "1 day" }).pipe(run)
      expect(Option.isSome(Option.fromNullable(hide.expires_at))).toBe(true)
      const kw = yield* Filters.addKeyword(hide, { keyword: "crypto", whole_word: false }).pipe(run)
      const entry = yield* Filters.addStatus(warn, plain.id).pipe(run)
      expect(entry.status_id).toBe(plain.id)
      expect(yield* Filters.status(entry).pipe(run)).toEqual(entry)
      expect((yield* Filters.statuses(warn).pipe(run)).map((s) => s.id)).toEqual([entry.id])
      expect((yield* Filters.keyword(kw).pipe(run)).keyword).toBe("crypto")
      expect((yield* Filters.keywords(hide).pipe(run)).map((k) => k.id)).toEqual([kw.id])
      expect((yield* Filters.get(warn).pipe(run)).statuses?.map((s) => s.status_id)).toEqual([plain.id])
      expect((yield* Filters.list().pipe(run)).map((f) => f.title)).toEqual(["Spoilers", "Crypto"])

      // Account statuses carry the results; a hide match stays (clients hide it there)...
      const page = yield* Accounts.statuses(bob).pipe(run)
      const byId = new Map(page.items.map((s) => [s.id, s]))
      expect(Filters.actionFor(byId.get(spoiler.id)!, "account")).toMatchObject({ _tag: "Warned", filters: [{ keyword_matches: ["finale"] }] })
      expect(Filters.actionFor(byId.get(plain.id)!, "account")).toMatchObject({ _tag: "Warned", filters: [{ status_matches: [plain.id] }] })
      expect(Filters.actionFor(byId.get(noisy.id)!, "account")._tag).toBe("Hidden")
      expect(Filters.actionFor(byId.get(noisy.id)!, "thread")._tag).toBe("Shown")
      expect(Filters.visibleIn(page.items, "account").map((s) => s.id)).toEqual([plain.id, spoiler.id])
      // ...while the home timeline leaves it out, as the feed manager does.
      const home = yield* Timelines.home().pipe(run)
      expect(home.items.map((s) => s.id)).toEqual([plain.id, spoiler.id])
      // Others see no results; the author sees none of alice's filters either.
      const anonymous = yield* Statuses.get(spoiler.id).pipe(as(undefined))
      expect(anonymous.filtered ?? []).toEqual([])

      // Renaming the keyword through update's keywords_attributes; removing it stops the match.
      const updated = yield* Filters.update(warn, { keywords_attributes: [{ id: warn.keywords![0]!.id, keyword: "season finale" }] }).pipe(run)
      expect(updated.keywords?.map((k) => k.keyword)).toEqual(["season finale"])
      yield* Filters.updateKeyword(kw, { keyword: "nft" }).pipe(run)
      expect((yield* Timelines.home().pipe(run)).items.map((s) => s.id)).toContain(noisy.id)
      yield* Filters.removeKeyword(kw).pipe(run)
      yield* Filters.removeStatus(entry).pipe(run)
      expect(yield* Effect.flip(Filters.status(entry).pipe(run))).toMatchObject({ _tag: "NotFound" })

      // v1 view: one filter per keyword; a v1 filter is a v2 filter titled with its phrase.
      const v1 = yield* Filters.createV1({ phrase: "politics", context: ["home"], irreversible: true }).pipe(run)
      expect(v1).toMatchObject({ phrase: "politics", irreversible: true, whole_word: true })
      expect((yield* Filters.listV1().pipe(run)).map((f) => f.phrase)).toEqual(["season finale", "politics"])
      expect((yield* Filters.updateV1(v1.id, { phrase: "elections", context: ["home", "public"] }).pipe(run)).context).toEqual(["home", "public"])
      expect((yield* Filters.getV1(v1.id).pipe(run)).phrase).toBe("elections")
      yield* Filters.removeV1(v1.id).pipe(run)
      expect(yield* Effect.flip(Filters.getV1(v1.id).pipe(run))).toMatchObject({ _tag: "NotFound" })

      // Someone else's filter does not exist for bob; a bad context is a 422.
      expect(yield* Effect.flip(Filters.get(warn).pipe(as(bob.token)))).toMatchObject({ _tag: "NotFound" })
      const bad = yield* Effect.flip(Filters.create({ title: "x", context: ["everywhere"] }).pipe(run))
      expect(bad).toMatchObject({ _tag: "UnprocessableEntity" })
      // Deleting a v1 filter deletes its keyword only: the v2 filter stays, empty.
      expect((yield* Filters.list().pipe(run)).map((f) => [f.title, f.keywords?.length])).toEqual([["Spoilers", 1], ["Crypto", 0], ["politics", 0]])
      yield* Filters.remove(hide).pipe(run)
      yield* Filters.remove(warn).pipe(run)
      expect((yield* Filters.list().pipe(run)).map((f) => f.title)).toEqual(["politics"])
    }).pipe(Effect.provide(layer())))

  it.effect("a hide filter of the notifications context drops the mentions it matches", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      yield* Seed.follow(alice, bob)
      yield* Filters.create({ title: "No spoilers", context: ["notifications"], filter_action: "hide", keywords_attributes: [{ keyword: "spoiler" }] }).pipe(as(alice.token))
      yield* Statuses.post({ status: "@alice spoiler: it was the butler" }).pipe(as(bob.token))
      const kept = yield* Statuses.post({ status: "@alice lunch?" }).pipe(as(bob.token))
      const mentions = yield* Notifications.list({ types: ["mention"] }).pipe(as(alice.token))
      expect(mentions.items.map((n) => n.status?.id)).toEqual([kept.id])
    }).pipe(Effect.provide(layer())))

  it.effect("domain blocks: paginated list, hiding the domain's posts, relationships, unblock", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const remote = yield* Seed.createAccount({ username: "troll", domain: "bad.example" })
      const post = yield* Seed.createStatus(me, { text: "hello" })
      const reply = yield* Seed.createStatus(remote, { text: "@me nope", reply: post.id })
      const run = as(me.token)
      for (const d of ["a.example", "b.example", "BAD.example"]) yield* DomainBlocks.block(d).pipe(run)
      const first = yield* DomainBlocks.list({ limit: 2 }).pipe(run)
      expect(first.items).toEqual(["bad.example", "b.example"])
      const rest = yield* Endpoint.fetchPage(DomainBlocks.listEndpoint, Option.getOrThrow(first.next)).pipe(run)
      expect(rest.items).toEqual(["a.example"])
      expect(Option.getOrThrow(first.prev)).toMatch(/[?&]since_id=\d+/)
      expect(Chunk.toReadonlyArray(yield* Stream.runCollect(Streams.domainBlocks({ limit: 1 })).pipe(run))).toEqual(["bad.example", "b.example", "a.example"])
      expect((yield* Accounts.relationships([remote.id]).pipe(run))[0]?.domain_blocking).toBe(true)
      const context = yield* Statuses.context(post.id).pipe(run)
      expect(context.descendants.map((s) => s.id)).not.toContain(reply.id)
      // The domain's accounts no longer notify.
      yield* Statuses.favourite(post.id).pipe(as(remote.token))
      expect((yield* Notifications.list({ types: ["favourite"] }).pipe(run)).items).toEqual([])
      yield* DomainBlocks.unblock("bad.example").pipe(run)
      expect((yield* Accounts.relationships([remote.id]).pipe(run))[0]?.domain_blocking).toBe(false)
      expect((yield* Statuses.context(post.id).pipe(run)).descendants.map((s) => s.id)).toContain(reply.id)
      expect(yield* Effect.flip(DomainBlocks.block(" ").pipe(run))).toMatchObject({ _tag: "InvalidArgument", argument: "domain" })
    }).pipe(Effect.provide(layer())))

  it.effect("reports are stored for the moderators, with statuses, rules and category", () =>
    Effect.gen(function*() {
      yield* Seed.instanceInfo({ rules: ["Be nice"] })
      const rules = yield* Instance.rules().pipe(as(undefined))
      const me = yield* Seed.createAccount({ username: "me" })
      const spammer = yield* Seed.createAccount({ username: "spammer" })
      const spam = yield* Seed.createStatus(spammer, { text: "buy now" })
      const report = yield* Reports.create({ account_id: spammer.id, status_ids: [spam.id], rule_ids: rules.map((r) => r.id), comment: "spam" }).pipe(as(me.token))
      expect(report).toMatchObject({ category: "violation", comment: "spam", action_taken: false, status_ids: [spam.id] })
      expect(report.target_account?.id).toBe(spammer.id)
      const instance = yield* MastodonInstance.MastodonInstance
      const stored = allReports(instance.runtime.state)
      expect(stored.map((r) => [r.id, r.comment, r.status_ids])).toEqual([[report.id, "spam", [spam.id]]])
      const tooLong = yield* Effect.flip(Reports.create({ account_id: spammer.id, comment: "x".repeat(1001) }).pipe(as(me.token)))
      expect(tooLong).toMatchObject({ _tag: "InvalidArgument", argument: "comment" })
    }).pipe(Effect.provide(layer())))

  it.effect("preferences, custom emoji, languages, health, nodeinfo and oEmbed", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const prefs = yield* Preferences.get().pipe(as(me.token))
      expect(prefs["posting:default:visibility"]).toBe("public")
      expect(prefs["reading:expand:media"]).toBe("default")
      yield* Seed.createCustomEmoji({ shortcode: "blobcat", category: "Blobs" })
      const emojis = yield* CustomEmojis.list().pipe(as(undefined))
      expect(emojis).toMatchObject([{ shortcode: "blobcat", category: "Blobs", visible_in_picker: true }])
      expect((yield* Instance.languages().pipe(as(undefined))).find((l) => l.code === "en")?.name).toBe("English")
      expect(yield* Health.check().pipe(as(undefined))).toBe(true)
      const info = yield* NodeInfo.get().pipe(as(undefined))
      expect(info.software.name).toBe("mastodon")
      expect(info.usage.users.total).toBe(1)
      const post = yield* Seed.createStatus(me, { text: "embed me" })
      const origin = yield* MastodonInstance.origin
      const embed = yield* OEmbed.get(`${origin}/@me/${post.id}`).pipe(as(undefined))
      expect(embed).toMatchObject({ type: "rich", version: "1.0", author_name: "me" })
      expect(embed.html).toContain("embed me")
      expect(yield* Effect.flip(OEmbed.get(`${origin}/@me/999999`).pipe(as(undefined)))).toMatchObject({ _tag: "NotFound" })
    }).pipe(Effect.provide(layer())))

  it.effect("announcements: listed, reacted to, dismissed", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      yield* Seed.createCustomEmoji({ shortcode: "blobcat" })
      const { id } = yield* Seed.createAnnouncement({ text: "Maintenance tonight" })
      const run = as(me.token)
      yield* Announcements.addReaction(id, "🎉").pipe(run)
      yield* Announcements.addReaction(id, "🎉").pipe(as(other.token))
      yield* Announcements.addReaction(id, "blobcat").pipe(run)
      const [shown] = yield* Announcements.list().pipe(run)
      expect(shown?.content).toContain("Maintenance tonight")
      expect(shown?.read).toBe(false)
      expect(shown?.reactions.map((r) => [r.name, r.count, r.me])).toEqual([["🎉", 2, true], ["blobcat", 1, true]])
      expect(shown?.reactions[1]?.url).toMatch(/blobcat/)
      yield* Announcements.removeReaction(id, "blobcat").pipe(run)
      expect(yield* Effect.flip(Announcements.addReaction(id, "notanemoji").pipe(run))).toMatchObject({ _tag: "UnprocessableEntity" })
      yield* Announcements.dismiss(id).pipe(run)
      expect(yield* Announcements.list().pipe(run)).toEqual([])
      const again = yield* Announcements.list({ with_dismissed: true }).pipe(run)
      expect(again.map((a) => [a.read, a.reactions.map((r) => r.name)])).toEqual([[true, ["🎉"]]])
    }).pipe(Effect.provide(layer())))

  it.scoped("push: subscribe, get, update, unsubscribe; a notification is pushed encrypted and decrypts", () =>
    Effect.gen(function*() {
      const inbox = yield* pushInbox
      const me = yield* Seed.createAccount({ username: "me" })
      const fan = yield* Seed.createAccount({ username: "fan", display_name: "Fan" })
      const stranger = yield* Seed.createAccount({ username: "stranger" })
      const run = as(me.token)
      const keys = yield* Push.generateKeys()
      const sub = yield* Push.subscribe(inbox.url, keys, { alerts: { follow: true, favourite: false }, policy: "all" }).pipe(run)
      expect(sub).toMatchObject({ endpoint: inbox.url, policy: "all", alerts: { follow: true, favourite: false, mention: false } })
      expect(sub.server_key).toMatch(/^B[A-Za-z0-9_-]{86}$/)
      expect((yield* Push.get().pipe(run)).id).toBe(sub.id)

      yield* Accounts.follow(me.id).pipe(as(fan.token))
      const delivered = yield* Seed.pushDeliveries
      expect(delivered).toHaveLength(1)
      expect(inbox.received).toHaveLength(1)
      const message = inbox.received[0]!
      expect(message.headers["content-encoding"]).toBe("aes128gcm")
      expect(String(message.headers["authorization"])).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${sub.server_key}$`))
      const notification = yield* Push.decrypt(message.body, keys)
      expect(notification).toMatchObject({ notification_type: "follow", title: "Fan is now following you", access_token: me.token })
      // Someone else's keys do not open it.
      const otherKeys = yield* Push.generateKeys()
      expect(yield* Effect.flip(Push.decrypt(message.body, otherKeys))).toMatchObject({ _tag: "InvalidArgument", argument: "message" })

      // Policy `followed`: a follow from someone the user does not follow is not pushed.
      const changed = yield* Push.update({ policy: "followed", alerts: { follow: true } }).pipe(run)
      expect(changed.policy).toBe("followed")
      yield* Accounts.follow(me.id).pipe(as(stranger.token))
      expect(yield* Seed.pushDeliveries).toHaveLength(1)

      yield* Push.unsubscribe().pipe(run)
      expect(yield* Effect.flip(Push.get().pipe(run))).toMatchObject({ _tag: "NotFound" })
      const bad = yield* Effect.flip(Push.subscribe("not a url", keys).pipe(run))
      expect(bad).toMatchObject({ _tag: "InvalidArgument" })
    }).pipe(Effect.provide(layer())))

  it.effect("async refreshes: polled until finished, waited for on a Schedule", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const { header, id } = yield* Seed.startAsyncRefresh(me, { durationMillis: 3_000, result_count: 2, retrySeconds: 1 })
      const run = as(me.token)
      expect(yield* AsyncRefreshes.get(id).pipe(run)).toMatchObject({ status: "running" })
      const parsed = Option.getOrThrow(AsyncRefresh.parseHeader(header))
      const done = yield* advancingClock(AsyncRefreshes.wait(parsed, { schedule: Schedule.spaced("1 second") }).pipe(run))
      expect(done).toMatchObject({ status: "finished", result_count: 2 })
      const other = yield* Seed.createAccount({ username: "other" })
      expect(yield* Effect.flip(AsyncRefreshes.get(id).pipe(as(other.token)))).toMatchObject({ _tag: "NotFound" })
    }).pipe(Effect.provide(layer())))

  it.effect("async refreshes: a response announces one, and refreshed waits for it and calls again", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const { id } = yield* Seed.startAsyncRefresh(me, { durationMillis: 2_000, result_count: 1, retrySeconds: 1, announceOn: "/api/v1/preferences" })
      const sent: Array<string> = []
      const result = yield* advancingClock(AsyncRefreshes.refreshed(Preferences.getEndpoint, {}).pipe(as(me.token, { sent })))
      // The first answer announced the refresh; it was polled until finished, then the call was made again.
      const paths = sent.map((u) => new URL(u).pathname)
      expect(paths[0]).toBe("/api/v1/preferences")
      expect(paths.at(-1)).toBe("/api/v1/preferences")
      expect(paths.slice(1, -1).length).toBeGreaterThanOrEqual(2)
      expect(new Set(paths.slice(1, -1))).toEqual(new Set([`/api/v1_alpha/async_refreshes/${id}`]))
      // The final answer announces nothing more.
      expect(Option.isNone(result.refresh)).toBe(true)
      // Announced once: the second call carried no header.
      expect(Option.isNone((yield* AsyncRefreshes.withRefresh(Preferences.getEndpoint).pipe(as(me.token))).refresh)).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("annual reports: eligible, generating, available, read", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2025, 11, 1))
      const me = yield* Seed.createAccount({ username: "me" })
      const popular = yield* Seed.createStatus(me, { text: "#effect is neat" })
      yield* Seed.favourite(me, popular.id)
      const run = as(me.token)
      expect(yield* AnnualReports.state(2025).pipe(run)).toBe("eligible")
      expect(yield* AnnualReports.state(2024).pipe(run)).toBe("ineligible")
      yield* AnnualReports.generate(2025).pipe(run)
      expect(yield* AnnualReports.state(2025).pipe(run)).toBe("generating")
      expect((yield* AnnualReports.get(2025).pipe(run)).annual_reports).toEqual([])
      yield* TestClock.adjust("3 seconds")
      expect(yield* AnnualReports.state(2025).pipe(run)).toBe("available")
      const wrapped = yield* AnnualReports.list().pipe(run)
      expect(wrapped.annual_reports.map((r) => r.year)).toEqual([2025])
      expect(wrapped.annual_reports[0]?.data.top_statuses?.by_favourites).toBe(popular.id)
      expect(wrapped.annual_reports[0]?.data.top_hashtags).toEqual([{ name: "effect", count: 1 }])
      expect(wrapped.statuses.map((s) => s.id)).toEqual([popular.id])
      yield* AnnualReports.read(2025).pipe(run)
      expect(yield* Effect.flip(AnnualReports.read(2024).pipe(run))).toMatchObject({ _tag: "NotFound" })
    }).pipe(Effect.provide(layer())))

  it.effect("collections: create, get, update, items added / removed / revoked, listed by owner and by member", () =>
    Effect.gen(function*() {
      const curator = yield* Seed.createAccount({ username: "curator" })
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const remote = yield* Seed.createAccount({ username: "far", domain: "far.example" })
      const run = as(curator.token)
      const created = yield* Collections.create({ name: "Photographers", tag_name: "#Photo", account_ids: [alice.id] }).pipe(run)
      expect(created).toMatchObject({ name: "Photographers", item_count: 1, tag: { name: "photo" }, account_id: curator.id })
      const item = yield* Collections.addItem(created, bob.id).pipe(run)
      expect(item.state).toBe("accepted")
      expect((yield* Collections.addItem(created, remote.id).pipe(run)).state).toBe("pending")
      const full = yield* Collections.get(created).pipe(as(undefined))
      expect(full.accounts.map((a) => a.username)).toEqual(["curator", "alice", "bob"])
      expect(full.collection.item_count).toBe(3)
      const renamed = yield* Collections.update(created, { name: "Photo people", description: "Good eyes" }).pipe(run)
      expect(renamed).toMatchObject({ name: "Photo people", description: "Good eyes" })
      expect(yield* Effect.flip(Collections.update(created, { name: "mine" }).pipe(as(alice.token)))).toMatchObject({ _tag: "Forbidden" })
      expect((yield* Collections.ofAccount(curator.id).pipe(as(undefined))).map((c) => c.id)).toEqual([created.id])
      expect((yield* Collections.featuring(bob.id).pipe(as(bob.token))).map((c) => c.id)).toEqual([created.id])
      // Bob takes himself out; the curator removes alice.
      yield* Collections.revokeItem(created, item).pipe(as(bob.token))
      expect(yield* Collections.featuring(bob.id).pipe(as(bob.token))).toEqual([])
      const aliceItem = full.collection.items.find((i) => i.account_id === alice.id)!
      yield* Collections.removeItem(created, aliceItem).pipe(run)
      expect((yield* Collections.get(created).pipe(run)).collection.item_count).toBe(1)
      expect(yield* Effect.flip(Collections.create({ name: "x".repeat(41) }).pipe(run))).toMatchObject({ _tag: "InvalidArgument", argument: "name" })
      yield* Collections.remove(created).pipe(run)
      expect(yield* Effect.flip(Collections.get(created).pipe(run))).toMatchObject({ _tag: "NotFound" })
    }).pipe(Effect.provide(layer())))
})
