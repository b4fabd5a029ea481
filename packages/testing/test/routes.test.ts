import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Account from "@mastodon-effect/core/Account"
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as Instance from "@mastodon-effect/core/Instance"
import * as List from "@mastodon-effect/core/List"
import * as Profile from "@mastodon-effect/core/Profile"
import * as Tag from "@mastodon-effect/core/Tag"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import { links, req } from "./utils/http.js"

const accounts = Schema.decodeUnknownSync(Schema.Array(Account.Account))

describe("lists", () => {
  it.effect("creates, reads, updates, deletes lists and manages members with paging", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const created = yield* req("POST", "/api/v1/lists", { token: me.token, form: { title: "Pals", exclusive: "true" } })
      const list = Schema.decodeUnknownSync(List.List)(created.json)
      expect(list).toMatchObject({ title: "Pals", replies_policy: "list", exclusive: true })
      expect((yield* req("POST", "/api/v1/lists", { token: me.token, form: { title: "" } })).json).toEqual({ error: "Validation failed: Title can't be blank" })
      expect((yield* req("POST", "/api/v1/lists", { token: me.token, form: { title: "x", replies_policy: "some" } })).json).toEqual({ error: "'some' is not a valid replies_policy" })
      const updated = yield* req("PUT", `/api/v1/lists/${list.id}`, { token: me.token, form: { title: "Friends", replies_policy: "none" } })
      expect(updated.json).toMatchObject({ title: "Friends", replies_policy: "none", exclusive: true })

      const members = []
      for (let i = 0; i < 5; i++) {
        const m = yield* Seed.createAccount({ username: `m${i}` })
        yield* Seed.follow(me, m)
        members.push(m)
      }
      const stranger = yield* Seed.createAccount({ username: "stranger" })
      expect((yield* req("POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, form: { "account_ids[]": [stranger.id] } })).status).toBe(404)
      const added = yield* req("POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, form: { "account_ids[]": members.map((m) => m.id) } })
      expect(added.status).toBe(200)
      const dup = yield* req("POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, form: { "account_ids[]": [members[0]?.id ?? ""] } })
      expect(dup.json).toEqual({ error: "Validation failed: Account has already been taken" })

      const page = yield* req("GET", `/api/v1/lists/${list.id}/accounts?limit=3`, { token: me.token })
      expect(accounts(page.json).map((a) => a.username)).toEqual(["m4", "m3", "m2"])
      const rest = yield* req("GET", links(page)["next"] ?? "", { token: me.token })
      expect(accounts(rest.json).map((a) => a.username)).toEqual(["m1", "m0"])
      expect((yield* req("GET", `/api/v1/lists/${list.id}/accounts?limit=0`, { token: me.token })).json).toHaveLength(5)

      // Unfollowing drops the account from the owner's lists.
      yield* req("POST", `/api/v1/accounts/${members[4]?.id}/unfollow`, { token: me.token })
      yield* req("DELETE", `/api/v1/lists/${list.id}/accounts`, { token: me.token, form: { "account_ids[]": [members[3]?.id ?? ""] } })
      expect(accounts((yield* req("GET", `/api/v1/lists/${list.id}/accounts`, { token: me.token })).json).map((a) => a.username)).toEqual(["m2", "m1", "m0"])

      const other = yield* Seed.createAccount({ username: "other" })
      expect((yield* req("GET", `/api/v1/lists/${list.id}`, { token: other.token })).status).toBe(404)
      expect((yield* req("GET", "/api/v1/lists", { token: me.token })).json).toHaveLength(1)
      expect((yield* req("DELETE", `/api/v1/lists/${list.id}`, { token: me.token })).json).toEqual({})
      expect((yield* req("GET", `/api/v1/lists/${list.id}`, { token: me.token })).status).toBe(404)
      expect((yield* req("GET", "/api/v1/lists", { token: yield* Seed.createToken(me, "write") })).status).toBe(403)
    }).pipe(Effect.provide(MastodonInstance.layer())))
})

describe("featured tags", () => {
  it.effect("features, lists, suggests and unfeatures tags", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Seed.createStatus(me, { text: "#Effect is nice #typescript" })
      const featured = yield* req("POST", "/api/v1/featured_tags", { token: me.token, form: { name: "#Effect" } })
      const tag = Schema.decodeUnknownSync(FeaturedTag.FeaturedTag)(featured.json)
      expect(tag).toMatchObject({ name: "Effect", statuses_count: "1", url: "https://mastodon.test/@me/tagged/Effect" })
      expect((yield* req("POST", "/api/v1/featured_tags", { token: me.token, form: { name: "not a tag!" } })).json).toEqual({ error: "Validation failed: Tag is invalid" })
      expect((yield* req("POST", "/api/v1/featured_tags", { token: me.token, form: { name: "effect" } })).status).toBe(422)
      const suggestions = Schema.decodeUnknownSync(Schema.Array(Tag.Tag))((yield* req("GET", "/api/v1/featured_tags/suggestions", { token: me.token })).json)
      expect(suggestions.map((t) => t.name).sort()).toEqual(["effect", "typescript"])
      expect((yield* req("GET", "/api/v1/featured_tags", { token: me.token })).json).toHaveLength(1)
      expect((yield* req("DELETE", `/api/v1/featured_tags/${tag.id}`, { token: me.token })).status).toBe(200)
      expect((yield* req("DELETE", `/api/v1/featured_tags/${tag.id}`, { token: me.token })).status).toBe(404)
    }).pipe(Effect.provide(MastodonInstance.layer())))
})

describe("blocks, mutes, endorsements, follow requests", () => {
  it.effect("lists them newest first with Link paging", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me", locked: true })
      const others = []
      for (let i = 0; i < 3; i++) others.push(yield* Seed.createAccount({ username: `o${i}` }))
      for (const o of others) {
        yield* Seed.block(me, o)
        yield* Seed.mute(me, o)
        yield* Seed.requestFollow(o, me)
      }
      for (const path of ["/api/v1/blocks", "/api/v1/mutes", "/api/v1/follow_requests"]) {
        const first = yield* req("GET", `${path}?limit=2`, { token: me.token })
        expect(accounts(first.json).map((a) => a.username)).toEqual(["o2", "o1"])
        const second = yield* req("GET", links(first)["next"] ?? "", { token: me.token })
        expect(accounts(second.json).map((a) => a.username)).toEqual(["o0"])
        expect(links(second)["next"]).toBeUndefined()
      }
      const rejected = yield* req("POST", `/api/v1/follow_requests/${others[0]?.id}/reject`, { token: me.token })
      expect(rejected.json).toMatchObject({ requested_by: false, followed_by: false })
      expect((yield* req("POST", `/api/v1/follow_requests/${others[0]?.id}/reject`, { token: me.token })).status).toBe(404)

      const fan = yield* Seed.createAccount({ username: "fan" })
      for (const o of [...others].reverse()) {
        yield* Seed.follow(fan, o)
        yield* Seed.endorse(fan, o)
      }
      const mine = yield* req("GET", "/api/v1/endorsements?limit=2", { token: fan.token })
      expect(accounts(mine.json).map((a) => a.username)).toEqual(["o0", "o1"])
      const theirs = yield* req("GET", `/api/v1/accounts/${fan.id}/endorsements`)
      expect(accounts(theirs.json).map((a) => a.username)).toEqual(["o0", "o1", "o2"])
      expect((yield* req("GET", "/api/v1/blocks")).status).toBe(401)
    }).pipe(Effect.provide(MastodonInstance.layer())))
})

