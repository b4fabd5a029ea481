/**
 * The OAuth 2 endpoints (`/oauth/...` and the server metadata): the authorize URL, token grants,
 * revocation, user info, and PKCE. See the Mastodon docs, methods/oauth and spec/oauth.
 *
 * Token requests are always sent without the client's own token: the client authenticates with
 * `client_id` / `client_secret` in the form body. Secrets may be given as `Redacted` values and
 * never appear in an error.
 *
 * @since 0.1.0
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Scope from "@mastodon-effect/core/Scope"
import * as Token from "@mastodon-effect/core/Token"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import { MastodonClient } from "./MastodonClient.js"

// ---------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------

/**
 * The OAuth 2 Authorization Server Metadata (RFC 8414) of a Mastodon 4.3+ server, plus Mastodon's
 * own `app_registration_endpoint`. Only the three endpoints every OAuth server has are required;
 * the rest is optional so that other servers' documents decode too.
 *
 * @since 0.1.0
 */
export const ServerMetadata = /* @__PURE__ */ Schema.Struct({
  /** The server's issuer identifier (its base URL). */
  issuer: Schema.String,
  /** Where to send the user to authorize (`/oauth/authorize`). */
  authorization_endpoint: Schema.String,
  /** Where to exchange grants for tokens (`/oauth/token`). */
  token_endpoint: Schema.String,
  /** Mastodon's app registration endpoint (`/api/v1/apps`). */
  app_registration_endpoint: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Where to revoke tokens (`/oauth/revoke`). */
  revocation_endpoint: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The OIDC user info endpoint (Mastodon 4.4). */
  userinfo_endpoint: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Human documentation of the API. */
  service_documentation: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Every scope the server knows: use it to pick `profile` over `read:accounts`, say. */
  scopes_supported: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  response_types_supported: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  response_modes_supported: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** PKCE methods; Mastodon supports `S256` only. */
  code_challenge_methods_supported: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  grant_types_supported: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  token_endpoint_auth_methods_supported: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String))
}).annotations({ identifier: "ServerMetadata" })

/**
 * The decoded form of {@link ServerMetadata}.
 *
 * @since 0.1.0
 */
export interface ServerMetadata extends Schema.Schema.Type<typeof ServerMetadata> {}

/**
 * The OIDC claims `GET /oauth/userinfo` returns about the signed-in user (Mastodon 4.4). `sub` is
 * the ActivityPub actor URI, which is globally unique where account ids are not.
 *
 * @since 0.1.0
 */
export const UserInfo = /* @__PURE__ */ Schema.Struct({
  /** The issuer, as in the server metadata. */
  iss: Schema.String,
  /** The actor URI of the account. */
  sub: Schema.String,
  /** The display name (may contain emoji shortcodes). */
  name: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The username, without the domain. */
  preferred_username: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The profile page for humans. */
  profile: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The avatar URL (possibly the default one). */
  picture: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "UserInfo" })

/**
 * The decoded form of {@link UserInfo}.
 *
 * @since 0.1.0
 */
export interface UserInfo extends Schema.Schema.Type<typeof UserInfo> {}

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** The declaration behind {@link token}: `POST /oauth/token`. @since 0.1.0 */
export const tokenEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "oauth.token",
  method: "POST",
  path: "/oauth/token",
  // Secrets travel in the form, never in the URL; the grant's own checks run before this.
  body: /* @__PURE__ */ Schema.Struct({
    grant_type: Schema.String,
    client_id: Schema.String,
    client_secret: Schema.String,
    code: /* @__PURE__ */ Schema.optional(Schema.String),
    redirect_uri: /* @__PURE__ */ Schema.optional(Schema.String),
    code_verifier: /* @__PURE__ */ Schema.optional(Schema.String),
    username: /* @__PURE__ */ Schema.optional(Schema.String),
    password: /* @__PURE__ */ Schema.optional(Schema.String),
    refresh_token: /* @__PURE__ */ Schema.optional(Schema.String),
    scope: /* @__PURE__ */ Schema.optional(Schema.String)
  }),
  response: Token.Token,
  auth: "public",
  versions: { added: "0.1.0", changed: "4.3.0" }
})

