import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import * as Account from "@mastodon-effect/core/Account"
import * as FamiliarFollowers from "@mastodon-effect/core/FamiliarFollowers"
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as Status from "@mastodon-effect/core/Status"
import * as ErrorBody from "@mastodon-effect/core/MastodonErrorBody"
import * as Token from "@mastodon-effect/core/Token"
import * as List from "@mastodon-effect/core/List"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import { links, req } from "./utils/http.js"

const accounts = Schema.decodeUnknownSync(Schema.Array(Account.Account))
const statuses = Schema.decodeUnknownSync(Schema.Array(Status.Status))

const register = (token: string, form: Record<string, string>) => req("POST", "/api/v1/accounts", { token, form })

const appToken = Effect.gen(function*() {
  const app = yield* Seed.createApp({ name: "signup", scopes: "read write" })
  return yield* Seed.createAppToken(app, "write:accounts read")
})

const valid = { username: "newbie", email: "newbie@example.com", password: "long enough password", agreement: "true", locale: "en" }

describe("POST /api/v1/accounts", () => {
  it.effect("creates an account and returns a user token for the app", () =>
    Effect.gen(function*() {
      const token = yield* appToken
      const res = yield* register(token, valid)
      expect(res.status).toBe(200)
      const created = Schema.decodeUnknownSync(Token.Token)(res.json)
      expect(created.scope).toBe("write:accounts read")
      const me = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: res.json.access_token })
      expect(me.json.username).toBe("newbie")
    }).pipe(Effect.provide(MastodonInstance.layer({ requireEmailConfirmation: false }))))

  const cases: ReadonlyArray<readonly [string, Record<string, string>, string, string]> = [
    ["ERR_BLANK", { ...valid, password: "" }, "password", "Password can't be blank"],
    ["ERR_INVALID", { ...valid, username: "not valid!" }, "username", "Username must contain only letters, numbers and underscores"],
    ["ERR_TOO_LONG", { ...valid, username: "a".repeat(31) }, "username", "Username is too long (maximum is 30 characters)"],
    ["ERR_TOO_SHORT", { ...valid, password: "short" }, "password", "Password is too short (minimum is 8 characters)"],
    ["ERR_ACCEPTED", { ...valid, agreement: "false" }, "agreement", "Service agreement must be accepted"],
    ["ERR_RESERVED", { ...valid, username: "admin" }, "username", "Username is reserved"],
    ["ERR_INCLUSION", { ...valid, locale: "xx-NOPE" }, "locale", "Locale is not included in the list"],
    ["ERR_BLOCKED", { ...valid, email: "spam@mail.blocked.example" }, "email", "Email is not allowed"],
    ["ERR_TAKEN", { ...valid, username: "Existing" }, "username", "Username has already been taken"]
  ]
  for (const [code, form, field, message] of cases) {
    it.effect(`answers 422 with ${code} details`, () =>
      Effect.gen(function*() {
        yield* Seed.createAccount({ username: "existing" })
        const res = yield* register(yield* appToken, form)
        expect(res.status).toBe(422)
        const body = Schema.decodeUnknownSync(ErrorBody.MastodonErrorBody)(res.json)
        expect(body.error).toBe(`Validation failed: ${message}`)
        expect(body.details?.[field]?.[0]?.error).toBe(code)
        expect(Object.keys(body.details ?? {})).toEqual([field])
      }).pipe(Effect.provide(MastodonInstance.layer({ emailDomainBlocklist: ["blocked.example"] }))))
  }

  it.effect("lists every problem at once, and refuses closed registrations and missing scopes", () =>
    Effect.gen(function*() {
      const res = yield* register(yield* appToken, { username: "", email: "nope", password: "", agreement: "0" })
      expect(res.status).toBe(422)
      expect(Object.keys(res.json.details).sort()).toEqual(["agreement", "email", "password", "username"])
      expect(res.json.details.email[0].error).toBe("ERR_INVALID")
      const app = yield* Seed.createApp({ name: "x" })
      const readOnly = yield* Seed.createAppToken(app, "read")
      expect((yield* register(readOnly, valid)).status).toBe(403)
      expect((yield* req("POST", "/api/v1/accounts", { form: valid })).status).toBe(401)
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("answers 403 when registrations are closed", () =>
    Effect.gen(function*() {
      const res = yield* register(yield* appToken, valid)
      expect(res.status).toBe(403)
      expect(res.json).toEqual({ error: "This action is not allowed" })
    }).pipe(Effect.provide(MastodonInstance.layer({ registrations: "closed" }))))

  it.effect("keeps unconfirmed accounts out until confirmed; emails/confirmations works meanwhile", () =>
    Effect.gen(function*() {
      const token = yield* appToken
      const created = yield* register(token, valid)
      const userToken = created.json.access_token as string
      const blocked = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: userToken })
      expect(blocked.status).toBe(403)
      const resend = yield* req("POST", "/api/v1/emails/confirmations", { token: userToken, form: { email: "other@example.com" } })
      expect(resend.status).toBe(200)
      expect(resend.json).toEqual({})
      const me = yield* Seed.createAccount({ username: "someone" })
      const notTheApp = yield* req("POST", "/api/v1/emails/confirmations", { token: me.token })
      expect(notTheApp.status).toBe(403)
    }).pipe(Effect.provide(MastodonInstance.layer({ requireEmailConfirmation: true }))))
})

