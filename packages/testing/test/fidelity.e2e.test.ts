/**
 * The instance behaves like a real server of the version it claims, on both faces: every
 * instance endpoint the client has, a GET whose parameters come as JSON, tokens that belong to
 * an app, the grants of 4.4+, sign-up defaults, image checks, the fields of each version, Link
 * cursors, CORS, and who `/oauth/authorize` approves as.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Account from "@mastodon-effect/core/Account"
import * as Application from "@mastodon-effect/core/Application"
import * as CoreInstance from "@mastodon-effect/core/Instance"
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as List from "@mastodon-effect/core/List"
import * as Profile from "@mastodon-effect/core/Profile"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Role from "@mastodon-effect/core/Role"
import * as Rule from "@mastodon-effect/core/Rule"
import * as Status from "@mastodon-effect/core/Status"
import * as Suggestion from "@mastodon-effect/core/Suggestion"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Instance from "@mastodon-effect/http/Instance"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import type * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as TestClock from "effect/TestClock"
import { createHash } from "node:crypto"
import * as Http from "node:http"
import { as } from "./utils/faces.js"
import { faces, links, req } from "./utils/http.js"

/** Every property a schema declares (both sides of a transformation carry the same names). */
const fieldsOf = (schema: Schema.Schema.Any): ReadonlyArray<string> => {
  const names = (ast: SchemaAST.AST): ReadonlyArray<string> => {
    switch (ast._tag) {
      case "TypeLiteral":
        return ast.propertySignatures.map((p) => String(p.name))
      case "Transformation":
        return names(ast.to)
      case "Refinement":
        return names(ast.from)
      default:
        return []
    }
  }
  return names(schema.ast)
}

/** The fields of `schema` that a rendered entity lacks, apart from those sent only in some states. */
const missing = (schema: Schema.Schema.Any, json: Record<string, unknown>, onlySometimes: ReadonlyArray<string> = []) =>
  fieldsOf(schema).filter((f) => !(f in json) && !onlySometimes.includes(f))

// Sent only for a moved, memorialized, suspended or limited account.
const accountStates = ["moved", "memorial", "suspended", "limited"]

const appToken = Effect.gen(function*() {
  const app = yield* Seed.createApp({ name: "signup", scopes: "read write" })
  const res = yield* req("POST", "/oauth/token", {
    form: { grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret, scope: "read write" }
  })
  return { app, token: res.json.access_token as string }
})

const signUpForm = { username: "newbie", email: "newbie@example.com", password: "long enough password", agreement: "true", locale: "en" }

