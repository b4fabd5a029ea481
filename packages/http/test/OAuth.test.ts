import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as OAuth from "@mastodon-effect/http/OAuth"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { APP_TOKEN, CLIENT_ID, CLIENT_SECRET, serverMetadata, token, USER_TOKEN } from "./fixtures/auth.js"
import { mockClient } from "./utils/mockHttp.js"

const form = (text: string | undefined) => Array.from(new URLSearchParams(text ?? "").entries())

describe("OAuth.authorizeUrl", () => {
  it.effect("builds the authorize URL on the client's server with an exact query", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      const url = yield* Effect.provide(
        OAuth.authorizeUrl({
          client_id: CLIENT_ID,
          redirect_uri: "https://otter.example/callback",
          scope: ["read", "write:statuses", "read"],
          state: "st 1",
          code_challenge: "chal",
          force_login: true,
          lang: "de"
        }),
        layer
      )
      expect(url).toBe(
        "https://mastodon.example/oauth/authorize?response_type=code&client_id=cid-Rk2v8Xq" +
          "&redirect_uri=https%3A%2F%2Fotter.example%2Fcallback&scope=read+write%3Astatuses&state=st+1" +
          "&code_challenge=chal&code_challenge_method=S256&force_login=true&lang=de"
      )
      // Building the URL sends nothing.
      expect(yield* requests).toHaveLength(0)
    }))

  it("leaves unset options out and keeps a base path", () => {
    const url = new URL(
      OAuth.buildAuthorizeUrl(new URL("https://host.example/mastodon/"), {
        client_id: "c",
        redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
        scope: "read  write"
      })
    )
    expect(url.origin + url.pathname).toBe("https://host.example/mastodon/oauth/authorize")
    expect(Array.from(url.searchParams.keys())).toEqual(["response_type", "client_id", "redirect_uri", "scope"])
    expect(url.searchParams.get("scope")).toBe("read write")
    expect(url.searchParams.get("redirect_uri")).toBe("urn:ietf:wg:oauth:2.0:oob")
  })
})

describe("OAuth.pkce", () => {
  it.effect("matches the RFC 7636 test vector", () =>
    Effect.gen(function*() {
      const challenge = yield* OAuth.pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
      expect(challenge).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
    }))

  it.effect("generates a fresh verifier whose challenge is base64url(sha256(verifier))", () =>
    Effect.gen(function*() {
      const a = yield* OAuth.pkce()
      const b = yield* OAuth.pkce()
      const verifier = Redacted.value(a.code_verifier)
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(verifier).not.toBe(Redacted.value(b.code_verifier))
      expect(a.code_challenge).toBe(createHash("sha256").update(verifier).digest("base64url"))
      expect(a.code_challenge_method).toBe("S256")
      expect(String(a.code_verifier)).not.toContain(verifier)
    }))

  it.effect("randomState gives distinct URL-safe values", () =>
    Effect.gen(function*() {
      const a = yield* OAuth.randomState()
      const b = yield* OAuth.randomState()
      expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(a).not.toBe(b)
    }))
})