describe("account routes", () => {
  it.effect("gets one account, several accounts, and looks up by acct (local and remote)", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "alice", display_name: "Alice", note: "Hi <there>\nsecond line", bot: true })
      const r = yield* Seed.createAccount({ username: "someone", domain: "remote.example" })
      const one = Schema.decodeUnknownSync(Account.Account)((yield* req("GET", `/api/v1/accounts/${a.id}`)).json)
      expect(one).toMatchObject({ acct: "alice", url: "https://mastodon.test/@alice", bot: true, note: "<p>Hi &lt;there&gt;<br />second line</p>" })
      const missing = yield* req("GET", "/api/v1/accounts/999999")
      expect(missing.status).toBe(404)
      expect(missing.json).toEqual({ error: "Record not found" })
      const many = accounts((yield* req("GET", `/api/v1/accounts?id[]=${r.id}&id[]=424242&id[]=${a.id}`)).json)
      expect(many.map((x) => x.acct)).toEqual(["someone@remote.example", "alice"])
      expect((yield* req("GET", "/api/v1/accounts/lookup?acct=someone@remote.example")).json.id).toBe(r.id)
      expect((yield* req("GET", "/api/v1/accounts/lookup?acct=@alice@mastodon.test")).json.id).toBe(a.id)
      expect((yield* req("GET", "/api/v1/accounts/lookup?acct=nobody")).status).toBe(404)
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("searches with offset paging and the following filter", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const names = ["sam", "samantha", "samuel", "sammy"]
      const made = []
      for (const n of names) made.push(yield* Seed.createAccount({ username: n }))
      yield* Seed.createAccount({ username: "other", display_name: "Sam Other" })
      const page1 = accounts((yield* req("GET", "/api/v1/accounts/search?q=sam&limit=2", { token: me.token })).json)
      const page2 = accounts((yield* req("GET", "/api/v1/accounts/search?q=sam&limit=2&offset=2", { token: me.token })).json)
      const page3 = accounts((yield* req("GET", "/api/v1/accounts/search?q=sam&limit=2&offset=4", { token: me.token })).json)
      expect([...page1, ...page2, ...page3].map((a) => a.username)).toEqual(["sam", "samantha", "samuel", "sammy", "other"])
      yield* Seed.follow(me, made[1] ?? me)
      const following = accounts((yield* req("GET", "/api/v1/accounts/search?q=sam&following=true", { token: me.token })).json)
      expect(following.map((a) => a.username)).toEqual(["samantha"])
      expect((yield* req("GET", "/api/v1/accounts/search?q=sam")).status).toBe(401)
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("filters and pages account statuses", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a" })
      const viewer = yield* Seed.createAccount({ username: "viewer" })
      const other = yield* Seed.createAccount({ username: "other" })
      const first = yield* Seed.createStatus(a, { text: "first #Cats", pinned: true })
      const foreign = yield* Seed.createStatus(other, { text: "hi" })
      yield* Seed.createStatus(a, { text: "reply", reply: foreign.id })
      yield* Seed.createStatus(a, { text: "self reply", reply: first.id })
      yield* Seed.createStatus(a, { text: "", reblog: foreign.id })
      yield* Seed.createStatus(a, { text: "photo", media: [{ description: "a cat" }] })
      yield* Seed.createStatus(a, { text: "followers only", visibility: "private" })
      const get = (q: string, token?: string) => Effect.map(req("GET", `/api/v1/accounts/${a.id}/statuses${q}`, { token }), (r) => statuses(r.json))
      const texts = (xs: ReadonlyArray<Status.Status>) => xs.map((s) => s.reblog === null ? s.content : `RT ${s.reblog.content}`)
      // Hashtags are linked, as Mastodon formats local posts.
      const cats = '<p>first <a href="https://mastodon.test/tags/cats" class="mention hashtag" rel="tag">#<span>Cats</span></a></p>'
      expect(texts(yield* get(""))).toEqual(["<p>photo</p>", "RT <p>hi</p>", "<p>self reply</p>", "<p>reply</p>", cats])
      expect(texts(yield* get("?pinned=true"))).toEqual([cats])
      expect(texts(yield* get("?only_media=true"))).toEqual(["<p>photo</p>"])
      expect(texts(yield* get("?exclude_replies=true&exclude_reblogs=true"))).toEqual(["<p>photo</p>", "<p>self reply</p>", cats])
      expect(texts(yield* get("?tagged=cats"))).toEqual([cats])
      yield* Seed.follow(viewer, a)
      expect((yield* get("", viewer.token)).length).toBe(6)
      const page = yield* req("GET", `/api/v1/accounts/${a.id}/statuses?limit=2`)
      expect(page.json).toHaveLength(2)
      const next = yield* req("GET", links(page)["next"] ?? "")
      expect(texts(statuses(next.json))).toEqual(["<p>self reply</p>", "<p>reply</p>"])
      yield* Seed.block(a, viewer)
      expect(yield* get("", viewer.token)).toEqual([])
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("hides collections when asked, and from blocked viewers", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a", hide_collections: true })
      const b = yield* Seed.createAccount({ username: "b" })
      yield* Seed.follow(b, a)
      expect((yield* req("GET", `/api/v1/accounts/${a.id}/followers`)).json).toEqual([])
      expect((yield* req("GET", `/api/v1/accounts/${a.id}/followers`, { token: a.token })).json).toHaveLength(1)
      expect((yield* req("GET", `/api/v1/accounts/${b.id}/following`)).json).toHaveLength(1)
      yield* Seed.block(b, a)
      expect((yield* req("GET", `/api/v1/accounts/${b.id}/following`, { token: a.token })).json).toEqual([])
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("unfollows, removes from followers, unblocks, unmutes, unendorses", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const o = yield* Seed.createAccount({ username: "o" })
      yield* Seed.follow(me, o)
      yield* Seed.follow(o, me)
      const post = (action: string) => Effect.map(req("POST", `/api/v1/accounts/${o.id}/${action}`, { token: me.token }), (r) => r.json)
      expect(yield* post("pin")).toMatchObject({ endorsed: true })
      expect(yield* post("unpin")).toMatchObject({ endorsed: false })
      expect(yield* post("remove_from_followers")).toMatchObject({ followed_by: false, following: true })
      expect(yield* post("unfollow")).toMatchObject({ following: false })
      const notFollowing = yield* req("POST", `/api/v1/accounts/${o.id}/endorse`, { token: me.token })
      expect(notFollowing.status).toBe(422)
      expect(notFollowing.json.error).toBe("Validation failed: You must be already following the person you want to endorse")
      yield* post("block")
      expect(yield* post("unblock")).toMatchObject({ blocking: false })
      yield* post("mute")
      expect(yield* post("unmute")).toMatchObject({ muting: false })
      expect((yield* req("POST", "/api/v1/accounts/424242/follow", { token: me.token })).status).toBe(404)
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("ends a timed mute when the TestClock passes its expiry", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const o = yield* Seed.createAccount({ username: "o" })
      const muted = yield* req("POST", `/api/v1/accounts/${o.id}/mute`, { token: me.token, form: { duration: "60" } })
      expect(muted.json).toMatchObject({ muting: true, muting_notifications: true, muting_expires_at: "1970-01-01T00:01:00.000Z" })
      const mutes = yield* req("GET", "/api/v1/mutes", { token: me.token })
      expect(Schema.decodeUnknownSync(Schema.Array(Account.MutedAccount))(mutes.json)[0]?.mute_expires_at).toBeDefined()
      const later = yield* Effect.fork(Effect.zipRight(Effect.sleep("61 seconds"), req("GET", `/api/v1/accounts/relationships?id[]=${o.id}`, { token: me.token })))
      yield* TestClock.adjust("61 seconds")
      expect((yield* Fiber.join(later)).json[0]).toMatchObject({ muting: false })
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("finds familiar followers, featured tags, lists containing an account, identity proofs", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      const target = yield* Seed.createAccount({ username: "target" })
      yield* Seed.follow(me, friend)
      yield* Seed.follow(friend, target)
      const ff = yield* req("GET", `/api/v1/accounts/familiar_followers?id[]=${target.id}&id[]=${me.id}`, { token: me.token })
      const decoded = Schema.decodeUnknownSync(Schema.Array(FamiliarFollowers.FamiliarFollowers))(ff.json)
      expect(decoded.map((f) => [f.id, f.accounts.map((a) => a.username)])).toEqual([[target.id, ["friend"]], [me.id, []]])
      yield* Seed.featureTag(target, "Cats")
      yield* Seed.createStatus(target, { text: "meow", tags: ["cats"] })
      const tags = Schema.decodeUnknownSync(Schema.Array(FeaturedTag.FeaturedTag))((yield* req("GET", `/api/v1/accounts/${target.id}/featured_tags`)).json)
      expect(tags.map((t) => [t.name, t.statuses_count])).toEqual([["Cats", "1"]])
      const list = yield* Seed.createList(me, { title: "Pals", accounts: [friend] })
      const lists = Schema.decodeUnknownSync(Schema.Array(List.List))((yield* req("GET", `/api/v1/accounts/${friend.id}/lists`, { token: me.token })).json)
      expect(lists.map((l) => l.id)).toEqual([list.id])
      expect((yield* req("GET", `/api/v1/accounts/${friend.id}/identity_proofs`, { token: me.token })).json).toEqual([])
    }).pipe(Effect.provide(MastodonInstance.layer())))

  it.effect("answers 404 for the removed POST /api/v1/follows", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const res = yield* req("POST", "/api/v1/follows", { token: me.token, form: { uri: "someone@remote.example" } })
      expect(res.status).toBe(404)
      expect(res.json).toEqual({ error: "Record not found" })
    }).pipe(Effect.provide(MastodonInstance.layer())))
})