describe.each(faces)("Fidelity to real servers, $name face", ({ layer }) => {
  it.effect("serves every instance endpoint the client has, with a fresh server's defaults", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "far", domain: "far.example" })
      yield* Seed.createAccount({ username: "near", domain: "a.example" })
      yield* Seed.createAccount({ username: "local" })
      const anonymous = as(undefined)
      expect(yield* Instance.peers().pipe(anonymous)).toEqual(["a.example", "far.example"])
      const weeks = yield* Instance.activity().pipe(anonymous)
      expect(weeks).toHaveLength(12)
      // The three accounts were created this week; only the local one is a registration.
      expect(weeks[0]?.registrations).toBe("1")
      expect(Number(weeks[0]?.week) - Number(weeks[1]?.week)).toBe(7 * 86400)
      expect(yield* Instance.rules().pipe(anonymous)).toEqual([])
      // No one wrote an about page: Mastodon answers updated_at null.
      expect(yield* Instance.extendedDescription().pipe(anonymous)).toEqual({ updated_at: null, content: "" })
      const policy = yield* Instance.privacyPolicy().pipe(anonymous)
      expect(DateTime.formatIso(policy.updated_at)).toBe("2022-10-07T00:00:00.000Z")
      expect((yield* Effect.flip(Instance.termsOfService().pipe(anonymous)))._tag).toBe("NotFound")
      expect(yield* Instance.translationLanguages().pipe(anonymous)).toEqual({})
      expect(yield* Instance.domainBlocks().pipe(anonymous)).toEqual([])
    }).pipe(Effect.provide(layer())))

  it.effect("serves what an admin set: rules, about page, terms with their versions, moderated domains", () =>
    Effect.gen(function*() {
      const now = yield* DateTime.now
      const day = (offset: number) => DateTime.formatIsoDateUtc(DateTime.add(now, { days: offset }))
      yield* Seed.instanceInfo({
        rules: ["Be kind", { text: "No spam", hint: "Ads included" }],
        extendedDescription: { content: "<p>About us</p>", updated_at: new Date("2025-03-01T00:00:00Z") },
        termsOfService: [
          { effective_date: day(-30), content: "<p>Old terms</p>" },
          { effective_date: day(-1), content: "<p>Current terms</p>" },
          { effective_date: day(10), content: "<p>Next terms</p>" }
        ],
        domainBlocks: [{ domain: "spam.example", severity: "suspend", comment: "spam" }],
        translationLanguages: { en: ["de", "fr"] }
      })
      const anonymous = as(undefined)
      const rules = yield* Instance.rules().pipe(anonymous)
      expect(rules.map((r) => [r.id, r.text, r.hint])).toEqual([["1", "Be kind", ""], ["2", "No spam", "Ads included"]])
      expect(missing(Rule.Rule, (yield* req("GET", "/api/v1/instance/rules")).json[0])).toEqual([])
      const v2 = yield* Instance.v2().pipe(anonymous)
      expect(v2.rules?.map((r) => r.text)).toEqual(["Be kind", "No spam"])
      expect(v2.configuration?.translation?.enabled).toBe(true)
      expect(v2.configuration?.urls?.terms_of_service).toMatch(/\/terms-of-service$/)
      const about = yield* Instance.extendedDescription().pipe(anonymous)
      expect(about.content).toBe("<p>About us</p>")
      expect(about.updated_at && DateTime.formatIso(about.updated_at)).toBe("2025-03-01T00:00:00.000Z")
      const current = yield* Instance.termsOfService().pipe(anonymous)
      expect(current).toMatchObject({ effective_date: day(-1), effective: true, content: "<p>Current terms</p>", succeeded_by: day(10) })
      const old = yield* Instance.termsOfService(day(-30)).pipe(anonymous)
      expect(old).toMatchObject({ effective: false, succeeded_by: day(-1) })
      expect((yield* Effect.flip(Instance.termsOfService("1999-01-01").pipe(anonymous)))._tag).toBe("NotFound")
      const [block] = yield* Instance.domainBlocks().pipe(anonymous)
      expect(block).toEqual({
        domain: "spam.example",
        digest: createHash("sha256").update("spam.example").digest("hex"),
        severity: "suspend",
        comment: "spam"
      })
      expect(yield* Instance.translationLanguages().pipe(anonymous)).toEqual({ en: ["de", "fr"] })
      // Shown to users only: anonymous callers get Mastodon's bare 404.
      yield* Seed.instanceInfo({ showDomainBlocks: "users" })
      expect((yield* Effect.flip(Instance.domainBlocks().pipe(anonymous)))._tag).toBe("NotFound")
      const me = yield* Seed.createAccount({ username: "me" })
      expect(yield* Instance.domainBlocks().pipe(as(me.token))).toHaveLength(1)
      const bad = yield* Effect.flip(Seed.instanceInfo({ termsOfService: [{ effective_date: "soon", content: "" }] }))
      expect(bad).toMatchObject({ _tag: "InvalidArgument", argument: "termsOfService" })
    }).pipe(Effect.provide(layer())))

  it.effect("seeded tokens belong to an application, as every Mastodon token does", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const app = yield* Apps.verifyCredentials().pipe(as(me.token))
      expect(app.name).toBe("Web")
      const other = yield* Seed.createToken(me, "read")
      expect((yield* Apps.verifyCredentials().pipe(as(other))).name).toBe("Web")
    }).pipe(Effect.provide(layer())))

  it.effect("on 4.4 and later: only authorization_code and client_credentials, and no refresh token", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "alice", email: "alice@example.com", password: "correct horse" })
      const app = yield* Seed.createApp({ name: "modern", redirect_uris: ["https://app.example/cb"], scopes: "read profile" })
      const metadata = yield* req("GET", "/.well-known/oauth-authorization-server")
      expect(metadata.json.grant_types_supported).toEqual(["authorization_code", "client_credentials"])
      const password = yield* req("POST", "/oauth/token", {
        form: { grant_type: "password", username: "alice@example.com", password: "correct horse", client_id: app.client_id, client_secret: app.client_secret }
      })
      expect(password.status).toBe(400)
      expect(password.json.error).toBe("unsupported_grant_type")
      const authorize = yield* req(
        "GET",
        `/oauth/authorize?response_type=code&client_id=${app.client_id}&redirect_uri=${encodeURIComponent("https://app.example/cb")}&scope=read+profile&login_as=alice`
      )
      const code = new URL(authorize.headers["location"] ?? "").searchParams.get("code") ?? ""
      const token = yield* req("POST", "/oauth/token", {
        form: { grant_type: "authorization_code", code, redirect_uri: "https://app.example/cb", client_id: app.client_id, client_secret: app.client_secret }
      })
      expect(token.status).toBe(200)
      expect(token.json).not.toHaveProperty("refresh_token")
      const refresh = yield* req("POST", "/oauth/token", {
        form: { grant_type: "refresh_token", refresh_token: "anything", client_id: app.client_id, client_secret: app.client_secret }
      })
      expect(refresh.json.error).toBe("unsupported_grant_type")
      const userinfo = yield* req("GET", "/oauth/userinfo", { token: token.json.access_token })
      expect(userinfo.json.preferred_username).toBe("alice")
    }).pipe(Effect.provide(layer())))

  it.effect("before 4.4: the password grant and refresh tokens are advertised and work", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "alice", email: "alice@example.com", password: "correct horse" })
      const app = yield* Seed.createApp({ name: "classic", scopes: "read" })
      const metadata = yield* req("GET", "/.well-known/oauth-authorization-server")
      expect(metadata.json.grant_types_supported).toEqual(["authorization_code", "password", "client_credentials", "refresh_token"])
      const password = yield* req("POST", "/oauth/token", {
        form: { grant_type: "password", username: "alice@example.com", password: "correct horse", client_id: app.client_id, client_secret: app.client_secret }
      })
      expect(password.status).toBe(200)
      expect(typeof password.json.refresh_token).toBe("string")
    }).pipe(Effect.provide(layer({ version: "4.3.0" }))))

  it.effect("sign-up as on a real server: the token waits for the e-mail, the resend answers {}", () =>
    Effect.gen(function*() {
      const { token } = yield* appToken
      const created = yield* req("POST", "/api/v1/accounts", { token, form: { ...signUpForm, email: "email@localhost123" } })
      expect(created.status).toBe(200)
      const userToken = created.json.access_token as string
      const refused = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: userToken })
      expect(refused.status).toBe(403)
      expect(refused.json.error).toBe("Your login is missing a confirmed e-mail address")
      const resend = yield* req("POST", "/api/v1/emails/confirmations", { token: userToken })
      expect(resend.status).toBe(200)
      expect(resend.json).toEqual({})
      const disagree = yield* req("POST", "/api/v1/accounts", { token, form: { ...signUpForm, username: "other", email: "o@x.example", agreement: "false" } })
      expect(disagree.status).toBe(422)
      expect(disagree.json.error).toBe("Validation failed: Service agreement must be accepted")
    }).pipe(Effect.provide(layer())))

  it.effect("registrations in approval mode: advertised, and the new token waits for a moderator", () =>
    Effect.gen(function*() {
      const v2 = yield* req("GET", "/api/v2/instance")
      expect(v2.json.registrations).toMatchObject({ enabled: true, approval_required: true })
      expect((yield* req("GET", "/api/v1/instance")).json.approval_required).toBe(true)
      const { token } = yield* appToken
      const created = yield* req("POST", "/api/v1/accounts", { token, form: signUpForm })
      const refused = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: created.json.access_token })
      expect(refused.status).toBe(403)
      expect(refused.json.error).toBe("Your login is currently pending approval")
    }).pipe(Effect.provide(layer({ registrations: "approval", requireEmailConfirmation: false }))))

  it.effect("refuses a non-image uploaded as image/png for the avatar and the header (422)", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      for (const kind of ["avatar", "header"] as const) {
        const form = new FormData()
        form.append(kind, new Blob([new TextEncoder().encode("this is not a picture")], { type: "image/png" }), "fake.png")
        const res = yield* req("PATCH", "/api/v1/accounts/update_credentials", { token: me.token, multipart: form })
        expect(res.status).toBe(422)
        expect(res.json.error).toBe(`Validation failed: ${kind === "avatar" ? "Avatar" : "Header"} has contents that are not what they are reported to be`)
      }
      const after = yield* req("GET", "/api/v1/accounts/verify_credentials", { token: me.token })
      expect(after.json.avatar).toMatch(/\/avatars\/original\/missing\.png$/)
    }).pipe(Effect.provide(layer())))

  it.effect("renders every field the core schemas know, for the version it claims (4.6)", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      yield* Seed.follow(me, other)
      const credential = (yield* req("GET", "/api/v1/accounts/verify_credentials", { token: me.token })).json
      expect(missing(Account.CredentialAccount, credential, accountStates)).toEqual([])
      expect(missing(Account.Source, credential.source)).toEqual([])
      expect(missing(Role.Role, credential.role)).toEqual([])
      expect(credential.feature_approval).toEqual({ automatic: ["public"], manual: [], current_user: "automatic" })
      const account = (yield* req("GET", `/api/v1/accounts/${other.id}`)).json
      expect(missing(Account.Account, account, accountStates)).toEqual([])
      const [relationship] = (yield* req("GET", `/api/v1/accounts/relationships?id[]=${other.id}`, { token: me.token })).json
      expect(missing(Relationship.Relationship, relationship)).toEqual([])
      const v2 = (yield* req("GET", "/api/v2/instance")).json
      expect(missing(CoreInstance.InstanceV2, v2)).toEqual([])
      expect(missing(CoreInstance.InstanceConfiguration, v2.configuration)).toEqual([])
      expect(missing(CoreInstance.AccountsConfiguration, v2.configuration.accounts)).toEqual([])
      expect(missing(CoreInstance.MediaAttachmentsConfiguration, v2.configuration.media_attachments)).toEqual([])
      expect(missing(CoreInstance.InstanceRegistrations, v2.registrations)).toEqual([])
      expect(missing(CoreInstance.InstanceThumbnail, v2.thumbnail)).toEqual([])
      expect(Object.keys(v2.configuration.timelines_access)).toEqual(["live_feeds", "hashtag_feeds", "trending_link_feeds"])
      expect(missing(CoreInstance.InstanceV1, (yield* req("GET", "/api/v1/instance")).json)).toEqual([])
      const list = (yield* req("POST", "/api/v1/lists", { token: me.token, form: { title: "L" } })).json
      expect(missing(List.List, list)).toEqual([])
      const app = (yield* req("POST", "/api/v1/apps", { form: { client_name: "x", redirect_uris: "urn:ietf:wg:oauth:2.0:oob" } })).json
      expect(missing(Application.CredentialApplication, app)).toEqual([])
      expect(missing(Profile.Profile, (yield* req("GET", "/api/v1/profile", { token: me.token })).json)).toEqual([])
      const tag = (yield* req("POST", "/api/v1/featured_tags", { token: me.token, form: { name: "otters" } })).json
      expect(missing(FeaturedTag.FeaturedTag, tag)).toEqual([])
      yield* Seed.mute(me, other)
      const [muted] = (yield* req("GET", "/api/v1/mutes", { token: me.token })).json
      expect(missing(Account.MutedAccount, muted, accountStates)).toEqual([])
      const [suggestion] = (yield* req("GET", "/api/v2/suggestions", { token: (yield* Seed.createAccount({ username: "new" })).token })).json
      expect(missing(Suggestion.Suggestion, suggestion)).toEqual([])
      // A status as its author sees it: everything but `text`, which comes back only on delete.
      const status = yield* Seed.createStatus(me, { text: "hello" })
      expect(missing(Status.Status, (yield* req("GET", `/api/v1/statuses/${status.id}`, { token: me.token })).json, ["text"])).toEqual([])
    }).pipe(Effect.provide(layer())))

  it.effect("leaves out the fields a 4.0 server did not have yet", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const credential = (yield* req("GET", "/api/v1/accounts/verify_credentials", { token: me.token })).json
      for (const later of ["feature_approval", "roles", "uri", "indexable", "hide_collections", "avatar_description", "show_media"]) {
        expect(credential).not.toHaveProperty(later)
      }
      expect(credential).toHaveProperty("noindex")
      expect(credential.role).not.toHaveProperty("collection_limit")
      const v2 = (yield* req("GET", "/api/v2/instance")).json
      for (const later of ["icon", "api_versions", "wrapstodon"]) expect(v2).not.toHaveProperty(later)
      expect(v2.configuration).not.toHaveProperty("timelines_access")
      expect(v2.configuration).not.toHaveProperty("vapid")
    }).pipe(Effect.provide(layer({ version: "4.0.0" }))))

  it.effect("pages endorsements, follow requests and list members with since_id in prev links, followers with min_id", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me", locked: true })
      const others = []
      for (let i = 0; i < 3; i++) {
        const other = yield* Seed.createAccount({ username: `u${i}` })
        yield* Seed.follow(me, other)
        yield* Seed.endorse(me, other)
        yield* Seed.requestFollow(other, me)
        others.push(other)
      }
      const list = yield* Seed.createList(me, { title: "L", accounts: others })
      for (const other of others) yield* Seed.follow(other, me)
      const prevKey = (path: string) =>
        req("GET", path, { token: me.token }).pipe(Effect.map((res) => [...new URL(links(res)["prev"] ?? "").searchParams.keys()]))
      for (const path of ["/api/v1/endorsements?limit=2", `/api/v1/accounts/${me.id}/endorsements?limit=2`, "/api/v1/follow_requests?limit=2", `/api/v1/lists/${list.id}/accounts?limit=2`]) {
        const keys = yield* prevKey(path)
        expect(keys).toContain("since_id")
        expect(keys).not.toContain("min_id")
      }
      expect(yield* prevKey(`/api/v1/accounts/${me.id}/followers?limit=2`)).toContain("min_id")
    }).pipe(Effect.provide(layer())))

  it.effect("answers CORS preflights and marks API responses for browsers, as Mastodon's rack-cors does", () =>
    Effect.gen(function*() {
      const browser = { origin: "https://app.example" }
      const preflight = yield* req("OPTIONS" as "GET", "/api/v1/accounts/verify_credentials", {
        headers: { ...browser, "access-control-request-method": "GET", "access-control-request-headers": "authorization,idempotency-key" }
      })
      expect(preflight.status).toBe(200)
      expect(preflight.headers["access-control-allow-origin"]).toBe("*")
      expect(preflight.headers["access-control-allow-methods"]).toContain("PATCH")
      expect(preflight.headers["access-control-allow-headers"]).toBe("authorization,idempotency-key")
      const me = yield* Seed.createAccount({ username: "me" })
      const res = yield* req("GET", `/api/v1/accounts/${me.id}/followers`, { headers: browser })
      expect(res.headers["access-control-allow-origin"]).toBe("*")
      expect(res.headers["access-control-expose-headers"]).toContain("Link")
      expect(res.headers["access-control-expose-headers"]).toContain("X-RateLimit-Remaining")
      // Errors carry them too, so a browser can read them.
      expect((yield* req("GET", "/api/v1/accounts/verify_credentials", { headers: browser })).headers["access-control-allow-origin"]).toBe("*")
      expect((yield* req("POST", "/oauth/token", { headers: browser, form: {} })).headers["access-control-allow-origin"]).toBe("*")
      // Only the API is shared; and without an Origin nothing is added.
      expect((yield* req("GET", "/avatars/original/missing.png", { headers: browser })).headers["access-control-allow-origin"]).toBeUndefined()
      expect((yield* req("GET", `/api/v1/accounts/${me.id}`)).headers["access-control-allow-origin"]).toBeUndefined()
    }).pipe(Effect.provide(layer())))

  it.effect("/oauth/authorize approves as the demo user once the demo is seeded, or as the configured one", () =>
    Effect.gen(function*() {
      yield* Seed.demo({ followers: 3 })
      const app = yield* Seed.createApp({ name: "demo-app", scopes: "read" })
      const approveAs = (extra: string) =>
        Effect.gen(function*() {
          const authorize = yield* req("GET", `/oauth/authorize?response_type=code&client_id=${app.client_id}&redirect_uri=urn:ietf:wg:oauth:2.0:oob&scope=read${extra}`)
          const code = /value="([^"]+)"/.exec(authorize.text)?.[1] ?? ""
          const token = yield* req("POST", "/oauth/token", {
            form: { grant_type: "authorization_code", code, redirect_uri: "urn:ietf:wg:oauth:2.0:oob", client_id: app.client_id, client_secret: app.client_secret }
          })
          return (yield* req("GET", "/api/v1/accounts/verify_credentials", { token: token.json.access_token })).json.username as string
        })
      expect(yield* approveAs("")).toBe("demo")
      expect(yield* approveAs("&login_as=friend")).toBe("friend")
    }).pipe(Effect.provide(layer())))

  it.effect("follows by URI on a server older than 3.0, and answers 404 on later ones", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Seed.createAccount({ username: "far", domain: "far.example" })
      const res = yield* req("POST", "/api/v1/follows", { token: me.token, form: { uri: "far@far.example" } })
      expect(res.status).toBe(200)
      expect(res.json.acct).toBe("far@far.example")
      const following = yield* req("GET", `/api/v1/accounts/${me.id}/following`)
      expect(following.json.map((a: { acct: string }) => a.acct)).toEqual(["far@far.example"])
      expect((yield* req("POST", "/api/v1/follows", { token: me.token, form: { uri: "nobody@nowhere.example" } })).status).toBe(404)
    }).pipe(Effect.provide(layer({ version: "2.9.0" }))))

  it.effect("has no /api/v1/follows on a current server", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Seed.createAccount({ username: "far", domain: "far.example" })
      expect((yield* req("POST", "/api/v1/follows", { token: me.token, form: { uri: "far@far.example" } })).status).toBe(404)
    }).pipe(Effect.provide(layer())))
})

