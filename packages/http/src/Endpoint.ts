/**
 * Endpoints, declared once (method, path, response schema, versions, scopes) and run by the one
 * pipeline of `MastodonClient`. Each API module (`Accounts`, `Profile`, ...) declares its
 * endpoints with `make` and calls them with `call` or `callPage`.
 *
 * @since 0.1.0
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import type { Scope } from "@mastodon-effect/core/Scope"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { compileDecoder } from "./internal/decoder.js"
import { MastodonClient } from "./MastodonClient.js"
import type * as Client from "./MastodonClient.js"
import type * as Page from "./Page.js"
import type * as Params from "./Params.js"

/**
 * Who may call an endpoint: `public` (no token needed), `user` (a user token), `app` (an app
 * token from client credentials or a user token), `optional` (works anonymously, says more with a
 * token).
 *
 * @since 0.1.0
 */
export type Auth = "public" | "user" | "app" | "optional"

/**
 * How an endpoint's list continues: `link` (a `Link` header with `next`/`prev`), `offset`
 * (`offset`/`limit` parameters), or `none`.
 *
 * @since 0.1.0
 */
export type Pagination = "link" | "offset" | "none"

/**
 * An endpoint's declaration.
 *
 * @since 0.1.0
 */
export interface Endpoint<A, I = unknown> {
  /** `group.name`, e.g. `accounts.follow`; the span is `mastodon.accounts.follow`. */
  readonly name: string
  readonly method: Client.Method
  /** The path template, with `:name` placeholders. */
  readonly path: string
  readonly response: Schema.Schema<A, I>
  readonly auth: Auth
  /** Scopes that allow the call: any one of them is enough. */
  readonly scopes: ReadonlyArray<Scope>
  readonly versions: Client.Versions
  readonly pagination: Pagination
  /** Documented as deprecated (kept for servers that still have it). */
  readonly deprecated: boolean
  /** Decode a JSON value with this endpoint's schema, keeping fields the schema does not know. */
  readonly decode: (value: unknown) => Effect.Effect<A, ParseResult.ParseError>
}

/**
 * Declare an endpoint.
 *
 * @example
 * import { Endpoint } from "@mastodon-effect/http"
 * import { Account } from "@mastodon-effect/core"
 * const get = Endpoint.make({
 *   name: "accounts.get",
 *   method: "GET",
 *   path: "/api/v1/accounts/:id",
 *   response: Account.Account,
 *   auth: "optional",
 *   versions: { added: "0.0.0" }
 * })
 *
 * @since 0.1.0
 */
export const make = <A, I>(declaration: {
  readonly name: string
  readonly method: Client.Method
  readonly path: string
  readonly response: Schema.Schema<A, I>
  readonly auth: Auth
  readonly scopes?: ReadonlyArray<Scope> | undefined
  readonly versions?: Client.Versions | undefined
  readonly pagination?: Pagination | undefined
  readonly deprecated?: boolean | undefined
}): Endpoint<A, I> => ({
  name: declaration.name,
  method: declaration.method,
  path: declaration.path,
  response: declaration.response,
  auth: declaration.auth,
  scopes: declaration.scopes ?? [],
  versions: declaration.versions ?? {},
  pagination: declaration.pagination ?? "none",
  deprecated: declaration.deprecated ?? false,
  decode: lazyDecode(declaration.response)
})

/** Compiled on first use: importing a module with thirty endpoints compiles nothing. */
const lazyDecode = <A, I>(schema: Schema.Schema<A, I>) => {
  let decode: ((value: unknown) => Effect.Effect<A, ParseResult.ParseError>) | undefined
  return (value: unknown) => (decode ??= makeDecode(schema))(value)
}

/**
 * The endpoint's decoder: the compiled fast path, and Schema itself for the precise error when the
 * fast path says no. "preserve" keeps fields a newer server added, so `Extra.field` can reach them.
 */
const makeDecode = <A, I>(schema: Schema.Schema<A, I>) => {
  const fast = compileDecoder(schema)
  const careful = Schema.decodeUnknown(schema, { onExcessProperty: "preserve" })
  return (value: unknown): Effect.Effect<A, ParseResult.ParseError> =>
    Option.match(fast(value), { onSome: Effect.succeed, onNone: () => careful(value) })
}

/**
 * The parts of one call.
 *
 * @since 0.1.0
 */
export interface Input {
  /** Values for the path's `:name` placeholders. */
  readonly path?: Readonly<Record<string, string>> | undefined
  readonly query?: Params.Params | undefined
  readonly body?: Client.Body | undefined
  readonly idempotencyKey?: string | undefined
  /** Send no token (OAuth token exchange, public metadata). */
  readonly anonymous?: boolean | undefined
}

const fillPath = (endpoint: Endpoint<unknown, unknown>, values: Readonly<Record<string, string>> | undefined) =>
  Effect.suspend(() => {
    let missing: string | undefined
    const url = endpoint.path.replace(/:([a-z_]+)/g, (_, name: string) => {
      const value = values?.[name]
      if (value === undefined || value === "") {
        missing ??= name
        return ""
      }
      return encodeURIComponent(value)
    })
    return missing === undefined
      ? Effect.succeed(url)
      : Effect.fail(new MastodonError.InvalidArgument({ argument: missing, reason: "an empty id" }))
  })

