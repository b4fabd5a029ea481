/**
 * The smaller endpoint groups (follow requests, featured tags, lists, directory, suggestions,
 * instance) and the version check, against the instance on both faces.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Directory from "@mastodon-effect/http/Directory"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as FeaturedTags from "@mastodon-effect/http/FeaturedTags"
import * as FollowRequests from "@mastodon-effect/http/FollowRequests"
import * as Instance from "@mastodon-effect/http/Instance"
import * as Lists from "@mastodon-effect/http/Lists"
import * as VersionPolicy from "@mastodon-effect/http/VersionPolicy"
import * as Profile from "@mastodon-effect/http/Profile"
import * as Suggestions from "@mastodon-effect/http/Suggestions"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { as, faces, received } from "./utils/faces.js"

const paths = Effect.map(MastodonInstance.requests, (log) => log.map((r) => `${r.method} ${r.path}`))

describe.each(faces)("Endpoint groups, $name face", ({ layer }) => {
  it.effect("follow requests to a locked account: requested, then authorized or rejected", () =>
    Effect.gen(function*() {
      const locked = yield* Seed.createAccount({ username: "locked", locked: true })
      const fan = yield* Seed.createAccount({ username: "fan" })
      const pest = yield* Seed.createAccount({ username: "pest" })

      const requested = yield* Accounts.follow(locked).pipe(as(fan.token))
      expect(requested).toMatchObject({ following: false, requested: true })
      yield* Accounts.follow(locked).pipe(as(pest.token))
      const run = as(locked.token)
      const pending = yield* FollowRequests.list().pipe(run)
      expect(pending.items.map((a) => a.username)).toEqual(["pest", "fan"])
      expect((yield* Accounts.relationships([fan]).pipe(run))[0]?.requested_by).toBe(true)

      const accepted = yield* FollowRequests.authorize(fan).pipe(run)
      expect(accepted).toMatchObject({ id: fan.id, followed_by: true, requested_by: false })
      expect((yield* Accounts.relationships([locked]).pipe(as(fan.token)))[0]).toMatchObject({ following: true, requested: false })

      const rejected = yield* FollowRequests.reject(pest).pipe(run)
      expect(rejected).toMatchObject({ followed_by: false, requested_by: false })
      expect((yield* Accounts.relationships([locked]).pipe(as(pest.token)))[0]).toMatchObject({ following: false, requested: false })
      expect((yield* FollowRequests.list().pipe(run)).items).toEqual([])
      expect((yield* Accounts.followers(locked).pipe(run)).items.map((a) => a.username)).toEqual(["fan"])

      // Nothing left to act on.
      expect((yield* Effect.flip(FollowRequests.authorize(pest).pipe(run)))._tag).toBe("NotFound")
    }).pipe(Effect.provide(layer())))

  it.effect("features hashtags, lists and suggests them, and unfeatures them", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Seed.createStatus(me, { text: "about #dogs" })
      yield* Seed.createStatus(me, { text: "about #cats and #birds" })
      const run = as(me.token)

      const cats = yield* FeaturedTags.feature("cats").pipe(run)
      expect(cats.name).toBe("cats")
      const dogs = yield* FeaturedTags.feature("#dogs").pipe(run)
      expect(dogs.name).toBe("dogs")
      expect((yield* FeaturedTags.list().pipe(run)).map((t) => t.name)).toEqual(["cats", "dogs"])
      expect((yield* Accounts.featuredTags(me).pipe(as(undefined))).map((t) => t.id)).toEqual([cats.id, dogs.id])
      const duplicate = yield* Effect.flip(FeaturedTags.feature("cats").pipe(run))
      expect(duplicate).toMatchObject({ _tag: "UnprocessableEntity", error: "Validation failed: Tag has already been taken" })

      const suggested = yield* FeaturedTags.suggestions().pipe(run)
      expect(suggested.map((t) => t.name).sort()).toEqual(["birds", "cats", "dogs"])

      yield* FeaturedTags.unfeature(cats).pipe(run)
      expect((yield* FeaturedTags.list().pipe(run)).map((t) => t.name)).toEqual(["dogs"])
      expect((yield* Effect.flip(FeaturedTags.unfeature(cats).pipe(run)))._tag).toBe("NotFound")
      expect(yield* received("DELETE", `/api/v1/featured_tags/${cats.id}`)).toHaveLength(2)
    }).pipe(Effect.provide(layer())))

  it.effect("lists: create, update, add accounts, page their members, remove accounts, delete", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const a = yield* Seed.createAccount({ username: "a" })
      const b = yield* Seed.createAccount({ username: "b" })
      const c = yield* Seed.createAccount({ username: "c" })
      const stranger = yield* Seed.createAccount({ username: "stranger" })
      for (const x of [a, b, c]) yield* Seed.follow(me, x)
      const run = as(me.token)

      const created = yield* Lists.create({ title: "Friends", replies_policy: "followed", exclusive: true }).pipe(run)
      expect(created).toMatchObject({ title: "Friends", replies_policy: "followed", exclusive: true })
      expect((yield* received("POST", "/api/v1/lists"))[0]?.body).toBe("title=Friends&replies_policy=followed&exclusive=true")
      const updated = yield* Lists.update(created, { title: "Close friends" }).pipe(run)
      expect(updated).toMatchObject({ id: created.id, title: "Close friends", replies_policy: "followed", exclusive: true })
      expect((yield* Lists.get(created).pipe(run)).title).toBe("Close friends")

      yield* Lists.addAccounts(created, [a, b, c]).pipe(run)
      expect(decodeURIComponent((yield* received("POST", `/api/v1/lists/${created.id}/accounts`))[0]?.body ?? "")).toBe(
        `account_ids[]=${a.id}&account_ids[]=${b.id}&account_ids[]=${c.id}`
      )
      const notFollowed = yield* Effect.flip(Lists.addAccounts(created, [stranger]).pipe(run))
      expect(notFollowed._tag).toBe("NotFound")

      const members: Array<string> = []
      let page = yield* Lists.accounts(created, { limit: 2 }).pipe(run)
      members.push(...page.items.map((x) => x.username))
      expect(Option.isSome(page.next)).toBe(true)
      while (Option.isSome(page.next)) {
        page = yield* Endpoint.fetchPage(page.endpoint, page.next.value).pipe(run)
        members.push(...page.items.map((x) => x.username))
      }
      expect(members).toEqual(["c", "b", "a"])
      expect((yield* Lists.accounts(created, { limit: 0 }).pipe(run)).items).toHaveLength(3)

      yield* Lists.removeAccounts(created, [a, c]).pipe(run)
      const [removal] = yield* received("DELETE", `/api/v1/lists/${created.id}/accounts`)
      expect(decodeURIComponent(removal?.query ?? "")).toBe(`?account_ids[]=${a.id}&account_ids[]=${c.id}`)
      expect((yield* Lists.accounts(created).pipe(run)).items.map((x) => x.username)).toEqual(["b"])
      expect((yield* Accounts.lists(b).pipe(run)).map((l) => l.id)).toEqual([created.id])

      yield* Lists.remove(created).pipe(run)
      expect((yield* Effect.flip(Lists.get(created).pipe(run)))._tag).toBe("NotFound")
      expect(yield* Lists.list().pipe(run)).toEqual([])
      // Someone else's list is not there for them.
      const theirs = yield* Seed.createList(a, { title: "Mine" })
      expect((yield* Effect.flip(Lists.get(theirs.id).pipe(run)))._tag).toBe("NotFound")
    }).pipe(Effect.provide(layer())))

  it.effect("lists the directory with order, local, offset and limit", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "first" })
      yield* Seed.createAccount({ username: "hidden", discoverable: false })
      yield* Seed.createAccount({ username: "second" })
      yield* Seed.createAccount({ username: "third" })
      yield* Seed.createAccount({ username: "faraway", domain: "remote.example" })
      const run = as(undefined)

      const all = yield* Directory.list({ order: "new" }).pipe(run)
      expect(all.map((a) => a.acct)).toEqual(["faraway@remote.example", "third", "second", "first"])
      const local = yield* Directory.list({ order: "new", local: true, offset: 1, limit: 2 }).pipe(run)
      expect(local.map((a) => a.acct)).toEqual(["second", "first"])
      expect((yield* received("GET", "/api/v1/directory")).map((r) => r.query)).toEqual([
        "?order=new",
        "?offset=1&limit=2&order=new&local=true"
      ])
    }).pipe(Effect.provide(layer())))

  it.effect("suggestions: most followed first, without those followed, blocked or dismissed", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const star = yield* Seed.createAccount({ username: "star" })
      const known = yield* Seed.createAccount({ username: "known" })
      yield* Seed.createAccount({ username: "quiet" })
      const blocked = yield* Seed.createAccount({ username: "blocked" })
      yield* Seed.followers(star, 3, { prefix: "fanofstar" })
      yield* Seed.follow(me, known)
      yield* Seed.block(me, blocked)
      const run = as(me.token)

      const first = yield* Suggestions.list({ limit: 2 }).pipe(run)
      expect(first.map((s) => s.account.username)).toEqual(["star", "quiet"])
      expect(first.every((s) => s.sources?.length === 1)).toBe(true)

      yield* Suggestions.remove(star).pipe(run)
      const after = yield* Suggestions.list({ limit: 80 }).pipe(run)
      const names = after.map((s) => s.account.username)
      expect(names).not.toContain("star")
      expect(names).not.toContain("known")
      expect(names).not.toContain("blocked")
      expect(names).not.toContain("me")
      expect(names).toContain("quiet")
      expect((yield* Effect.flip(Suggestions.remove("0" as never).pipe(run)))._tag).toBe("NotFound")
      const log = yield* MastodonInstance.requests
      expect(log.slice(0, 2).map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([
        "GET /api/v2/suggestions?limit=2",
        `DELETE /api/v1/suggestions/${star.id}`
      ])
    }).pipe(Effect.provide(layer())))

  it.effect("instance v1 and v2 report the configured version; serverVersion reads it once", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "admin_account" })
      const run = as(undefined)
      const v2 = yield* Instance.v2().pipe(run)
      expect(v2).toMatchObject({ version: "4.3.2", title: "Configured", api_versions: { mastodon: 3 } })
      expect(v2.contact?.account?.username).toBe("admin_account")
      const v1 = yield* Instance.v1().pipe(run)
      expect(v1).toMatchObject({ version: "4.3.2", title: "Configured" })

      const [first, second] = yield* Effect.all([VersionPolicy.serverVersion, VersionPolicy.serverVersion]).pipe(run)
      expect(first).toMatchObject({ major: 4, minor: 3, patch: 2, api: 3, raw: "4.3.2" })
      expect(second).toEqual(first)
      expect(yield* received("GET", "/api/v2/instance")).toHaveLength(2) // Instance.v2 and one version read
    }).pipe(Effect.provide(layer({ version: "4.3.2", apiVersion: 3, title: "Configured" }))))

  it.effect("before v2 existed, serverVersion falls back to v1", () =>
    Effect.gen(function*() {
      const version = yield* VersionPolicy.serverVersion.pipe(as(undefined))
      expect(version).toMatchObject({ major: 3, minor: 5, patch: 0 })
      expect(yield* paths).toEqual(["GET /api/v2/instance", "GET /api/v1/instance"])
      expect((yield* Effect.flip(Instance.v2().pipe(as(undefined))))._tag).toBe("NotFound")
    }).pipe(Effect.provide(layer({ version: "3.5.0" }))))

  it.effect("versionCheck \"created\" refuses endpoints newer than the server without sending them", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      yield* Seed.follow(me, friend)
      // One client, so one version read serves every check.
      yield* Effect.gen(function*() {
        const profile = yield* Effect.flip(Profile.get())
        expect(profile).toMatchObject({ _tag: "UnsupportedVersion", endpoint: "GET /api/v1/profile", required: "4.6.0", actual: "4.3.0" })
        const endorse = yield* Effect.flip(Accounts.endorse(friend))
        expect(endorse).toMatchObject({ _tag: "UnsupportedVersion", endpoint: "POST /api/v1/accounts/:id/endorse", required: "4.4.0" })
        // An endpoint removed before this version is refused too.
        const removed = yield* Effect.flip(Accounts.followByUri("friend@mastodon.test"))
        expect(removed).toMatchObject({ _tag: "UnsupportedVersion", endpoint: "POST /api/v1/follows", required: "< 3.0.0" })
        // Only the version was asked; the refused endpoints were never sent.
        expect(yield* paths).toEqual(["GET /api/v2/instance"])
        // An endpoint the server has goes through (4.3.0 added getMany).
        expect((yield* Accounts.getMany([friend])).map((a) => a.id)).toEqual([friend.id])
      }).pipe(as(me.token, { versionCheck: "created" }))

      // "changed" asks for the version of the latest change: the v2 instance changed in 4.6.0.
      const changed = yield* Effect.flip(Instance.v2().pipe(as(undefined, { versionCheck: "changed" })))
      expect(changed).toMatchObject({ _tag: "UnsupportedVersion", required: "4.6.0", actual: "4.3.0" })
      // (the new client read the version again, and sent nothing else)
      expect(yield* paths).toEqual(["GET /api/v2/instance", "GET /api/v1/accounts", "GET /api/v2/instance"])
      yield* MastodonInstance.MastodonInstance.pipe(Effect.flatMap((i) => i.clearRequests))

      // Without the check the request is sent, and the old server answers 404.
      expect((yield* Effect.flip(Profile.get().pipe(as(me.token))))._tag).toBe("NotFound")
      expect(yield* paths).toEqual(["GET /api/v1/profile"])
    }).pipe(Effect.provide(layer({ version: "4.3.0" }))))
})
