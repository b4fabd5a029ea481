/**
 * An in-memory Mastodon instance for tests, with two faces built on one router: an
 * `HttpClient` answered in process (no sockets; the router runs in the caller's fiber, so
 * `TestClock` applies), here, and a real HTTP server on 127.0.0.1, in `MastodonServer`.
 *
 * Nothing here needs Node: the in-process face runs wherever Effect does (browsers, workers,
 * Deno, Bun).
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { type Handler, makeHandler, type RecordedRequest, type Runtime } from "./internal/app.js"
import { type ResolvedOptions, State } from "./internal/state.js"

export type {
  /**
   * One request as the instance received it: method, path, query, whether it carried an
   * `Authorization` header, and the body text.
   *
   * @since 0.1.0
   */
  RecordedRequest
} from "./internal/app.js"

/**
 * How to configure an instance. Every field has a default.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The version string of `GET /api/v1/instance` and `/api/v2/instance`. Default `"4.6.0"`. Routes added later than it answer 404. */
  readonly version?: string | undefined
  /** `api_versions.mastodon` of the v2 instance. Default 9. */
  readonly apiVersion?: number | undefined
  /** The request budget per token (per client address without one), or `false` for none. Default 300 per 5 minutes. */
  readonly rateLimit?: { readonly limit?: number | undefined; readonly windowMillis?: number | undefined } | false | undefined
  /** `configuration.accounts.max_profile_fields`, enforced on profile updates. Default 4. */
  readonly maxProfileFields?: number | undefined
  /**
   * Whether `POST /api/v1/accounts` accepts sign-ups: `"open"`, `"approval"` (accepted, but the
   * new account's token is refused with 403 until a moderator approves it) or `"closed"`.
   * Default `"open"`.
   */
  readonly registrations?: "open" | "approval" | "closed" | undefined
  /** Email domains refused at sign-up with `ERR_BLOCKED` (subdomains included). */
  readonly emailDomainBlocklist?: ReadonlyArray<string> | undefined
  /** The origin of the in-process face. Default `"https://mastodon.test"`. Ignored by the server. */
  readonly origin?: string | undefined
  /** The instance title. */
  readonly title?: string | undefined
  /**
   * Whether accounts created through the API wait for e-mail confirmation, as on a real server:
   * their token is refused with 403 and only `POST /api/v1/emails/confirmations` works. Default
   * true; seeded accounts are always confirmed.
   */
  readonly requireEmailConfirmation?: boolean | undefined
  /**
   * The username `GET /oauth/authorize` approves as (a `login_as` query parameter overrides it).
   * Default: the demo user when `Seed.demo` ran, else the first local account.
   */
  readonly authorizeAs?: string | undefined
}

/**
 * A running instance: its origin, its state and the requests it received.
 *
 * @since 0.1.0
 */
export interface Service {
  /** The origin it answers on (`https://mastodon.test`, or `http://127.0.0.1:<port>` for the server). */
  readonly origin: string
  /** The in-memory state (for `Seed` and `Faults`; not a stable API). */
  readonly runtime: Runtime
  /** Answer one server request (both faces call this). */
  readonly handle: Handler
  /** Every request received so far, oldest first. */
  readonly requests: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /** Forget the recorded requests. */
  readonly clearRequests: Effect.Effect<void>
}

/**
 * The instance service tag.
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import { MastodonInstance, Seed } from "@mastodon-effect/testing"
 *
 * const program = Effect.gen(function*() {
 *   const alice = yield* Seed.createAccount({ username: "alice" })
 *   const instance = yield* MastodonInstance.MastodonInstance
 *   return `${instance.origin}/@${alice.acct}`
 * })
 * Effect.runPromise(Effect.provide(program, MastodonInstance.layer()))
 *
 * @since 0.1.0
 */
export class MastodonInstance extends Context.Tag("@mastodon-effect/testing/MastodonInstance")<MastodonInstance, Service>() {}

