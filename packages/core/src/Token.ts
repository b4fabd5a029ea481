/**
 * OAuth tokens, as returned by `POST /oauth/token`.
 *
 * See the Mastodon docs, entities/Token.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { UnixSecondsField } from "./internal/entity.js"

/**
 * An OAuth access token and what it grants.
 *
 * `access_token` (and `refresh_token`, when a server sends one) decode to `Redacted` values, so
 * they print as `<redacted>` in logs and errors; read them with `Redacted.value`. Encoding gives
 * the plain strings back. `created_at` is UNIX seconds on the wire and a `DateTime.Utc` here;
 * Mastodon always sends it, but it is optional because plain OAuth servers need not.
 * `refresh_token` and `expires_in` are sent by forks (Pleroma, Akkoma) and newer servers only.
 * See the Mastodon docs, entities/Token.
 *
 * @example
 * import * as Redacted from "effect/Redacted"
 * import * as Schema from "effect/Schema"
 * import { Token } from "@mastodon-effect/core"
 * const token = Schema.decodeUnknownSync(Token.Token)({
 *   access_token: "ZA-Yj3aBD8U8",
 *   token_type: "Bearer",
 *   scope: "read write",
 *   created_at: 1573979017
 * })
 * String(token.access_token) // "<redacted>"
 * Redacted.value(token.access_token) // "ZA-Yj3aBD8U8"
 *
 * @since 0.1.0
 */
export const Token = /* @__PURE__ */ Schema.Struct({
  /** The bearer token to send in `Authorization`. */
  access_token: /* @__PURE__ */ Schema.Redacted(Schema.String),
  /** The token type; Mastodon uses `Bearer`. */
  token_type: Schema.String,
  /** The granted scopes, separated by spaces. */
  scope: Schema.String,
  /** When the token was issued. */
  created_at: /* @__PURE__ */ Schema.optional(UnixSecondsField),
  /** A token to get a new access token once this one expires (some servers only). */
  refresh_token: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Redacted(Schema.String)),
  /** Seconds until the access token expires (some servers only). */
  expires_in: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "Token" })

/**
 * The decoded form of {@link Token}.
 *
 * @since 0.1.0
 */
export interface Token extends Schema.Schema.Type<typeof Token> {}

/**
 * The JSON form of {@link Token}.
 *
 * @since 0.1.0
 */
export interface TokenEncoded extends Schema.Schema.Encoded<typeof Token> {}
