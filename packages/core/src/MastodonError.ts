/**
 * The typed failures of the Mastodon client. Every failure is a value in the error channel, tagged
 * for `Effect.catchTag`, with a readable `message` and the facts needed to act on it: the HTTP
 * status, the server's `error` / `error_description` / `details`, and the method and URL of the
 * request (never a token or secret).
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as ErrorBody from "./MastodonErrorBody.js"
import * as RateLimit from "./RateLimit.js"
import * as Scope from "./Scope.js"

/**
 * Marks every error of the family, so `isMastodonError` does not depend on tag names alone.
 *
 * @since 0.1.0
 */
export const TypeId: unique symbol = Symbol.for("@mastodon-effect/core/MastodonError")

/**
 * The type of {@link TypeId}.
 *
 * @since 0.1.0
 */
export type TypeId = typeof TypeId

/**
 * What every error of the family answers: whether trying again may succeed, and how long the server
 * asked to wait first.
 *
 * @since 0.1.0
 */
export interface Retryable {
  readonly [TypeId]: TypeId
  /** Whether the same request may succeed later (transport failures, timeouts, 5xx, 429). */
  readonly isRetryable: boolean
  /** The wait the server asked for (`Retry-After`, or the rate-limit reset), in milliseconds. */
  readonly retryAfterMillis: number | undefined
}

/** Query parameters whose values are secrets; they are masked in every URL an error carries. */
const secretParams = ["access_token", "client_secret", "password", "code", "refresh_token", "token"]

/**
 * The URL with secret query parameters masked and any userinfo removed, for use in errors, logs
 * and spans.
 *
 * @example
 * import { MastodonError } from "@mastodon-effect/core"
 * MastodonError.redactUrl("https://x.example/oauth/token?code=abc&x=1")
 * // "https://x.example/oauth/token?code=%5Bredacted%5D&x=1"
 *
 * @since 0.1.0
 */
export const redactUrl = (url: string): string => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url.replace(/([?&](?:access_token|client_secret|password|code|refresh_token|token)=)[^&#]*/gi, "$1[redacted]")
  }
  parsed.username = ""
  parsed.password = ""
  for (const name of secretParams) {
    if (parsed.searchParams.has(name)) parsed.searchParams.set(name, "[redacted]")
  }
  return parsed.toString()
}

const secretFields = /"(access_token|refresh_token|client_secret|id_token|code_verifier|password)"\s*:\s*"(?:[^"\\]|\\.)*"?/g

/**
 * Mask the values of secret JSON fields (`access_token`, `refresh_token`, `client_secret`, ...) in
 * a text. A token or app response that fails to decode still holds the credentials the server just
 * issued; what an error keeps of it must not.
 *
 * @example
 * import { MastodonError } from "@mastodon-effect/core"
 * MastodonError.redactSecrets('{"access_token":"abc","scope":"read"}')
 * // '{"access_token":"[redacted]","scope":"read"}'
 *
 * @since 0.1.0
 */
export const redactSecrets = (text: string): string => text.replace(secretFields, "\"$1\":\"[redacted]\"")

/** The ways a secret can appear in a body that echoes it: as is, URL-encoded (form or query), JSON-escaped. */
const secretForms = (secret: string): ReadonlyArray<string> => {
  const encoded = encodeURIComponent(secret)
  const forms = new Set([secret, encoded, encoded.replace(/%20/g, "+"), JSON.stringify(secret).slice(1, -1)])
  // Longest first, so that a form containing another is masked whole.
  return Array.from(forms).sort((a, b) => b.length - a.length)
}

/**
 * Mask the given secrets wherever they occur in a text: as written, URL-encoded or escaped inside
 * a JSON string. A server that echoes the caller's token (or password) into its error body must
 * not have it repeated in our messages; the client passes the secrets it sent. Empty strings are
 * ignored.
 *
 * @example
 * import { MastodonError } from "@mastodon-effect/core"
 * MastodonError.redactKnown("invalid token tok-123", ["tok-123"])
 * // "invalid token [redacted]"
 *
 * @since 0.1.0
 */
export const redactKnown = (text: string, secrets: Iterable<string | Redacted.Redacted<string>>): string => {
  let masked = text
  for (const secret of secrets) {
    const value = Redacted.isRedacted(secret) ? Redacted.value(secret) : secret
    if (value === "") continue
    for (const form of secretForms(value)) {
      if (masked.includes(form)) masked = masked.split(form).join("[redacted]")
    }
  }
  return masked
}

