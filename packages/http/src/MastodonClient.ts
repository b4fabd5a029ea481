/**
 * The Mastodon client service: where requests go, with which token, and the one pipeline every
 * endpoint runs through (URL → auth → user agent → timeout → rate-limit policy → retry policy →
 * status to typed error). Endpoint modules (`Accounts`, `Profile`, `OAuth`, ...) decode the
 * response and name the span.
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import type * as RateLimit from "@mastodon-effect/core/RateLimit"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as SynchronizedRef from "effect/SynchronizedRef"
import { parseLinkHeader } from "./internal/links.js"
import * as Limiter from "./internal/rateLimiter.js"
import * as Params from "./Params.js"
import * as ServerVersion from "./ServerVersion.js"

/**
 * What to do when the server's rate limit runs out (Mastodon.py's three modes):
 * - `throw`: fail with `RateLimited` at once;
 * - `wait`: sleep until the budget resets, then go on (the default);
 * - `pace`: spread the remaining budget evenly until the reset, across every fiber of the client.
 *
 * @since 0.1.0
 */
export type RateLimitPolicy = "throw" | "wait" | "pace"

/**
 * Whether endpoints check the server version before sending: `none` (the default: forks misreport
 * their version), `created` (the server must be at least the version that added the endpoint) or
 * `changed` (at least the version that last changed it).
 *
 * @since 0.1.0
 */
export type VersionCheck = "none" | "created" | "changed"

/**
 * The retry schedule: capped exponential backoff with jitter. Transport errors, timeouts and 5xx
 * are retried, only for idempotent methods or a POST that carries an `Idempotency-Key`.
 *
 * @since 0.1.0
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  readonly times?: number
  /** The first delay. Default 250 ms. */
  readonly base?: Duration.DurationInput
  /** The longest delay. Default 10 s. */
  readonly cap?: Duration.DurationInput
}

/**
 * How to reach a server.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The server's base URL, e.g. `https://mastodon.social`. */
  readonly url: string | URL
  /** A user or app token; without one only public endpoints work. */
  readonly accessToken?: Redacted.Redacted<string> | string | undefined
  /** Sent as `User-Agent` where the platform allows it. */
  readonly userAgent?: string | undefined
  /** How long one attempt may take, response body included. Default 30 s. */
  readonly timeout?: Duration.DurationInput | undefined
  /** Default `wait`. */
  readonly rateLimit?: RateLimitPolicy | undefined
  /** How many times `wait`/`pace` wait for a reset after a 429 before giving up. Default 3. */
  readonly maxRateLimitWaits?: number | undefined
  /** `false` turns retries off. */
  readonly retry?: RetryOptions | false | undefined
  /** Default `none`. */
  readonly versionCheck?: VersionCheck | undefined
}

/**
 * An HTTP method the API uses.
 *
 * @since 0.1.0
 */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/**
 * A file in a multipart body.
 *
 * @since 0.1.0
 */
export interface FilePart {
  readonly name: string
  readonly blob: Blob
  readonly filename: string
}

/**
 * A request body: form-encoded (Rails-style keys), JSON, or multipart with files.
 *
 * @since 0.1.0
 */
export type Body =
  | { readonly _tag: "Form"; readonly params: Params.Params }
  | { readonly _tag: "Json"; readonly value: unknown }
  | { readonly _tag: "Multipart"; readonly params: Params.Params; readonly files: ReadonlyArray<FilePart> }

/**
 * One request, as endpoints describe it to the pipeline.
 *
 * @since 0.1.0
 */
export interface Request {
  /** The endpoint's name, `group.name` (e.g. `accounts.follow`): the span is `mastodon.<name>`. */
  readonly endpoint: string
  readonly method: Method
  /** The path template (`/api/v1/accounts/:id/follow`), for spans and version errors. */
  readonly path: string
  /** A path relative to the base URL, or an absolute URL on the server's origin (a Link cursor). */
  readonly url: string
  readonly query?: Params.Params | undefined
  readonly body?: Body | undefined
  /** Send no token even if one is configured (OAuth token exchange, public metadata). */
  readonly anonymous?: boolean | undefined
  /** Makes a POST safe to retry: the server acts on one key once. */
  readonly idempotencyKey?: string | undefined
  /** The versions that added, last changed and removed the endpoint. */
  readonly versions?: Versions | undefined
}

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
 * A successful response, body read as text.
 *
 * @since 0.1.0
 */
