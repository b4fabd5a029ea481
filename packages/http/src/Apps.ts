/**
 * The application endpoints (`/api/v1/apps`): register an OAuth client and check an app token.
 * See the Mastodon docs, methods/apps.
 *
 * @since 0.1.0
 */
import * as Application from "@mastodon-effect/core/Application"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as OAuth from "./OAuth.js"

/**
 * A registered application with its credentials: `CredentialApplication` with `client_secret`
 * decoded to a `Redacted` value, so that logging the result (or an error holding it) shows
 * `<redacted>`. Pass it straight to `OAuth.token` or `Auth.signUp`, which accept a `Redacted`
 * secret; `Redacted.value` gives the string to store.
 *
 * @since 0.1.0
 */
export const RegisteredApplication = /* @__PURE__ */ Schema.Struct({
  ...Application.CredentialApplication.fields,
  /** The OAuth client secret, redacted. */
  client_secret: /* @__PURE__ */ Schema.Redacted(Schema.String)
}).annotations({ identifier: "RegisteredApplication" })

/**
 * The decoded form of {@link RegisteredApplication}.
 *
 * @since 0.1.0
 */
export interface RegisteredApplication extends Schema.Schema.Type<typeof RegisteredApplication> {}

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** The declaration behind {@link register}: `POST /api/v1/apps`. @since 0.1.0 */
export const registerEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "apps.register",
  method: "POST",
  path: "/api/v1/apps",
  body: /* @__PURE__ */ Schema.Struct({
    client_name: Argument.NonEmptyString,
    redirect_uris: Argument.RedirectUris,
    scopes: /* @__PURE__ */ Schema.optional(Argument.Scopes),
    website: /* @__PURE__ */ Schema.optional(Schema.String)
  }),
  response: RegisteredApplication,
  auth: "public",
  versions: { added: "0.0.0", changed: "4.4.0" }
})

/** The declaration behind {@link verifyCredentials}: `GET /api/v1/apps/verify_credentials`. @since 0.1.0 */
export const verifyCredentialsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "apps.verifyCredentials",
  method: "GET",
  path: "/api/v1/apps/verify_credentials",
  response: Application.Application,
  auth: "app",
  versions: { added: "2.0.0", changed: "4.3.0" }
})

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * What to register.
 *
 * @since 0.1.0
 */
export interface RegisterParams {
  /** The application's name, shown to users and on their posts. */
  readonly client_name: string
  /**
   * Where users are sent after authorizing: one URI or several (Mastodon 4.3 for several), or
   * `urn:ietf:wg:oauth:2.0:oob` to show the code instead.
   */
  readonly redirect_uris: string | ReadonlyArray<string>
  /** The scopes the app may ask for later; the server defaults to `read`. */
  readonly scopes?: OAuth.Scopes | undefined
  /** The application's home page. */
  readonly website?: string | undefined
}


/**
 * Register an application (`POST /api/v1/apps`), anonymously. Keep `client_id` and
 * `client_secret`: they obtain every token. A refused registration (a relative redirect URI, say)
 * is `UnprocessableEntity`; a response without credentials is a `DecodeError` whose body excerpt
 * has the secret masked.
 *
 * @example
 * import { Apps } from "@mastodon-effect/http"
 * const app = Apps.register({
 *   client_name: "My app",
 *   redirect_uris: ["https://app.example/callback"],
 *   scopes: ["read", "write", "push"],
 *   website: "https://app.example"
 * })
 *
 * @since 0.1.0
 */
export const register = (params: RegisterParams): Endpoint.Call<RegisteredApplication> =>
  Endpoint.call(registerEndpoint, { body: params })

/**
 * The application the client's token belongs to (`GET /api/v1/apps/verify_credentials`): a quick
 * check that an app or user token still works.
 *
 * @since 0.1.0
 */
export const verifyCredentials = (): Endpoint.Call<Application.Application> =>
  Endpoint.call(verifyCredentialsEndpoint)