const excerptLength = 300

/**
 * The first few hundred characters of a body, whitespace folded and secret fields masked, for an
 * error message. `secrets` (the token sent, a password) are masked wherever they appear, before
 * the body is cut, so no prefix of one survives either.
 *
 * @since 0.1.0
 */
export const excerpt = (body: string, secrets: Iterable<string | Redacted.Redacted<string>> = []): string => {
  const known = Array.from(secrets)
  const folded = redactKnown(redactSecrets(redactKnown(body, known).replace(/\s+/g, " ").trim()), known)
  return folded.length > excerptLength ? `${folded.slice(0, excerptLength)}…` : folded
}

/**
 * Where a request went: its method and its URL (secrets masked).
 *
 * @since 0.1.0
 */
export interface RequestInfo {
  readonly method: string
  readonly url: string
}

const requestFields = {
  method: Schema.String,
  url: Schema.String
}

/** The fields every error for an HTTP error status carries. */
const statusFields = {
  ...requestFields,
  status: Schema.Number,
  /** The server's `error` field (an `Error` entity), when the body had one. */
  error: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The server's `error_description` (mostly on OAuth errors). */
  error_description: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The start of the body when it was not a JSON error (an HTML page from a proxy). */
  body_excerpt: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The rate-limit headers of the failed response, when it had them. */
  rate_limit: /* @__PURE__ */ Schema.optional(RateLimit.RateLimit),
  /** How long the server asked to wait (`Retry-After`), in milliseconds. */
  retry_after_ms: /* @__PURE__ */ Schema.optional(Schema.Number),
  /** Where a redirect pointed (secrets masked); the client never follows one. */
  location: /* @__PURE__ */ Schema.optional(Schema.String)
}

interface StatusErrorLike {
  readonly method: string
  readonly url: string
  readonly status: number
  readonly error?: string | undefined
  readonly error_description?: string | undefined
  readonly body_excerpt?: string | undefined
  readonly location?: string | undefined
}

const statusMessage = (e: StatusErrorLike, label: string): string => {
  const reason = e.error !== undefined
    ? e.error_description !== undefined ? `${e.error}: ${e.error_description}` : e.error
    : e.body_excerpt !== undefined && e.body_excerpt !== ""
    ? `non-JSON body: ${e.body_excerpt}`
    : "no error body"
  const location = e.location === undefined ? "" : ` (redirected to ${e.location})`
  return `${e.method} ${e.url} failed with ${e.status} ${label}${location}: ${reason}`
}

/**
 * 400: the request was malformed, usually a required parameter is missing.
 *
 * @since 0.1.0
 */
export class BadRequest extends Schema.TaggedError<BadRequest>()("BadRequest", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return statusMessage(this, "Bad Request")
  }
}

/**
 * 401: no token, or a token the server does not accept (revoked, expired, for another server).
 *
 * @since 0.1.0
 */
export class Unauthorized extends Schema.TaggedError<Unauthorized>()("Unauthorized", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return statusMessage(this, "Unauthorized")
  }
}

/**
 * 403: the token lacks a scope, the account is disabled, unconfirmed or unapproved, or the action
 * is not allowed (following someone who blocks you).
 *
 * @since 0.1.0
 */
export class Forbidden extends Schema.TaggedError<Forbidden>()("Forbidden", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return statusMessage(this, "Forbidden")
  }
}

/**
 * 404: the record does not exist, or the caller is outside its audience.
 *
 * @since 0.1.0
 */
export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return statusMessage(this, "Not Found")
  }
}

/**
 * 409: a conflicting request, such as a duplicate Idempotency-Key still being processed.
 *
 * @since 0.1.0
 */
export class Conflict extends Schema.TaggedError<Conflict>()("Conflict", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return statusMessage(this, "Conflict")
  }
}

/**
 * 410: the endpoint was removed from this server (identity proofs, remote follow by URI).
 *
 * @since 0.1.0
 */
export class Gone extends Schema.TaggedError<Gone>()("Gone", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return statusMessage(this, "Gone")
  }
}

/**
 * 422: the server refused the values sent. From account creation, `details` says which parameter
 * failed and why, as typed `ERR_*` codes.
 *
 * @example
 * import { MastodonError } from "@mastodon-effect/core"
 * declare const e: MastodonError.UnprocessableEntity
 * const taken = e.details?.["username"]?.some((d) => d.error === "ERR_TAKEN") ?? false
 *
 * @since 0.1.0
 */
