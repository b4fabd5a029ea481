/**
 * Endpoints, each declared once and completely: method, path template with its parameters, query
 * and body schemas, response schema, auth, scopes, version history, pagination and deprecation.
 * Everything else is derived from the declaration: `call` encodes the arguments (an argument that
 * does not fit is an `InvalidArgument` before anything is sent), sends without a token when the
 * endpoint is public, checks the version when a `VersionPolicy` asks for it, decodes the response,
 * and answers a `Page` when the endpoint is Link-paginated. Pages, streams, page sizes and the
 * README's endpoint table read the same declarations.
 *
 * @since 0.1.0
 */
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import type { Scope } from "@mastodon-effect/core/Scope"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import { makeDecoder } from "./internal/decoder.js"
import { parseLinkHeader } from "./internal/links.js"
import { describeUrl } from "./internal/requestUrl.js"
import * as VersionCheck from "./internal/versionCheck.js"
import { MastodonClient } from "./MastodonClient.js"
import type * as Client from "./MastodonClient.js"
import type * as Page from "./Page.js"
import * as Params from "./Params.js"
import type * as ServerVersion from "./ServerVersion.js"

/**
 * Who may call an endpoint: `public` (sent without a token, always), `user` (a user token), `app`
 * (an app token from client credentials, or a user token), `optional` (works anonymously, says more
 * with a token).
 *
 * @since 0.1.0
 */
export type Auth = "public" | "user" | "app" | "optional"

/**
 * How an endpoint's list continues: `link` (a `Link` header with `next`/`prev` cursors), `offset`
 * (`offset`/`limit` parameters), or `none`; with the server's default and maximum `limit`.
 *
 * @since 0.1.0
 */
export type Pagination =
  | { readonly kind: "none" }
  | { readonly kind: "link"; readonly defaultLimit: number; readonly maxLimit: number }
  | { readonly kind: "offset"; readonly defaultLimit: number; readonly maxLimit: number }

// `link` and `offset` are marked free of side effects for bundlers that honour that across files
// (Rollup); esbuild 0.27 does not, so each call in a declaration is also marked `/* @__PURE__ */`
// where it is made. Keep both: one unmarked call keeps the whole declaration in every bundle.

/**
 * Link pagination with the server's default and maximum page size.
 *
 * @since 0.1.0
 */
export const link = /* @__NO_SIDE_EFFECTS__ */ (limits: { readonly default: number; readonly max: number }) =>
  ({ kind: "link", defaultLimit: limits.default, maxLimit: limits.max }) as const

/**
 * Offset pagination with the server's default and maximum page size.
 *
 * @since 0.1.0
 */
export const offset = /* @__NO_SIDE_EFFECTS__ */ (limits: { readonly default: number; readonly max: number }) =>
  ({ kind: "offset", defaultLimit: limits.default, maxLimit: limits.max }) as const

/**
 * The versions an endpoint declares, as Mastodon.py's `api_version` does.
 *
 * @since 0.1.0
 */
export interface Versions {
  readonly added?: ServerVersion.Semver | undefined
  readonly changed?: ServerVersion.Semver | undefined
  readonly removed?: ServerVersion.Semver | undefined
}

/**
 * The `:name` placeholders of a path template, as a union of names.
 *
 * @example
 * import type { Endpoint } from "@mastodon-effect/http"
 * type P = Endpoint.PathParams<"/api/v1/lists/:id/accounts"> // "id"
 *
 * @since 0.1.0
 */