describe("OAuth.token", () => {
  it.effect("authorization_code: anonymous form with exact fields, decoded Token", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: token(USER_TOKEN, "read write") }))
      const result = yield* Effect.provide(
        OAuth.token({
          grant_type: "authorization_code",
          client_id: CLIENT_ID,
          client_secret: Redacted.make(CLIENT_SECRET),
          redirect_uri: "https://otter.example/callback",
          code: "the-code",
          code_verifier: Redacted.make("the-verifier")
        }),
        layer
      )
      expect(Redacted.value(result.access_token)).toBe(USER_TOKEN)
      expect(result.scope).toBe("read write")
      expect(result.created_at).toEqual(DateTime.unsafeMake(1700000000 * 1000))
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.toString()).toBe("https://mastodon.example/oauth/token")
      // The client's configured token must not go with a token request.
      expect(sent?.headers["authorization"]).toBeUndefined()
      expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(form(sent?.text)).toEqual([
        ["grant_type", "authorization_code"],
        ["client_id", CLIENT_ID],
        ["client_secret", CLIENT_SECRET],
        ["code", "the-code"],
        ["redirect_uri", "https://otter.example/callback"],
        ["code_verifier", "the-verifier"]
      ])
    }))

  it.effect("client_credentials, password and refresh_token send their own fields only", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: token(APP_TOKEN) }))
      yield* Effect.provide(
        Effect.all([
          OAuth.token({ grant_type: "client_credentials", client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
          OAuth.token({
            grant_type: "password",
            client_id: CLIENT_ID,
            client_secret: CLIENT_SECRET,
            username: "otter@mail.example",
            password: Redacted.make("pw"),
            scope: ["read", "write"]
          }),
          OAuth.token({
            grant_type: "refresh_token",
            client_id: CLIENT_ID,
            client_secret: CLIENT_SECRET,
            refresh_token: "rt",
            scope: "read"
          })
        ]),
        layer
      )
      const sent = yield* requests
      expect(sent.map((r) => r.headers["authorization"])).toEqual([undefined, undefined, undefined])
      expect(sent.map((r) => form(r.text))).toEqual([
        [["grant_type", "client_credentials"], ["client_id", CLIENT_ID], ["client_secret", CLIENT_SECRET]],
        [
          ["grant_type", "password"],
          ["client_id", CLIENT_ID],
          ["client_secret", CLIENT_SECRET],
          ["username", "otter@mail.example"],
          ["password", "pw"],
          ["scope", "read write"]
        ],
        [
          ["grant_type", "refresh_token"],
          ["client_id", CLIENT_ID],
          ["client_secret", CLIENT_SECRET],
          ["refresh_token", "rt"],
          ["scope", "read"]
        ]
      ])
    }))

  it.effect("OAuth errors are typed and carry error / error_description, never the secret", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, i) =>
        i === 0
          ? {
            status: 400,
            json: { error: "invalid_grant", error_description: "The provided authorization grant is invalid." }
          }
          : {
            status: 401,
            json: { error: "invalid_client", error_description: "Client authentication failed." }
          }
      )
      const request = {
        grant_type: "authorization_code",
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
        code: "used-code"
      } as const
      const grant = yield* Effect.flip(Effect.provide(OAuth.token(request), layer))
      expect(grant._tag).toBe("BadRequest")
      if (grant._tag !== "BadRequest") return
      expect(grant.status).toBe(400)
      expect(grant.error).toBe("invalid_grant")
      expect(grant.error_description).toBe("The provided authorization grant is invalid.")
      expect(grant.message).toContain("invalid_grant")
      const client = yield* Effect.flip(Effect.provide(OAuth.token(request), layer))
      expect(client._tag).toBe("Unauthorized")
      expect(client.message).toContain("invalid_client")
      for (const e of [grant, client]) {
        expect(e.message).not.toContain(CLIENT_SECRET)
        expect(JSON.stringify(e)).not.toContain(CLIENT_SECRET)
        expect(JSON.stringify(e)).not.toContain("used-code")
      }
    }))

  it.effect("a token response that does not decode is a DecodeError with the token masked", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ json: { access_token: USER_TOKEN, token_type: "Bearer" } }))
      const error = yield* Effect.flip(
        Effect.provide(OAuth.token({ grant_type: "client_credentials", client_id: CLIENT_ID, client_secret: CLIENT_SECRET }), layer)
      )
      expect(error._tag).toBe("DecodeError")
      if (error._tag !== "DecodeError") return
      expect(error.path).toBe("scope")
      expect(error.body_excerpt).toContain("\"access_token\":\"[redacted]\"")
      expect(JSON.stringify(error)).not.toContain(USER_TOKEN)
      expect(error.message).not.toContain(USER_TOKEN)
    }))

  it.effect("empty credentials are refused before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: token(APP_TOKEN) }))
      const error = yield* Effect.flip(
        Effect.provide(OAuth.token({ grant_type: "client_credentials", client_id: CLIENT_ID, client_secret: Redacted.make("") }), layer)
      )
      expect(error._tag).toBe("InvalidArgument")
      expect(error.message).toContain("client_secret")
      const code = yield* Effect.flip(
        Effect.provide(
          OAuth.token({ grant_type: "authorization_code", client_id: CLIENT_ID, client_secret: "s", redirect_uri: "x", code: "" }),
          layer
        )
      )
      expect(code._tag).toBe("InvalidArgument")
      expect(yield* requests).toHaveLength(0)
    }))
})

