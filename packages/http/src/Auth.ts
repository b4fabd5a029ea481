/**
 * Sign-up and log-in end to end: create an account through an app, exchange an authorization code
 * or a password for a user token, check that the server granted every scope asked for, and keep
 * the session in a `TokenStore`.
 *
 * @since 0.1.0
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Scope from "@mastodon-effect/core/Scope"
import type * as Token from "@mastodon-effect/core/Token"
import type * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Accounts from "./Accounts.js"
import * as MastodonClient from "./MastodonClient.js"
import * as OAuth from "./OAuth.js"
import * as TokenStore from "./TokenStore.js"

// ---------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------

/**
 * Succeed with the token when its granted scopes cover every requested one (`read` covers
 * `read:accounts`), fail with `MissingScopes` listing the uncovered ones otherwise.
 *
 * @example
 * import { Auth } from "@mastodon-effect/http"
 * import type { Token } from "@mastodon-effect/core"
 * declare const token: Token.Token
 * const checked = Auth.requireScopes(token, ["read", "write:statuses"])
 *
 * @since 0.1.0
 */
export const requireScopes = (
  token: Token.Token,
  requested: OAuth.Scopes
): Effect.Effect<Token.Token, MastodonError.MissingScopes> => {
  const granted = Scope.parse(token.scope)
  const lacking = Scope.missing(granted, typeof requested === "string" ? Scope.parse(requested) : requested)
  return lacking.length === 0
    ? Effect.succeed(token)
    : Effect.fail(new MastodonError.MissingScopes({ required: lacking, granted }))
}

// ---------------------------------------------------------------------------------------------
// Sign-up
// ---------------------------------------------------------------------------------------------

/**
 * What {@link signUp} needs: the app's credentials, the scopes of the new user's token, and the
 * registration form.
 *
 * @since 0.1.0
 */
export interface SignUpParams extends OAuth.ClientCredentials {
  /** The scopes of the token; they must include `write:accounts` (or `write`), which sign-up needs. */
  readonly scopes: OAuth.Scopes
  readonly username: string
  readonly email: string
  readonly password: OAuth.Secret
  /** Whether the user accepted the server's rules and terms (show them first). */
  readonly agreement: boolean
  /** The language of the confirmation e-mail. */
  readonly locale: string
  /** Why the user wants to join, for servers that approve sign-ups by hand. */
  readonly reason?: string | undefined
  /** `YYYY-MM-DD`, a `DateTime`, or a `Date` (its UTC day), for servers with a minimum age (Mastodon 4.4). */
  readonly date_of_birth?: string | Date | DateTime.DateTime | undefined
}

// Checked here, not only by Accounts.register, so that a bad date fails before the app token is
// requested; a JavaScript `Date` is taken as its UTC day.
const dateOfBirth = (
  value: SignUpParams["date_of_birth"]
): Effect.Effect<string | DateTime.DateTime | undefined, MastodonError.InvalidArgument> => {
  if (typeof value === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return Effect.fail(new MastodonError.InvalidArgument({ argument: "date_of_birth", reason: "must be a YYYY-MM-DD date" }))
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? Effect.fail(new MastodonError.InvalidArgument({ argument: "date_of_birth", reason: "an invalid Date" }))
      : Effect.succeed(value.toISOString().slice(0, 10))
  }
  return Effect.succeed(value)
}

/**
 * Create an account, as Mastodon.py's `create_account` does: (1) an app token from the client
 * credentials grant with the requested scopes, (2) `POST /api/v1/accounts` with that token, (3)
 * a check that the returned user token has every requested scope (`MissingScopes` if not).
 *
 * The returned token is the new user's, usable at once for `Emails.resendConfirmation` but for
 * most endpoints only after the e-mail is confirmed. A refused form is `UnprocessableEntity` with
 * typed `details` (`ERR_TAKEN`, `ERR_BLOCKED`, ...).
 *
 * @example
 * import { Auth } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * import * as Redacted from "effect/Redacted"
 * const program = Auth.signUp({
 *   client_id: "abc",
 *   client_secret: Redacted.make("s3cret"),
 *   scopes: ["read", "write"],
 *   username: "otter",
 *   email: "otter@mail.example",
 *   password: Redacted.make("correct horse battery staple"),
 *   agreement: true,
 *   locale: "en"
 * }).pipe(
 *   Effect.catchTag("UnprocessableEntity", (e) =>
 *     Effect.fail(e.codesFor("username").includes("ERR_TAKEN") ? "pick another username" : e.message))
 * )
 *
 * @since 0.1.0
 */
