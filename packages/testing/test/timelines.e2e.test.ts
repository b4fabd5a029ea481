/**
 * Timelines, bookmarks, favourites, search, trends and hashtags end to end: the client's calls and
 * named streams against the instance on both faces, with the state deciding what each feed holds.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Bookmarks from "@mastodon-effect/http/Bookmarks"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Favourites from "@mastodon-effect/http/Favourites"
import * as FollowedTags from "@mastodon-effect/http/FollowedTags"
import * as Instance from "@mastodon-effect/http/Instance"
import * as Search from "@mastodon-effect/http/Search"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Tags from "@mastodon-effect/http/Tags"
import * as Timelines from "@mastodon-effect/http/Timelines"
import * as Trends from "@mastodon-effect/http/Trends"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { as, faces } from "./utils/faces.js"

const ids = (xs: ReadonlyArray<{ readonly id: string }>) => xs.map((x) => x.id)
const collect = <A, E, R>(s: Stream.Stream<A, E, R>) => Effect.map(Stream.runCollect(s), Chunk.toReadonlyArray)

/** `n` public statuses by `account`, oldest first. */
const post = (account: Seed.AccountRef, n: number, prefix = "post") =>
  Effect.forEach(Array.from({ length: n }, (_, i) => i), (i) => Effect.map(Seed.createStatus(account, { text: `${prefix} ${i}` }), (s) => s.id))