describe("profile", () => {
  it.effect("reads and updates the profile, enforces max_profile_fields, deletes avatar and header", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me", display_name: "Me" })
      const profile = Schema.decodeUnknownSync(Profile.Profile)((yield* req("GET", "/api/v1/profile", { token: me.token })).json)
      expect(profile).toMatchObject({ display_name: "Me", avatar: null, header: null })
      const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [[`fields_attributes[${i}][name]`, `k${i}`], [`fields_attributes[${i}][value]`, `v${i}`]]).flat())
      const tooMany = yield* req("PATCH", "/api/v1/profile", { token: me.token, form: fields(3) })
      expect(tooMany.status).toBe(422)
      expect(tooMany.json.error).toBe("Validation failed: Fields is too long (maximum is 2 fields)")
      const ok = yield* req("PATCH", "/api/v1/profile", { token: me.token, form: { ...fields(2), show_media: "false", avatar_description: "a face" } })
      expect(Schema.decodeUnknownSync(Profile.Profile)(ok.json)).toMatchObject({ show_media: false, avatar_description: "a face" })
      const tooLong = yield* req("PATCH", "/api/v1/accounts/update_credentials", { token: me.token, form: { display_name: "x".repeat(31) } })
      expect(tooLong.status).toBe(422)
      const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64")
      const form = new FormData()
      form.append("header", new Blob([png], { type: "application/octet-stream" }), "h.bin")
      const withHeader = yield* req("PATCH", "/api/v1/profile", { token: me.token, multipart: form })
      expect(withHeader.json.header).toMatch(/^https:\/\/mastodon\.test\/system\/accounts\/headers\//)
      const deleted = yield* req("DELETE", "/api/v1/profile/header", { token: me.token })
      const account = Schema.decodeUnknownSync(Account.CredentialAccount)(deleted.json)
      expect(account.header).toBe("https://mastodon.test/headers/original/missing.png")
      expect((yield* req("DELETE", "/api/v1/profile/avatar", { token: me.token })).status).toBe(200)
      const notImage = new FormData()
      notImage.append("avatar", new Blob(["hello"], { type: "text/plain" }), "a.txt")
      const refused = yield* req("PATCH", "/api/v1/accounts/update_credentials", { token: me.token, multipart: notImage })
      expect(refused.json).toEqual({ error: "Validation failed: Avatar content type is invalid" })
    }).pipe(Effect.provide(MastodonInstance.layer({ maxProfileFields: 2 }))))
})