export class UnprocessableEntity extends Schema.TaggedError<UnprocessableEntity>()("UnprocessableEntity", {
  ...statusFields,
  details: /* @__PURE__ */ Schema.optional(ErrorBody.ErrorDetails)
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    const base = statusMessage(this, "Unprocessable Entity")
    if (this.details === undefined) return base
    const listed = Object.entries(this.details)
      .map(([field, ds]) => `${field}: ${ds.map((d) => d.error).join(", ")}`)
      .join("; ")
    return listed === "" ? base : `${base} (${listed})`
  }

  /** The `ERR_*` codes the server gave for one parameter, empty when it gave none. */
  codesFor(field: string): ReadonlyArray<ErrorBody.ErrorDetailCode> {
    return this.details?.[field]?.map((d) => d.error) ?? []
  }
}

/**
 * 429: the rate limit is spent. `rate_limit` tells when it resets.
 *
 * @since 0.1.0
 */
export class RateLimited extends Schema.TaggedError<RateLimited>()("RateLimited", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return true
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return this.retry_after_ms ?? rateLimitWait(this.rate_limit)
  }
  override get message(): string {
    const reset = this.rate_limit === undefined ? "" : ` (resets at ${this.rate_limit.reset.toString()})`
    return `${statusMessage(this, "Too Many Requests")}${reset}`
  }
}

/**
 * 5xx: the server (or a proxy in front of it) failed. Often an HTML page rather than JSON.
 *
 * @since 0.1.0
 */
export class ServerError extends Schema.TaggedError<ServerError>()("ServerError", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return true
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return this.retry_after_ms
  }
  override get message(): string {
    return statusMessage(this, "Server Error")
  }
}

/**
 * Any other non-success status (a 3xx the client did not follow, a 418 from a joke proxy).
 *
 * @since 0.1.0
 */
export class UnexpectedStatus extends Schema.TaggedError<UnexpectedStatus>()("UnexpectedStatus", statusFields) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return statusMessage(this, "Unexpected Status")
  }
}

/**
 * The request never got a response: DNS, refused or reset connection, TLS failure.
 *
 * @since 0.1.0
 */
export class TransportError extends Schema.TaggedError<TransportError>()("TransportError", {
  ...requestFields,
  reason: Schema.String,
  /** What the platform reported (a socket error, a TLS failure), kept for logs and debugging. */
  cause: /* @__PURE__ */ Schema.optional(Schema.Defect)
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return true
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return `${this.method} ${this.url} failed before a response arrived: ${this.reason}`
  }
}

/**
 * No response within the configured timeout.
 *
 * @since 0.1.0
 */
export class Timeout extends Schema.TaggedError<Timeout>()("Timeout", {
  ...requestFields,
  timeout_ms: Schema.Number
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return true
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return `${this.method} ${this.url} timed out after ${this.timeout_ms} ms`
  }
}

/**
 * A response body larger than the client's `maxBodyBytes`: it was refused while reading, before it
 * could exhaust memory.
 *
 * @since 0.1.0
 */
export class ResponseTooLarge extends Schema.TaggedError<ResponseTooLarge>()("ResponseTooLarge", {
  ...requestFields,
  status: Schema.Number,
  max_bytes: Schema.Number
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return `${this.method} ${this.url} returned ${this.status} with a body over ${this.max_bytes} bytes`
  }
}

/**
 * A JSON body that does not have the shape the endpoint promises. `path` names the offending
 * field, `issue` says what was wrong, `body_excerpt` shows the start of the body.
 *
 * @since 0.1.0
 */
export class DecodeError extends Schema.TaggedError<DecodeError>()("DecodeError", {
  ...requestFields,
  status: Schema.Number,
  path: Schema.String,
  issue: Schema.String,
  body_excerpt: Schema.String
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return `${this.method} ${this.url}: the response did not decode at ${this.path}: ${this.issue}`
  }
}

/**
 * A success status whose body is not JSON (or is cut short): an HTML page from a proxy or a captive
 * portal, a truncated download.
 *
 * @since 0.1.0
 */