export type PathParams<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}` ? Name | PathParams<`/${Rest}`>
  : Path extends `${string}:${infer Name}` ? Name
  : never

/**
 * Values for every placeholder of a path template.
 *
 * @since 0.1.0
 */
export type PathValues<Path extends string> = { readonly [K in PathParams<Path>]: string }

/**
 * How a decoded response becomes what a call returns: the value itself, or a `Page` of it.
 *
 * @since 0.1.0
 */
export type Result<P extends Pagination, A> = P extends { readonly kind: "link" }
  ? A extends ReadonlyArray<infer Item> ? Page.Page<Item> : never
  : A

/**
 * Why a response did not decode: where, and what was wrong.
 *
 * @since 0.1.0
 */
export interface DecodeFailure {
  readonly path: string
  readonly issue: string
}

/**
 * An endpoint's declaration.
 *
 * @since 0.1.0
 */
export interface Endpoint<Path extends string, Query, Body, A, R> {
  /** `group.name`, e.g. `accounts.follow`; the span is `mastodon.accounts.follow`. */
  readonly name: string
  readonly method: Client.Method
  /** The path template, with `:name` placeholders. */
  readonly path: Path
  /** The query parameters: what callers pass, encoded to what the server reads. */
  readonly query: Schema.Schema<Query, Params.Params> | undefined
  /** The body parameters; a body with a file in it goes as multipart. */
  readonly body: Schema.Schema<Body, Params.Params> | undefined
  /** `form` (the default, Rails-style keys; multipart when a part is a file) or `json`. */
  readonly bodyEncoding: "form" | "json"
  readonly response: Schema.Schema<A, unknown>
  readonly auth: Auth
  /** Scopes that allow the call: any one of them is enough. */
  readonly scopes: ReadonlyArray<Scope>
  readonly versions: Versions
  readonly pagination: Pagination
  /** Documented as deprecated (kept for servers that still have it). */
  readonly deprecated: boolean
  /** Decode a JSON value with the response schema, keeping fields the schema does not know. Never throws. */
  readonly decode: (value: unknown) => Either.Either<A, DecodeFailure>
  /** Turn a decoded value and its response into the call's result. */
  readonly toResult: (value: A, response: HttpClientResponse.HttpClientResponse) => R
}

/**
 * Any endpoint, whatever its types.
 *
 * @since 0.1.0
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = Endpoint<string, any, any, any, any>

/**
 * A Link-paginated endpoint of `A`s: what a `Page` keeps to follow its cursors.
 *
 * @since 0.1.0
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Paged<A> = Endpoint<string, any, any, ReadonlyArray<A>, Page.Page<A>>

/**
 * What an endpoint call returns.
 *
 * @since 0.1.0
 */
export type Call<A> = Effect.Effect<A, MastodonError.MastodonError, MastodonClient>

/**
 * What `make` takes.
 *
 * @since 0.1.0
 */
export interface Declaration<
  Path extends string,
  Query,
  QI extends Params.Params,
  Body,
  BI extends Params.Params,
  A,
  I,
  P extends Pagination
> {
  readonly name: string
  readonly method: Client.Method
  readonly path: Path
  readonly query?: Schema.Schema<Query, QI> | undefined
  readonly body?: Schema.Schema<Body, BI> | undefined
  readonly bodyEncoding?: "form" | "json" | undefined
  readonly response: Schema.Schema<A, I>
  readonly auth: Auth
  readonly scopes?: ReadonlyArray<Scope> | undefined
  readonly versions?: Versions | undefined
  readonly pagination?: P | undefined
  readonly deprecated?: boolean | undefined
}

/**
 * Declare an endpoint.
 *
 * @example
 * import { Endpoint } from "@mastodon-effect/http"
 * import { Account } from "@mastodon-effect/core"
 * import * as Schema from "effect/Schema"
 * const followers = Endpoint.make({
 *   name: "accounts.followers",
 *   method: "GET",
 *   path: "/api/v1/accounts/:id/followers",
 *   query: Endpoint.PageQuery,
 *   response: Schema.Array(Account.Account),
 *   auth: "optional",
 *   scopes: ["read:accounts"],
 *   versions: { added: "0.0.0", changed: "4.0.0" },
 *   pagination: Endpoint.link({ default: 40, max: 80 })
 * })
 *
 * @since 0.1.0
 */
export const make = <
  const Path extends string,
  A,
  I,
  Query = undefined,
  QI extends Params.Params = Params.Params,
  Body = undefined,
  BI extends Params.Params = Params.Params,
  P extends Pagination = { readonly kind: "none" }
>(declaration: Declaration<Path, Query, QI, Body, BI, A, I, P>): Endpoint<Path, Query, Body, A, Result<P, A>> => {
  const pagination: Pagination = declaration.pagination ?? { kind: "none" }
  const endpoint: Endpoint<Path, Query, Body, A, Result<P, A>> = {
    name: declaration.name,
    method: declaration.method,
    path: declaration.path,
    // The encoded side is what the server reads: Rails-style parameters.
    query: declaration.query as unknown as Schema.Schema<Query, Params.Params> | undefined,
    body: declaration.body as unknown as Schema.Schema<Body, Params.Params> | undefined,
    bodyEncoding: declaration.bodyEncoding ?? "form",
    response: declaration.response as Schema.Schema<A, unknown>,
    auth: declaration.auth,
    scopes: declaration.scopes ?? [],
    versions: declaration.versions ?? {},
    pagination,
    deprecated: declaration.deprecated ?? false,
    decode: lazyDecode(declaration.response),
    toResult: (pagination.kind === "link"
      ? (value: A, response: HttpClientResponse.HttpClientResponse) => toPage(endpoint as unknown as Paged<unknown>, value as ReadonlyArray<unknown>, response)
      : (value: A) => value) as (value: A, response: HttpClientResponse.HttpClientResponse) => Result<P, A>
  }
  return endpoint
}

/**
 * The query every Link-paginated endpoint takes (`max_id`, `since_id`, `min_id`, `limit`).
 *
 * @since 0.1.0
 */
export const PageQuery = Argument.PageQuery

/** Compiled on first use: importing a module with thirty endpoints compiles nothing. */
const lazyDecode = <A, I>(schema: Schema.Schema<A, I>) => {
  let decode: ((value: unknown) => Either.Either<A, DecodeFailure>) | undefined
  // Total: too deep, `__proto__` keys, a throwing schema all end in a DecodeFailure, never a throw.
  return (value: unknown) => (decode ??= makeDecoder(schema))(value)
}

/**
 * The parts of one call: values for the path's placeholders, the query and body as the declaration
 * types them, and an `Idempotency-Key` for a POST that must be safe to retry.
 *
 * @since 0.1.0
 */
export type Input<E> = E extends Endpoint<infer Path, infer Query, infer Body, infer _A, infer _R> ?
    & ([PathParams<Path>] extends [never] ? { readonly path?: undefined } : { readonly path: PathValues<Path> })
    & ([Query] extends [undefined] ? { readonly query?: undefined }
      : {} extends Query ? { readonly query?: Query | undefined }
      : { readonly query: Query })
    & ([Body] extends [undefined] ? { readonly body?: undefined }
      : {} extends Body ? { readonly body?: Body | undefined }
      : { readonly body: Body })
    & { readonly idempotencyKey?: string | undefined }
  : never

/**
 * What a call of an endpoint returns.
 *
 * @since 0.1.0
 */
export type Output<E> = E extends Endpoint<infer _Path, infer _Q, infer _B, infer _A, infer R> ? R : never

const fillPath = (template: string, values: Readonly<Record<string, string>> | undefined) => {
  let missing: string | undefined
  const url = template.replace(/:([a-z_]+)/g, (_, name: string) => {
    const value = values?.[name]
    if (value === undefined || value === "") {
      missing ??= name
      return ""
    }
    return encodeURIComponent(value)
  })
  return missing === undefined ? Either.right(url) : Either.left(Argument.invalid(missing, "an empty id"))
}

const encodeWith = <A>(schema: Schema.Schema<A, Params.Params>, value: unknown) =>
  Effect.mapError(/* @__PURE__ */ Schema.encode(schema)(value as A), (e) => Argument.fromParseError(e))

const parseJson = (response: HttpClientResponse.HttpClientResponse, text: string, url: () => string) =>
  Effect.try({
    // Some endpoints answer 200 with an empty body; that is the empty object they document.
    try: () => text.trim() === "" ? {} : JSON.parse(text) as unknown,
    catch: () => {
      const type = response.headers["content-type"]
      return new MastodonError.NonJsonBody({
        method: response.request.method,
        url: url(),
        status: response.status,
        body_excerpt: MastodonError.excerpt(text),
        ...(type === undefined ? {} : { content_type: type })
      })
    }
  })

/**
 * Decode a response with an endpoint's schema: a typed `NonJsonBody` or `DecodeError` when it does
 * not fit.
 *
 * @since 0.1.0
 */
export const decodeResponse = <E extends Any>(
  endpoint: E,
  response: HttpClientResponse.HttpClientResponse
): Effect.Effect<Schema.Schema.Type<E["response"]>, MastodonError.MastodonError> =>
  Effect.flatMap(Effect.orElseSucceed(response.text, () => ""), (text) => {
    // Only an error names the URL: a success does not pay for rebuilding and redacting it.
    const url = () => describeUrl(response.request)
    return Effect.flatMap(parseJson(response, text, url), (json) =>
      Either.match(endpoint.decode(json), {
        onRight: (value) => Effect.succeed(value),
        onLeft: (failure: DecodeFailure) =>
          Effect.fail(
            new MastodonError.DecodeError({
              method: response.request.method,
              url: url(),
              status: response.status,
              path: failure.path,
              issue: failure.issue,
              body_excerpt: MastodonError.excerpt(text)
            })
          )
      }))
  })

const buildRequest = (endpoint: Any, input: Input<Any>) =>
  Effect.gen(function*() {
    const path = fillPath(endpoint.path, input.path as Readonly<Record<string, string>> | undefined)
    if (Either.isLeft(path)) return yield* Effect.fail(path.left)
    let request = HttpClientRequest.make(endpoint.method)(path.right)
    if (endpoint.query !== undefined && input.query !== undefined) {
      const query = yield* encodeWith(endpoint.query, input.query)
      request = HttpClientRequest.appendUrlParams(request, Params.flatten(query))
    }
    if (endpoint.body !== undefined && input.body !== undefined) {
      const body = yield* encodeWith(endpoint.body, input.body)
      request = endpoint.bodyEncoding === "json" ? HttpClientRequest.bodyUnsafeJson(request, body) : formBody(request, body)
    }
    if (input.idempotencyKey !== undefined) request = HttpClientRequest.setHeader(request, "idempotency-key", input.idempotencyKey)
    return request
  })

/** A form body, or multipart when a part is a file. */
const formBody = (request: HttpClientRequest.HttpClientRequest, params: Params.Params) => {
  const { multipart, pairs } = Params.flattenBody(params)
  if (!multipart) return HttpClientRequest.bodyUrlParams(request, pairs as Array<[string, string]>)
  const form = new FormData()
  for (const [key, value] of pairs) {
    if (typeof value === "string") form.append(key, value)
    else form.append(key, value.blob, value.filename)
  }
  return HttpClientRequest.bodyFormData(request, form)
}

const traced = <X, E, R>(endpoint: Any, effect: Effect.Effect<X, E, R>) =>
  Effect.withSpan(effect, `mastodon.${endpoint.name}`, {
    kind: "client",
    // A stack trace per call costs an `Error` and its capture; the span's name and attributes
    // already say which call it is.
    captureStackTrace: false,
    attributes: { "http.request.method": endpoint.method, "url.template": endpoint.path }
  })

/** Send a built request with or without the token, as the endpoint's auth says, and decode the answer. */
const send = <E extends Any>(endpoint: E, request: HttpClientRequest.HttpClientRequest) =>
  Effect.gen(function*() {
    const client = yield* MastodonClient
    yield* VersionCheck.check(endpoint)
    const http = endpoint.auth === "public" ? client.anonymous : client.http
    const response = yield* http.execute(request)
    yield* warnIfDeprecated(endpoint, response)
    const value = yield* decodeResponse(endpoint, response)
    return new Raw(value, response)
  })

/** Endpoints whose `Deprecation` header was already logged: once per endpoint is enough. */
const warnedDeprecations = new Set<string>()

/**
 * Log a warning the first time a server marks an endpoint deprecated (the `Deprecation` header,
 * with `Sunset` when it says when the endpoint goes away).
 */
const warnIfDeprecated = (endpoint: Any, response: HttpClientResponse.HttpClientResponse): Effect.Effect<void> => {
  const deprecation = response.headers["deprecation"]
  if (deprecation === undefined || warnedDeprecations.has(endpoint.name)) return Effect.void
  warnedDeprecations.add(endpoint.name)
  const sunset = response.headers["sunset"]
  return Effect.logWarning(
    `${endpoint.method} ${endpoint.path} is deprecated on this server${sunset === undefined ? "" : ` (sunset: ${sunset})`}`
  ).pipe(Effect.annotateLogs({ endpoint: endpoint.name, deprecation }))
}

/**
 * A decoded value with its response. A span ends with this as its exit, and a tracer may serialise
 * it: the JSON form leaves the response out, since the platform's form of it carries the bodies
 * (a token exchange's secrets).
 */
class Raw<A> {
  constructor(readonly value: A, readonly response: HttpClientResponse.HttpClientResponse) {}
  toJSON(): unknown {
    return { value: this.value, status: this.response.status }
  }
}

/**
 * Call an endpoint and get the decoded value together with the raw response (its headers, say).
 *
 * @since 0.1.0
 */
export const callRaw = <E extends Any>(
  endpoint: E,
  ...args: {} extends Input<E> ? [input?: Input<E>] : [input: Input<E>]
): Call<{ readonly value: Schema.Schema.Type<E["response"]>; readonly response: HttpClientResponse.HttpClientResponse }> =>
  traced(endpoint, Effect.flatMap(buildRequest(endpoint, (args[0] ?? {}) as Input<Any>), (request) => send(endpoint, request)))

/**
 * Call an endpoint: its value, or a `Page` for a Link-paginated endpoint.
 *
 * @since 0.1.0
 */
export const call = <E extends Any>(
  endpoint: E,
  ...args: {} extends Input<E> ? [input?: Input<E>] : [input: Input<E>]
): Call<Output<E>> =>
  Effect.map(callRaw(endpoint, ...args), ({ response, value }) => endpoint.toResult(value, response) as Output<E>)

const toPage = <A>(endpoint: Paged<A>, items: ReadonlyArray<A>, response: HttpClientResponse.HttpClientResponse): Page.Page<A> => {
  const links = parseLinkHeader(response.headers["link"])
  return {
    items,
    endpoint,
    next: Option.fromNullable(links["next"] as Page.Cursor | undefined),
    prev: Option.fromNullable(links["prev"] as Page.Cursor | undefined)
  }
}

/**
 * Fetch the page a cursor points at. The cursor is used exactly as the server wrote it, and must be
 * on the client's server: any other origin fails with `CrossOriginRefused` before sending.
 *
 * @since 0.1.0
 */
export const fetchPage = <A>(endpoint: Paged<A>, cursor: Page.Cursor): Call<Page.Page<A>> =>
  traced(
    endpoint,
    Effect.map(
      send(endpoint, HttpClientRequest.make(endpoint.method)(cursor)),
      ({ response, value }) => toPage(endpoint, value, response)
    )
  )

/**
 * Whether a value is an endpoint declaration.
 *
 * @since 0.1.0
 */
export const isEndpoint = (u: unknown): u is Any =>
  typeof u === "object" && u !== null && "path" in u && "method" in u && "decode" in u && "toResult" in u

/**
 * The endpoints a module declares, by the name of the function over each: every export named
 * `<name>Endpoint`. The README's endpoint table and the declaration tests are built from this.
 *
 * @example
 * import { Accounts, Endpoint } from "@mastodon-effect/http"
 * Endpoint.declaredIn(Accounts).followers.path // "/api/v1/accounts/:id/followers"
 *
 * @since 0.1.0
 */
export const declaredIn = (module: object): Readonly<Record<string, Any>> => {
  const found: Record<string, Any> = {}
  for (const [key, value] of Object.entries(module)) {
    if (key.endsWith("Endpoint") && isEndpoint(value)) found[key.slice(0, -"Endpoint".length)] = value
  }
  return found
}