/** The declaration behind {@link revoke}: `POST /oauth/revoke`. @since 0.1.0 */
export const revokeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "oauth.revoke",
  method: "POST",
  path: "/oauth/revoke",
  // Documented as an empty object; nothing in it is used.
  body: /* @__PURE__ */ Schema.Struct({ client_id: Schema.String, client_secret: Schema.String, token: Schema.String }),
  response: Schema.Unknown,
  auth: "public",
  versions: { added: "0.1.0" }
})

/** The declaration behind {@link userinfo}: `GET /oauth/userinfo`. @since 0.1.0 */
export const userinfoEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "oauth.userinfo",
  method: "GET",
  path: "/oauth/userinfo",
  response: UserInfo,
  auth: "user",
  scopes: ["profile"],
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link serverMetadata}: `GET /.well-known/oauth-authorization-server`. @since 0.1.0 */
export const serverMetadataEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "oauth.serverMetadata",
  method: "GET",
  path: "/.well-known/oauth-authorization-server",
  response: ServerMetadata,
  auth: "public",
  versions: { added: "4.3.0", changed: "4.4.0" }
})

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

/**
 * A secret given either as a `Redacted` value (preferred: it prints as `<redacted>`) or as a plain
 * string.
 *
 * @since 0.1.0
 */
export type Secret = Redacted.Redacted<string> | string

/**
 * The plain value of a {@link Secret}, for the one place it must go: the request body.
 *
 * @since 0.1.0
 */
export const reveal = (secret: Secret): string => typeof secret === "string" ? secret : Redacted.value(secret)

const required = (argument: string, value: Secret | undefined): Effect.Effect<string, MastodonError.InvalidArgument> => {
  const plain = value === undefined ? "" : reveal(value)
  return plain.trim() === ""
    ? Effect.fail(new MastodonError.InvalidArgument({ argument, reason: "must not be empty" }))
    : Effect.succeed(plain)
}

/**
 * Scopes as a list or as one space-separated string.
 *
 * @since 0.1.0
 */
export type Scopes = ReadonlyArray<Scope.Scope> | string

/**
 * The space-separated form of {@link Scopes}, duplicates dropped.
 *
 * @since 0.1.0
 */
export const formatScopes = (scopes: Scopes): string => Scope.format(typeof scopes === "string" ? Scope.parse(scopes) : scopes)

// ---------------------------------------------------------------------------------------------
// Authorize URL
// ---------------------------------------------------------------------------------------------

/**
 * The query of the authorization page.
 *
 * @since 0.1.0
 */
export interface AuthorizeParams {
  /** The application's client id. */
  readonly client_id: string
  /** One of the app's registered redirect URIs, or `urn:ietf:wg:oauth:2.0:oob` to show the code. */
  readonly redirect_uri: string
  /** The scopes asked for; a subset of the app's registered scopes. */
  readonly scope: Scopes
  /** An opaque value echoed back on the redirect; check it to stop CSRF and mix-ups. */
  readonly state?: string | undefined
  /** The PKCE challenge (Mastodon 4.3); see {@link pkce}. */
  readonly code_challenge?: string | undefined
  /** The PKCE method; `S256` (the only one Mastodon has) is sent whenever a challenge is. */
  readonly code_challenge_method?: "S256" | undefined
  /** Ask the user to log in again, to authorize a second account on one server (2.6). */
  readonly force_login?: boolean | undefined
  /** The language of the authorization page, ISO 639-1 (3.5). */
  readonly lang?: string | undefined
}

/**
 * The URL of the authorization page on a server, from its base URL. A base URL with a path (a
 * server under `/mastodon`) keeps that path.
 *
 * @example
 * import { OAuth } from "@mastodon-effect/http"
 * OAuth.buildAuthorizeUrl(new URL("https://mastodon.example"), {
 *   client_id: "abc",
 *   redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
 *   scope: ["read", "write:statuses"]
 * })
 * // "https://mastodon.example/oauth/authorize?response_type=code&client_id=abc&redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob&scope=read+write%3Astatuses"
 *
 * @since 0.1.0
 */