describe("instance, directory, version", () => {
  it.effect("serves v1 and v2 instance with the configured version and limits", () =>
    Effect.gen(function*() {
      const v2 = Schema.decodeUnknownSync(Instance.InstanceV2)((yield* req("GET", "/api/v2/instance")).json)
      expect(v2.version).toBe("4.5.1")
      expect(v2.api_versions?.mastodon).toBe(7)
      // Fields of later versions are left out: the account limits came with 4.6.
      expect(v2.configuration?.accounts?.max_featured_tags).toBe(10)
      expect(v2.configuration?.accounts).not.toHaveProperty("max_profile_fields")
      const v1 = Schema.decodeUnknownSync(Instance.InstanceV1)((yield* req("GET", "/api/v1/instance")).json)
      expect(v1).toMatchObject({ version: "4.5.1", uri: "mastodon.test" })
      // Routes newer than the configured version are missing, as on an older server.
      const me = yield* Seed.createAccount({ username: "me" })
      expect((yield* req("GET", "/api/v1/profile", { token: me.token })).status).toBe(404)
    }).pipe(Effect.provide(MastodonInstance.layer({ version: "4.5.1", apiVersion: 7, maxProfileFields: 6 }))))

  it.effect("has no v2 instance before 4.0", () =>
    Effect.gen(function*() {
      expect((yield* req("GET", "/api/v2/instance")).status).toBe(404)
      expect((yield* req("GET", "/api/v1/instance")).json.version).toBe("3.5.3")
    }).pipe(Effect.provide(MastodonInstance.layer({ version: "3.5.3" }))))

  it.effect("lists discoverable accounts in the directory with offset paging", () =>
    Effect.gen(function*() {
      const a = yield* Seed.createAccount({ username: "a" })
      yield* Seed.createAccount({ username: "hidden", discoverable: false })
      yield* Seed.createAccount({ username: "b" })
      yield* Seed.createAccount({ username: "r", domain: "remote.example" })
      yield* Seed.createStatus(a, { text: "active" })
      const names = (q: string) => Effect.map(req("GET", `/api/v1/directory${q}`), (r) => accounts(r.json).map((x) => x.acct))
      expect(yield* names("?order=new")).toEqual(["r@remote.example", "b", "a"])
      expect(yield* names("?order=active&limit=1")).toEqual(["a"])
      expect(yield* names("?order=new&local=true&offset=1")).toEqual(["a"])
    }).pipe(Effect.provide(MastodonInstance.layer())))
})