export const signUp = (
  params: SignUpParams
): Effect.Effect<Token.Token, MastodonError.MastodonError, MastodonClient.MastodonClient> =>
  Effect.gen(function*() {
    const requested = typeof params.scopes === "string" ? Scope.parse(params.scopes) : params.scopes
    if (Scope.missing(requested, ["write:accounts"]).length > 0) {
      return yield* new MastodonError.InvalidArgument({
        argument: "scopes",
        reason: "sign-up needs an app token with write:accounts (or write)"
      })
    }
    const date_of_birth = yield* dateOfBirth(params.date_of_birth)
    const appToken = yield* OAuth.token({
      grant_type: "client_credentials",
      client_id: params.client_id,
      client_secret: params.client_secret,
      scope: requested
    })
    const userToken = yield* Accounts.register({
      username: params.username,
      email: params.email,
      password: OAuth.reveal(params.password),
      agreement: params.agreement,
      locale: params.locale,
      reason: params.reason,
      date_of_birth,
      appToken: appToken.access_token
    })
    return yield* requireScopes(userToken, requested)
  }).pipe(Effect.withSpan("mastodon.auth.signUp"))

// ---------------------------------------------------------------------------------------------
// Log-in
// ---------------------------------------------------------------------------------------------

/**
 * What {@link exchangeCode} needs.
 *
 * @since 0.1.0
 */
export interface ExchangeCodeParams extends OAuth.ClientCredentials {
  /** The redirect URI given to the authorize URL. */
  readonly redirect_uri: string
  /** The `code` from the redirect. */
  readonly code: OAuth.Secret
  /** The PKCE verifier, when the authorize URL carried a challenge. */
  readonly code_verifier?: OAuth.Secret | undefined
  /** The scopes the authorize URL asked for, checked against the grant. */
  readonly scopes: OAuth.Scopes
}

/**
 * Finish the authorization code flow: exchange the `code` for a user token and check that it has
 * the scopes asked for (`MissingScopes` when the user or server granted fewer).
 *
 * @example
 * import { Auth, TokenStore } from "@mastodon-effect/http"
 * declare const code: string
 * const token = Auth.exchangeCode({
 *   client_id: "abc",
 *   client_secret: "s3cret",
 *   redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
 *   code,
 *   scopes: "read write"
 * }).pipe(Auth.remember())
 *
 * @since 0.1.0
 */
export const exchangeCode = (
  params: ExchangeCodeParams
): Effect.Effect<Token.Token, MastodonError.MastodonError, MastodonClient.MastodonClient> =>
  OAuth.token({
    grant_type: "authorization_code",
    client_id: params.client_id,
    client_secret: params.client_secret,
    redirect_uri: params.redirect_uri,
    code: params.code,
    code_verifier: params.code_verifier
  }).pipe(
    Effect.flatMap((token) => requireScopes(token, params.scopes)),
    Effect.withSpan("mastodon.auth.exchangeCode")
  )

/**
 * What {@link logInWithPassword} needs.
 *
 * @since 0.1.0
 */
export interface PasswordParams extends OAuth.ClientCredentials {
  /** The user's e-mail address (Mastodon logs in by e-mail). */
  readonly username: string
  readonly password: OAuth.Secret
  readonly scopes: OAuth.Scopes
}

/**
 * Log in with a user's e-mail and password (the password grant), then check the granted scopes.
 * Newer Mastodon versions refuse this grant (`BadRequest` with `unsupported_grant_type`); prefer
 * the authorization code flow.
 *
 * @since 0.1.0
 */
