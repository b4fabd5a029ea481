import { describe, expect, it } from "@effect/vitest"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Auth from "@mastodon-effect/http/Auth"
import * as TokenStore from "@mastodon-effect/http/TokenStore"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { APP_TOKEN, application, CLIENT_ID, CLIENT_SECRET, token, USER_TOKEN } from "./fixtures/auth.js"
import { mockClient, mockHttp } from "./utils/mockHttp.js"

const form = (text: string | undefined) => Array.from(new URLSearchParams(text ?? "").entries())
const PASSWORD = "correct-horse-77"

const signUpParams: Auth.SignUpParams = {
  client_id: CLIENT_ID,
  client_secret: Redacted.make(CLIENT_SECRET),
  scopes: ["read", "write", "follow"],
  username: "otter",
  email: "otter@mail.example",
  password: Redacted.make(PASSWORD),
  agreement: true,
  locale: "en"
}

describe("Auth.signUp", () => {
  it.effect("gets an app token, registers with it, and returns the user token (exactly 2 requests)", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.pathname === "/oauth/token"
          ? { json: token(APP_TOKEN, "read write follow") }
          : { json: token(USER_TOKEN, "read write follow") }
      )
      const result = yield* Effect.provide(
        Auth.signUp({ ...signUpParams, reason: "I like rivers", date_of_birth: DateTime.unsafeMake("2000-02-29T23:00:00Z") }),
        layer
      )
      expect(Redacted.value(result.access_token)).toBe(USER_TOKEN)
      expect(result.scope).toBe("read write follow")

      const sent = yield* requests
      expect(sent).toHaveLength(2)
      const [tokenRequest, register] = sent
      expect(`${tokenRequest?.method} ${tokenRequest?.url.toString()}`).toBe("POST https://mastodon.example/oauth/token")
      expect(tokenRequest?.headers["authorization"]).toBeUndefined()
      expect(form(tokenRequest?.text)).toEqual([
        ["grant_type", "client_credentials"],
        ["client_id", CLIENT_ID],
        ["client_secret", CLIENT_SECRET],
        ["scope", "read write follow"]
      ])
      expect(`${register?.method} ${register?.url.toString()}`).toBe("POST https://mastodon.example/api/v1/accounts")
      // The app token, not the client's own token.
      expect(register?.headers["authorization"]).toBe(`Bearer ${APP_TOKEN}`)
      expect(form(register?.text)).toEqual([
        ["username", "otter"],
        ["email", "otter@mail.example"],
        ["password", PASSWORD],
        ["agreement", "true"],
        ["locale", "en"],
        ["reason", "I like rivers"],
        ["date_of_birth", "2000-02-29"]
      ])
    }))

  it.effect("leaves reason and date_of_birth out when unset", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.pathname === "/oauth/token" ? { json: token(APP_TOKEN) } : { json: token(USER_TOKEN) }
      )
      yield* Effect.provide(Auth.signUp({ ...signUpParams, scopes: "write:accounts read" }), layer)
      const [, register] = yield* requests
      expect(form(register?.text).map(([k]) => k)).toEqual(["username", "email", "password", "agreement", "locale"])
    }))

  it.effect("a 422 keeps the typed details (ERR_TAKEN), without the password", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.pathname === "/oauth/token"
          ? { json: token(APP_TOKEN) }
          : {
            status: 422,
            json: {
              error: "Validation failed: Username has already been taken, Email has already been taken",
              details: {
                username: [{ error: "ERR_TAKEN", description: "has already been taken" }],
                email: [{ error: "ERR_TAKEN", description: "has already been taken" }]
              }
            }
          }
      )
      const error = yield* Effect.flip(Effect.provide(Auth.signUp(signUpParams), layer))
      expect(error._tag).toBe("UnprocessableEntity")
      if (error._tag !== "UnprocessableEntity") return
      expect(error.codesFor("username")).toEqual(["ERR_TAKEN"])
      expect(error.codesFor("email")).toEqual(["ERR_TAKEN"])
      expect(error.details?.["username"]?.[0]?.description).toBe("has already been taken")
      expect(error.message).toContain("username: ERR_TAKEN")
      for (const secret of [PASSWORD, CLIENT_SECRET, APP_TOKEN]) expect(JSON.stringify(error) + error.message).not.toContain(secret)
      expect(yield* requests).toHaveLength(2)
    }))

  it.effect("fewer granted scopes than requested is MissingScopes", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((r) =>
        r.url.pathname === "/oauth/token" ? { json: token(APP_TOKEN, "read write follow") } : { json: token(USER_TOKEN, "read write") }
      )
      const error = yield* Effect.flip(
        Effect.provide(Auth.signUp({ ...signUpParams, scopes: ["read:accounts", "write", "follow"] }), layer)
      )
      expect(error._tag).toBe("MissingScopes")
      if (error._tag !== "MissingScopes") return
      // `read` covers `read:accounts`; only `follow` is short.
      expect(error.required).toEqual(["follow"])
      expect(error.granted).toEqual(["read", "write"])
      expect(error.message).toContain("follow")
    }))

  it.effect("a failed app token request stops before registering", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        status: 401,
        json: { error: "invalid_client", error_description: "Client authentication failed." }
      }))
      const error = yield* Effect.flip(Effect.provide(Auth.signUp(signUpParams), layer))
      expect(error._tag).toBe("Unauthorized")
      expect(error.message).not.toContain(CLIENT_SECRET)
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("scopes that cannot register, or a malformed date of birth, are refused before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: token(APP_TOKEN) }))
      const scopes = yield* Effect.flip(Effect.provide(Auth.signUp({ ...signUpParams, scopes: ["read"] }), layer))
      expect(scopes._tag).toBe("InvalidArgument")
      expect(scopes.message).toContain("write:accounts")
      const date = yield* Effect.flip(Effect.provide(Auth.signUp({ ...signUpParams, date_of_birth: "29/02/2000" }), layer))
      expect(date._tag).toBe("InvalidArgument")
      expect(yield* requests).toHaveLength(0)
    }))
})