describe("apps and OAuth extras", () => {
  it.effect("validates app registration, shows oob codes, serves metadata and userinfo", () =>
    Effect.gen(function*() {
      const bad = yield* req("POST", "/api/v1/apps", { form: { client_name: "x", redirect_uris: "not a uri" } })
      expect(bad.status).toBe(422)
      expect(bad.json.error).toBe("Validation failed: Redirect URI must be an absolute URI.")
      const app = yield* req("POST", "/api/v1/apps", { form: { client_name: "cli", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read profile" } })
      expect(app.json.scopes).toEqual(["read", "profile"])
      yield* Seed.createAccount({ username: "first" })
      const bob = yield* Seed.createAccount({ username: "bob" })
      const page = yield* req("GET", `/oauth/authorize?response_type=code&client_id=${app.json.client_id}&redirect_uri=urn:ietf:wg:oauth:2.0:oob&scope=profile&login_as=bob`)
      expect(page.status).toBe(200)
      const code = /value="([^"]+)"/.exec(page.text)?.[1] ?? ""
      const token = yield* req("POST", "/oauth/token", {
        form: { grant_type: "authorization_code", code, client_id: app.json.client_id, client_secret: app.json.client_secret, redirect_uri: "urn:ietf:wg:oauth:2.0:oob" }
      })
      const info = yield* req("GET", "/oauth/userinfo", { token: token.json.access_token })
      expect(info.json).toMatchObject({ preferred_username: "bob", sub: "https://mastodon.test/users/bob", iss: "https://mastodon.test/" })
      expect((yield* req("GET", "/oauth/userinfo", { token: bob.token })).status).toBe(403) // no `profile` scope
      const tooWide = yield* req("GET", `/oauth/authorize?response_type=code&client_id=${app.json.client_id}&redirect_uri=urn:ietf:wg:oauth:2.0:oob&scope=write`)
      expect(tooWide.json.error).toBe("invalid_scope")
      const meta = yield* req("GET", "/.well-known/oauth-authorization-server")
      expect(meta.json).toMatchObject({ token_endpoint: "https://mastodon.test/oauth/token", code_challenge_methods_supported: ["S256"] })
      const seeded = yield* Seed.createApp({ name: "seeded", scopes: "read" })
      const seededCode = yield* Seed.createAuthorizationCode(seeded, bob, { scopes: "read" })
      const basic = Buffer.from(`${seeded.client_id}:${seeded.client_secret}`).toString("base64")
      const exchanged = yield* req("POST", "/oauth/token", {
        headers: { authorization: `Basic ${basic}` },
        form: { grant_type: "authorization_code", code: seededCode, redirect_uri: "urn:ietf:wg:oauth:2.0:oob" }
      })
      expect(exchanged.status).toBe(200)
      const other = yield* Seed.createApp({ name: "other" })
      const stolen = yield* req("POST", "/oauth/revoke", { form: { client_id: other.client_id, client_secret: other.client_secret, token: exchanged.json.access_token } })
      expect(stolen.status).toBe(403)
      expect(stolen.json.error).toBe("unauthorized_client")
    }).pipe(Effect.provide(MastodonInstance.layer())))
})
