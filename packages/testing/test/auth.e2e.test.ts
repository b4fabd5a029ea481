/**
 * Profile, Apps, OAuth and Auth from the http package against the instance, on both faces: the
 * OAuth dance goes through the instance's auto-approving authorize page and every token is then
 * used (or refused) for real.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Auth from "@mastodon-effect/http/Auth"
import * as OAuth from "@mastodon-effect/http/OAuth"
import * as Profile from "@mastodon-effect/http/Profile"
import * as Upload from "@mastodon-effect/http/Upload"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { as, faces, png, rawGet, received } from "./utils/faces.js"

const callback = "https://app.example/callback"

/** Follow the authorize URL like a browser would, up to the redirect, and read the code off it. */
const authorize = (url: string) =>
  Effect.map(rawGet(url), (res) => {
    expect(res.status).toBe(302)
    const location = new URL(res.headers["location"] ?? "")
    expect(`${location.origin}${location.pathname}`).toBe(callback)
    return { code: location.searchParams.get("code") ?? "", state: location.searchParams.get("state") }
  })

describe.each(faces)("Profile, Apps, OAuth, Auth, $name face", ({ layer }) => {
  it.effect("reads and updates the profile, then deletes the avatar and header", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me", display_name: "Me" })
      const origin = yield* MastodonInstance.origin
      const run = as(me.token)

      const before = yield* Profile.get().pipe(run)
      expect(before).toMatchObject({ id: me.id, display_name: "Me", avatar: null, header: null, show_media: true })

      const avatar = yield* Upload.fromBytes(png, { argument: "avatar" })
      const header = yield* Upload.fromBytes(png, { argument: "header" })
      const updated = yield* Profile.update({
        display_name: "Me, updated",
        avatar,
        avatar_description: "a single pixel",
        header,
        show_media: false,
        fields_attributes: [{ name: "Home", value: "https://me.example" }]
      }).pipe(run)
      expect(updated).toMatchObject({ display_name: "Me, updated", avatar_description: "a single pixel", show_media: false })
      expect(updated.fields.map((f) => f.name)).toEqual(["Home"])
      expect(updated.avatar?.startsWith(`${origin}/system/accounts/avatars/`)).toBe(true)
      expect(updated.header?.startsWith(`${origin}/system/accounts/headers/`)).toBe(true)
      expect((yield* rawGet(updated.header ?? "")).bytes).toEqual(png)
      expect(yield* Profile.get().pipe(run)).toEqual(updated)

      // Clearing the fields sends one blank pair, which the server reads as "none".
      expect((yield* Profile.update({ fields_attributes: [] }).pipe(run)).fields).toEqual([])

      const noAvatar = yield* Profile.deleteAvatar().pipe(run)
      expect(noAvatar.avatar).toBe(`${origin}/avatars/original/missing.png`)
      expect(noAvatar.header).toBe(updated.header)
      const noHeader = yield* Profile.deleteHeader().pipe(run)
      expect(noHeader.header).toBe(`${origin}/headers/original/missing.png`)
      expect(yield* Profile.get().pipe(run)).toMatchObject({ avatar: null, header: null, display_name: "Me, updated" })
      expect(yield* received("DELETE", "/api/v1/profile/avatar")).toHaveLength(1)
      expect(yield* received("DELETE", "/api/v1/profile/header")).toHaveLength(1)
    }).pipe(Effect.provide(layer())))

  it.effect("registers an app anonymously and verifies it with a client-credentials token", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      // The client has a user token; registering an app must not send it.
      const app = yield* Apps.register({
        client_name: "Test App",
        redirect_uris: [callback, "urn:ietf:wg:oauth:2.0:oob"],
        scopes: "read write",
        website: "https://app.example"
      }).pipe(as(me.token))
      expect(app.name).toBe("Test App")
      expect(app.redirect_uris).toEqual([callback, "urn:ietf:wg:oauth:2.0:oob"])
      expect(Redacted.value(app.client_secret)).not.toBe("")
      const [registration] = yield* received("POST", "/api/v1/apps")
      expect(registration?.authorization).toBe(false)
      expect(new URLSearchParams(registration?.body).get("redirect_uris")).toBe(`${callback}\nurn:ietf:wg:oauth:2.0:oob`)

      const token = yield* OAuth.token({
        grant_type: "client_credentials",
        client_id: app.client_id,
        client_secret: app.client_secret,
        scope: "read"
      }).pipe(as(undefined))
      expect(token.refresh_token).toBeUndefined()
      const verified = yield* Apps.verifyCredentials().pipe(as(token.access_token))
      expect(verified).toMatchObject({ name: "Test App", website: "https://app.example" })
      // An app token is not a user: 422 from a user-only endpoint.
      const notAUser = yield* Effect.flip(Accounts.verifyCredentials().pipe(as(token.access_token)))
      expect(notAUser).toMatchObject({ _tag: "UnprocessableEntity", error: "This method requires an authenticated user" })
      const noToken = yield* Effect.flip(Apps.verifyCredentials().pipe(as(undefined)))
      expect(noToken._tag).toBe("Unauthorized")
    }).pipe(Effect.provide(layer())))

  // A 4.3 server: the password grant and refresh tokens are gone from 4.4 on.
  it.effect("runs authorize → PKCE code → token, then password, client credentials, refresh and revoke", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "alice", email: "alice@example.com", password: "correct horse" })
      const app = yield* Seed.createApp({ name: "dance", redirect_uris: [callback], scopes: "read write profile" })
      const anonymous = as(undefined)

      const pkce = yield* OAuth.pkce()
      const state = yield* OAuth.randomState()
      const url = yield* OAuth.authorizeUrl({
        client_id: app.client_id,
        redirect_uri: callback,
        scope: "read profile",
        state,
        code_challenge: pkce.code_challenge
      }).pipe(anonymous)
      expect(url.startsWith(`${yield* MastodonInstance.origin}/oauth/authorize?`)).toBe(true)
      const granted = yield* authorize(url)
      expect(granted.state).toBe(state)

      const exchange = (verifier: Redacted.Redacted<string> | string) =>
        OAuth.token({
          grant_type: "authorization_code",
          client_id: app.client_id,
          client_secret: app.client_secret,
          redirect_uri: callback,
          code: granted.code,
          code_verifier: verifier
        }).pipe(anonymous)
      const wrong = yield* Effect.flip(exchange("not-the-verifier-but-long-enough-0123456789"))
      expect(wrong).toMatchObject({ _tag: "BadRequest", status: 400, error: "invalid_grant" })
      const token = yield* exchange(pkce.code_verifier)
      expect(token.scope).toBe("read profile")
      expect((yield* Accounts.verifyCredentials().pipe(as(token.access_token))).username).toBe("alice")
      // userinfo (4.4) is checked on a 4.6 server in fidelity.e2e.test.ts.
      // A code is good for one exchange.
      expect((yield* Effect.flip(exchange(pkce.code_verifier)))._tag).toBe("BadRequest")
      // Token requests are anonymous, and the verifier travels in the form.
      const tokenRequests = yield* received("POST", "/oauth/token")
      expect(tokenRequests.every((r) => !r.authorization)).toBe(true)
      expect(new URLSearchParams(tokenRequests[1]?.body).get("code_verifier")).toBe(Redacted.value(pkce.code_verifier))

      // Mastodon logs in by e-mail.
      const password = yield* OAuth.token({
        grant_type: "password",
        client_id: app.client_id,
        client_secret: app.client_secret,
        username: "alice@example.com",
        password: "correct horse",
        scope: "read"
      }).pipe(anonymous)
      expect(password.scope).toBe("read")
      expect((yield* Accounts.verifyCredentials().pipe(as(password.access_token))).username).toBe("alice")
      const badPassword = yield* Effect.flip(
        OAuth.token({ grant_type: "password", client_id: app.client_id, client_secret: app.client_secret, username: "alice@example.com", password: "nope" })
          .pipe(anonymous)
      )
      expect(badPassword).toMatchObject({ _tag: "BadRequest", error: "invalid_grant" })

      const appToken = yield* OAuth.token({ grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret })
        .pipe(anonymous)
      expect(appToken.scope).toBe("read")
      expect((yield* Apps.verifyCredentials().pipe(as(appToken.access_token))).name).toBe("dance")

      const refresh = token.refresh_token
      expect(refresh).toBeDefined()
      const refreshed = yield* OAuth.token({
        grant_type: "refresh_token",
        client_id: app.client_id,
        client_secret: app.client_secret,
        refresh_token: refresh ?? ""
      }).pipe(anonymous)
      expect(refreshed.scope).toBe("read profile")
      expect((yield* Effect.flip(Accounts.verifyCredentials().pipe(as(token.access_token))))._tag).toBe("Unauthorized")
      expect((yield* Accounts.verifyCredentials().pipe(as(refreshed.access_token))).username).toBe("alice")

      yield* OAuth.revoke({ client_id: app.client_id, client_secret: app.client_secret, token: refreshed.access_token }).pipe(anonymous)
      const revoked = yield* Effect.flip(Accounts.verifyCredentials().pipe(as(refreshed.access_token)))
      expect(revoked).toMatchObject({ _tag: "Unauthorized", status: 401 })

      const badClient = yield* Effect.flip(
        OAuth.token({ grant_type: "client_credentials", client_id: app.client_id, client_secret: "wrong" }).pipe(anonymous)
      )
      expect(badClient).toMatchObject({ _tag: "Unauthorized", error: "invalid_client" })
    }).pipe(Effect.provide(layer({ version: "4.3.0" }))))

  it.effect("serves the OAuth server metadata for its own origin", () =>
    Effect.gen(function*() {
      const origin = yield* MastodonInstance.origin
      const metadata = yield* OAuth.serverMetadata().pipe(as(undefined))
      expect(metadata).toMatchObject({
        authorization_endpoint: `${origin}/oauth/authorize`,
        token_endpoint: `${origin}/oauth/token`,
        revocation_endpoint: `${origin}/oauth/revoke`,
        code_challenge_methods_supported: ["S256"]
      })
      expect(metadata.scopes_supported).toContain("profile")
      expect(metadata.grant_types_supported).toContain("authorization_code")
    }).pipe(Effect.provide(layer())))

  it.effect("signs up end to end in two requests and checks the granted scopes", () =>
    Effect.gen(function*() {
      // Requested scopes must be among the app's, literally (`write` does not stand for `write:accounts`).
      const app = yield* Seed.createApp({ name: "signup", scopes: "read write:accounts" })
      const signUp = (username: string, scopes: string) =>
        Auth.signUp({
          client_id: app.client_id,
          client_secret: app.client_secret,
          scopes,
          username,
          email: `${username}@example.com`,
          password: "long enough password",
          agreement: true,
          locale: "en"
        }).pipe(as(undefined))

      const token = yield* signUp("newbie", "read write:accounts")
      expect(token.scope).toBe("read write:accounts")
      const log = yield* MastodonInstance.requests
      expect(log.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /oauth/token", "POST /api/v1/accounts"])
      expect(log[0]?.authorization).toBe(false)
      expect(new URLSearchParams(log[0]?.body).get("grant_type")).toBe("client_credentials")
      expect(log[1]?.authorization).toBe(true)
      expect((yield* Accounts.verifyCredentials().pipe(as(token.access_token))).username).toBe("newbie")

      // Without write:accounts nothing is sent at all.
      const refused = yield* Effect.flip(signUp("other", "read"))
      expect(refused).toMatchObject({ _tag: "InvalidArgument", argument: "scopes" })
      expect(yield* MastodonInstance.requests).toHaveLength(3) // the two above and verify_credentials

      // The server's refusal of the sign-up surfaces as the typed 422.
      const taken = yield* Effect.flip(signUp("newbie", "read write:accounts"))
      expect(taken._tag === "UnprocessableEntity" ? taken.codesFor("username") : taken._tag).toEqual(["ERR_TAKEN"])
    }).pipe(Effect.provide(layer({ requireEmailConfirmation: false }))))

  it.effect("exchanges a code with Auth.exchangeCode and refuses a grant narrower than asked", () =>
    Effect.gen(function*() {
      yield* Seed.createAccount({ username: "alice" })
      const app = yield* Seed.createApp({ name: "login", redirect_uris: [callback], scopes: "read write" })
      const run = as(undefined)
      const pkce = yield* OAuth.pkce()
      const login = (scope: string, wanted: string) =>
        Effect.gen(function*() {
          const url = yield* OAuth.authorizeUrl({ client_id: app.client_id, redirect_uri: callback, scope, code_challenge: pkce.code_challenge })
          const { code } = yield* authorize(url)
          return yield* Auth.exchangeCode({
            client_id: app.client_id,
            client_secret: app.client_secret,
            redirect_uri: callback,
            code,
            code_verifier: pkce.code_verifier,
            scopes: wanted
          })
        }).pipe(run)

      const token = yield* login("read write", "read write")
      expect(token.scope).toBe("read write")
      expect((yield* Accounts.verifyCredentials().pipe(as(token.access_token))).username).toBe("alice")

      const narrow = yield* Effect.flip(login("read", "read write"))
      expect(narrow).toMatchObject({ _tag: "MissingScopes", granted: ["read"] })
      expect(yield* received("POST", "/oauth/token")).toHaveLength(2)
    }).pipe(Effect.provide(layer())))
})