const resolve = (options: Options, origin: string): ResolvedOptions => ({
  version: options.version ?? "4.6.0",
  apiVersion: options.apiVersion ?? 9,
  rateLimit: options.rateLimit === false
    ? false
    : { limit: options.rateLimit?.limit ?? 300, windowMillis: options.rateLimit?.windowMillis ?? 300_000 },
  maxProfileFields: options.maxProfileFields ?? 4,
  registrations: options.registrations ?? "open",
  emailDomainBlocklist: options.emailDomainBlocklist ?? [],
  origin,
  title: options.title ?? "Mastodon (test)",
  requireEmailConfirmation: options.requireEmailConfirmation ?? true,
  authorizeAs: options.authorizeAs
})

/**
 * Create an instance that answers on `origin` (the loopback server passes its own URL).
 *
 * @internal
 */
export const makeAt = (options: Options, origin: string): Effect.Effect<Service> =>
  Effect.gen(function*() {
    const runtime: Runtime = { state: new State(resolve(options, origin)), faults: [], log: [], buckets: new Map() }
    const handle = yield* makeHandler(runtime)
    return {
      origin,
      runtime,
      handle,
      requests: Effect.sync(() => [...runtime.log]),
      clearRequests: Effect.sync(() => {
        runtime.log.length = 0
      })
    }
  })

/**
 * Create an instance (without any face). Use `layer`, or `MastodonServer.layer` for a server, to
 * talk to it over HTTP.
 *
 * @since 0.1.0
 */
export const make = (options: Options = {}): Effect.Effect<Service> =>
  makeAt(options, (options.origin ?? "https://mastodon.test").replace(/\/+$/, ""))

const collect = (stream: Stream.Stream<Uint8Array, unknown>) =>
  Stream.runCollect(stream).pipe(
    Effect.map((chunks) => {
      const parts = Chunk.toReadonlyArray(chunks)
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
      let at = 0
      for (const p of parts) {
        out.set(p, at)
        at += p.length
      }
      return out
    })
  )

/** The client request's body as something a web `Request` accepts, plus its content type. */
const webBody = (request: HttpClientRequest.HttpClientRequest): Effect.Effect<{ body: BodyInit | undefined; contentType: string | undefined }, unknown> => {
  const body = request.body
  switch (body._tag) {
    case "Empty":
      return Effect.succeed({ body: undefined, contentType: undefined })
    case "Uint8Array":
      return Effect.succeed({ body: new Uint8Array(body.body), contentType: body.contentType })
    case "FormData":
      return Effect.succeed({ body: body.formData, contentType: undefined })
    case "Raw":
      return Effect.succeed({
        body: typeof body.body === "string" || body.body instanceof Uint8Array ? (typeof body.body === "string" ? body.body : new Uint8Array(body.body)) : String(body.body),
        contentType: body.contentType
      })
    case "Stream":
      return Effect.map(collect(body.stream), (bytes) => ({ body: bytes, contentType: body.contentType }))
  }
}

/**
 * The in-process `HttpClient` of an instance: each request is turned into a server request and
 * answered by the router in the calling fiber (so `TestClock`, spans and the caller's context
 * apply). Requests to another origin fail as a refused connection.
 *
 * @since 0.1.0
 */
export const httpClient = (instance: Service): HttpClient.HttpClient =>
  HttpClient.make((request, url) =>
    Effect.gen(function*() {
      const transport = (description: string, cause?: unknown) =>
        new HttpClientError.RequestError({ request, reason: "Transport", description, cause })
      if (url.origin !== instance.origin) return yield* Effect.fail(transport(`connect ECONNREFUSED ${url.host}`))
      const { body, contentType } = yield* webBody(request).pipe(
        Effect.mapError((cause) => new HttpClientError.RequestError({ request, reason: "Encode", cause }))
      )
      const headers = new Headers(request.headers)
      if (contentType !== undefined && !headers.has("content-type")) headers.set("content-type", contentType)
      const hasBody = body !== undefined && request.method !== "GET" && request.method !== "HEAD"
      const webRequest = new Request(url, { method: request.method, headers, ...(hasBody ? { body } : {}) })
      // A web Request drops the body of a GET; the router still gets it, as a real server would.
      const getBody = request.method === "GET" && body !== undefined && !(body instanceof FormData)
        ? (typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body as Uint8Array))
        : undefined
      const response = yield* instance.handle(HttpServerRequest.fromWeb(webRequest), instance.origin, "127.0.0.1", getBody).pipe(
        Effect.catchTag("ConnectionReset", () => Effect.fail(transport("socket hang up (connection reset by the test instance)")))
      )
      return HttpClientResponse.fromWeb(request, HttpServerResponse.toWeb(response, { withoutBody: request.method === "HEAD" }))
    })
  )