export const logInWithPassword = (
  params: PasswordParams
): Effect.Effect<Token.Token, MastodonError.MastodonError, MastodonClient.MastodonClient> =>
  // A server that lists its grants without the password grant (Mastodon 4.4+) would refuse it:
  // say so before the password is sent anywhere.
  // Discovery that fails says nothing either way: the token request then speaks for itself.
  Effect.flatMap(Effect.option(OAuth.discover()), (discovered) =>
    Option.isSome(discovered) && discovered.value.grant_types !== undefined &&
      !discovered.value.grant_types.includes("password")
      ? Effect.fail(
        new MastodonError.InvalidArgument({
          argument: "grant_type",
          reason: `the server does not offer the password grant (it offers ${
            discovered.value.grant_types.join(", ")
          }); use the authorization code flow`
        })
      )
      : Effect.void).pipe(Effect.zipRight(OAuth.token({
    grant_type: "password",
    client_id: params.client_id,
    client_secret: params.client_secret,
    username: params.username,
    password: params.password,
    scope: params.scopes
  }))).pipe(
    Effect.flatMap((token) => requireScopes(token, params.scopes)),
    Effect.withSpan("mastodon.auth.logInWithPassword")
  )

// ---------------------------------------------------------------------------------------------
// Persistence
// ---------------------------------------------------------------------------------------------

/**
 * Save the token an effect obtains in the `TokenStore`, for the client's server, optionally with
 * the app credentials (to refresh or revoke it later). The token is passed on unchanged.
 *
 * @example
 * import { Auth, TokenStore } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * declare const params: Auth.ExchangeCodeParams
 * const program = Auth.exchangeCode(params).pipe(Auth.remember(params), Effect.provide(TokenStore.layerMemory()))
 *
 * @since 0.1.0
 */
export const remember = (app?: OAuth.ClientCredentials) =>
<E, R>(
  self: Effect.Effect<Token.Token, E, R>
): Effect.Effect<Token.Token, E | TokenStore.TokenStoreError, R | TokenStore.TokenStore | MastodonClient.MastodonClient> =>
  Effect.tap(self, (token) =>
    Effect.flatMap(MastodonClient.MastodonClient, (client) =>
      TokenStore.save(
        TokenStore.fromToken(
          client.baseUrl,
          token,
          app === undefined ? undefined : {
            client_id: app.client_id,
            client_secret: typeof app.client_secret === "string" ? Redacted.make(app.client_secret) : app.client_secret
          }
        )
      )))

/**
 * A `MastodonClient` for the session saved in the `TokenStore`: its server and token. Nothing
 * saved is a `TokenStoreError`.
 *
 * @example
 * import { Accounts, Auth, TokenStore } from "@mastodon-effect/http"
 * import { FetchHttpClient } from "@effect/platform"
 * import { NodeFileSystem } from "@effect/platform-node"
 * import * as Effect from "effect/Effect"
 * import * as Layer from "effect/Layer"
 * const client = Auth.layerFromStore().pipe(
 *   Layer.provide(TokenStore.layerFile(".mastodon-token.json")),
 *   Layer.provide([FetchHttpClient.layer, NodeFileSystem.layer])
 * )
 * const me = Effect.provide(Accounts.verifyCredentials(), client)
 *
 * @since 0.1.0
 */
export const layerFromStore = (
  options: Omit<MastodonClient.Options, "url" | "accessToken"> = {}
): Layer.Layer<
  MastodonClient.MastodonClient,
  TokenStore.TokenStoreError | MastodonError.InvalidArgument,
  TokenStore.TokenStore | HttpClient.HttpClient
> =>
  Layer.effect(
    MastodonClient.MastodonClient,
    Effect.gen(function*() {
      const saved = yield* TokenStore.load
      if (Option.isNone(saved)) {
        return yield* new TokenStore.TokenStoreError({ operation: "load", reason: "no session is saved" })
      }
      return yield* MastodonClient.make({ ...options, url: saved.value.url, accessToken: saved.value.access_token })
    })
  )