export class NonJsonBody extends Schema.TaggedError<NonJsonBody>()("NonJsonBody", {
  ...requestFields,
  status: Schema.Number,
  content_type: /* @__PURE__ */ Schema.optional(Schema.String),
  body_excerpt: Schema.String
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    const type = this.content_type === undefined ? "" : ` (${this.content_type})`
    return `${this.method} ${this.url} returned ${this.status} with a body that is not JSON${type}: ${this.body_excerpt}`
  }
}

/**
 * An argument was refused before anything was sent: an empty id, a base URL that is not a URL, more
 * profile fields than the server allows, a file that is not an image.
 *
 * @since 0.1.0
 */
export class InvalidArgument extends Schema.TaggedError<InvalidArgument>()("InvalidArgument", {
  argument: Schema.String,
  reason: Schema.String
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return `Invalid argument ${this.argument}: ${this.reason}`
  }
}

/**
 * A URL on another origin than the configured server (a `Link` header pointing elsewhere). It is
 * refused so that the token never leaves its server.
 *
 * @since 0.1.0
 */
export class CrossOriginRefused extends Schema.TaggedError<CrossOriginRefused>()("CrossOriginRefused", {
  url: Schema.String,
  expected_origin: Schema.String
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return `Refused to send a request to ${this.url}: it is not on ${this.expected_origin}`
  }
}

/**
 * The server is older than the endpoint needs, and the client's version policy asked to check.
 *
 * @since 0.1.0
 */
export class UnsupportedVersion extends Schema.TaggedError<UnsupportedVersion>()("UnsupportedVersion", {
  endpoint: Schema.String,
  required: Schema.String,
  actual: Schema.String
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    return `${this.endpoint} needs Mastodon ${this.required} or newer; the server reports ${this.actual}`
  }
}

/**
 * The token was granted fewer scopes than an operation needs (checked after sign-up and log-in).
 *
 * @since 0.1.0
 */
export class MissingScopes extends Schema.TaggedError<MissingScopes>()("MissingScopes", {
  required: /* @__PURE__ */ Schema.Array(Schema.String),
  granted: /* @__PURE__ */ Schema.Array(Schema.String)
}) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  /** @since 0.1.0 */
  get retryAfterMillis(): number | undefined {
    return undefined
  }
  override get message(): string {
    const missing = Scope.missing(this.granted, this.required)
    return `The token lacks the scopes ${missing.join(" ")} (granted: ${this.granted.join(" ") || "none"})`
  }
}

/**
 * Every failure an endpoint call can end with.
 *
 * @since 0.1.0
 */
export type MastodonError =
  | BadRequest
  | Unauthorized
  | Forbidden
  | NotFound
  | Conflict
  | Gone
  | UnprocessableEntity
  | RateLimited
  | ServerError
  | UnexpectedStatus
  | TransportError
  | Timeout
  | ResponseTooLarge
  | DecodeError
  | NonJsonBody
  | InvalidArgument
  | CrossOriginRefused
  | UnsupportedVersion
  | MissingScopes

/**
 * The errors for an HTTP error status.
 *
 * @since 0.1.0
 */
export type StatusError =
  | BadRequest
  | Unauthorized
  | Forbidden
  | NotFound
  | Conflict
  | Gone
  | UnprocessableEntity
  | RateLimited
  | ServerError
  | UnexpectedStatus

const tags: ReadonlySet<string> = new Set([
  "BadRequest",
  "Unauthorized",
  "Forbidden",
  "NotFound",
  "Conflict",
  "Gone",
  "UnprocessableEntity",
  "RateLimited",
  "ServerError",
  "UnexpectedStatus",
  "TransportError",
  "Timeout",
  "ResponseTooLarge",
  "DecodeError",
  "NonJsonBody",
  "InvalidArgument",
  "CrossOriginRefused",
  "UnsupportedVersion",
  "MissingScopes"
])

/**
 * Whether a value is one of the client's errors.
 *
 * @since 0.1.0
 */
export const isMastodonError = (u: unknown): u is MastodonError =>
  Predicate.hasProperty(u, TypeId) && Predicate.hasProperty(u, "_tag") && typeof u._tag === "string" && tags.has(u._tag)

/** The first value of a header that may have been sent several times. */
const firstValue = (value: string | ReadonlyArray<string> | undefined): string | undefined =>
  typeof value === "string" ? value : value?.[0]