/**
 * A fresh instance and an `HttpClient` answered by it in process. Provide it instead of
 * `FetchHttpClient.layer` and the same program runs against the fake.
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import * as Layer from "effect/Layer"
 * import { MastodonClient } from "@mastodon-effect/http"
 * import { MastodonInstance, Seed } from "@mastodon-effect/testing"
 *
 * const test = Effect.gen(function*() {
 *   const { token } = yield* Seed.createAccount({ username: "alice" })
 *   // ... MastodonClient.layer({ url: "https://mastodon.test", accessToken: token })
 * }).pipe(Effect.provide(MastodonInstance.layer()))
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<MastodonInstance | HttpClient.HttpClient> =>
  Layer.unwrapEffect(
    Effect.map(make(options), (instance) =>
      Layer.merge(Layer.succeed(MastodonInstance, instance), Layer.succeed(HttpClient.HttpClient, httpClient(instance))))
  )

/**
 * Who the client of `clientLayer` signs in as.
 *
 * @since 0.1.0
 */
export interface Login {
  /** The username; the account is created when it does not exist yet. */
  readonly as: string
  /** The token's scopes. Default `"read write follow push"`. */
  readonly scopes?: string | undefined
  /** Further client options (retries, rate-limit policy, ...). */
  readonly client?: Omit<MastodonClient.Options, "url" | "accessToken"> | undefined
}

/**
 * A `MastodonClient` signed in as a user of a fresh in-process instance, plus the instance and
 * its `HttpClient`: a user's test needs nothing else.
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import { MastodonInstance } from "@mastodon-effect/testing"
 * import { Accounts } from "@mastodon-effect/http"
 *
 * const test = Accounts.verifyCredentials().pipe(
 *   Effect.provide(MastodonInstance.clientLayer({}, { as: "alice" }))
 * )
 *
 * @since 0.1.0
 */
export const clientLayer = (
  options: Options,
  login: Login
): Layer.Layer<MastodonClient.MastodonClient | MastodonInstance | HttpClient.HttpClient, MastodonError.InvalidArgument> =>
  Layer.unwrapEffect(
    Effect.gen(function*() {
      const instance = yield* make(options)
      const now = yield* Clock.currentTimeMillis
      const state = instance.runtime.state
      const account = state.byHandle(login.as) ?? state.createAccount({ username: login.as, created_at: now })
      const token = state.issueToken({
        app: undefined,
        account: account.idx,
        scopes: (login.scopes ?? "read write follow push").split(/\s+/).filter((s) => s !== ""),
        now,
        refresh: false
      })
      const base = Layer.merge(Layer.succeed(MastodonInstance, instance), Layer.succeed(HttpClient.HttpClient, httpClient(instance)))
      const client = MastodonClient.layer({ ...login.client, url: instance.origin, accessToken: token.token }).pipe(Layer.provide(base))
      return Layer.merge(base, client)
    })
  )

/**
 * The requests the instance received so far, oldest first.
 *
 * @since 0.1.0
 */
export const requests: Effect.Effect<ReadonlyArray<RecordedRequest>, never, MastodonInstance> = Effect.flatMap(
  MastodonInstance,
  (i) => i.requests
)

/**
 * The origin of the instance in context.
 *
 * @since 0.1.0
 */
export const origin: Effect.Effect<string, never, MastodonInstance> = Effect.map(MastodonInstance, (i) => i.origin)
