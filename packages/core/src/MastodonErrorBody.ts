/**
 * The JSON body of an error response (the Error entity), including the per-field `details`
 * that account registration sends with a 422.
 *
 * See the Mastodon docs, entities/Error and methods/accounts ("Register an account").
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { OpenEnum } from "./internal/schema.js"

/**
 * The code of one validation error in `details`. Unknown codes still decode.
 *
 * - `ERR_BLOCKED`: the e-mail provider is not allowed
 * - `ERR_UNREACHABLE`: the e-mail domain does not resolve
 * - `ERR_TAKEN`: the username or e-mail is in use
 * - `ERR_RESERVED`: the username is reserved
 * - `ERR_ACCEPTED`: the agreement was not accepted
 * - `ERR_BLANK`: a required value is empty
 * - `ERR_INVALID`: a value is malformed
 * - `ERR_TOO_LONG` / `ERR_TOO_SHORT`: a value is outside the length limits
 * - `ERR_INCLUSION`: a value is not one of the allowed ones (e.g. an unsupported locale)
 *
 * @since 0.1.0
 */
export const ErrorDetailCode = OpenEnum(
  "ERR_BLOCKED",
  "ERR_UNREACHABLE",
  "ERR_TAKEN",
  "ERR_RESERVED",
  "ERR_ACCEPTED",
  "ERR_BLANK",
  "ERR_INVALID",
  "ERR_TOO_LONG",
  "ERR_TOO_SHORT",
  "ERR_INCLUSION"
).annotations({ identifier: "ErrorDetailCode" })

/**
 * @since 0.1.0
 */
export type ErrorDetailCode = typeof ErrorDetailCode.Type

/**
 * One validation error of one parameter: a machine code and a human sentence.
 *
 * @since 0.1.0
 */
export const ErrorDetail = /* @__PURE__ */ Schema.Struct({
  /** The machine-readable code, e.g. `ERR_TAKEN`. */
  error: ErrorDetailCode,
  /** The human-readable reason, in the server's language (e.g. "is already taken"). */
  description: Schema.String
}).annotations({ identifier: "ErrorDetail" })

/**
 * The decoded form of {@link ErrorDetail}.
 *
 * @since 0.1.0
 */
export interface ErrorDetail extends Schema.Schema.Type<typeof ErrorDetail> {}

/**
 * The `details` of a 422: for each failing parameter (`username`, `email`, `password`,
 * `agreement`, ...), every error found for it.
 *
 * @since 0.1.0
 */
export const ErrorDetails = /* @__PURE__ */ Schema.Record({ key: Schema.String, value: /* @__PURE__ */ Schema.Array(ErrorDetail) }).annotations({
  identifier: "ErrorDetails"
})

/**
 * @since 0.1.0
 */
export type ErrorDetails = typeof ErrorDetails.Type

/**
 * The body of an error response: `error` always, `error_description` from the OAuth endpoints,
 * and `details` from account registration (Mastodon 3.4).
 *
 * See the Mastodon docs, entities/Error.
 *
 * @example
 * import * as Schema from "effect/Schema"
 * import { MastodonErrorBody } from "@mastodon-effect/core"
 * const body = Schema.decodeUnknownSync(MastodonErrorBody.MastodonErrorBody)({
 *   error: "Validation failed: Username has already been taken",
 *   details: { username: [{ error: "ERR_TAKEN", description: "has already been taken" }] }
 * })
 * body.details?.["username"]?.[0]?.error // "ERR_TAKEN"
 *
 * @since 0.1.0
 */
export const MastodonErrorBody = /* @__PURE__ */ Schema.Struct({
  /** The error message (or the OAuth error code, e.g. `invalid_grant`). */
  error: Schema.String,
  /** A longer explanation, mostly from the OAuth endpoints. */
  error_description: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Per-parameter validation errors, from account registration. */
  details: /* @__PURE__ */ Schema.optional(ErrorDetails)
}).annotations({ identifier: "MastodonErrorBody" })

/**
 * The decoded form of {@link MastodonErrorBody}.
 *
 * @since 0.1.0
 */
export interface MastodonErrorBody extends Schema.Schema.Type<typeof MastodonErrorBody> {}

/**
 * The JSON form of {@link MastodonErrorBody}.
 *
 * @since 0.1.0
 */
export interface MastodonErrorBodyEncoded extends Schema.Schema.Encoded<typeof MastodonErrorBody> {}

/**
 * The nested error body of the Collections endpoints (Mastodon 4.6): the usual body wrapped in an
 * `error` key, `{"error": {"error": "Validation failed: …", "details": {…}}}`.
 *
 * See the Mastodon docs, methods/collections (422 responses).
 *
 * @since 0.1.0
 */
export const NestedMastodonErrorBody = /* @__PURE__ */ Schema.Struct({
  /** The error body proper. */
  error: MastodonErrorBody
}).annotations({ identifier: "NestedMastodonErrorBody" })

/**
 * An error body in either shape a server sends, decoded to the flat {@link MastodonErrorBody}: the
 * flat one of most endpoints, or the nested one of the Collections endpoints. Encoding gives the
 * flat shape.
 *
 * @example
 * import * as Schema from "effect/Schema"
 * import { MastodonErrorBody } from "@mastodon-effect/core"
 * const body = Schema.decodeUnknownSync(MastodonErrorBody.AnyShape)({
 *   error: { error: "Validation failed", details: { name: [{ error: "ERR_TOO_LONG", description: "is too long" }] } }
 * })
 * body.details?.["name"]?.[0]?.error // "ERR_TOO_LONG"
 *
 * @since 0.1.0
 */
export const AnyShape: Schema.Schema<MastodonErrorBody, MastodonErrorBodyEncoded | { readonly error: MastodonErrorBodyEncoded }> =
  /* @__PURE__ */ Schema.Union(
    MastodonErrorBody,
    /* @__PURE__ */ Schema.transform(NestedMastodonErrorBody, /* @__PURE__ */ Schema.typeSchema(MastodonErrorBody), {
      strict: true,
      decode: (nested) => nested.error,
      encode: (flat) => ({ error: flat })
    })
  ).annotations({ identifier: "MastodonErrorBodyAnyShape" })