export const buildAuthorizeUrl = (baseUrl: URL, params: AuthorizeParams): string => {
  const prefix = baseUrl.pathname.endsWith("/") ? baseUrl.pathname.slice(0, -1) : baseUrl.pathname
  const url = new URL(`${baseUrl.origin}${prefix}/oauth/authorize`)
  const query = url.searchParams
  query.set("response_type", "code")
  query.set("client_id", params.client_id)
  query.set("redirect_uri", params.redirect_uri)
  query.set("scope", formatScopes(params.scope))
  if (params.state !== undefined) query.set("state", params.state)
  if (params.code_challenge !== undefined) {
    query.set("code_challenge", params.code_challenge)
    query.set("code_challenge_method", params.code_challenge_method ?? "S256")
  }
  if (params.force_login !== undefined) query.set("force_login", String(params.force_login))
  if (params.lang !== undefined) query.set("lang", params.lang)
  return url.toString()
}

/**
 * The URL of the authorization page on the client's server: send the user there, and read the
 * `code` (and `state`) from the redirect. Nothing is requested.
 *
 * @example
 * import { OAuth } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const program = Effect.gen(function*() {
 *   const { code_challenge, code_verifier } = yield* OAuth.pkce()
 *   const url = yield* OAuth.authorizeUrl({
 *     client_id: "abc",
 *     redirect_uri: "https://app.example/callback",
 *     scope: "read write",
 *     code_challenge
 *   })
 *   return { url, code_verifier }
 * })
 *
 * @since 0.1.0
 */
export const authorizeUrl = (params: AuthorizeParams): Effect.Effect<string, never, MastodonClient> =>
  Effect.map(MastodonClient, (client) => buildAuthorizeUrl(client.baseUrl, params))

// ---------------------------------------------------------------------------------------------
// PKCE
// ---------------------------------------------------------------------------------------------

/**
 * A PKCE pair: keep `code_verifier` until the token exchange; send `code_challenge` with the
 * authorize URL.
 *
 * @since 0.1.0
 */
export interface Pkce {
  readonly code_verifier: Redacted.Redacted<string>
  readonly code_challenge: string
  readonly code_challenge_method: "S256"
}

