/**
 * OAuth applications (clients): the public view and the one with credentials returned at
 * registration.
 *
 * See the Mastodon docs, entities/Application.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { optionalNullable } from "./internal/schema.js"

/**
 * An application that uses the API, as embedded in a status (`name`, `website`) or returned by
 * `GET /api/v1/apps/verify_credentials`.
 *
 * Only `name` is required: statuses embed just `name` and `website`, and servers before 4.3 send
 * neither `id` (from verify_credentials), `scopes` nor `redirect_uris`. `redirect_uri` and
 * `vapid_key` are deprecated since 4.3 but still decoded. See the Mastodon docs,
 * entities/Application.
 *
 * @since 0.1.0
 */
export const Application = /* @__PURE__ */ Schema.Struct({
  /** The application's id. */
  id: /* @__PURE__ */ Schema.optional(Id.ApplicationId),
  /** The application's name. */
  name: Schema.String,
  /** The application's website, or null when it has none. */
  website: optionalNullable(Schema.String),
  /** The registered scopes, one per element (Mastodon 4.3). */
  scopes: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** The registered redirect URIs (Mastodon 4.3); may be `urn:ietf:wg:oauth:2.0:oob`. */
  redirect_uris: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** Deprecated: the redirect URIs in one whitespace-separated string. */
  redirect_uri: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Deprecated: the server's Web Push key; use the v2 instance's `configuration.vapid`. */
  vapid_key: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "Application" })

/**
 * The decoded form of {@link Application}.
 *
 * @since 0.1.0
 */
export interface Application extends Schema.Schema.Type<typeof Application> {}

/**
 * The JSON form of {@link Application}.
 *
 * @since 0.1.0
 */
export interface ApplicationEncoded extends Schema.Schema.Encoded<typeof Application> {}

/**
 * An application as returned by `POST /api/v1/apps`: the `Application` plus its OAuth client
 * credentials.
 *
 * `client_secret` is a secret, like a password: do not log it and store it encrypted where you
 * can. It is a plain string here. `client_secret_expires_at` (Mastodon 4.4, always `0` for
 * "never") is optional. See the Mastodon docs, entities/Application (CredentialApplication).
 *
 * @since 0.1.0
 */
export const CredentialApplication = /* @__PURE__ */ Schema.Struct({
  ...Application.fields,
  /** The application's id (always sent on registration). */
  id: Id.ApplicationId,
  /** The OAuth client id. */
  client_id: Schema.String,
  /** The OAuth client secret. Keep it secret. */
  client_secret: Schema.String,
  /** When the secret expires, in UNIX seconds; `0` means never (Mastodon 4.4). */
  client_secret_expires_at: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "CredentialApplication" })

/**
 * The decoded form of {@link CredentialApplication}.
 *
 * @since 0.1.0
 */
export interface CredentialApplication extends Schema.Schema.Type<typeof CredentialApplication> {}

/**
 * The JSON form of {@link CredentialApplication}.
 *
 * @since 0.1.0
 */
export interface CredentialApplicationEncoded extends Schema.Schema.Encoded<typeof CredentialApplication> {}