export interface Response {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  /** The `Link` relations (`next`, `prev`) as absolute URLs. */
  readonly links: Readonly<Record<string, string>>
  readonly method: Method
  /** The URL requested, secrets masked. */
  readonly url: string
}

/**
 * The client service.
 *
 * @since 0.1.0
 */
export interface Service {
  /** The server's base URL. */
  readonly baseUrl: URL
  /** Whether a token is configured. */
  readonly authenticated: boolean
  /** Send one request through the whole pipeline. */
  readonly execute: (request: Request) => Effect.Effect<Response, MastodonError.MastodonError>
  /** The latest rate-limit headers seen by this client, if any. */
  readonly rateLimit: Effect.Effect<Option.Option<RateLimit.RateLimit>>
  /** The server version, read once (v2 instance, then v1) and cached. */
  readonly serverVersion: Effect.Effect<ServerVersion.ServerVersion, MastodonError.MastodonError>
  /** The same client with another token (or none); rate-limit state is per token. */
  readonly withAccessToken: (token: Redacted.Redacted<string> | string | undefined) => Effect.Effect<Service>
}

/**
 * The Mastodon client service tag.
 *
 * @example
 * import { MastodonClient, Accounts } from "@mastodon-effect/http"
 * import { FetchHttpClient } from "@effect/platform"
 * import * as Effect from "effect/Effect"
 * import * as Layer from "effect/Layer"
 *
 * const program = Accounts.verifyCredentials()
 * const layer = MastodonClient.layer({ url: "https://mastodon.example", accessToken: "…" }).pipe(
 *   Layer.provide(FetchHttpClient.layer)
 * )
 * Effect.runPromise(Effect.provide(program, layer))
 *
 * @since 0.1.0
 */
export class MastodonClient extends Context.Tag("@mastodon-effect/http/MastodonClient")<MastodonClient, Service>() {}

const defaultUserAgent = "mastodon-effect/0.1.0"
const idempotentMethods: ReadonlySet<Method> = new Set(["GET", "PUT", "DELETE"])

/**
 * Parse a base URL, refusing anything but an http(s) URL.
 *
 * @since 0.1.0
 */
export const parseBaseUrl = (url: string | URL): Effect.Effect<URL, MastodonError.InvalidArgument> =>
  Effect.try({
    try: () => new URL(url),
    catch: () => new MastodonError.InvalidArgument({ argument: "url", reason: `${String(url)} is not a URL` })
  }).pipe(
    Effect.filterOrFail(
      (u) => u.protocol === "https:" || u.protocol === "http:",
      (u) => new MastodonError.InvalidArgument({ argument: "url", reason: `${u.protocol} is not http or https` })
    ),
    Effect.filterOrFail(
      (u) => u.username === "" && u.password === "",
      () => new MastodonError.InvalidArgument({ argument: "url", reason: "credentials do not belong in the URL" })
    )
  )

/** The absolute URL of a request: a relative path gets the base URL; an absolute one must be same-origin. */
const resolveUrl = (base: URL, target: string): Effect.Effect<URL, MastodonError.CrossOriginRefused | MastodonError.InvalidArgument> => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    return Effect.try({
      try: () => new URL(target),
      catch: () => new MastodonError.InvalidArgument({ argument: "url", reason: "not a URL" })
    }).pipe(
      Effect.filterOrFail(
        (u) => u.origin === base.origin,
        (u) => new MastodonError.CrossOriginRefused({ url: MastodonError.redactUrl(u.toString()), expected_origin: base.origin })
      )
    )
  }
  const prefix = base.pathname.endsWith("/") ? base.pathname.slice(0, -1) : base.pathname
  const path = target.startsWith("/") ? target : `/${target}`
  return Effect.succeed(new URL(`${base.origin}${prefix}${path}`))
}