const base64url = (bytes: Uint8Array): string => {
  let binary = ""
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

const webCrypto = (): Crypto => {
  const crypto = globalThis.crypto as Crypto | undefined
  // Browsers hide `crypto.subtle` outside secure contexts; there is no sensible fallback.
  if (crypto?.subtle === undefined) throw new Error("WebCrypto (globalThis.crypto.subtle) is not available")
  return crypto
}

/**
 * The S256 challenge of a verifier: base64url (no padding) of its SHA-256.
 *
 * @example
 * import { OAuth } from "@mastodon-effect/http"
 * OAuth.pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
 * // Effect of "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" (RFC 7636, appendix B)
 *
 * @since 0.1.0
 */
export const pkceChallenge = (verifier: Secret): Effect.Effect<string> =>
  Effect.promise(async () => {
    const digest = await webCrypto().subtle.digest("SHA-256", new TextEncoder().encode(reveal(verifier)))
    return base64url(new Uint8Array(digest))
  })

/**
 * A fresh PKCE pair from WebCrypto: a 43-character verifier (32 random bytes, base64url) and its
 * S256 challenge. A platform without WebCrypto is a defect, not a typed error.
 *
 * @since 0.1.0
 */
export const pkce = (): Effect.Effect<Pkce> =>
  Effect.flatMap(
    Effect.sync(() => base64url(webCrypto().getRandomValues(new Uint8Array(32)))),
    (verifier) =>
      Effect.map(pkceChallenge(verifier), (code_challenge): Pkce => ({
        code_verifier: Redacted.make(verifier),
        code_challenge,
        code_challenge_method: "S256"
      }))
  )

/**
 * A random `state` value (128 bits, base64url) for the authorize URL.
 *
 * @since 0.1.0
 */
export const randomState = (): Effect.Effect<string> =>
  Effect.sync(() => base64url(webCrypto().getRandomValues(new Uint8Array(16))))

// ---------------------------------------------------------------------------------------------
// Token
// ---------------------------------------------------------------------------------------------

/**
 * The application's credentials, as `Apps.register` returns them.
 *
 * @since 0.1.0
 */
export interface ClientCredentials {
  readonly client_id: string
  readonly client_secret: Secret
}

/**
 * A token request, one shape per grant:
 * - `authorization_code`: the `code` from the authorize redirect (with the PKCE `code_verifier`
 *   when a challenge was sent), for a user token;
 * - `client_credentials`: an app token (sign-up, `Apps.verifyCredentials`);
 * - `password`: a user's password, for servers that still allow it (removed from newer Mastodon);
 * - `refresh_token`: a new token from a refresh token (servers that issue them).
 *
 * @since 0.1.0
 */
export type TokenRequest =
  | ClientCredentials & {
    readonly grant_type: "authorization_code"
    readonly code: Secret
    readonly redirect_uri: string
    readonly code_verifier?: Secret | undefined
    readonly scope?: Scopes | undefined
  }
  | ClientCredentials & {
    readonly grant_type: "client_credentials"
    readonly scope?: Scopes | undefined
  }
  | ClientCredentials & {
    readonly grant_type: "password"
    readonly username: string
    readonly password: Secret
    readonly scope?: Scopes | undefined
  }
  | ClientCredentials & {
    readonly grant_type: "refresh_token"
    readonly refresh_token: Secret
    readonly scope?: Scopes | undefined
  }

const grantParams = (request: TokenRequest) => {
  switch (request.grant_type) {
    case "authorization_code":
      return Effect.all({
        code: required("code", request.code),
        redirect_uri: required("redirect_uri", request.redirect_uri)
      }).pipe(Effect.map((p) => ({
        ...p,
        code_verifier: request.code_verifier === undefined ? undefined : reveal(request.code_verifier)
      })))
    case "client_credentials":
      return Effect.succeed({})
    case "password":
      return Effect.all({ username: required("username", request.username), password: required("password", request.password) })
    case "refresh_token":
      return Effect.map(required("refresh_token", request.refresh_token), (refresh_token) => ({ refresh_token }))
  }
}

/**
 * Exchange a grant for a token (`POST /oauth/token`). The request carries no `Authorization`
 * header even when the client has a token. OAuth failures keep the server's `error` and
 * `error_description`: `invalid_grant` and `invalid_scope` as `BadRequest`, `invalid_client` as
 * `Unauthorized`.
 *
 * @example
 * import { OAuth } from "@mastodon-effect/http"
 * import * as Redacted from "effect/Redacted"
 * const appToken = OAuth.token({
 *   grant_type: "client_credentials",
 *   client_id: "abc",
 *   client_secret: Redacted.make("s3cret"),
 *   scope: ["read", "write:accounts"]
 * })
 *
 * @since 0.1.0
 */
export const token = (request: TokenRequest): Effect.Effect<Token.Token, MastodonError.MastodonError, MastodonClient> =>
  Effect.gen(function*() {
    const client_id = yield* required("client_id", request.client_id)
    const client_secret = yield* required("client_secret", request.client_secret)
    const grant = yield* grantParams(request)
    return yield* Endpoint.call(tokenEndpoint, {
      body: {
        grant_type: request.grant_type,
        client_id,
        client_secret,
        ...grant,
        scope: request.scope === undefined ? undefined : formatScopes(request.scope)
      }
    })
  })

/**
 * Revoke a token (`POST /oauth/revoke`), anonymously with the app's credentials. Revoking twice
 * succeeds; a token of another app is `Forbidden` (`unauthorized_client`).
 *
 * @since 0.1.0
 */
export const revoke = (
  params: ClientCredentials & { readonly token: Secret }
): Effect.Effect<void, MastodonError.MastodonError, MastodonClient> =>
  Effect.gen(function*() {
    const client_id = yield* required("client_id", params.client_id)
    const client_secret = yield* required("client_secret", params.client_secret)
    const token = yield* required("token", params.token)
    yield* Endpoint.call(revokeEndpoint, { body: { client_id, client_secret, token } })
  })

/**
 * The OIDC claims about the signed-in user (`GET /oauth/userinfo`, Mastodon 4.4, `profile` scope).
 *
 * @since 0.1.0
 */
export const userinfo = (): Effect.Effect<UserInfo, MastodonError.MastodonError, MastodonClient> =>
  Endpoint.call(userinfoEndpoint)

/**
 * The server's OAuth metadata (`GET /.well-known/oauth-authorization-server`, Mastodon 4.3),
 * fetched without a token. Older servers answer `NotFound`; see {@link serverMetadataOption}.
 *
 * @since 0.1.0
 */
export const serverMetadata = (): Effect.Effect<ServerMetadata, MastodonError.MastodonError, MastodonClient> =>
  Endpoint.call(serverMetadataEndpoint)

/**
 * {@link serverMetadata}, with the `NotFound` of a server older than 4.3 as `None`.
 *
 * @example
 * import { OAuth } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * import * as Option from "effect/Option"
 * // Ask for `profile` where the server knows it, `read:accounts` elsewhere.
 * const scope = Effect.map(OAuth.serverMetadataOption(), (m) =>
 *   Option.exists(m, (m) => m.scopes_supported?.includes("profile") ?? false) ? "profile" : "read:accounts")
 *
 * @since 0.1.0
 */
export const serverMetadataOption = () =>
  serverMetadata().pipe(
    Effect.asSome,
    Effect.catchTag("NotFound", () => Effect.succeedNone)
  )

/**
 * Where the server's OAuth endpoints are: read from its metadata (Mastodon 4.3+), or Mastodon's
 * fixed paths on an older server. `grant_types` is what the server says it accepts, when it says.
 *
 * @since 0.1.0
 */
export interface Endpoints {
  readonly authorization: string
  readonly token: string
  readonly revocation: string
  readonly userinfo: string | undefined
  readonly grant_types: ReadonlyArray<string> | undefined
}

/**
 * Discover the server's OAuth endpoints, as Mastodon.py does before logging in.
 *
 * @example
 * import { OAuth } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const canUsePassword = Effect.map(OAuth.discover(), (e) => e.grant_types?.includes("password") ?? true)
 *
 * @since 0.1.0
 */
export const discover = (): Effect.Effect<Endpoints, MastodonError.MastodonError, MastodonClient> =>
  Effect.gen(function*() {
    const client = yield* MastodonClient
    const metadata = yield* serverMetadataOption()
    const prefix = client.baseUrl.pathname.replace(/\/$/, "")
    const at = (path: string) => `${client.baseUrl.origin}${prefix}${path}`
    return Option.match(metadata, {
      onNone: (): Endpoints => ({
        authorization: at("/oauth/authorize"),
        token: at("/oauth/token"),
        revocation: at("/oauth/revoke"),
        userinfo: undefined,
        grant_types: undefined
      }),
      onSome: (m): Endpoints => ({
        authorization: m.authorization_endpoint,
        token: m.token_endpoint,
        revocation: m.revocation_endpoint ?? at("/oauth/revoke"),
        userinfo: m.userinfo_endpoint,
        grant_types: m.grant_types_supported
      })
    })
  })

/**
 * The authorization page's URL as the server's metadata names it (Mastodon 4.3+), or the usual
 * `/oauth/authorize` on an older server. The authorization endpoint must be on the server's
 * origin: another origin is refused (`CrossOriginRefused`), since the user would type their
 * password there.
 *
 * @since 0.1.0
 */
export const discoveredAuthorizeUrl = (
  params: AuthorizeParams
): Effect.Effect<string, MastodonError.MastodonError, MastodonClient> =>
  Effect.gen(function*() {
    const client = yield* MastodonClient
    const endpoints = yield* discover()
    const target = new URL(endpoints.authorization)
    if (target.origin !== client.baseUrl.origin) {
      return yield* new MastodonError.CrossOriginRefused({
        url: MastodonError.redactUrl(target.href),
        expected_origin: client.baseUrl.origin
      })
    }
    const built = new URL(buildAuthorizeUrl(client.baseUrl, params))
    target.search = built.search
    return target.href
  })
