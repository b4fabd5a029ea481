/**
 * The http package's Accounts endpoints against the instance, each test run once in process and
 * once over loopback HTTP: state changes are checked through later calls, and the wire through
 * the instance's request log.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Blocks from "@mastodon-effect/http/Blocks"
import * as Endorsements from "@mastodon-effect/http/Endorsements"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Mutes from "@mastodon-effect/http/Mutes"
import * as Upload from "@mastodon-effect/http/Upload"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { as, faces, png, rawGet, received } from "./utils/faces.js"

const aid = (id: string) => id as Id.AccountId
const iso = (d: DateTime.DateTime | null | undefined) => d === null || d === undefined ? null : DateTime.formatIso(d)

describe.each(faces)("Accounts, $name face", ({ layer }) => {
  it.effect("reads accounts: me, get, getMany, lookup, search with offset; unknown ids are NotFound", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me", display_name: "Me Myself", note: "hello" })
      const sam1 = yield* Seed.createAccount({ username: "sam1" })
      const sam2 = yield* Seed.createAccount({ username: "sam2" })
      const sam3 = yield* Seed.createAccount({ username: "sam3" })
      const sam4 = yield* Seed.createAccount({ username: "sam4" })
      yield* Seed.createAccount({ username: "sam5" })

      const self = yield* Accounts.verifyCredentials().pipe(as(me.token))
      expect(self.id).toBe(me.id)
      expect(self.display_name).toBe("Me Myself")
      expect(self.source.note).toBe("hello")
      expect((yield* Accounts.me().pipe(as(me.token))).username).toBe("me")

      // Public reads work without a token, and none is sent.
      const got = yield* Accounts.get(sam2).pipe(as(undefined))
      expect(got.acct).toBe("sam2")
      expect((yield* received("GET", `/api/v1/accounts/${sam2.id}`))[0]?.authorization).toBe(false)

      const many = yield* Accounts.getMany([sam1, aid("424242"), sam3]).pipe(as(me.token))
      expect(many.map((a) => a.username)).toEqual(["sam1", "sam3"])
      const [manyRequest] = yield* received("GET", "/api/v1/accounts")
      expect(decodeURIComponent(manyRequest?.query ?? "")).toBe(`?id[]=${sam1.id}&id[]=424242&id[]=${sam3.id}`)

      expect((yield* Accounts.lookup("sam4").pipe(as(undefined))).id).toBe(sam4.id)
      const missingLookup = yield* Effect.flip(Accounts.lookup("nobody").pipe(as(undefined)))
      expect(missingLookup._tag).toBe("NotFound")

      const page1 = yield* Accounts.search("sam", { limit: 2 }).pipe(as(me.token))
      const page2 = yield* Accounts.search("sam", { limit: 2, offset: 2 }).pipe(as(me.token))
      const page3 = yield* Accounts.search("sam", { limit: 2, offset: 4 }).pipe(as(me.token))
      expect([...page1, ...page2, ...page3].map((a) => a.username)).toEqual(["sam1", "sam2", "sam3", "sam4", "sam5"])
      const searches = yield* received("GET", "/api/v1/accounts/search")
      expect(searches.map((r) => r.query)).toEqual(["?q=sam&limit=2", "?q=sam&limit=2&offset=2", "?q=sam&limit=2&offset=4"])

      const unknown = yield* Effect.flip(Accounts.get(aid("999999")).pipe(as(me.token)))
      expect(unknown._tag).toBe("NotFound")
      if (unknown._tag === "NotFound") {
        expect(unknown.status).toBe(404)
        expect(unknown.error).toBe("Record not found")
      }
    }).pipe(Effect.provide(layer())))

  it.effect("filters statuses (pinned, exclude_replies, only_media) and sends only the filters given", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const first = yield* Seed.createStatus(me, { text: "first", pinned: true })
      const foreign = yield* Seed.createStatus(other, { text: "theirs" })
      yield* Seed.createStatus(me, { text: "a reply", reply: foreign.id })
      yield* Seed.createStatus(me, { text: "my thread", reply: first.id })
      yield* Seed.createStatus(me, { text: "photo", media: 1 })
      const ids = (page: { readonly items: ReadonlyArray<{ readonly content: string }> }) => page.items.map((s) => s.content)

      expect(ids(yield* Accounts.statuses(me).pipe(as(me.token)))).toEqual([
        "<p>photo</p>",
        "<p>my thread</p>",
        "<p>a reply</p>",
        "<p>first</p>"
      ])
      expect(ids(yield* Accounts.statuses(me, { pinned: true }).pipe(as(me.token)))).toEqual(["<p>first</p>"])
      expect(ids(yield* Accounts.statuses(me, { exclude_replies: true }).pipe(as(me.token)))).toEqual([
        "<p>photo</p>",
        "<p>my thread</p>",
        "<p>first</p>"
      ])
      const media = yield* Accounts.statuses(me, { only_media: true, limit: 5 }).pipe(as(me.token))
      expect(ids(media)).toEqual(["<p>photo</p>"])
      expect(media.items[0]?.media_attachments).toHaveLength(1)
      const log = yield* received("GET", `/api/v1/accounts/${me.id}/statuses`)
      expect(log.map((r) => r.query)).toEqual(["", "?pinned=true", "?exclude_replies=true", "?limit=5&only_media=true"])

      // A moment as a cursor: ids are snowflakes of the creation time on the instance too.
      yield* Seed.createStatus(other, { text: "old", created_at: new Date("2024-01-10T00:00:00Z") })
      yield* Seed.createStatus(other, { text: "new", created_at: new Date("2024-03-10T00:00:00Z") })
      const before = yield* Accounts.statuses(other, { max_id: new Date("2024-02-01T00:00:00Z") }).pipe(as(undefined))
      // "theirs" was posted at the TestClock's epoch, long before.
      expect(ids(before)).toEqual(["<p>old</p>", "<p>theirs</p>"])
      const after = yield* Accounts.statuses(other, { min_id: new Date("2024-02-01T00:00:00Z") }).pipe(as(undefined))
      expect(ids(after)).toEqual(["<p>new</p>"])
    }).pipe(Effect.provide(layer())))

  it.effect("pages followers and following, following the next cursor with Endpoint.fetchPage", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 45, { prefix: "fan" })
      const origin = yield* MastodonInstance.origin
      const run = as(star.token)

      const names: Array<string> = []
      let page = yield* Accounts.followers(star, { limit: 20 }).pipe(run)
      names.push(...page.items.map((a) => a.username))
      while (Option.isSome(page.next)) {
        expect(page.next.value.startsWith(`${origin}/api/v1/accounts/${star.id}/followers?`)).toBe(true)
        page = yield* Endpoint.fetchPage(page.endpoint, page.next.value).pipe(run)
        names.push(...page.items.map((a) => a.username))
      }
      expect(names).toEqual(Array.from({ length: 45 }, (_, i) => `fan${45 - i}`))
      const log = yield* received("GET", `/api/v1/accounts/${star.id}/followers`)
      expect(log).toHaveLength(3)
      expect(log[0]?.query).toBe("?limit=20")
      expect(log.slice(1).every((r) => /max_id=\d+/.test(r.query))).toBe(true)

      // The other direction: what one of the fans follows.
      const fan = yield* Accounts.lookup("fan7").pipe(run)
      const following = yield* Accounts.following(fan).pipe(run)
      expect(following.items.map((a) => a.id)).toEqual([star.id])
      expect(Option.isNone(following.next)).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("follows with options, unfollows and removes a follower; relationships show each change", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const run = as(me.token)

      const followed = yield* Accounts.follow(other, { reblogs: false, notify: true, languages: ["en", "de"] }).pipe(run)
      expect(followed).toMatchObject({ id: other.id, following: true, showing_reblogs: false, notifying: true, languages: ["en", "de"] })
      const [followRequest] = yield* received("POST", `/api/v1/accounts/${other.id}/follow`)
      expect(decodeURIComponent(followRequest?.body ?? "")).toBe("reblogs=false&notify=true&languages[]=en&languages[]=de")
      expect(followRequest?.contentType).toMatch(/^application\/x-www-form-urlencoded/)

      // Following again with no options sends an empty form and keeps the follow.
      const again = yield* Accounts.follow(other).pipe(run)
      expect(again.following).toBe(true)
      expect((yield* received("POST", `/api/v1/accounts/${other.id}/follow`))[1]?.body).toBe("")

      yield* Seed.follow(other, me)
      const [both] = yield* Accounts.relationships([other]).pipe(run)
      expect(both).toMatchObject({ following: true, followed_by: true })

      const unfollowed = yield* Accounts.unfollow(other).pipe(run)
      expect(unfollowed).toMatchObject({ following: false, followed_by: true })
      const removed = yield* Accounts.removeFromFollowers(other).pipe(run)
      expect(removed).toMatchObject({ following: false, followed_by: false })
      expect((yield* Accounts.followers(me).pipe(run)).items).toEqual([])
      expect((yield* Accounts.following(me).pipe(run)).items).toEqual([])
      const [theirs] = yield* Accounts.relationships([me]).pipe(as(other.token))
      expect(theirs).toMatchObject({ following: false, followed_by: false })
    }).pipe(Effect.provide(layer())))

  it.effect("blocks end follows both ways and unblock lifts only the block", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      yield* Seed.follow(me, other)
      yield* Seed.follow(other, me)
      const run = as(me.token)

      const blocked = yield* Accounts.block(other).pipe(run)
      expect(blocked).toMatchObject({ blocking: true, following: false, followed_by: false })
      const [theirView] = yield* Accounts.relationships([me]).pipe(as(other.token))
      expect(theirView).toMatchObject({ blocked_by: true, following: false, followed_by: false })
      expect((yield* Blocks.list().pipe(run)).items.map((a) => a.id)).toEqual([other.id])
      const refused = yield* Effect.flip(Accounts.follow(me).pipe(as(other.token)))
      expect(refused._tag).toBe("Forbidden")

      const unblocked = yield* Accounts.unblock(other).pipe(run)
      expect(unblocked).toMatchObject({ blocking: false, following: false, followed_by: false })
      expect((yield* Blocks.list().pipe(run)).items).toEqual([])
      expect((yield* Accounts.follow(me).pipe(as(other.token))).following).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("mutes with notifications and a duration, shown in the relationship and the mutes list; unmute lifts it", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const quiet = yield* Seed.createAccount({ username: "quiet" })
      const run = as(me.token)

      const muted = yield* Accounts.mute(other, { notifications: false, duration: Duration.hours(1) }).pipe(run)
      expect(muted).toMatchObject({ muting: true, muting_notifications: false })
      // The TestClock is at 0, shared with the instance on both faces.
      expect(iso(muted.muting_expires_at)).toBe("1970-01-01T01:00:00.000Z")
      expect((yield* received("POST", `/api/v1/accounts/${other.id}/mute`))[0]?.body).toBe("notifications=false&duration=3600")

      const forever = yield* Accounts.mute(quiet).pipe(run)
      expect(forever).toMatchObject({ muting: true, muting_notifications: true })
      expect((yield* received("POST", `/api/v1/accounts/${quiet.id}/mute`))[0]?.body).toBe("")

      const list = yield* Mutes.list().pipe(run)
      expect(list.items.map((a) => [a.username, iso(a.mute_expires_at)])).toEqual([
        ["quiet", null],
        ["other", "1970-01-01T01:00:00.000Z"]
      ])

      expect(yield* Accounts.unmute(other).pipe(run)).toMatchObject({ muting: false, muting_notifications: false })
      expect((yield* Mutes.list().pipe(run)).items.map((a) => a.username)).toEqual(["quiet"])
    }).pipe(Effect.provide(layer())))

  it.effect("endorses followed accounts only, lists endorsements, unendorses; sets and clears a note", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      const stranger = yield* Seed.createAccount({ username: "stranger" })
      yield* Seed.follow(me, friend)
      const run = as(me.token)

      expect((yield* Accounts.endorse(friend).pipe(run)).endorsed).toBe(true)
      const refused = yield* Effect.flip(Accounts.endorse(stranger).pipe(run))
      expect(refused._tag).toBe("UnprocessableEntity")
      expect((yield* Accounts.endorsements(me).pipe(as(undefined))).items.map((a) => a.id)).toEqual([friend.id])
      expect((yield* Endorsements.list().pipe(run)).items.map((a) => a.id)).toEqual([friend.id])
      expect((yield* Accounts.unendorse(friend).pipe(run)).endorsed).toBe(false)
      expect((yield* Endorsements.list().pipe(run)).items).toEqual([])

      expect((yield* Accounts.note(friend, "met at a conf").pipe(run)).note).toBe("met at a conf")
      expect((yield* Accounts.relationships([friend]).pipe(run))[0]?.note).toBe("met at a conf")
      expect((yield* Accounts.note(friend).pipe(run)).note).toBe("")
      expect((yield* received("POST", `/api/v1/accounts/${friend.id}/note`)).map((r) => r.body)).toEqual(["comment=met+at+a+conf", ""])
    }).pipe(Effect.provide(layer())))

  it.effect("relationships (with_suspended), familiar followers, featured tags and lists of an account", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const a = yield* Seed.createAccount({ username: "a" })
      const b = yield* Seed.createAccount({ username: "b" })
      const target = yield* Seed.createAccount({ username: "target" })
      yield* Seed.follow(me, a)
      yield* Seed.follow(me, b)
      yield* Seed.follow(a, target)
      yield* Seed.follow(b, target)
      yield* Seed.follow(me, target)
      const run = as(me.token)

      const rels = yield* Accounts.relationships([a, target, aid("999999")], { with_suspended: true }).pipe(run)
      expect(rels.map((r) => [r.id, r.following])).toEqual([[a.id, true], [target.id, true]])
      const [relRequest] = yield* received("GET", "/api/v1/accounts/relationships")
      expect(decodeURIComponent(relRequest?.query ?? "")).toBe(`?id[]=${a.id}&id[]=${target.id}&id[]=999999&with_suspended=true`)
      // No ids: nothing to ask.
      expect(yield* Accounts.relationships([]).pipe(run)).toEqual([])
      expect(yield* received("GET", "/api/v1/accounts/relationships")).toHaveLength(1)

      const familiar = yield* Accounts.familiarFollowers([target, a]).pipe(run)
      expect(familiar.map((f) => [f.id, f.accounts.map((x) => x.username)])).toEqual([[target.id, ["b", "a"]], [a.id, []]])

      yield* Seed.featureTag(target, "cats")
      yield* Seed.featureTag(target, "dogs")
      expect((yield* Accounts.featuredTags(target).pipe(as(undefined))).map((t) => t.name)).toEqual(["cats", "dogs"])

      const list = yield* Seed.createList(me, { title: "Pals", accounts: [a] })
      expect((yield* Accounts.lists(a).pipe(run)).map((l) => [l.id, l.title])).toEqual([[list.id, "Pals"]])
      expect(yield* Accounts.lists(b).pipe(run)).toEqual([])
    }).pipe(Effect.provide(layer())))

  it.effect("updates credentials with a multipart avatar the instance then serves back", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const origin = yield* MastodonInstance.origin
      const avatar = yield* Upload.fromBytes(png, { filename: "me.png", argument: "avatar" })
      const run = as(me.token)

      const updated = yield* Accounts.updateCredentials({
        display_name: "Me Myself",
        note: "Plain bio",
        fields_attributes: [{ name: "Site", value: "https://me.example" }, { name: "Pronouns", value: "they" }],
        source: { privacy: "unlisted" },
        avatar
      }).pipe(run)
      expect(updated.display_name).toBe("Me Myself")
      expect(updated.source.note).toBe("Plain bio")
      expect(updated.source.privacy).toBe("unlisted")
      expect(updated.source.fields.map((f) => [f.name, f.value])).toEqual([["Site", "https://me.example"], ["Pronouns", "they"]])
      expect(updated.avatar.startsWith(`${origin}/system/accounts/avatars/`)).toBe(true)
      const [request] = yield* received("PATCH", "/api/v1/accounts/update_credentials")
      expect(request?.contentType).toMatch(/^multipart\/form-data; boundary=/)

      const image = yield* rawGet(updated.avatar)
      expect(image.status).toBe(200)
      expect(image.headers["content-type"]).toBe("image/png")
      expect(image.bytes).toEqual(png)

      // Stored: a later read sees it, and a plain form (no file) changes only what it names.
      const again = yield* Accounts.updateCredentials({ display_name: "Renamed" }).pipe(run)
      expect(again.avatar).toBe(updated.avatar)
      expect(again.source.privacy).toBe("unlisted")
      expect((yield* received("PATCH", "/api/v1/accounts/update_credentials"))[1]?.body).toBe("display_name=Renamed")
      const read = yield* Accounts.get(me).pipe(as(undefined))
      expect(read.display_name).toBe("Renamed")
      expect(read.note).toBe("<p>Plain bio</p>")
    }).pipe(Effect.provide(layer())))

  it.effect("registers: typed 422 details (ERR_TAKEN, ERR_ACCEPTED, ERR_RESERVED), then a token that works", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "existing" })
      const app = yield* Seed.createApp({ name: "signup", scopes: "read write" })
      const appToken = yield* Seed.createAppToken(app, "read write:accounts")
      const valid = { username: "newbie", email: "newbie@example.com", password: "long enough password", agreement: true, locale: "en", appToken }

      const refusal = (params: Accounts.RegisterParams) =>
        Effect.flip(Accounts.register(params).pipe(as(undefined))).pipe(
          Effect.map((e) => e._tag === "UnprocessableEntity" ? { status: e.status, details: e.details } : { tag: e._tag })
        )
      const taken = yield* refusal({ ...valid, username: "existing" })
      expect(taken).toMatchObject({ status: 422, details: { username: [{ error: "ERR_TAKEN" }] } })
      const unaccepted = yield* refusal({ ...valid, agreement: false })
      expect(unaccepted).toMatchObject({ status: 422, details: { agreement: [{ error: "ERR_ACCEPTED" }] } })
      const reserved = yield* refusal({ ...valid, username: "admin" })
      expect(reserved).toMatchObject({ status: 422, details: { username: [{ error: "ERR_RESERVED" }] } })
      const codes = yield* Effect.flip(Accounts.register({ ...valid, username: "existing", agreement: false }).pipe(as(undefined)))
      expect(codes._tag === "UnprocessableEntity" ? [codes.codesFor("username"), codes.codesFor("agreement")] : codes._tag).toEqual([
        ["ERR_TAKEN"],
        ["ERR_ACCEPTED"]
      ])

      const token = yield* Accounts.register(valid).pipe(as(undefined))
      expect(token.scope).toBe("read write:accounts")
      const me = yield* Accounts.verifyCredentials().pipe(as(token.access_token))
      expect(me.username).toBe("newbie")
      // The app token went in the header, never in the form.
      const posts = yield* received("POST", "/api/v1/accounts")
      expect(posts).toHaveLength(5)
      expect(posts.every((r) => r.authorization && !r.body.includes(appToken))).toBe(true)
      // Without e-mail confirmation, so the new token works at once (the default waits for it).
    }).pipe(Effect.provide(layer({ requireEmailConfirmation: false }))))

  it.effect("maps 401 (no token), 403 (read-only token on a write) and 404 (unknown id) to typed errors", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const readOnly = yield* Seed.createToken(me, "read")

      const anonymous = yield* Effect.flip(Accounts.verifyCredentials().pipe(as(undefined)))
      expect(anonymous).toMatchObject({ _tag: "Unauthorized", status: 401, error: "The access token is invalid" })

      const scoped = yield* Effect.flip(Accounts.follow(other).pipe(as(readOnly)))
      expect(scoped).toMatchObject({ _tag: "Forbidden", status: 403, error: "This action is outside the authorized scopes" })
      // The read-only token still reads, and the refused follow changed nothing.
      const [rel] = yield* Accounts.relationships([other]).pipe(as(readOnly))
      expect(rel?.following).toBe(false)

      const missing = yield* Effect.flip(Accounts.follow(aid("999999")).pipe(as(me.token)))
      expect(missing).toMatchObject({ _tag: "NotFound", status: 404 })
    }).pipe(Effect.provide(layer())))
})