const toToken = (token: Redacted.Redacted<string> | string | undefined): Option.Option<Redacted.Redacted<string>> =>
  token === undefined ? Option.none() : Option.some(typeof token === "string" ? Redacted.make(token) : token)

const InstanceVersion = Schema.Struct({
  version: Schema.String,
  api_versions: Schema.optional(Schema.Struct({ mastodon: Schema.optional(Schema.Number) }))
})
const decodeInstanceVersion = Schema.decodeUnknownEither(Schema.parseJson(InstanceVersion))

const buildRequest = (
  request: Request,
  url: URL,
  token: Option.Option<Redacted.Redacted<string>>,
  userAgent: string
): HttpClientRequest.HttpClientRequest => {
  let http = HttpClientRequest.make(request.method)(url, {
    headers: { accept: "application/json", "user-agent": userAgent }
  })
  if (request.query !== undefined) http = HttpClientRequest.appendUrlParams(http, Params.flatten(request.query))
  if (Option.isSome(token) && request.anonymous !== true) http = HttpClientRequest.bearerToken(http, token.value)
  if (request.idempotencyKey !== undefined) http = HttpClientRequest.setHeader(http, "idempotency-key", request.idempotencyKey)
  const body = request.body
  if (body === undefined) return http
  switch (body._tag) {
    case "Form":
      return HttpClientRequest.bodyUrlParams(http, Params.flatten(body.params))
    case "Json":
      return HttpClientRequest.bodyUnsafeJson(http, body.value)
    case "Multipart": {
      const form = new FormData()
      for (const [key, value] of Params.flatten(body.params)) form.append(key, value)
      for (const file of body.files) form.append(file.name, file.blob, file.filename)
      return HttpClientRequest.bodyFormData(http, form)
    }
  }
}

const describeCause = (cause: unknown): string =>
  cause instanceof Error ? `${cause.name}: ${cause.message}` : cause === undefined ? "unknown cause" : String(cause)

/**
 * Build a client from options. Fails with `InvalidArgument` for a base URL that is not http(s).
 *
 * @since 0.1.0
 */
