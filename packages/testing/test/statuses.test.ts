/**
 * Statuses on the fake instance, through raw HTTP on both faces: posting with the server's
 * validation and `Idempotency-Key`, visibility, interactions and their counts, threads, edits,
 * deletion, translation, pins and quotes.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Context from "@mastodon-effect/core/Context"
import * as StatusEdit from "@mastodon-effect/core/StatusEdit"
import * as StatusSource from "@mastodon-effect/core/StatusSource"
import * as Status from "@mastodon-effect/core/Status"
import * as Translation from "@mastodon-effect/core/Translation"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import { faces, links, req, type Res } from "./utils/http.js"

const decodeStatus = Schema.decodeUnknownSync(Status.Status)
const decodeStatuses = Schema.decodeUnknownSync(Schema.Array(Status.Status))

describe.each(faces)("statuses ($name face)", ({ layer }) => {
  it.effect("posts a status with every field and reads it back, anonymous or signed in", () =>
    Effect.gen(function*() {
      const alice = yield* Seed.createAccount({ username: "alice" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const posted = yield* req("POST", "/api/v1/statuses", {
        token: alice.token,
        form: { status: "Hello @bob, see https://example.com/a/very/long/path #Effect", spoiler_text: "cw", language: "de", visibility: "unlisted" }
      })
      expect(posted.status).toBe(200)
      const status = decodeStatus(posted.json)
      expect(status).toMatchObject({
        visibility: "unlisted",
        sensitive: true,
        spoiler_text: "cw",
        language: "de",
        in_reply_to_id: null,
        reblogs_count: 0,
        favourites_count: 0,
        replies_count: 0,
        favourited: false,
        reblogged: false,
        bookmarked: false,
        muted: false,
        pinned: false,
        edited_at: null
      })
      // Mentions and hashtags are linked as Mastodon formats them; URLs too.
      const origin = yield* MastodonInstance.origin
      expect(status.content).toBe(
        `<p>Hello <span class="h-card" translate="no"><a href="${origin}/@bob" class="u-url mention">@<span>bob</span></a></span>, ` +
          'see <a href="https://example.com/a/very/long/path" target="_blank" rel="nofollow noopener" translate="no">https://example.com/a/very/long/path</a> ' +
          `<a href="${origin}/tags/effect" class="mention hashtag" rel="tag">#<span>Effect</span></a></p>`
      )
      expect(status.mentions.map((m) => m.acct)).toEqual(["bob"])
      expect(status.tags.map((t) => t.name)).toEqual(["effect"])
      expect(status.application?.name).toBe("Web")
      expect(status.account.id).toBe(alice.id)
      expect(posted.json.quote).toBeNull()
      expect(posted.json.quote_approval).toEqual({ automatic: ["public"], manual: [], current_user: "automatic" })

      const anonymous = yield* req("GET", `/api/v1/statuses/${status.id}`)
      expect(anonymous.status).toBe(200)
      // Viewer flags only appear for a signed-in viewer.
      expect(anonymous.json.favourited).toBeUndefined()
      expect(anonymous.json.pinned).toBeUndefined()
      const asBob = yield* req("GET", `/api/v1/statuses/${status.id}`, { token: bob.token })
      expect(asBob.json).toMatchObject({ favourited: false, filtered: [] })
      // `pinned` only shows on one's own pinnable statuses.
      expect(asBob.json.pinned).toBeUndefined()
      expect((yield* req("GET", "/api/v1/statuses/999999")).json).toEqual({ error: "Record not found" })
    }).pipe(Effect.provide(layer())))

  it.effect("answers 422 with the server's wording for invalid posts", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const post = (form: Record<string, string | ReadonlyArray<string>>) => req("POST", "/api/v1/statuses", { token: me.token, form })
      const blank = yield* post({ status: "  " })
      expect(blank.status).toBe(422)
      expect(blank.json).toEqual({ error: "Validation failed: Text can't be blank" })
      expect((yield* post({ status: "x".repeat(501) })).json).toEqual({ error: "Validation failed: Text character limit of 500 exceeded" })
      // A URL counts as 23 characters whatever its length.
      expect((yield* post({ status: `${"x".repeat(470)} https://example.com/${"y".repeat(100)}` })).status).toBe(200)
      yield* Seed.configureStatuses({ maxCharacters: 10 })
      expect((yield* req("GET", "/api/v2/instance")).json.configuration.statuses.max_characters).toBe(10)
      expect((yield* post({ status: "eleven char" })).json).toEqual({ error: "Validation failed: Text character limit of 10 exceeded" })
      expect((yield* post({ status: "short", spoiler_text: "warning!" })).status).toBe(422)
      yield* Seed.configureStatuses({ maxCharacters: 500 })

      const media = yield* Seed.uploadMedia(me)
      const withBoth = yield* post({ status: "x", "media_ids[]": [media.id], "poll[options][]": ["a", "b"], "poll[expires_in]": "3600" })
      expect(withBoth.json).toEqual({ error: "Cannot attach more than 4 files" })
      const five = []
      for (let i = 0; i < 5; i++) five.push((yield* Seed.uploadMedia(me)).id)
      expect((yield* post({ status: "x", "media_ids[]": five })).json).toEqual({ error: "Cannot attach more than 4 files" })
      expect((yield* post({ status: "x", "media_ids[]": ["404404"] })).json).toEqual({ error: "Media 404404 not found or already attached to another post" })
      const other = yield* Seed.createAccount({ username: "other" })
      const theirs = yield* Seed.uploadMedia(other)
      expect((yield* post({ status: "x", "media_ids[]": [theirs.id] })).status).toBe(422)

      expect((yield* post({ status: "x", "poll[options][]": ["only"], "poll[expires_in]": "3600" })).json)
        .toEqual({ error: "Validation failed: Poll options must have more than one item" })
      expect((yield* post({ status: "x", "poll[options][]": ["a", "a"], "poll[expires_in]": "60" })).json)
        .toEqual({ error: "Validation failed: Poll options must not contain duplicate items, Poll expires at is too soon" })
      expect((yield* post({ status: "x", "poll[options][]": ["a", "b", "c", "d", "e"], "poll[expires_in]": "3600" })).json)
        .toEqual({ error: "Validation failed: Poll options can't contain more than 4 items" })
      expect((yield* post({ status: "x", visibility: "everyone" })).json).toEqual({ error: "'everyone' is not a valid visibility" })
      expect((yield* post({ status: "x", in_reply_to_id: "12345" })).json)
        .toEqual({ error: "The post you are trying to reply to does not appear to exist." })
      // Media alone is enough.
      const onlyMedia = yield* post({ "media_ids[]": [media.id] })
      expect(onlyMedia.status).toBe(200)
      expect(onlyMedia.json.media_attachments.map((m: { id: string }) => m.id)).toEqual([media.id])
      // Attached media cannot be attached again.
      expect((yield* post({ status: "again", "media_ids[]": [media.id] })).status).toBe(422)
    }).pipe(Effect.provide(layer())))

  it.effect("takes JSON bodies as well as forms (poll, media, media_attributes)", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const withPoll = yield* req("POST", "/api/v1/statuses", {
        token: me.token,
        json: { status: "JSON poll", sensitive: true, poll: { options: ["x", "y"], expires_in: 600, multiple: true, hide_totals: false } }
      })
      expect(withPoll.json).toMatchObject({ sensitive: true, poll: { multiple: true, options: [{ title: "x" }, { title: "y" }] } })
      const media = yield* Seed.uploadMedia(me)
      const withMedia = yield* req("POST", "/api/v1/statuses", { token: me.token, json: { status: "pic", media_ids: [media.id], visibility: "private" } })
      expect(withMedia.json).toMatchObject({ visibility: "private", media_attachments: [{ id: media.id }] })
      const edited = yield* req("PUT", `/api/v1/statuses/${withMedia.json.id}`, {
        token: me.token,
        json: { status: "pic, described", media_ids: [media.id], media_attributes: [{ id: media.id, description: "a dot", focus: "0.1,0.2" }] }
      })
      expect(edited.json.media_attachments[0]).toMatchObject({ description: "a dot", meta: { focus: { x: 0.1, y: 0.2 } } })
    }).pipe(Effect.provide(layer())))

  it.effect("honours Idempotency-Key per account for an hour: the same status, no second post", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const post = (token: string, key: string, text: string) =>
        req("POST", "/api/v1/statuses", { token, form: { status: text }, headers: { "idempotency-key": key } })
      const first = yield* post(me.token, "k1", "once")
      const again = yield* post(me.token, "k1", "once, sent again")
      expect(again.json.id).toBe(first.json.id)
      expect(again.json.content).toBe("<p>once</p>")
      // The key belongs to the account: another token of the same account replays it too.
      const second = yield* Seed.createToken(me, "write")
      expect((yield* post(second, "k1", "x")).json.id).toBe(first.json.id)
      expect(yield* Seed.postedStatuses).toBe(1)
      // Another account, or another key, posts anew.
      expect((yield* post(other.token, "k1", "mine")).json.id).not.toBe(first.json.id)
      expect((yield* post(me.token, "k2", "two")).json.id).not.toBe(first.json.id)
      expect(yield* Seed.postedStatuses).toBe(3)
      // After an hour the key is forgotten.
      yield* TestClock.adjust("61 minutes")
      expect((yield* post(me.token, "k1", "later")).json.content).toBe("<p>later</p>")
      expect(yield* Seed.postedStatuses).toBe(4)
      const created = (yield* MastodonInstance.requests).filter((r) => r.method === "POST" && r.path === "/api/v1/statuses")
      expect(created).toHaveLength(6)
    }).pipe(Effect.provide(layer())))

  it.effect("keeps a post whose response was lost, and replays it for a retry with the same key", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Faults.inject(Faults.responseLost, { path: "/api/v1/statuses", method: "POST", times: 1 })
      const send = req("POST", "/api/v1/statuses", { token: me.token, form: { status: "exactly once" }, headers: { "idempotency-key": "retry-me" } })
      const lost = yield* Effect.either(send)
      expect(lost._tag).toBe("Left")
      // The status exists although the client never saw it; the retry gets it instead of a twin.
      expect(yield* Seed.postedStatuses).toBe(1)
      const retried = yield* send
      expect(retried.status).toBe(200)
      expect(yield* Seed.postedStatuses).toBe(1)
      const mine = yield* req("GET", `/api/v1/accounts/${me.id}/statuses`)
      expect(mine.json.map((x: { id: string }) => x.id)).toEqual([retried.json.id])
    }).pipe(Effect.provide(layer())))

  it.effect("hides private and direct posts from those who may not see them, with 404", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const follower = yield* Seed.createAccount({ username: "follower" })
      const mentioned = yield* Seed.createAccount({ username: "mentioned" })
      const stranger = yield* Seed.createAccount({ username: "stranger" })
      const blocked = yield* Seed.createAccount({ username: "blocked" })
      yield* Seed.follow(follower, author)
      yield* Seed.block(author, blocked)
      const post = (status: string, visibility: string) =>
        Effect.map(req("POST", "/api/v1/statuses", { token: author.token, form: { status, visibility } }), (r) => r.json.id as string)
      const pub = yield* post("public", "public")
      const priv = yield* post("followers only, cc @mentioned", "private")
      const dm = yield* post("@mentioned psst", "direct")
      const get = (id: string, token?: string) => Effect.map(req("GET", `/api/v1/statuses/${id}`, { token }), (r) => r.status)
      expect([yield* get(pub), yield* get(pub, stranger.token), yield* get(pub, blocked.token)]).toEqual([200, 200, 404])
      expect([yield* get(priv), yield* get(priv, stranger.token), yield* get(priv, follower.token), yield* get(priv, mentioned.token)])
        .toEqual([404, 404, 200, 200])
      expect([yield* get(dm, follower.token), yield* get(dm, mentioned.token), yield* get(dm, author.token)]).toEqual([404, 200, 200])

      // The multi-get returns what the caller may see, in the order asked, without duplicates.
      const many = yield* req("GET", `/api/v1/statuses?id[]=${dm}&id[]=${priv}&id[]=${pub}&id[]=${pub}&id[]=1`, { token: follower.token })
      expect(decodeStatuses(many.json).map((s) => s.id)).toEqual([priv, pub])
      // The account's statuses follow the same rules: a mentioned account sees the posts naming it.
      const listed = yield* req("GET", `/api/v1/accounts/${author.id}/statuses`, { token: stranger.token })
      expect(listed.json.map((s: { id: string }) => s.id)).toEqual([pub])
      const asMentioned = yield* req("GET", `/api/v1/accounts/${author.id}/statuses`, { token: mentioned.token })
      expect(asMentioned.json.map((s: { id: string }) => s.id)).toEqual([dm, priv, pub])
      const asFollower = yield* req("GET", `/api/v1/accounts/${author.id}/statuses`, { token: follower.token })
      expect(asFollower.json.map((s: { id: string }) => s.id)).toEqual([priv, pub])
      const tooMany = Array.from({ length: 21 }, (_, i) => `id[]=${i + 1}`).join("&")
      expect((yield* req("GET", `/api/v1/statuses?${tooMany}`)).json).toEqual({ error: "Mastodon::ValidationError" })
      // A token without a read scope is refused even on a public route.
      const writeOnly = yield* Seed.createToken(stranger, "write")
      expect((yield* req("GET", `/api/v1/statuses/${pub}`, { token: writeOnly })).status).toBe(403)
    }).pipe(Effect.provide(layer())))

  it.effect("checks scopes in Mastodon's order: 401, then 403", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const { id } = yield* Seed.createStatus(me, { text: "hi" })
      expect((yield* req("POST", "/api/v1/statuses", { form: { status: "x" } })).json).toEqual({ error: "The access token is invalid" })
      const read = yield* Seed.createToken(me, "read")
      const denied = yield* req("POST", "/api/v1/statuses", { token: read, form: { status: "x" } })
      expect(denied.status).toBe(403)
      expect(denied.json).toEqual({ error: "This action is outside the authorized scopes" })
      const statusesOnly = yield* Seed.createToken(me, "write:statuses")
      expect((yield* req("POST", `/api/v1/statuses/${id}/favourite`, { token: statusesOnly })).status).toBe(403)
      expect((yield* req("POST", `/api/v1/statuses/${id}/bookmark`, { token: statusesOnly })).status).toBe(403)
      expect((yield* req("POST", `/api/v1/statuses/${id}/pin`, { token: statusesOnly })).status).toBe(403)
      expect((yield* req("POST", `/api/v1/statuses/${id}/mute`, { token: statusesOnly })).status).toBe(403)
      expect((yield* req("POST", `/api/v1/statuses/${id}/reblog`, { token: statusesOnly })).status).toBe(200)
      const fav = yield* Seed.createToken(me, "write:favourites")
      expect((yield* req("POST", `/api/v1/statuses/${id}/favourite`, { token: fav })).status).toBe(200)
      expect((yield* req("POST", `/api/v1/statuses/${id}/pin`, { token: yield* Seed.createToken(me, "write:accounts") })).status).toBe(200)
      expect((yield* req("POST", `/api/v1/statuses/${id}/mute`, { token: yield* Seed.createToken(me, "write:mutes") })).status).toBe(200)
      expect((yield* req("POST", `/api/v1/statuses/${id}/bookmark`, { token: yield* Seed.createToken(me, "write:bookmarks") })).status).toBe(200)
    }).pipe(Effect.provide(layer())))

  it.effect("favourites, boosts, bookmarks and mutes, with counts and flags per viewer", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const fans = []
      for (let i = 0; i < 5; i++) fans.push(yield* Seed.createAccount({ username: `fan${i}` }))
      const { id } = yield* Seed.createStatus(author, { text: "popular" })
      for (const f of fans) {
        const r = yield* req("POST", `/api/v1/statuses/${id}/favourite`, { token: f.token })
        expect(r.json.favourited).toBe(true)
      }
      // Favouriting twice changes nothing.
      expect((yield* req("POST", `/api/v1/statuses/${id}/favourite`, { token: fans[0]?.token })).json.favourites_count).toBe(5)
      const page = yield* req("GET", `/api/v1/statuses/${id}/favourited_by?limit=2`)
      expect(page.json.map((a: { username: string }) => a.username)).toEqual(["fan4", "fan3"])
      const rest = yield* req("GET", links(page)["next"] ?? "")
      expect(rest.json.map((a: { username: string }) => a.username)).toEqual(["fan2", "fan1"])
      const unfav = yield* req("POST", `/api/v1/statuses/${id}/unfavourite`, { token: fans[4]?.token })
      expect(unfav.json).toMatchObject({ favourited: false, favourites_count: 4 })
      expect((yield* req("GET", `/api/v1/statuses/${id}`, { token: author.token })).json).toMatchObject({ favourited: false, favourites_count: 4 })

      const boost = yield* req("POST", `/api/v1/statuses/${id}/reblog`, { token: fans[0]?.token, form: { visibility: "unlisted" } })
      const wrapper = decodeStatus(boost.json)
      expect(wrapper.visibility).toBe("unlisted")
      expect(wrapper.reblog?.id).toBe(id)
      expect(wrapper.reblog).toMatchObject({ reblogged: true, reblogs_count: 1 })
      // Boosting again returns the same boost; boosting the boost boosts the original.
      expect((yield* req("POST", `/api/v1/statuses/${wrapper.id}/reblog`, { token: fans[0]?.token })).json.id).toBe(wrapper.id)
      yield* req("POST", `/api/v1/statuses/${id}/reblog`, { token: fans[1]?.token })
      const boosters = yield* req("GET", `/api/v1/statuses/${id}/reblogged_by`)
      expect(boosters.json.map((a: { username: string }) => a.username)).toEqual(["fan1", "fan0"])
      const unboost = yield* req("POST", `/api/v1/statuses/${id}/unreblog`, { token: fans[0]?.token })
      expect(unboost.json).toMatchObject({ id, reblogged: false, reblogs_count: 1 })
      expect((yield* req("GET", `/api/v1/statuses/${wrapper.id}`)).status).toBe(404)

      const bookmarked = yield* req("POST", `/api/v1/statuses/${id}/bookmark`, { token: fans[2]?.token })
      expect(bookmarked.json.bookmarked).toBe(true)
      expect((yield* req("GET", `/api/v1/statuses/${id}`, { token: fans[3]?.token })).json.bookmarked).toBe(false)
      expect((yield* req("POST", `/api/v1/statuses/${id}/unbookmark`, { token: fans[2]?.token })).json.bookmarked).toBe(false)

      // Muting a conversation mutes the whole thread for that viewer.
      const [, reply] = yield* Seed.createThread(author, ["x", "y"], { reply: id })
      expect((yield* req("POST", `/api/v1/statuses/${id}/mute`, { token: fans[2]?.token })).json.muted).toBe(true)
      expect((yield* req("GET", `/api/v1/statuses/${reply?.id}`, { token: fans[2]?.token })).json.muted).toBe(true)
      expect((yield* req("GET", `/api/v1/statuses/${reply?.id}`, { token: fans[3]?.token })).json.muted).toBe(false)
      expect((yield* req("POST", `/api/v1/statuses/${reply?.id}/unmute`, { token: fans[2]?.token })).json.muted).toBe(false)
    }).pipe(Effect.provide(layer())))

  it.effect("walks favourited_by and reblogged_by with the server's limits (40, max 80) over seeded interactions", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const { id } = yield* Seed.createStatus(me, { text: "viral" })
      yield* Seed.favourites(id, 130, { prefix: "liker" })
      expect((yield* req("GET", `/api/v1/statuses/${id}/favourited_by`)).json).toHaveLength(40)
      const seen: Array<string> = []
      let url: string | undefined = `/api/v1/statuses/${id}/favourited_by?limit=500`
      let pages = 0
      while (url !== undefined) {
        const page: Res = yield* req("GET", url)
        pages++
        seen.push(...page.json.map((a: { username: string }) => a.username))
        url = links(page)["next"]
      }
      expect(pages).toBe(2)
      expect(seen).toEqual(Array.from({ length: 130 }, (_, i) => `liker${130 - i}`))
      expect((yield* req("GET", `/api/v1/statuses/${id}`)).json.favourites_count).toBe(130)

      const fans = []
      for (let i = 0; i < 3; i++) fans.push(yield* Seed.createAccount({ username: `booster${i}` }))
      for (const f of fans) yield* Seed.reblog(f, id)
      yield* Seed.bookmark(me, id)
      yield* Seed.favourite(me, id)
      const boosters = yield* req("GET", `/api/v1/statuses/${id}/reblogged_by?limit=2`)
      expect(boosters.json.map((a: { username: string }) => a.username)).toEqual(["booster2", "booster1"])
      const older = yield* req("GET", links(boosters)["next"] ?? "")
      expect(older.json.map((a: { username: string }) => a.username)).toEqual(["booster0"])
      expect((yield* req("GET", `/api/v1/statuses/${id}`, { token: me.token })).json)
        .toMatchObject({ reblogs_count: 3, favourites_count: 131, favourited: true, bookmarked: true, reblogged: false })
    }).pipe(Effect.provide(layer())))

  it.effect("refuses boosts of others' private posts and keeps the author's private boost private", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const follower = yield* Seed.createAccount({ username: "follower" })
      yield* Seed.follow(follower, author)
      const { id } = yield* Seed.createStatus(author, { text: "secret", visibility: "private" })
      const refused = yield* req("POST", `/api/v1/statuses/${id}/reblog`, { token: follower.token })
      expect(refused.status).toBe(403)
      expect(refused.json).toEqual({ error: "This action is not allowed" })
      const own = yield* req("POST", `/api/v1/statuses/${id}/reblog`, { token: author.token, form: { visibility: "public" } })
      expect(own.json.visibility).toBe("private")
      const dm = yield* Seed.createStatus(author, { text: "dm", visibility: "direct" })
      expect((yield* req("POST", `/api/v1/statuses/${dm.id}/reblog`, { token: author.token })).status).toBe(403)
    }).pipe(Effect.provide(layer())))

  it.effect("builds the context of a thread, hiding what the viewer may not see, and counts replies", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      const thread = yield* Seed.createThread(me, ["one", "two", "three"])
      const [one, two, three] = thread.map((s) => s.id)
      const side = yield* req("POST", "/api/v1/statuses", { token: friend.token, form: { status: "a private aside", in_reply_to_id: one ?? "", visibility: "private" } })
      const answer = yield* req("POST", "/api/v1/statuses", { token: friend.token, form: { status: "@me nice", in_reply_to_id: two ?? "" } })
      expect(answer.json).toMatchObject({ in_reply_to_id: two, in_reply_to_account_id: me.id })

      const ctx = Schema.decodeUnknownSync(Context.Context)((yield* req("GET", `/api/v1/statuses/${two}/context`)).json)
      expect(ctx.ancestors.map((s) => s.id)).toEqual([one])
      expect(ctx.descendants.map((s) => s.id)).toEqual([three, answer.json.id])
      // The private aside shows to its author only; descendants are depth first.
      const rootAsStranger = yield* req("GET", `/api/v1/statuses/${one}/context`)
      expect(rootAsStranger.json.descendants.map((s: { id: string }) => s.id)).toEqual([two, three, answer.json.id])
      const rootAsFriend = yield* req("GET", `/api/v1/statuses/${one}/context`, { token: friend.token })
      expect(rootAsFriend.json.descendants.map((s: { id: string }) => s.id)).toEqual([two, three, answer.json.id, side.json.id])
      // Private replies do not count, as on Mastodon.
      expect((yield* req("GET", `/api/v1/statuses/${one}`)).json.replies_count).toBe(1)
      expect((yield* req("GET", `/api/v1/statuses/${two}`)).json.replies_count).toBe(2)
    }).pipe(Effect.provide(layer())))

  it.effect("edits with history and source, and deletes returning the text and media for redrafting", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const media = yield* Seed.uploadMedia(me, { description: "a pixel" })
      const posted = yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: "first draft", "media_ids[]": [media.id] } })
      const id = posted.json.id as string
      const never = Schema.decodeUnknownSync(Schema.Array(StatusEdit.StatusEdit))((yield* req("GET", `/api/v1/statuses/${id}/history`)).json)
      expect(never.map((e) => e.content)).toEqual(["<p>first draft</p>"])

      yield* TestClock.adjust("1 minute")
      const edited = yield* req("PUT", `/api/v1/statuses/${id}`, {
        token: me.token,
        form: { status: "second draft", spoiler_text: "cw", "media_ids[]": [media.id], "media_attributes[0][id]": media.id, "media_attributes[0][description]": "still a pixel" }
      })
      expect(edited.status).toBe(200)
      expect(edited.json).toMatchObject({ content: "<p>second draft</p>", spoiler_text: "cw", sensitive: true, edited_at: "1970-01-01T00:01:00.000Z" })
      expect(edited.json.media_attachments[0].description).toBe("still a pixel")
      const history = Schema.decodeUnknownSync(Schema.Array(StatusEdit.StatusEdit))((yield* req("GET", `/api/v1/statuses/${id}/history`)).json)
      expect(history.map((e) => [e.content, e.spoiler_text])).toEqual([["<p>first draft</p>", ""], ["<p>second draft</p>", "cw"]])
      const source = Schema.decodeUnknownSync(StatusSource.StatusSource)((yield* req("GET", `/api/v1/statuses/${id}/source`, { token: me.token })).json)
      expect(source).toEqual({ id, text: "second draft", spoiler_text: "cw" })
      expect((yield* req("PUT", `/api/v1/statuses/${id}`, { token: me.token, form: { status: "" } })).json)
        .toEqual({ error: "Validation failed: Text can't be blank" })
      expect((yield* req("PUT", `/api/v1/statuses/${id}`, { token: other.token, form: { status: "mine now" } })).status).toBe(404)

      expect((yield* req("DELETE", `/api/v1/statuses/${id}`, { token: other.token })).status).toBe(404)
      const deleted = yield* req("DELETE", `/api/v1/statuses/${id}`, { token: me.token })
      expect(deleted.status).toBe(200)
      expect(deleted.json).toMatchObject({ id, text: "second draft", spoiler_text: "cw" })
      expect(deleted.json.media_attachments.map((m: { id: string }) => m.id)).toEqual([media.id])
      expect((yield* req("GET", `/api/v1/statuses/${id}`)).status).toBe(404)
      // The attachment is free again for the redraft.
      const redraft = yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: deleted.json.text, "media_ids[]": [media.id] } })
      expect(redraft.status).toBe(200)
    }).pipe(Effect.provide(layer())))

  it.effect("translates public posts deterministically and refuses private ones", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const { id } = yield* Seed.createStatus(me, { text: "Hallo Welt", language: "de", spoiler_text: "Achtung" })
      const t = Schema.decodeUnknownSync(Translation.Translation)((yield* req("POST", `/api/v1/statuses/${id}/translate`, { token: me.token, form: { lang: "en" } })).json)
      expect(t).toMatchObject({ content: "<p>[en] Hallo Welt</p>", spoiler_text: "[en] Achtung", detected_source_language: "de", language: "en" })
      expect((yield* req("POST", `/api/v1/statuses/${id}/translate`, { token: me.token, form: { lang: "de" } })).status).toBe(403)
      const priv = yield* Seed.createStatus(me, { text: "privat", language: "de", visibility: "private" })
      expect((yield* req("POST", `/api/v1/statuses/${priv.id}/translate`, { token: me.token, form: { lang: "en" } })).json).toEqual({ error: "This action is not allowed" })
      expect((yield* req("POST", `/api/v1/statuses/${id}/translate`, { form: { lang: "en" } })).status).toBe(401)
      // Configured translation languages restrict the pairs.
      yield* Seed.instanceInfo({ translationLanguages: { de: ["fr"] } })
      expect((yield* req("POST", `/api/v1/statuses/${id}/translate`, { token: me.token, form: { lang: "en" } })).status).toBe(403)
      expect((yield* req("POST", `/api/v1/statuses/${id}/translate`, { token: me.token, form: { lang: "fr" } })).json.content).toBe("<p>[fr] Hallo Welt</p>")
    }).pipe(Effect.provide(layer())))

  it.effect("pins up to five own public, unlisted or private posts", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const pin = (id: string) => req("POST", `/api/v1/statuses/${id}/pin`, { token: me.token })
      const ids: Array<string> = []
      for (let i = 0; i < 6; i++) ids.push((yield* Seed.createStatus(me, { text: `s${i}`, visibility: i === 0 ? "private" : "public" })).id)
      for (const id of ids.slice(0, 5)) expect((yield* pin(id)).json.pinned).toBe(true)
      expect((yield* pin(ids[5] ?? "")).json).toEqual({ error: "Validation failed: You have already pinned the maximum number of posts" })
      expect((yield* pin(ids[0] ?? "")).json).toEqual({ error: "Validation failed: You have already pinned the maximum number of posts" })
      expect((yield* req("POST", `/api/v1/statuses/${ids[0]}/unpin`, { token: me.token })).json.pinned).toBe(false)
      expect((yield* pin(ids[1] ?? "")).json).toEqual({ error: "Duplicate record" })
      const theirs = yield* Seed.createStatus(other, { text: "theirs" })
      expect((yield* pin(theirs.id)).json).toEqual({ error: "Validation failed: Someone else's post cannot be pinned" })
      const dm = yield* Seed.createStatus(me, { text: "dm", visibility: "direct" })
      expect((yield* pin(dm.id)).json).toEqual({ error: "Validation failed: Posts that are only visible to mentioned users cannot be pinned" })
      expect((yield* pin(ids[5] ?? "")).status).toBe(200)
      const pinned = yield* req("GET", `/api/v1/accounts/${me.id}/statuses?pinned=true`)
      expect(pinned.json).toHaveLength(5)
    }).pipe(Effect.provide(layer())))

  it.effect("quotes (4.5+): quote, list quotes, revoke, interaction policy", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const quoter = yield* Seed.createAccount({ username: "quoter" })
      const { id } = yield* Seed.createStatus(author, { text: "quote me" })
      const quoting = yield* req("POST", "/api/v1/statuses", { token: quoter.token, form: { status: "so true", quoted_status_id: id } })
      expect(quoting.status).toBe(200)
      const decoded = decodeStatus(quoting.json)
      expect(decoded.quote).toMatchObject({ state: "accepted", quoted_status: { id } })
      expect(decoded.content).toContain("quote-inline")
      expect((yield* req("GET", `/api/v1/statuses/${id}`)).json.quotes_count).toBe(1)
      const quotes = yield* req("GET", `/api/v1/statuses/${id}/quotes`, { token: author.token })
      expect(quotes.json.map((s: { id: string }) => s.id)).toEqual([decoded.id])
      // Anyone who may see the post may list its quotes, without those by accounts they mute.
      const bystander = yield* Seed.createAccount({ username: "bystander" })
      expect((yield* req("GET", `/api/v1/statuses/${id}/quotes`, { token: bystander.token })).json).toHaveLength(1)
      yield* Seed.mute(bystander, quoter)
      expect((yield* req("GET", `/api/v1/statuses/${id}/quotes`, { token: bystander.token })).json).toEqual([])
      expect((yield* req("GET", `/api/v1/statuses/${id}/quotes`)).status).toBe(401)
      // A private mention quoting someone must mention them.
      expect((yield* req("POST", "/api/v1/statuses", { token: quoter.token, form: { status: "psst", visibility: "direct", quoted_status_id: id } })).json)
        .toEqual({ error: "Cannot quote a non-mentioned user in a Private Mention post." })
      expect((yield* req("POST", "/api/v1/statuses", { token: quoter.token, form: { status: "@author psst", visibility: "direct", quoted_status_id: id } })).status)
        .toBe(200)
      expect((yield* req("POST", `/api/v1/statuses/${id}/quotes/${decoded.id}/revoke`, { token: quoter.token })).status).toBe(403)
      const revoked = yield* req("POST", `/api/v1/statuses/${id}/quotes/${decoded.id}/revoke`, { token: author.token })
      expect(revoked.json.quote).toEqual({ state: "revoked", quoted_status: null })
      expect((yield* req("POST", `/api/v1/statuses/${id}/quotes/${decoded.id}/revoke`, { token: author.token })).status).toBe(404)

      const policy = yield* req("PUT", `/api/v1/statuses/${id}/interaction_policy`, { token: author.token, form: { quote_approval_policy: "nobody" } })
      expect(policy.json.quote_approval).toEqual({ automatic: [], manual: [], current_user: "automatic" })
      expect((yield* req("GET", `/api/v1/statuses/${id}`, { token: quoter.token })).json.quote_approval.current_user).toBe("denied")
      expect((yield* req("POST", "/api/v1/statuses", { token: quoter.token, form: { status: "again", quoted_status_id: id } })).json)
        .toEqual({ error: "The post you are trying to quote does not appear to exist." })
      expect((yield* req("PUT", `/api/v1/statuses/${id}/interaction_policy`, { token: quoter.token, form: { quote_approval_policy: "public" } })).status).toBe(404)
    }).pipe(Effect.provide(layer())))

  it.effect("leaves out quotes before 4.5 and the removed card route on 4.x", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const { id } = yield* Seed.createStatus(me, { text: "hi" })
      const status = yield* req("GET", `/api/v1/statuses/${id}`)
      // 4.4 renders `quote` (of remote posts) but has neither quote counts nor approval policies.
      expect(status.json.quote).toBeNull()
      expect(status.json.quotes_count).toBeUndefined()
      expect(status.json.quote_approval).toBeUndefined()
      expect(status.json.tagged_collections).toBeUndefined()
      expect((yield* req("GET", `/api/v1/statuses/${id}/quotes`, { token: me.token })).status).toBe(404)
      expect((yield* req("GET", `/api/v1/statuses/${id}/card`)).json).toEqual({ error: "Record not found" })
      // The multi-get came with 4.3.0.
      expect((yield* req("GET", `/api/v1/statuses?id[]=${id}`)).status).toBe(200)
    }).pipe(Effect.provide(layer({ version: "4.4.0" }))))

  it.effect("renders the status fields of older versions only (3.4: no edits, no filtered)", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const secret = yield* Seed.createStatus(me, { text: "followers only", visibility: "private" })
      expect((yield* req("POST", `/api/v1/statuses/${secret.id}/pin`, { token: me.token })).json)
        .toEqual({ error: "Validation failed: Non-public posts cannot be pinned" })
      const { id } = yield* Seed.createStatus(me, { text: "old times", poll: { options: ["a", "b"] } })
      const status = (yield* req("GET", `/api/v1/statuses/${id}`, { token: me.token })).json
      expect(status).toMatchObject({ replies_count: 0, bookmarked: false, card: null })
      expect(status.poll.options).toHaveLength(2)
      expect(status.edited_at).toBeUndefined()
      expect(status.filtered).toBeUndefined()
      expect(status.quote).toBeUndefined()
      expect((yield* req("PUT", `/api/v1/statuses/${id}`, { token: me.token, form: { status: "x" } })).status).toBe(404)
      expect((yield* req("GET", `/api/v1/statuses/${id}/history`)).status).toBe(404)
    }).pipe(Effect.provide(layer({ version: "3.4.0" }))))
})