const decodeFailure = (response: Client.Response, error: ParseResult.ParseError): MastodonError.DecodeError => {
  const issue = ParseResult.ArrayFormatter.formatErrorSync(error)[0]
  return new MastodonError.DecodeError({
    method: response.method,
    url: response.url,
    status: response.status,
    path: issue === undefined || issue.path.length === 0 ? "(root)" : issue.path.map(String).join("."),
    // The issue may quote the offending value, which could be a credential.
    issue: MastodonError.redactSecrets(issue?.message ?? error.message),
    body_excerpt: MastodonError.excerpt(response.body)
  })
}

const parseJson = (response: Client.Response): Effect.Effect<unknown, MastodonError.NonJsonBody> =>
  Effect.try({
    // Some endpoints answer 200 with an empty body; that is the empty object they document.
    try: () => response.body.trim() === "" ? {} : JSON.parse(response.body) as unknown,
    catch: () =>
      new MastodonError.NonJsonBody({
        method: response.method,
        url: response.url,
        status: response.status,
        body_excerpt: MastodonError.excerpt(response.body),
        ...(response.headers["content-type"] === undefined ? {} : { content_type: response.headers["content-type"] })
      })
  })

/**
 * Decode a response with an endpoint's schema: a typed `NonJsonBody` or `DecodeError` when it
 * does not fit.
 *
 * @since 0.1.0
 */
export const decodeResponse = <A, I>(endpoint: Endpoint<A, I>, response: Client.Response) =>
  parseJson(response).pipe(
    Effect.flatMap((json) => Effect.mapError(endpoint.decode(json), (e) => decodeFailure(response, e)))
  )

const request = <A, I>(endpoint: Endpoint<A, I>, input: Input, url: string): Client.Request => ({
  endpoint: endpoint.name,
  method: endpoint.method,
  path: endpoint.path,
  url,
  query: input.query,
  body: input.body,
  idempotencyKey: input.idempotencyKey,
  anonymous: input.anonymous,
  versions: endpoint.versions
})

const traced = <A, I, X, E, R>(endpoint: Endpoint<A, I>, effect: Effect.Effect<X, E, R>) =>
  Effect.withSpan(effect, `mastodon.${endpoint.name}`, {
    kind: "client",
    attributes: { "http.request.method": endpoint.method, "url.template": endpoint.path }
  })

/**
 * Send a request to an endpoint and decode its response; the raw response comes along.
 *
 * @since 0.1.0
 */
export const callRaw = <A, I>(
  endpoint: Endpoint<A, I>,
  input: Input = {}
): Effect.Effect<{ readonly value: A; readonly response: Client.Response }, MastodonError.MastodonError, MastodonClient> =>
  traced(
    endpoint,
    Effect.gen(function*() {
      const client = yield* MastodonClient
      const url = yield* fillPath(endpoint as Endpoint<unknown, unknown>, input.path)
      const response = yield* client.execute(request(endpoint, input, url))
      const value = yield* decodeResponse(endpoint, response)
      return { value, response }
    })
  )

/**
 * Call an endpoint.
 *
 * @since 0.1.0
 */
export const call = <A, I>(endpoint: Endpoint<A, I>, input: Input = {}): Effect.Effect<A, MastodonError.MastodonError, MastodonClient> =>
  Effect.map(callRaw(endpoint, input), (r) => r.value)

const toPage = <A, I>(
  endpoint: Endpoint<ReadonlyArray<A>, I>,
  items: ReadonlyArray<A>,
  response: Client.Response
): Page.Page<A> => ({
  items,
  endpoint: endpoint as Endpoint<ReadonlyArray<A>, unknown>,
  next: Option.fromNullable(response.links["next"] as Page.Cursor | undefined),
  prev: Option.fromNullable(response.links["prev"] as Page.Cursor | undefined)
})

/**
 * Call a Link-paginated endpoint: its items and the `next`/`prev` cursors.
 *
 * @since 0.1.0
 */
export const callPage = <A, I>(
  endpoint: Endpoint<ReadonlyArray<A>, I>,
  input: Input = {}
): Effect.Effect<Page.Page<A>, MastodonError.MastodonError, MastodonClient> =>
  Effect.map(callRaw(endpoint, input), ({ response, value }) => toPage(endpoint, value, response))

/**
 * Fetch the page a cursor points at. The cursor is used exactly as the server wrote it, and must
 * be on the client's server: any other origin fails with `CrossOriginRefused` before sending.
 *
 * @since 0.1.0
 */
export const fetchPage = <A, I>(
  endpoint: Endpoint<ReadonlyArray<A>, I>,
  cursor: Page.Cursor
): Effect.Effect<Page.Page<A>, MastodonError.MastodonError, MastodonClient> =>
  traced(
    endpoint,
    Effect.gen(function*() {
      const client = yield* MastodonClient
      const response = yield* client.execute(request(endpoint, {}, cursor))
      const items = yield* decodeResponse(endpoint, response)
      return toPage(endpoint, items, response)
    })
  )