/** A GET with a JSON body, which `fetch` cannot send (Mastodon.py's `requests` can). */
const getWithJsonBody = (url: string, token: string, body: unknown) =>
  Effect.async<{ status: number; json: unknown }, Error>((resume) => {
    const payload = JSON.stringify(body)
    const request = Http.request(url, {
      method: "GET",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) }
    }, (response) => {
      let text = ""
      response.setEncoding("utf8")
      response.on("data", (chunk: string) => (text += chunk))
      response.on("end", () => resume(Effect.succeed({ status: response.statusCode ?? 0, json: JSON.parse(text) })))
    })
    request.on("error", (e) => resume(Effect.fail(e)))
    request.end(payload)
  })

describe("A GET with a JSON body (loopback server)", () => {
  it.effect("has its parameters read from the body, as Rails does", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      const star = yield* Seed.createAccount({ username: "star" })
      yield* Seed.follow(me, friend)
      yield* Seed.follow(friend, star)
      const origin = yield* MastodonInstance.origin
      const res = yield* getWithJsonBody(`${origin}/api/v1/accounts/familiar_followers`, me.token, { id: [star.id] })
      expect(res.status).toBe(200)
      expect(res.json).toEqual([{ id: star.id, accounts: [expect.objectContaining({ username: "friend" })] }])
      // The body wins over the query for the same key, as in Rails' params.
      const both = yield* getWithJsonBody(`${origin}/api/v1/accounts/familiar_followers?id[]=${friend.id}`, me.token, { id: [star.id] })
      expect((both.json as ReadonlyArray<{ id: string }>).map((x) => x.id)).toEqual([star.id])
    }).pipe(Effect.provide(MastodonServer.layer())))

  it.effect("is read in process too, where the client's HttpClient sends it", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const friend = yield* Seed.createAccount({ username: "friend" })
      yield* Seed.follow(me, friend)
      const res = yield* req("GET", "/api/v1/accounts/familiar_followers", { token: me.token, json: { id: [friend.id] } })
      expect(res.json).toEqual([{ id: friend.id, accounts: [] }])
      const noBody = yield* req("GET", "/api/v1/accounts/familiar_followers", { token: me.token })
      expect(noBody.json).toEqual([])
    }).pipe(Effect.provide(MastodonInstance.layer())))
})