export const make = (options: Options): Effect.Effect<Service, MastodonError.InvalidArgument, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const baseUrl = yield* parseBaseUrl(options.url)
    const httpClient = (yield* HttpClient.HttpClient).pipe(HttpClient.withTracerPropagation(false))
    const userAgent = options.userAgent ?? defaultUserAgent
    const timeout = Duration.decode(options.timeout ?? Duration.seconds(30))
    const policy = options.rateLimit ?? "wait"
    const maxWaits = options.maxRateLimitWaits ?? 3
    const retry = options.retry === false ? undefined : options.retry ?? {}
    const versionCheck = options.versionCheck ?? "none"
    const retrySchedule = retry === undefined ? undefined : Schedule.exponential(retry.base ?? Duration.millis(250)).pipe(
      Schedule.union(Schedule.spaced(retry.cap ?? Duration.seconds(10))),
      Schedule.jittered,
      Schedule.intersect(Schedule.recurs(retry.times ?? 3))
    )
    // The version is shared by every token of the client, and only a success is cached.
    const versionCache = yield* SynchronizedRef.make(Option.none<ServerVersion.ServerVersion>())

    // One service per token, so that the rate-limit state of a token is shared by every effect that
    // switches to it (the server counts per token too).
    const services = new Map<string, Service>()
    const forToken = (token: Option.Option<Redacted.Redacted<string>>): Effect.Effect<Service> =>
      Effect.suspend(() => {
        const key = Option.match(token, { onNone: () => "", onSome: (t) => `bearer:${Redacted.value(t)}` })
        const known = services.get(key)
        return known !== undefined
          ? Effect.succeed(known)
          : Effect.tap(makeService(token), (service) => Effect.sync(() => services.set(key, service)))
      })

    const makeService = (token: Option.Option<Redacted.Redacted<string>>): Effect.Effect<Service> =>
      Effect.gen(function*() {
        const limiter = yield* Limiter.make(policy, maxWaits)

        /** One attempt: send, read the body within the timeout, and turn an error status into its typed error. */
        const attempt = (request: Request, url: URL, http: HttpClientRequest.HttpClientRequest) => {
          // Masking the URL parses it again, so it is done only when something needs it.
          const info = {
            method: request.method,
            get url() {
              return MastodonError.redactUrl(url.href)
            }
          }
          return httpClient.execute(http).pipe(
            Effect.flatMap((response) =>
              Effect.map(response.text, (body) => ({ status: response.status, headers: response.headers, body }))
            ),
            Effect.scoped,
            Effect.catchTags({
              RequestError: (e) => Effect.fail(new MastodonError.TransportError({ method: info.method, url: info.url, reason: `${e.reason}: ${describeCause(e.cause)}` })),
              ResponseError: (e) => Effect.fail(new MastodonError.TransportError({ method: info.method, url: info.url, reason: `${e.reason}: ${describeCause(e.cause)}` }))
            }),
            Effect.timeoutFail({
              duration: timeout,
              onTimeout: () => new MastodonError.Timeout({ method: info.method, url: info.url, timeout_ms: Duration.toMillis(timeout) })
            }),
            Effect.tap((r) => limiter.observe(r.headers)),
            Effect.flatMap((r): Effect.Effect<Response, MastodonError.StatusError> =>
              r.status >= 200 && r.status < 300
                ? Effect.succeed({
                  status: r.status,
                  headers: r.headers,
                  body: r.body,
                  links: parseLinkHeader(r.headers["link"]),
                  method: request.method,
                  get url() {
                    return info.url
                  }
                })
                : Effect.fail(
                  MastodonError.fromResponse({
                    status: r.status,
                    headers: r.headers,
                    body: r.body,
                    request: { method: info.method, url: url.href }
                  })
                )
            )
          )
        }

        const withRetry = <A>(request: Request, effect: Effect.Effect<A, MastodonError.MastodonError>) => {
          // A POST that may have reached the server is never sent again unless a key makes it safe.
          const mayResend = idempotentMethods.has(request.method) || request.idempotencyKey !== undefined
          if (retrySchedule === undefined || !mayResend) return effect
          return Effect.retry(effect, {
            schedule: retrySchedule,
            while: (e) => e._tag === "TransportError" || e._tag === "Timeout" || e._tag === "ServerError"
          })
        }

        const send = (request: Request): Effect.Effect<Response, MastodonError.MastodonError> =>
          Effect.gen(function*() {
            const url = yield* resolveUrl(baseUrl, request.url)
            const http = buildRequest(request, url, token, userAgent)
            return yield* withRetry(request, limiter.run(attempt(request, url, http)))
          })

        const fetchVersion = (path: string, endpoint: string) =>
          send({ endpoint, method: "GET", path, url: path }).pipe(
            Effect.flatMap((response) =>
              decodeInstanceVersion(response.body).pipe(
                Effect.mapError((issue) =>
                  new MastodonError.DecodeError({
                    method: "GET",
                    url: response.url,
                    status: response.status,
                    path: "version",
                    issue: issue.message,
                    body_excerpt: MastodonError.excerpt(response.body)
                  })
                )
              )
            ),
            Effect.flatMap((instance) => {
              const parsed = ServerVersion.parse(instance.version, instance.api_versions?.mastodon)
              return parsed === undefined
                ? Effect.fail(
                  new MastodonError.DecodeError({
                    method: "GET",
                    url: path,
                    status: 200,
                    path: "version",
                    issue: `no version number in ${JSON.stringify(instance.version)}`,
                    body_excerpt: instance.version
                  })
                )
                : Effect.succeed(parsed)
            })
          )

        const serverVersion = SynchronizedRef.modifyEffect(versionCache, (cached) =>
          Option.match(cached, {
            onSome: (v) => Effect.succeed([v, cached] as const),
            onNone: () =>
              fetchVersion("/api/v2/instance", "instance.v2").pipe(
                Effect.catchIf(
                  (e) => e._tag === "NotFound" || e._tag === "Gone" || e._tag === "DecodeError",
                  () => fetchVersion("/api/v1/instance", "instance.v1")
                ),
                Effect.map((v) => [v, Option.some(v)] as const)
              )
          }))

        const checkVersion = (request: Request): Effect.Effect<void, MastodonError.MastodonError> => {
          const versions = request.versions
          if (versionCheck === "none" || versions === undefined) return Effect.void
          const required = versionCheck === "changed" ? versions.changed ?? versions.added : versions.added
          if (required === undefined && versions.removed === undefined) return Effect.void
          return Effect.flatMap(serverVersion, (server) => {
            if (required !== undefined && !ServerVersion.atLeast(server, required)) {
              return Effect.fail(
                new MastodonError.UnsupportedVersion({
                  endpoint: `${request.method} ${request.path}`,
                  required,
                  actual: ServerVersion.format(server)
                })
              )
            }
            if (versions.removed !== undefined && ServerVersion.atLeast(server, versions.removed)) {
              return Effect.fail(
                new MastodonError.UnsupportedVersion({
                  endpoint: `${request.method} ${request.path}`,
                  required: `< ${versions.removed}`,
                  actual: ServerVersion.format(server)
                })
              )
            }
            return Effect.void
          })
        }

        const service: Service = {
          baseUrl,
          authenticated: Option.isSome(token),
          execute: (request) => Effect.zipRight(checkVersion(request), send(request)),
          rateLimit: limiter.latest,
          serverVersion,
          withAccessToken: (next) => forToken(toToken(next))
        }
        return service
      })

    return yield* forToken(toToken(options.accessToken))
  })