describe("Auth.exchangeCode", () => {
  it.effect("exchanges the code (with the PKCE verifier) and checks the grant", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: token(USER_TOKEN, "read write") }))
      const result = yield* Effect.provide(
        Auth.exchangeCode({
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
          code: Redacted.make("the-code"),
          code_verifier: Redacted.make("the-verifier"),
          scopes: ["read:statuses", "write"]
        }),
        layer
      )
      expect(Redacted.value(result.access_token)).toBe(USER_TOKEN)
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/oauth/token")
      expect(sent?.headers["authorization"]).toBeUndefined()
      expect(form(sent?.text)).toEqual([
        ["grant_type", "authorization_code"],
        ["client_id", CLIENT_ID],
        ["client_secret", CLIENT_SECRET],
        ["code", "the-code"],
        ["redirect_uri", "urn:ietf:wg:oauth:2.0:oob"],
        ["code_verifier", "the-verifier"]
      ])
    }))

  it.effect("a user who granted less is MissingScopes; an expired code is BadRequest invalid_grant", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, i) =>
        i === 0
          ? { json: token(USER_TOKEN, "read") }
          : { status: 400, json: { error: "invalid_grant", error_description: "The provided authorization grant is invalid." } }
      )
      const params = { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uri: "urn:x", code: "c", scopes: "read write" }
      const missing = yield* Effect.flip(Effect.provide(Auth.exchangeCode(params), layer))
      expect(missing._tag).toBe("MissingScopes")
      if (missing._tag === "MissingScopes") expect(missing.required).toEqual(["write"])
      const invalid = yield* Effect.flip(Effect.provide(Auth.exchangeCode(params), layer))
      expect(invalid._tag).toBe("BadRequest")
      if (invalid._tag === "BadRequest") expect(invalid.error).toBe("invalid_grant")
    }))
})

describe("Auth.logInWithPassword", () => {
  it.effect("uses the password grant with the scopes and checks the grant", () =>
    Effect.gen(function*() {
      let exchanges = 0
      // A server older than 4.3 has no OAuth metadata: the grant is tried.
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname === "/.well-known/oauth-authorization-server"
          ? { status: 404, json: { error: "Not found" } }
          : ++exchanges === 1
          ? { json: token(USER_TOKEN, "read write") }
          : { json: token(USER_TOKEN, "read") }
      )
      const params = {
        client_id: CLIENT_ID,
        client_secret: Redacted.make(CLIENT_SECRET),
        username: "otter@mail.example",
        password: Redacted.make(PASSWORD),
        scopes: ["read", "write"]
      }
      yield* Effect.provide(Auth.logInWithPassword(params), layer)
      const sent = (yield* requests).find((r) => r.url.pathname === "/oauth/token")
      expect(sent?.headers["authorization"]).toBeUndefined()
      expect(form(sent?.text)).toEqual([
        ["grant_type", "password"],
        ["client_id", CLIENT_ID],
        ["client_secret", CLIENT_SECRET],
        ["username", "otter@mail.example"],
        ["password", PASSWORD],
        ["scope", "read write"]
      ])
      const error = yield* Effect.flip(Effect.provide(Auth.logInWithPassword(params), layer))
      expect(error._tag).toBe("MissingScopes")
      expect(error.message).not.toContain(PASSWORD)
    }))
})

describe("Auth.remember / layerFromStore", () => {
  it.effect("saves the token for the client's server, then a client built from the store uses it", () =>
    Effect.gen(function*() {
      const { layer: client } = yield* mockClient(() => ({ json: token(USER_TOKEN, "read write") }))
      const store = yield* TokenStore.makeMemory()
      const storeLayer = Layer.succeed(TokenStore.TokenStore, store)
      const app = { client_id: CLIENT_ID, client_secret: CLIENT_SECRET }
      const params = { ...app, redirect_uri: "urn:x", code: "c", scopes: "read" }
      yield* Auth.exchangeCode(params).pipe(Auth.remember(app), Effect.provide(Layer.merge(client, storeLayer)))

      const saved = Option.getOrThrow(yield* store.load)
      expect(saved.url).toBe("https://mastodon.example/")
      expect(Redacted.value(saved.access_token)).toBe(USER_TOKEN)
      expect(saved.scope).toBe("read write")
      expect(saved.client_id).toBe(CLIENT_ID)
      expect(saved.client_secret === undefined ? undefined : Redacted.value(saved.client_secret)).toBe(CLIENT_SECRET)

      const http = yield* mockHttp(() => ({ json: application() }))
      const fromStore = Auth.layerFromStore({ retry: false }).pipe(Layer.provide(Layer.merge(storeLayer, http.layer)))
      yield* Effect.provide(Apps.verifyCredentials(), fromStore)
      const [sent] = yield* http.requests
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/apps/verify_credentials")
      expect(sent?.headers["authorization"]).toBe(`Bearer ${USER_TOKEN}`)
    }))

  it.effect("a client from an empty store is a TokenStoreError", () =>
    Effect.gen(function*() {
      const http = yield* mockHttp(() => ({ json: application() }))
      const fromStore = Auth.layerFromStore().pipe(Layer.provide(Layer.merge(TokenStore.layerMemory(), http.layer)))
      const error = yield* Effect.flip(Effect.provide(Apps.verifyCredentials(), fromStore))
      expect(error._tag).toBe("TokenStoreError")
      expect(yield* http.requests).toHaveLength(0)
    }))
})