/** How long until a rate-limit window resets, from the snapshot a 429 carried. */
const rateLimitWait = (rateLimit: RateLimit.RateLimit | undefined): number | undefined =>
  rateLimit === undefined ? undefined : Math.max(0, rateLimit.reset.epochMillis - Date.now())

/**
 * Read `Retry-After`: a number of seconds, or an HTTP date (measured against the response's own
 * `Date` header when it has one, so a server clock that is off does not matter).
 *
 * @since 0.1.0
 */
export const parseRetryAfter = (headers: RateLimit.HeaderRecord): number | undefined => {
  const value = firstValue(headers["retry-after"])?.trim()
  if (value === undefined || value === "") return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  if (Number.isNaN(at)) return undefined
  const date = firstValue(headers["date"])
  const serverNow = date === undefined ? Number.NaN : Date.parse(date)
  return Math.max(0, at - (Number.isNaN(serverNow) ? Date.now() : serverNow))
}

/**
 * What came back for a request that did not succeed.
 *
 * @since 0.1.0
 */
export interface FailedResponse {
  readonly status: number
  readonly headers: RateLimit.HeaderRecord
  readonly body: string
  readonly request: RequestInfo
  /** Secrets the request carried (its token): masked wherever the server echoes them. */
  readonly secrets?: ReadonlyArray<string | Redacted.Redacted<string>> | undefined
}

// Either shape: the flat body, or the Collections endpoints' body nested under `error`.
const decodeBody = /* @__PURE__ */ Schema.decodeUnknownOption(/* @__PURE__ */ Schema.parseJson(ErrorBody.AnyShape))

/**
 * The server's error body, when the body is the JSON `Error` entity, flat or nested under `error`
 * as the Collections endpoints send it. HTML pages, empty and truncated bodies give `None`.
 *
 * @since 0.1.0
 */
export const parseErrorBody = (body: string): Option.Option<ErrorBody.MastodonErrorBody> =>
  body.trim().startsWith("{") ? decodeBody(body) : Option.none()

/**
 * Turn a failed response into the error of its status class, keeping what the server said.
 *
 * @example
 * import { MastodonError } from "@mastodon-effect/core"
 * const error = MastodonError.fromResponse({
 *   status: 404,
 *   headers: {},
 *   body: '{"error":"Record not found"}',
 *   request: { method: "GET", url: "https://mastodon.example/api/v1/accounts/1" }
 * })
 * error._tag // "NotFound"
 *
 * @since 0.1.0
 */
const withRetryAfter = (millis: number | undefined) => millis === undefined ? {} : { retry_after_ms: millis }

const withLocation = (status: number, location: string | undefined) =>
  status >= 300 && status < 400 && location !== undefined ? { location: redactUrl(location) } : {}

export const fromResponse = (response: FailedResponse): StatusError => {
  // Masked before anything reads it: the error, its description and the excerpt all come from it.
  const body = redactKnown(response.body, response.secrets ?? [])
  const parsed = parseErrorBody(body)
  const rateLimit = RateLimit.fromHeaders(response.headers)
  const fields = {
    method: response.request.method,
    url: redactUrl(response.request.url),
    status: response.status,
    ...Option.match(parsed, {
      onNone: () => (body.trim() === "" ? {} : { body_excerpt: excerpt(body) }),
      onSome: (b) => ({
        ...(b.error === undefined ? {} : { error: b.error }),
        ...(b.error_description === undefined ? {} : { error_description: b.error_description })
      })
    }),
    ...Option.match(rateLimit, { onNone: () => ({}), onSome: (rate_limit) => ({ rate_limit }) }),
    ...withRetryAfter(parseRetryAfter(response.headers)),
    ...withLocation(response.status, firstValue(response.headers["location"]))
  }
  switch (response.status) {
    case 400:
      return new BadRequest(fields)
    case 401:
      return new Unauthorized(fields)
    case 403:
      return new Forbidden(fields)
    case 404:
      return new NotFound(fields)
    case 409:
      return new Conflict(fields)
    case 410:
      return new Gone(fields)
    case 422: {
      const details = Option.flatMapNullable(parsed, (b) => b.details)
      return new UnprocessableEntity(
        Option.match(details, { onNone: () => fields, onSome: (d) => ({ ...fields, details: d }) })
      )
    }
    case 429:
      return new RateLimited(fields)
    default:
      return response.status >= 500 && response.status <= 599
        ? new ServerError(fields)
        : new UnexpectedStatus(fields)
  }
}
