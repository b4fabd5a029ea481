/**
 * The key behaviours, run against both faces: the in-process HttpClient and the loopback server.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import { createHash } from "node:crypto"
import * as Account from "@mastodon-effect/core/Account"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Token from "@mastodon-effect/core/Token"
import * as Application from "@mastodon-effect/core/Application"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Faults from "@mastodon-effect/testing/Faults"
import { faces, links, req, type Res } from "./utils/http.js"

const decodeAccounts = Schema.decodeUnknownSync(Schema.Array(Account.Account))
const decodeRelationship = Schema.decodeUnknownSync(Relationship.Relationship)

describe.each(faces)("$name face", ({ layer }) => {
  it.effect("walks every follower exactly once, forward with next and backward with prev", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      const n = 205
      const limit = 40
      yield* Seed.followers(star, n, { prefix: "fan" })
      const origin = yield* MastodonInstance.origin

      // Forward: newest first.
      const forward: Array<string> = []
      let url: string | undefined = `/api/v1/accounts/${star.id}/followers?limit=${limit}`
      let requests = 0
      while (url !== undefined) {
        const res: Res = yield* req("GET", url)
        requests++
        expect(res.status).toBe(200)
        forward.push(...decodeAccounts(res.json).map((a) => a.username))
        const next: string | undefined = links(res)["next"]
        if (next !== undefined) expect(next.startsWith(`${origin}/api/v1/accounts/${star.id}/followers?`)).toBe(true)
        url = next
      }
      expect(requests).toBe(Math.ceil(n / limit))
      expect(forward).toEqual(Array.from({ length: n }, (_, i) => `fan${n - i}`))

      // Backward from the oldest: pages of the oldest items first, each newest first.
      const backward: Array<string> = []
      url = `/api/v1/accounts/${star.id}/followers?limit=${limit}&min_id=0`
      requests = 0
      while (url !== undefined) {
        const res: Res = yield* req("GET", url)
        requests++
        const page = decodeAccounts(res.json).map((a) => a.username)
        backward.unshift(...page)
        const prev: string | undefined = links(res)["prev"]
        if (prev !== undefined) expect(new URL(prev).searchParams.has("min_id")).toBe(true)
        url = prev
      }
      expect(requests).toBe(Math.ceil(n / limit))
      expect(backward).toEqual(forward)
    }).pipe(Effect.provide(layer())))

  it.effect("defaults and clamps limit like Mastodon (40, max 80)", () =>
    Effect.gen(function*() {
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.followers(star, 100)
      expect((yield* req("GET", `/api/v1/accounts/${star.id}/followers`)).json).toHaveLength(40)
      expect((yield* req("GET", `/api/v1/accounts/${star.id}/followers?limit=500`)).json).toHaveLength(80)
      const since = yield* req("GET", `/api/v1/accounts/${star.id}/followers?limit=5&since_id=90`)
      // since_id gives the newest records above the cursor, not the ones right after it.
      expect(since.json.map((a: { username: string }) => a.username)).toEqual(["star_follower100", "star_follower99", "star_follower98", "star_follower97", "star_follower96"])
    }).pipe(Effect.provide(layer())))

  it.effect("computes relationships after each action", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const locked = yield* Seed.createAccount({ username: "locked", locked: true })
      const rel = (id: string) =>
        Effect.map(req("GET", `/api/v1/accounts/relationships?id[]=${id}`, { token: me.token }), (r) => decodeRelationship(r.json[0]))

      const followed = yield* req("POST", `/api/v1/accounts/${other.id}/follow`, {
        token: me.token,
        form: { reblogs: "false", notify: "true", "languages[]": ["en", "de"] }
      })
      expect(decodeRelationship(followed.json)).toMatchObject({ following: true, showing_reblogs: false, notifying: true, languages: ["en", "de"] })
      yield* Seed.follow(other, me)
      expect(yield* rel(other.id)).toMatchObject({ following: true, followed_by: true })

      const noted = yield* req("POST", `/api/v1/accounts/${other.id}/note`, { token: me.token, form: { comment: "met at a conf" } })
      expect(noted.json.note).toBe("met at a conf")
      const endorsed = yield* req("POST", `/api/v1/accounts/${other.id}/endorse`, { token: me.token })
      expect(endorsed.json.endorsed).toBe(true)

      const muted = yield* req("POST", `/api/v1/accounts/${other.id}/mute`, { token: me.token, form: { notifications: "false" } })
      expect(decodeRelationship(muted.json)).toMatchObject({ muting: true, muting_notifications: false })

      // A block ends the follows in both directions (and the endorsement with them).
      const blocked = yield* req("POST", `/api/v1/accounts/${other.id}/block`, { token: me.token })
      expect(decodeRelationship(blocked.json)).toMatchObject({ blocking: true, following: false, followed_by: false, endorsed: false })
      const theirView = yield* req("GET", `/api/v1/accounts/relationships?id[]=${me.id}`, { token: other.token })
      expect(theirView.json[0]).toMatchObject({ blocked_by: true, following: false })
      const refused = yield* req("POST", `/api/v1/accounts/${me.id}/follow`, { token: other.token })
      expect(refused.status).toBe(403)
      expect(refused.json).toEqual({ error: "This action is not allowed" })

      // Locked account: requested, then authorized.
      const requested = yield* req("POST", `/api/v1/accounts/${locked.id}/follow`, { token: me.token })
      expect(decodeRelationship(requested.json)).toMatchObject({ following: false, requested: true })
      const pending = yield* req("GET", "/api/v1/follow_requests", { token: locked.token })
      expect(decodeAccounts(pending.json).map((a) => a.id)).toEqual([me.id])
      const accepted = yield* req("POST", `/api/v1/follow_requests/${me.id}/authorize`, { token: locked.token })
      expect(decodeRelationship(accepted.json)).toMatchObject({ followed_by: true, requested_by: false })
      expect(yield* rel(locked.id)).toMatchObject({ following: true, requested: false })
    }).pipe(Effect.provide(layer())))

  it.effect("answers 401 without or with a bad token, 403 for a missing scope, 422 for an app token", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const readOnly = yield* Seed.createToken(me, "read")
      const none = yield* req("GET", "/api/v1/accounts/verify_credentials")
      expect(none.status).toBe(401)
      expect(none.json).toEqual({ error: "The access token is invalid" })
      expect((yield* req("GET", "/api/v1/accounts/verify_credentials", { token: "nope" })).status).toBe(401)
      const scoped = yield* req("POST", `/api/v1/accounts/${other.id}/follow`, { token: readOnly })
      expect(scoped.status).toBe(403)
      expect(scoped.json).toEqual({ error: "This action is outside the authorized scopes" })
      // `read` covers read:accounts; `follow` covers write:follows.
      expect((yield* req("GET", "/api/v1/accounts/verify_credentials", { token: readOnly })).status).toBe(200)
      const followOnly = yield* Seed.createToken(me, "follow")
      expect((yield* req("POST", `/api/v1/accounts/${other.id}/follow`, { token: followOnly })).status).toBe(200)
      const app = yield* Seed.createApp({ name: "tool" })
      const appToken = yield* Seed.createAppToken(app, "read")
      const userOnly = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: appToken })
      expect(userOnly.status).toBe(422)
      expect(userOnly.json).toEqual({ error: "This method requires an authenticated user" })
    }).pipe(Effect.provide(layer())))

  // A 4.3 server: the password grant and refresh tokens are gone from 4.4 on.
  it.effect("runs the OAuth flows: authorize + PKCE code, password, client credentials, refresh, revoke", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "alice", password: "correct horse" })
      const created = yield* req("POST", "/api/v1/apps", {
        json: { client_name: "Test App", redirect_uris: ["https://app.example/callback"], scopes: "read write profile" }
      })
      const app = Schema.decodeUnknownSync(Application.CredentialApplication)(created.json)
      expect(app.redirect_uris).toEqual(["https://app.example/callback"])

      const verifier = "a-verifier-that-is-long-enough-to-be-valid-0123456789"
      const challenge = createHash("sha256").update(verifier).digest("base64url")
      const authorize = yield* req(
        "GET",
        `/oauth/authorize?response_type=code&client_id=${app.client_id}&redirect_uri=${encodeURIComponent("https://app.example/callback")}&scope=read+profile&state=xyz&code_challenge=${challenge}&code_challenge_method=S256`
      )
      expect(authorize.status).toBe(302)
      const location = new URL(authorize.headers["location"] ?? "")
      expect(location.origin + location.pathname).toBe("https://app.example/callback")
      expect(location.searchParams.get("state")).toBe("xyz")
      const code = location.searchParams.get("code") ?? ""
      const exchange = (codeVerifier: string) =>
        req("POST", "/oauth/token", {
          form: {
            grant_type: "authorization_code",
            code,
            client_id: app.client_id,
            client_secret: app.client_secret,
            redirect_uri: "https://app.example/callback",
            code_verifier: codeVerifier
          }
        })
      const wrong = yield* exchange("not-the-verifier")
      expect(wrong.status).toBe(400)
      expect(wrong.json.error).toBe("invalid_grant")
      const ok = yield* exchange(verifier)
      expect(ok.status).toBe(200)
      const token = Schema.decodeUnknownSync(Token.Token)(ok.json)
      expect(token.scope).toBe("read profile")
      const me = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: ok.json.access_token })
      expect(me.json.username).toBe("alice")
      expect((yield* exchange(verifier)).status).toBe(400) // a code works once

      const password = yield* req("POST", "/oauth/token", {
        form: { grant_type: "password", username: "alice", password: "correct horse", client_id: app.client_id, client_secret: app.client_secret, scope: "read" }
      })
      expect(password.status).toBe(200)

      const cc = yield* req("POST", "/oauth/token", {
        form: { grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret, scope: "read" }
      })
      expect(cc.json.refresh_token).toBeUndefined()
      expect((yield* req("GET", "/api/v1/accounts/verify_credentials", { token: cc.json.access_token })).status).toBe(422)
      const appCreds = yield* req("GET", "/api/v1/apps/verify_credentials", { token: cc.json.access_token })
      expect(Schema.decodeUnknownSync(Application.Application)(appCreds.json).name).toBe("Test App")

      const refreshed = yield* req("POST", "/oauth/token", {
        form: { grant_type: "refresh_token", refresh_token: ok.json.refresh_token, client_id: app.client_id, client_secret: app.client_secret }
      })
      expect(refreshed.status).toBe(200)
      expect((yield* req("GET", "/api/v1/accounts/verify_credentials", { token: ok.json.access_token })).status).toBe(401)
      const fresh = refreshed.json.access_token as string
      expect((yield* req("GET", "/api/v1/accounts/verify_credentials", { token: fresh })).status).toBe(200)

      const revoked = yield* req("POST", "/oauth/revoke", { form: { client_id: app.client_id, client_secret: app.client_secret, token: fresh } })
      expect(revoked.status).toBe(200)
      expect(revoked.json).toEqual({})
      expect((yield* req("GET", "/api/v1/accounts/verify_credentials", { token: fresh })).status).toBe(401)

      const badClient = yield* req("POST", "/oauth/token", { form: { grant_type: "client_credentials", client_id: app.client_id, client_secret: "wrong" } })
      expect(badClient.status).toBe(401)
      expect(badClient.json.error).toBe("invalid_client")
    }).pipe(Effect.provide(layer({ version: "4.3.0" }))))

  it.effect("stores an avatar uploaded with multipart update_credentials and serves it back", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64")
      const form = new FormData()
      form.append("display_name", "Me Myself")
      form.append("fields_attributes[0][name]", "Site")
      form.append("fields_attributes[0][value]", "https://me.example")
      form.append("avatar", new Blob([png], { type: "image/png" }), "me.png")
      const res = yield* req("PATCH", "/api/v1/accounts/update_credentials", { token: me.token, multipart: form })
      expect(res.status).toBe(200)
      const account = Schema.decodeUnknownSync(Account.CredentialAccount)(res.json)
      expect(account.display_name).toBe("Me Myself")
      expect(account.source.fields.map((f) => [f.name, f.value])).toEqual([["Site", "https://me.example"]])
      expect(account.fields[0]?.value).toContain('href="https://me.example"')
      const origin = yield* MastodonInstance.origin
      expect(account.avatar.startsWith(`${origin}/system/accounts/avatars/`)).toBe(true)
      const image = yield* req("GET", account.avatar)
      expect(image.status).toBe(200)
      expect(image.headers["content-type"]).toBe("image/png")
      expect(image.text.startsWith("\ufffdPNG")).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("spends a rate-limit budget, answers 429, and resets after the window (TestClock)", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      for (let i = 0; i < 3; i++) {
        const ok = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: me.token })
        expect(ok.headers["x-ratelimit-limit"]).toBe("3")
        expect(ok.headers["x-ratelimit-remaining"]).toBe(String(2 - i))
        expect(ok.headers["x-ratelimit-reset"]).toBe("1970-01-01T00:01:00.000Z")
      }
      const limited = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: me.token })
      expect(limited.status).toBe(429)
      expect(limited.json).toEqual({ error: "Too many requests" })
      expect(limited.headers["x-ratelimit-remaining"]).toBe("0")
      // Anonymous callers have their own budget.
      expect((yield* req("GET", `/api/v1/accounts/${me.id}`)).status).toBe(200)
      const later = yield* Effect.fork(
        Effect.zipRight(Effect.sleep("61 seconds"), req("GET", "/api/v1/accounts/verify_credentials", { token: me.token }))
      )
      yield* TestClock.adjust("61 seconds")
      const after = yield* Fiber.join(later)
      expect(after.status).toBe(200)
      expect(after.headers["x-ratelimit-remaining"]).toBe("2")
    }).pipe(Effect.provide(layer({ rateLimit: { limit: 3, windowMillis: 60_000 } }))))

  it.effect("resets the connection on demand, and records that the POST arrived once", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      yield* Faults.inject(Faults.connectionReset, { path: "/api/v1/accounts/:id/follow", times: 1 })
      const failed = yield* Effect.either(req("POST", `/api/v1/accounts/${other.id}/follow`, { token: me.token }))
      expect(failed._tag).toBe("Left")
      if (failed._tag === "Left") expect(failed.left).toMatchObject({ _tag: "RequestError", reason: "Transport" })
      const log = yield* MastodonInstance.requests
      expect(log.filter((r) => r.method === "POST" && r.path === `/api/v1/accounts/${other.id}/follow`)).toHaveLength(1)
      expect(log[0]).toMatchObject({ method: "POST", authorization: true, query: "" })
      // The rule was for one request only.
      expect((yield* req("POST", `/api/v1/accounts/${other.id}/follow`, { token: me.token })).status).toBe(200)
    }).pipe(Effect.provide(layer())))
})