describe("MastodonInstance defaults", () => {
  it.effect("require e-mail confirmation by default, like a real server", () =>
    Effect.gen(function*() {
      const instance = yield* MastodonInstance.MastodonInstance
      expect(instance.runtime.state.options.requireEmailConfirmation).toBe(true)
    }).pipe(Effect.provide(MastodonInstance.layer())))
})

describe("A retried request under it.effect (the README's advice)", () => {
  const flaky = Effect.gen(function*() {
    const me = yield* Accounts.verifyCredentials()
    yield* Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id", times: 2 })
    return yield* Accounts.get(me.id)
  })

  it.effect("completes once the test moves the TestClock past the retry sleeps", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(flaky)
      yield* TestClock.adjust("1 minute")
      const account = yield* Fiber.join(fiber)
      expect(account.username).toBe("me")
      expect((yield* MastodonInstance.requests).filter((r) => r.path === `/api/v1/accounts/${account.id}`)).toHaveLength(3)
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "me" }))))

  it.effect("still waits while the clock stands still", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(flaky)
      yield* TestClock.adjust("1 millis")
      expect(Option.isNone(yield* Fiber.poll(fiber))).toBe(true)
      yield* Fiber.interrupt(fiber)
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "me" }))))

  it.live("completes on the real clock with a short retry schedule", () =>
    Effect.gen(function*() {
      const account = yield* flaky
      expect(account.username).toBe("me")
    }).pipe(Effect.provide(MastodonInstance.clientLayer({}, { as: "me", client: { retry: { base: "10 millis" } } }))))
})