describe("OAuth.revoke", () => {
  it.effect("posts the credentials and the token anonymously", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      yield* Effect.provide(
        OAuth.revoke({ client_id: CLIENT_ID, client_secret: Redacted.make(CLIENT_SECRET), token: Redacted.make(USER_TOKEN) }),
        layer
      )
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.pathname).toBe("/oauth/revoke")
      expect(sent?.headers["authorization"]).toBeUndefined()
      expect(form(sent?.text)).toEqual([["client_id", CLIENT_ID], ["client_secret", CLIENT_SECRET], ["token", USER_TOKEN]])
    }))

  it.effect("a token of another app is Forbidden with unauthorized_client", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({
        status: 403,
        json: { error: "unauthorized_client", error_description: "You are not authorized to revoke this token" }
      }))
      const error = yield* Effect.flip(
        Effect.provide(OAuth.revoke({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, token: "x" }), layer)
      )
      expect(error._tag).toBe("Forbidden")
      if (error._tag === "Forbidden") expect(error.error).toBe("unauthorized_client")
    }))
})

describe("OAuth.serverMetadata / userinfo", () => {
  it.effect("fetches the metadata anonymously and decodes it", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: serverMetadata() }))
      const metadata = yield* Effect.provide(OAuth.serverMetadata(), layer)
      expect(metadata.token_endpoint).toBe("https://mastodon.example/oauth/token")
      expect(metadata.scopes_supported).toContain("profile")
      expect(metadata.code_challenge_methods_supported).toEqual(["S256"])
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/.well-known/oauth-authorization-server")
      expect(sent?.headers["authorization"]).toBeUndefined()
    }))

  it.effect("a server older than 4.3 answers NotFound, which the Option variant turns into None", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 404, body: "<html>Not Found</html>" }))
      const error = yield* Effect.flip(Effect.provide(OAuth.serverMetadata(), layer))
      expect(error._tag).toBe("NotFound")
      const option = yield* Effect.provide(OAuth.serverMetadataOption(), layer)
      expect(Option.isNone(option)).toBe(true)
    }))

  it.effect("userinfo sends the user token and decodes the claims; 403 without the profile scope", () =>
    Effect.gen(function*() {
      const claims = {
        iss: "https://mastodon.example/",
        sub: "https://mastodon.example/users/otter",
        name: "Otter",
        preferred_username: "otter",
        profile: "https://mastodon.example/@otter",
        picture: "https://mastodon.example/avatars/original/missing.png"
      }
      const { layer, requests } = yield* mockClient((_, i) =>
        i === 0 ? { json: claims } : { status: 403, json: { error: "This action is outside the authorized scopes" } }
      )
      const info = yield* Effect.provide(OAuth.userinfo(), layer)
      expect(info).toEqual(claims)
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/oauth/userinfo")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
      const error = yield* Effect.flip(Effect.provide(OAuth.userinfo(), layer))
      expect(error._tag).toBe("Forbidden")
    }))
})

describe("MastodonError.redactSecrets", () => {
  it("masks secret fields, including a value cut short by an excerpt", () => {
    expect(MastodonError.redactSecrets("{\"client_secret\":\"abc\",\"name\":\"x\",\"refresh_token\": \"de\\\"f\"}")).toBe(
      "{\"client_secret\":\"[redacted]\",\"name\":\"x\",\"refresh_token\":\"[redacted]\"}"
    )
    expect(MastodonError.redactSecrets("{\"access_token\":\"abcdef")).toBe("{\"access_token\":\"[redacted]\"")
  })
})