/**
 * A layer providing the client from options.
 *
 * @since 0.1.0
 */
export const layer = (options: Options): Layer.Layer<MastodonClient, MastodonError.InvalidArgument, HttpClient.HttpClient> =>
  Layer.effect(MastodonClient, make(options))

/**
 * A layer reading `MASTODON_URL` and, when set, `MASTODON_ACCESS_TOKEN` (kept `Redacted`) from
 * the environment (or any `ConfigProvider`). Other options may be given in code.
 *
 * @since 0.1.0
 */
export const layerConfig = (
  options?: Omit<Options, "url" | "accessToken">
): Layer.Layer<MastodonClient, MastodonError.InvalidArgument | ConfigError.ConfigError, HttpClient.HttpClient> =>
  Layer.effect(
    MastodonClient,
    Effect.gen(function*() {
      const url = yield* Config.string("MASTODON_URL")
      const accessToken = yield* Config.option(Config.redacted("MASTODON_ACCESS_TOKEN"))
      return yield* make({ ...options, url, accessToken: Option.getOrUndefined(accessToken) })
    })
  )

/**
 * Run an effect with another token (or none) on the same server: an app token for sign-up while a
 * user token is configured, say.
 *
 * @example
 * import { Accounts, MastodonClient } from "@mastodon-effect/http"
 * import * as Redacted from "effect/Redacted"
 * Accounts.verifyCredentials().pipe(MastodonClient.withAccessToken(Redacted.make("other-token")))
 *
 * @since 0.1.0
 */
export const withAccessToken = (token: Redacted.Redacted<string> | string | undefined) =>
<A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R | MastodonClient> =>
  Effect.flatMap(MastodonClient, (client) =>
    Effect.flatMap(client.withAccessToken(token), (other) => Effect.provideService(self, MastodonClient, other)))

/**
 * The latest rate-limit snapshot the client has seen.
 *
 * @since 0.1.0
 */
export const rateLimit: Effect.Effect<Option.Option<RateLimit.RateLimit>, never, MastodonClient> = Effect.flatMap(
  MastodonClient,
  (client) => client.rateLimit
)

/**
 * The server version, read once per client.
 *
 * @since 0.1.0
 */
export const serverVersion: Effect.Effect<ServerVersion.ServerVersion, MastodonError.MastodonError, MastodonClient> =
  Effect.flatMap(MastodonClient, (client) => client.serverVersion)