describe.each(faces)("Timelines, $name face", ({ layer }) => {
  it.effect("home: own posts and follows; exclusive lists, reblogs: false, replies to strangers, blocks and mutes stay out; followed tags come in", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      const quiet = yield* Seed.createAccount({ username: "quiet" })
      const booster = yield* Seed.createAccount({ username: "booster" })
      const stranger = yield* Seed.createAccount({ username: "stranger" })
      const blocked = yield* Seed.createAccount({ username: "blocked" })
      const muted = yield* Seed.createAccount({ username: "muted" })
      for (const other of [friend, quiet, booster, blocked, muted]) yield* Seed.follow(me, other)
      yield* Seed.follow(me, booster, { reblogs: false })
      yield* Seed.createList(me, { title: "Quiet", exclusive: true, accounts: [quiet] })

      const mine = yield* Seed.createStatus(me, { text: "my own" })
      const hello = yield* Seed.createStatus(friend, { text: "hello" })
      yield* Seed.createStatus(quiet, { text: "only in my list" })
      const strangerPost = yield* Seed.createStatus(stranger, { text: "stranger things" })
      const boostedByBooster = yield* Seed.reblog(booster, strangerPost.id)
      const ownBooster = yield* Seed.createStatus(booster, { text: "booster's own post" })
      const replyToStranger = yield* Seed.createStatus(friend, { text: "@stranger hi", reply: strangerPost.id })
      const replyToMe = yield* Seed.createStatus(friend, { text: "@me hi", reply: mine.id })
      const blockedPost = yield* Seed.createStatus(blocked, { text: "blocked #cats" })
      yield* Seed.createStatus(muted, { text: "muted #cats" })
      yield* Seed.block(me, blocked)
      yield* Seed.mute(me, muted)
      // A boost by a friend of someone the user blocks stays out too.
      const boostOfBlocked = yield* Seed.reblog(friend, blockedPost.id)
      const polyglot = yield* Seed.createAccount({ username: "polyglot" })
      yield* Seed.follow(me, polyglot, { languages: ["de"] })
      const german = yield* Seed.createStatus(polyglot, { text: "Hallo", language: "de" })
      yield* Seed.createStatus(polyglot, { text: "Hello", language: "en" })
      const privateFriend = yield* Seed.createStatus(friend, { text: "followers only", visibility: "private" })
      const strangerPrivate = yield* Seed.createStatus(stranger, { text: "#cats private", visibility: "private" })
      const tagged = yield* Seed.createStatus(stranger, { text: "I love #Cats" })

      const run = as(me.token)
      const before = yield* Timelines.home().pipe(run)
      expect(ids(before.items)).toEqual([privateFriend.id, german.id, replyToMe.id, ownBooster.id, hello.id, mine.id])
      expect(ids(before.items)).not.toContain(boostOfBlocked.id)
      expect(before.items.map((s) => s.id)).not.toContain(boostedByBooster.id)
      expect(ids(before.items)).not.toContain(replyToStranger.id)

      // Following the hashtag brings its public statuses in, whoever wrote them.
      const followed = yield* Tags.follow("#cats").pipe(run)
      expect(followed).toMatchObject({ name: "cats", following: true })
      const after = yield* Timelines.home().pipe(run)
      // (The blocked and muted accounts' #cats posts stay out.)
      expect(ids(after.items)).toEqual([tagged.id, privateFriend.id, german.id, replyToMe.id, ownBooster.id, hello.id, mine.id])
      expect(ids(after.items)).not.toContain(strangerPrivate.id)

      // Everyone sees only their own home.
      const other = yield* Timelines.home().pipe(as(friend.token))
      expect(ids(other.items)).toEqual([privateFriend.id, boostOfBlocked.id, replyToMe.id, replyToStranger.id, hello.id])
      expect((yield* Effect.flip(Timelines.home().pipe(as(undefined))))._tag).toBe("Unauthorized")
    }).pipe(Effect.provide(layer())))

  it.effect("a home walk resumes where it stopped: a saved cursor or the last id read gives only what is new, in order", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "reader" })
      const author = yield* Seed.createAccount({ username: "author" })
      yield* Seed.follow(me, author)
      const run = as(me.token)
      const old = yield* post(author, 3, "old")

      const first = yield* Timelines.home().pipe(run)
      expect(ids(first.items)).toEqual([...old].reverse())
      const saved = Option.getOrThrow(first.prev)

      const fresh = yield* post(author, 5, "new")
      // From the saved cursor, toward newer statuses, two per page: the new ones, oldest first.
      const resumed = yield* collect(Streams.home({ from: saved, direction: "prev", limit: 2 })).pipe(run)
      expect(ids(resumed)).toEqual(fresh)

      // From the id of the last status read: the same walk, and nothing more once caught up.
      const lastRead = fresh[fresh.length - 1] as Id.StatusId
      const more = yield* post(author, 45, "more")
      const caughtUp = yield* collect(Streams.home({ min_id: lastRead, direction: "prev" })).pipe(run)
      expect(ids(caughtUp)).toEqual(more)
      const nothing = yield* collect(Streams.home({ min_id: more[more.length - 1], direction: "prev" })).pipe(run)
      expect(nothing).toEqual([])

      // Walking back in time: everything, newest first, 40 per request.
      const all = yield* collect(Streams.home()).pipe(run)
      expect(ids(all)).toEqual([...old, ...fresh, ...more].reverse())
      const bounded = yield* collect(Streams.home({ maxItems: 4 })).pipe(run)
      expect(ids(bounded)).toEqual([...more].reverse().slice(0, 4))
    }).pipe(Effect.provide(layer())))

  it.effect("list timelines: members' statuses, replies as replies_policy says, and NotFound for another user's list", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "owner" })
      const member = yield* Seed.createAccount({ username: "member" })
      const mate = yield* Seed.createAccount({ username: "mate" })
      const followedOnly = yield* Seed.createAccount({ username: "followed" })
      const stranger = yield* Seed.createAccount({ username: "outsider" })
      for (const a of [member, mate, followedOnly]) yield* Seed.follow(me, a)
      const listPolicy = yield* Seed.createList(me, { title: "list", replies_policy: "list", accounts: [member, mate] })
      const followedPolicy = yield* Seed.createList(me, { title: "followed", replies_policy: "followed", accounts: [member, mate] })
      const nonePolicy = yield* Seed.createList(me, { title: "none", replies_policy: "none", accounts: [member, mate] })

      const mateTop = yield* Seed.createStatus(mate, { text: "top" })
      const followedTop = yield* Seed.createStatus(followedOnly, { text: "followed top" })
      const strangerTop = yield* Seed.createStatus(stranger, { text: "stranger top" })
      const top = yield* Seed.createStatus(member, { text: "member top" })
      const toMate = yield* Seed.createStatus(member, { text: "to mate", reply: mateTop.id })
      const toFollowed = yield* Seed.createStatus(member, { text: "to followed", reply: followedTop.id })
      yield* Seed.createStatus(member, { text: "to stranger", reply: strangerTop.id })
      const selfReply = yield* Seed.createStatus(member, { text: "thread", reply: top.id })

      const run = as(me.token)
      expect(ids((yield* Timelines.list(listPolicy.id).pipe(run)).items)).toEqual([selfReply.id, toMate.id, top.id, mateTop.id])
      expect(ids((yield* Timelines.list(followedPolicy.id).pipe(run)).items)).toEqual([selfReply.id, toFollowed.id, toMate.id, top.id, mateTop.id])
      expect(ids((yield* Timelines.list(nonePolicy.id).pipe(run)).items)).toEqual([selfReply.id, top.id, mateTop.id])
      expect(ids(yield* collect(Streams.listTimeline(nonePolicy.id, { limit: 1 })).pipe(run))).toEqual([selfReply.id, top.id, mateTop.id])

      const error = yield* Effect.flip(Timelines.list(listPolicy.id).pipe(as(member.token)))
      expect(error._tag).toBe("NotFound")
    }).pipe(Effect.provide(layer())))

  it.effect("public and hashtag timelines: public statuses only, local / remote / only_media, any / all / none, anonymous allowed", () =>
    Effect.gen(function*() {
      const local = yield* Seed.createAccount({ username: "local" })
      const remote = yield* Seed.createAccount({ username: "far", domain: "remote.example" })
      const viewer = yield* Seed.createAccount({ username: "viewer" })
      const cats = yield* Seed.createStatus(local, { text: "#cats" })
      const dogs = yield* Seed.createStatus(remote, { text: "#dogs" })
      const both = yield* Seed.createStatus(local, { text: "#cats and #dogs", media: 1 })
      yield* Seed.createStatus(local, { text: "#cats unlisted", visibility: "unlisted" })
      yield* Seed.createStatus(local, { text: "#cats private", visibility: "private" })
      yield* Seed.reblog(remote, cats.id)
      const anon = as(undefined)

      expect(ids((yield* Timelines.publicTimeline().pipe(anon)).items)).toEqual([both.id, dogs.id, cats.id])
      expect(ids((yield* Timelines.publicTimeline({ local: true }).pipe(anon)).items)).toEqual([both.id, cats.id])
      expect(ids((yield* Timelines.publicTimeline({ remote: true }).pipe(anon)).items)).toEqual([dogs.id])
      expect(ids((yield* Timelines.publicTimeline({ only_media: true }).pipe(anon)).items)).toEqual([both.id])

      expect(ids((yield* Timelines.tag("#Cats").pipe(anon)).items)).toEqual([both.id, cats.id])
      expect(ids((yield* Timelines.tag("cats", { any: ["dogs"] }).pipe(anon)).items)).toEqual([both.id, dogs.id, cats.id])
      expect(ids((yield* Timelines.tag("cats", { all: ["dogs"] }).pipe(anon)).items)).toEqual([both.id])
      expect(ids((yield* Timelines.tag("cats", { none: ["dogs"] }).pipe(anon)).items)).toEqual([cats.id])
      expect(ids((yield* Timelines.tag("dogs", { remote: true }).pipe(anon)).items)).toEqual([dogs.id])
      expect(ids(yield* collect(Streams.tagTimeline("cats", { local: true, only_media: true })).pipe(anon))).toEqual([both.id])
      expect(ids(yield* collect(Streams.publicTimeline({ limit: 1 })).pipe(anon))).toEqual([both.id, dogs.id, cats.id])

      // A token may stay away, but one without a read scope is refused.
      const writer = yield* Seed.createAccount({ username: "writeonly", scopes: "write" })
      expect((yield* Effect.flip(Timelines.publicTimeline().pipe(as(writer.token))))._tag).toBe("Forbidden")

      // A viewer who blocks the remote account no longer sees it.
      yield* Seed.block(viewer, remote)
      expect(ids((yield* Timelines.publicTimeline().pipe(as(viewer.token))).items)).toEqual([both.id, cats.id])
    }).pipe(Effect.provide(layer())))

  it.effect("the 4.5 access settings: feeds that are not public need a token, disabled posts are left out", () =>
    Effect.gen(function*() {
      const local = yield* Seed.createAccount({ username: "here" })
      const remote = yield* Seed.createAccount({ username: "there", domain: "remote.example" })
      const viewer = yield* Seed.createAccount({ username: "member" })
      const mine = yield* Seed.createStatus(local, { text: "#cats here" })
      const theirs = yield* Seed.createStatus(remote, { text: "#cats there" })
      yield* Seed.instanceInfo({ timelinesAccess: { live_feeds: { local: "authenticated" }, hashtag_feeds: { remote: "disabled" } } })
      const anon = as(undefined)
      const signedIn = as(viewer.token)

      const config = (yield* Instance.v2().pipe(anon)).configuration?.timelines_access
      expect(config).toMatchObject({ live_feeds: { local: "authenticated", remote: "public" }, hashtag_feeds: { local: "public", remote: "disabled" } })
      expect((yield* Effect.flip(Timelines.publicTimeline().pipe(anon)))._tag).toBe("Unauthorized")
      expect((yield* Effect.flip(Timelines.publicTimeline({ local: true }).pipe(anon)))._tag).toBe("Unauthorized")
      expect(ids((yield* Timelines.publicTimeline({ remote: true }).pipe(anon)).items)).toEqual([theirs.id])
      expect(ids((yield* Timelines.publicTimeline().pipe(signedIn)).items)).toEqual([theirs.id, mine.id])

      expect((yield* Effect.flip(Timelines.tag("cats").pipe(anon)))._tag).toBe("Unauthorized")
      expect(ids((yield* Timelines.tag("cats", { local: true }).pipe(anon)).items)).toEqual([mine.id])
      expect(ids((yield* Timelines.tag("cats").pipe(signedIn)).items)).toEqual([mine.id])
    }).pipe(Effect.provide(layer())))

  it.effect("link timeline of a trending link; a link nobody shares is NotFound", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "sharer" })
      const b = yield* Seed.createAccount({ username: "other" })
      const first = yield* Seed.createStatus(a, { text: "read https://news.example/story" })
      const second = yield* Seed.createStatus(b, { text: "wow https://news.example/story" })
      yield* Seed.createStatus(b, { text: "private https://news.example/story", visibility: "private" })
      const links = yield* Trends.links().pipe(as(undefined))
      expect(links.map((l) => l.url)).toEqual(["https://news.example/story"])
      expect(links[0]?.history[0]).toMatchObject({ uses: "2", accounts: "2" })
      const page = yield* Timelines.link("https://news.example/story").pipe(as(undefined))
      expect(ids(page.items)).toEqual([second.id, first.id])
      expect(ids(yield* collect(Streams.linkTimeline("https://news.example/story", { limit: 1 })).pipe(as(undefined)))).toEqual([second.id, first.id])
      const missing = yield* Effect.flip(Timelines.link("https://nowhere.example/").pipe(as(undefined)))
      expect(missing._tag).toBe("NotFound")
    }).pipe(Effect.provide(layer())))

  it.effect("the direct timeline exists on servers before 3.0 only", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "dm" })
      const pal = yield* Seed.createAccount({ username: "pal" })
      const dm = yield* Seed.createStatus(pal, { text: "@dm secret", visibility: "direct" })
      yield* Seed.createStatus(pal, { text: "public" })
      const page = yield* Timelines.direct().pipe(as(me.token))
      expect(ids(page.items)).toEqual([dm.id])
      expect(ids(yield* collect(Streams.directTimeline()).pipe(as(me.token)))).toEqual([dm.id])
    }).pipe(Effect.provide(layer({ version: "2.9.0" }))))

  it.effect("the direct timeline is NotFound since 3.0", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "dm" })
      expect((yield* Effect.flip(Timelines.direct().pipe(as(me.token))))._tag).toBe("NotFound")
    }).pipe(Effect.provide(layer())))

  it.effect("bookmarks and favourites page by their own records: the latest bookmarked first, through opaque cursors", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "collector" })
      const author = yield* Seed.createAccount({ username: "writer" })
      const [a, b, c] = yield* post(author, 3)
      const hidden = yield* Seed.createStatus(author, { text: "followers only", visibility: "private" })
      // Bookmarked and favourited newest status first, then the oldest: record order, not id order.
      for (const id of [c, a, b] as Array<Id.StatusId>) {
        yield* Seed.bookmark(me, id)
        yield* Seed.favourite(me, id)
      }
      yield* Seed.favourite(me, hidden.id)
      const run = as(me.token)

      const first = yield* Bookmarks.list({ limit: 2 }).pipe(run)
      expect(ids(first.items)).toEqual([b, a])
      const next = Option.getOrThrow(first.next)
      // The cursor is a record id, not a status id.
      expect(new URL(next).searchParams.get("max_id")).not.toBe(a)
      const second = yield* Endpoint.fetchPage(first.endpoint, next).pipe(run)
      expect(ids(second.items)).toEqual([c])
      expect(ids(yield* collect(Streams.bookmarks({ limit: 1 })).pipe(run))).toEqual([b, a, c])
      expect(ids(yield* collect(Streams.favourites({ limit: 1 })).pipe(run))).toEqual([b, a, c])
      expect(ids((yield* Favourites.list().pipe(run)).items)).toEqual([b, a, c])

      // A status bookmarked again moves to the front; one no longer visible drops out.
      yield* Seed.bookmark(me, c as Id.StatusId)
      expect(ids(yield* collect(Streams.bookmarks()).pipe(run))).toEqual([b, a, c])
      // Through the status actions: unbookmark drops it, bookmarking again puts it first.
      yield* Statuses.unbookmark(a as Id.StatusId).pipe(run)
      expect(ids(yield* collect(Streams.bookmarks()).pipe(run))).toEqual([b, c])
      yield* Statuses.bookmark(a as Id.StatusId).pipe(run)
      expect(ids(yield* collect(Streams.bookmarks()).pipe(run))).toEqual([a, b, c])
      yield* Statuses.unfavourite(b as Id.StatusId).pipe(run)
      yield* Statuses.favourite(c as Id.StatusId).pipe(run)
      expect(ids(yield* collect(Streams.favourites()).pipe(run))).toEqual([a, c])
      expect((yield* Effect.flip(Bookmarks.list().pipe(as(undefined))))._tag).toBe("Unauthorized")
    }).pipe(Effect.provide(layer())))

  it.effect("search v2: accounts, statuses the viewer may see, hashtags; following, account_id, type with offset paging", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "seeker" })
      const alice = yield* Seed.createAccount({ username: "alice", display_name: "Alice Cat" })
      const alicia = yield* Seed.createAccount({ username: "alicia" })
      yield* Seed.createAccount({ username: "bob", display_name: "Bob" })
      yield* Seed.follow(me, alicia)
      const open = yield* Seed.createStatus(alice, { text: "the cat sat on the mat #catlife" })
      yield* Seed.createStatus(alice, { text: "the cat is private", visibility: "private" })
      const byAlicia = yield* Seed.createStatus(alicia, { text: "a cat too #catsofmastodon" })
      const run = as(me.token)

      const found = yield* Search.search("ali").pipe(run)
      expect(found.accounts.map((a) => a.username)).toEqual(["alice", "alicia"])
      expect(found.statuses).toEqual([])
      expect((yield* Search.search("cat", { type: "accounts" }).pipe(run)).accounts.map((a) => a.username)).toEqual(["alice"])
      expect((yield* Search.search("ali", { following: true }).pipe(run)).accounts.map((a) => a.username)).toEqual(["alicia"])
      expect((yield* Search.search("@alice").pipe(run)).accounts[0]?.id).toBe(alice.id)

      const cats = yield* Search.search("cat", { type: "statuses" }).pipe(run)
      expect(ids(cats.statuses)).toEqual([byAlicia.id, open.id])
      expect(ids((yield* Search.search("cat", { type: "statuses", account_id: alice }).pipe(run)).statuses)).toEqual([open.id])
      expect(ids((yield* Search.search("cat", { type: "statuses", max_id: byAlicia.id }).pipe(run)).statuses)).toEqual([open.id])

      const tags = yield* Search.search("#cat", { type: "hashtags" }).pipe(run)
      expect(tags.hashtags.map((t) => t.name)).toEqual(["catlife", "catsofmastodon"])

      // Offset paging, one by one, through the named stream.
      const walked = yield* collect(Streams.searchAll("cat", { type: "statuses", limit: 1 })).pipe(run)
      expect(ids(walked)).toEqual([byAlicia.id, open.id])
      const second = yield* Search.search("cat", { type: "statuses", limit: 1, offset: 1 }).pipe(run)
      expect(ids(second.statuses)).toEqual([open.id])

      // The URL of a local status resolves to it.
      const openUrl = (yield* Timelines.publicTimeline().pipe(run)).items.find((s) => s.id === open.id)?.url
      expect(openUrl).toBeTruthy()
      const resolved = yield* Search.search(openUrl ?? "", { resolve: true }).pipe(run)
      expect(ids(resolved.statuses)).toEqual([open.id])

      // Anonymous: accounts and hashtags, no statuses, no resolve, no offset.
      const anon = as(undefined)
      const anonymous = yield* Search.search("cat").pipe(anon)
      expect(anonymous.statuses).toEqual([])
      expect(anonymous.accounts.map((a) => a.username)).toEqual(["alice"])
      expect((yield* Effect.flip(Search.search("alice", { resolve: true }).pipe(anon)))._tag).toBe("Unauthorized")
      expect((yield* Effect.flip(Search.search("alice", { type: "accounts", offset: 1 }).pipe(anon)))._tag).toBe("Unauthorized")
      expect((yield* Effect.flip(Search.search(" ").pipe(run)))._tag).toBe("InvalidArgument")
    }).pipe(Effect.provide(layer())))

  it.effect("trends: tags by accounts using them, statuses by reblogs and favourites, offset paging; unreviewed tags left out on request", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "ta" })
      const b = yield* Seed.createAccount({ username: "tb" })
      const c = yield* Seed.createAccount({ username: "tc" })
      yield* Seed.createStatus(a, { text: "#popular" })
      yield* Seed.createStatus(b, { text: "#popular" })
      yield* Seed.createStatus(c, { text: "#popular #niche" })
      yield* Seed.createStatus(a, { text: "#hidden", visibility: "private" })
      const loved = yield* Seed.createStatus(a, { text: "loved" })
      const liked = yield* Seed.createStatus(b, { text: "liked" })
      yield* Seed.createStatus(c, { text: "ignored" })
      const shy = yield* Seed.createAccount({ username: "shy", discoverable: false })
      const shyPost = yield* Seed.createStatus(shy, { text: "not for trends" })
      yield* Seed.favourite(a, shyPost.id)
      yield* Seed.favourite(b, loved.id)
      yield* Seed.reblog(c, loved.id)
      yield* Seed.favourite(a, liked.id)
      const anon = as(undefined)

      const tags = yield* Trends.tags().pipe(anon)
      expect(tags.map((t) => t.name)).toEqual(["popular", "niche"])
      expect(tags[0]?.history?.[0]).toMatchObject({ uses: "3", accounts: "3" })
      expect((yield* Trends.tags({ offset: 1, limit: 1 }).pipe(anon)).map((t) => t.name)).toEqual(["niche"])
      expect((yield* collect(Streams.trendingTags({ limit: 1 })).pipe(anon)).map((t) => t.name)).toEqual(["popular", "niche"])

      expect(ids(yield* Trends.statuses().pipe(anon))).toEqual([loved.id, liked.id])
      expect(ids(yield* collect(Streams.trendingStatuses({ limit: 1 })).pipe(anon))).toEqual([loved.id, liked.id])
      expect(yield* collect(Streams.trendingLinks()).pipe(anon)).toEqual([])

      // Search with exclude_unreviewed keeps only tags that trend.
      yield* Tags.follow("unused").pipe(as(a.token))
      const all = yield* Search.search("n", { type: "hashtags" }).pipe(as(a.token))
      expect(all.hashtags.map((t) => t.name)).toEqual(["niche"])
      const u = yield* Search.search("u", { type: "hashtags" }).pipe(as(a.token))
      expect(u.hashtags.map((t) => t.name)).toEqual(["unused"])
      expect((yield* Search.search("u", { type: "hashtags", exclude_unreviewed: true }).pipe(as(a.token))).hashtags).toEqual([])
    }).pipe(Effect.provide(layer())))

  it.effect("tags: get, follow, unfollow, feature, unfeature; followed tags paged by follow records", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "tagger" })
      const run = as(me.token)
      yield* Seed.createStatus(me, { text: "#Rust is nice" })

      const rust = yield* Tags.get("rust").pipe(run)
      expect(rust).toMatchObject({ name: "rust", following: false, featuring: false })
      expect(rust.history?.[0]).toMatchObject({ uses: "1", accounts: "1" })
      expect(rust.id).toBeDefined()
      expect(yield* Tags.get("#RUST").pipe(as(undefined))).not.toHaveProperty("following")

      expect(yield* Tags.follow("rust").pipe(run)).toMatchObject({ following: true })
      // Idempotent since 4.1.
      expect(yield* Tags.follow("Rust").pipe(run)).toMatchObject({ following: true })
      yield* Tags.follow("effect").pipe(run)
      yield* Tags.follow("typescript").pipe(run)
      const page = yield* FollowedTags.list({ limit: 2 }).pipe(run)
      expect(page.items.map((t) => t.name)).toEqual(["typescript", "effect"])
      expect(Option.isSome(page.next)).toBe(true)
      expect((yield* collect(Streams.followedTags({ limit: 1 })).pipe(run)).map((t) => t.name)).toEqual(["typescript", "effect", "rust"])

      expect(yield* Tags.unfollow("effect").pipe(run)).toMatchObject({ following: false })
      expect(yield* Tags.unfollow("effect").pipe(run)).toMatchObject({ following: false })
      expect((yield* collect(Streams.followedTags()).pipe(run)).map((t) => t.name)).toEqual(["typescript", "rust"])

      expect(yield* Tags.feature("rust").pipe(run)).toMatchObject({ featuring: true })
      expect(yield* Tags.feature("rust").pipe(run)).toMatchObject({ featuring: true })
      expect((yield* Tags.get("rust").pipe(run)).featuring).toBe(true)
      expect(yield* Tags.unfeature("rust").pipe(run)).toMatchObject({ featuring: false })

      // Seeding follows a tag the same way.
      yield* Seed.followTag(me, "#Seeded")
      expect((yield* collect(Streams.followedTags()).pipe(run)).map((t) => t.name)).toEqual(["seeded", "typescript", "rust"])
      expect((yield* Effect.flip(Seed.followTag(me, "not a tag")))._tag).toBe("InvalidArgument")

      expect((yield* Effect.flip(Tags.get("not-a-tag!").pipe(run)))._tag).toBe("NotFound")
      expect((yield* Effect.flip(Tags.follow("x").pipe(as(undefined))))._tag).toBe("Unauthorized")
    }).pipe(Effect.provide(layer())))
})

describe.each(faces)("Tags before 4.1, $name face", ({ layer }) => {
  it.effect("following a tag twice is an UnprocessableEntity, and followed tags come all at once", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "early" })
      const run = as(me.token)
      yield* Tags.follow("one").pipe(run)
      yield* Tags.follow("two").pipe(run)
      expect((yield* Effect.flip(Tags.follow("one").pipe(run)))._tag).toBe("UnprocessableEntity")
      const page = yield* FollowedTags.list({ limit: 1 }).pipe(run)
      expect(page.items.map((t) => t.name)).toEqual(["one", "two"])
      expect(Option.isNone(page.next)).toBe(true)
    }).pipe(Effect.provide(layer({ version: "4.0.2" }))))
})
