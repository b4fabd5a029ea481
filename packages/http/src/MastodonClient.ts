/**
 * The Mastodon client service: where requests go, with which token, and the one pipeline every
 * endpoint runs through. The pipeline is an `HttpClient` from @effect/platform transformed in the
 * platform's own terms, one stage at a time:
 *
 * base URL and same-origin check → bearer token → user agent → (your `transformClient`) →
 * timeout and bounded body read → status to typed error → rate-limit policy → retries.
 *
 * Endpoint modules (`Accounts`, `Profile`, `OAuth`, ...) build requests from their declarations,
 * decode the response and name the span (see `Endpoint`).
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpIncomingMessage from "@effect/platform/HttpIncomingMessage"
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
import * as Stream from "effect/Stream"
import * as Buffered from "./internal/bufferedResponse.js"
import * as Limiter from "./internal/rateLimiter.js"
import { describeUrl } from "./internal/requestUrl.js"
import * as Timeout from "./internal/timeout.js"

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
 * The retry schedule: capped exponential backoff with jitter, stretched to the server's
 * `Retry-After` when it sends one. Only errors whose `isRetryable` is true are retried (transport
 * failures, timeouts, 5xx), and only for idempotent methods or a POST that carries an
 * `Idempotency-Key`.
 *
 * @since 0.1.0
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  readonly times?: number | undefined
  /** The first delay. Default 250 ms. */
  readonly base?: Duration.DurationInput | undefined
  /** The longest delay, `Retry-After` included. Default 10 s. */
  readonly cap?: Duration.DurationInput | undefined
}

/**
 * How to reach a server.
 *
 * @since 0.1.0
 */
export interface Options {
  /**
   * The server's base URL, e.g. `https://mastodon.social`. A bare domain (`mastodon.social`) gets
   * `https://`.
   */
  readonly url: string | URL
  /** A user or app token; without one only public endpoints work. */
  readonly accessToken?: Redacted.Redacted<string> | string | undefined
  /** Sent as `User-Agent` where the platform allows it. */
  readonly userAgent?: string | undefined
  /** Sent as `Accept-Language`: the server localises validation messages with it. */
  readonly acceptLanguage?: string | undefined
  /** How long one attempt may take, response body included. Default 30 s. */
  readonly timeout?: Duration.DurationInput | undefined
  /** Default `wait`. */
  readonly rateLimit?: RateLimitPolicy | undefined
  /** How many times `wait`/`pace` wait for a reset after a 429 before giving up. Default 3. */
  readonly maxRateLimitWaits?: number | undefined
  /**
   * The longest `wait`/`pace` sleep for a reset; a reset further away fails with `RateLimited` at
   * once (a server whose reset is an hour ahead must not stall every call). Default 5 minutes.
   */
  readonly maxRateLimitWait?: Duration.DurationInput | undefined
  /** `false` turns retries off. */
  readonly retry?: RetryOptions | false | undefined
  /** The largest response body read, in bytes; a larger one fails with `ResponseTooLarge`. Default 32 MiB. */
  readonly maxBodyBytes?: number | undefined
  /**
   * Add a stage to the pipeline: a log line, a proxy header, a cache. It receives the platform
   * client after the URL, token and user-agent stages, so requests it sees are complete.
   */
  readonly transformClient?: ((client: HttpClient.HttpClient) => HttpClient.HttpClient) | undefined
}

/**
 * An HTTP method the API uses.
 *
 * @since 0.1.0
 */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/**
 * The pipeline: a platform `HttpClient` whose failures are already typed Mastodon errors and whose
 * responses are successful, with their body read (so `response.text` answers at once).
 *
 * @since 0.1.0
 */
export type Pipeline = HttpClient.HttpClient.With<MastodonError.MastodonError>

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
  /** The pipeline, sending the token. */
  readonly http: Pipeline
  /** The same pipeline without the token, for public endpoints. */
  readonly anonymous: Pipeline
  /** The latest rate-limit headers seen with this token, if any. */
  readonly rateLimit: Effect.Effect<Option.Option<RateLimit.RateLimit>>
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
const defaultMaxBodyBytes = 32 * 1024 * 1024
const idempotentMethods: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])
/** How many tokens keep their own rate-limit state at once; the least recently used goes first. */
const maxTokenServices = 64

/**
 * Parse a base URL, refusing anything but an http(s) URL without credentials. A bare domain
 * (`mastodon.social`) is taken as `https://mastodon.social`, as Mastodon.py does.
 *
 * @since 0.1.0
 */
export const parseBaseUrl = (url: string | URL): Effect.Effect<URL, MastodonError.InvalidArgument> =>
  Effect.suspend(() => {
    const text = typeof url === "string" && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? `https://${url.trim()}` : url
    let parsed: URL
    try {
      parsed = new URL(text)
    } catch {
      // Say what was wrong without repeating the input: it could hold a password.
      return Effect.fail(new MastodonError.InvalidArgument({ argument: "url", reason: "not a URL" }))
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
      return Effect.fail(new MastodonError.InvalidArgument({ argument: "url", reason: `${parsed.protocol} is not http or https` }))
    }
    if (parsed.username !== "" || parsed.password !== "") {
      return Effect.fail(new MastodonError.InvalidArgument({ argument: "url", reason: "credentials do not belong in the URL" }))
    }
    return Effect.succeed(parsed)
  })

const isAbsolute = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target)

/**
 * A path the URL parser would leave exactly as written: no scheme, query, fragment, dot segment,
 * or character it would escape or reinterpret. Such a path can be joined to the base as text.
 */
const isPlainPath = (target: string) => /^[A-Za-z0-9\-_.~%@+,;=!$&'()*/]*$/.test(target) && !/(?:^|\/)\.\.?(?:\/|$)/.test(target)

/** Retried: transport failures, timeouts, 5xx; never a 429 (the rate-limit stage waits for those). */
const isWorthRetrying = (e: MastodonError.MastodonError) => e.isRetryable && e._tag !== "RateLimited"

/** The absolute URL of a request: a relative path gets the base URL; an absolute one must be same-origin. */
const resolveUrl = (base: URL, target: string): Effect.Effect<URL, MastodonError.CrossOriginRefused | MastodonError.InvalidArgument> => {
  if (isAbsolute(target)) {
    let url: URL
    try {
      url = new URL(target)
    } catch {
      return Effect.fail(new MastodonError.InvalidArgument({ argument: "url", reason: "not a URL" }))
    }
    return url.origin === base.origin
      ? Effect.succeed(url)
      : Effect.fail(new MastodonError.CrossOriginRefused({ url: MastodonError.redactUrl(url.href), expected_origin: base.origin }))
  }
  const prefix = base.pathname.endsWith("/") ? base.pathname.slice(0, -1) : base.pathname
  const path = target.startsWith("/") ? target : `/${target}`
  return Effect.succeed(new URL(`${base.origin}${prefix}${path}`))
}

const toToken = (token: Redacted.Redacted<string> | string | undefined): Option.Option<Redacted.Redacted<string>> =>
  token === undefined ? Option.none() : Option.some(typeof token === "string" ? Redacted.make(token) : token)

/** A short non-cryptographic digest (FNV-1a), so the cache of per-token services never keys on a token. */
const digest = (text: string): string => {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995)
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}`
}

/** The most useful words about a platform failure: its description, then the underlying error. */
const describeCause = (error: HttpClientError.HttpClientError): string => {
  const parts: Array<string> = [error.reason]
  if (error.description !== undefined) parts.push(error.description)
  let cause: unknown = error.cause
  for (let depth = 0; cause !== undefined && depth < 4; depth++) {
    if (cause instanceof Error) {
      const code = (cause as { code?: unknown }).code
      parts.push(`${cause.name}: ${cause.message}${typeof code === "string" ? ` (${code})` : ""}`)
      cause = cause.cause
    } else {
      parts.push(String(cause))
      cause = undefined
    }
  }
  return parts.join(": ")
}

const transportError = (request: HttpClientRequest.HttpClientRequest, error: HttpClientError.HttpClientError) =>
  new MastodonError.TransportError({
    method: request.method,
    url: describeUrl(request),
    reason: describeCause(error),
    cause: error.cause ?? error
  })

/**
 * Read a response body within `maxBytes`. A declared length over the cap is refused before reading;
 * a body without one is counted while it comes in. What is handed on holds the body in memory.
 */
const readBody = (
  response: HttpClientResponse.HttpClientResponse,
  maxBytes: number
): Effect.Effect<HttpClientResponse.HttpClientResponse, MastodonError.MastodonError> => {
  const request = response.request
  const tooLarge = () =>
    new MastodonError.ResponseTooLarge({ method: request.method, url: describeUrl(request), status: response.status, max_bytes: maxBytes })
  const readFailed = (cause: unknown) =>
    transportError(request, new HttpClientError.ResponseError({ request, response, reason: "Decode", cause }))
  const declared = response.headers["content-length"]
  const length = declared === undefined ? Number.NaN : Number(declared)
  if (length > maxBytes) return Effect.fail(tooLarge())
  // A fetch response (the usual case): its body is read in one loop of reads, not one effect per
  // chunk, which cost more than the rest of the request for a chunked page of accounts.
  const web = Buffered.unreadWebBody(response)
  if (web !== undefined && web.body === null) return Effect.succeed(Buffered.buffered(response, { chunks: [], size: 0, text: "" }))
  if (web !== undefined && web.body !== null) {
    const body = web.body
    return Effect.flatMap(
      Effect.tryPromise({ try: (signal) => Buffered.readWebBody(body, maxBytes, signal, web.abort), catch: readFailed }),
      (body) => body === Buffered.TooLarge ? Effect.fail(tooLarge()) : Effect.succeed(Buffered.buffered(response, body))
    )
  }
  // Any other client (Node's, a test double, a body a `transformClient` already read).
  if (Number.isFinite(length)) {
    return response.text.pipe(
      HttpIncomingMessage.withMaxBodySize(Option.some(maxBytes)),
      Effect.as(response),
      Effect.mapError((e) => transportError(request, e))
    )
  }
  return response.stream.pipe(
    Stream.mapError((e): MastodonError.MastodonError => transportError(request, e)),
    Stream.runFoldEffect({ size: 0, chunks: [] as Array<Uint8Array> }, (acc, chunk) => {
      acc.size += chunk.byteLength
      if (acc.size > maxBytes) return Effect.fail<MastodonError.MastodonError>(tooLarge())
      acc.chunks.push(chunk)
      return Effect.succeed(acc)
    }),
    Effect.map(({ chunks, size }) => Buffered.buffered(response, { chunks, size }))
  )
}

/** Turn a non-2xx response (its body already read) into the typed error of its status class. */
const statusToError = (
  response: HttpClientResponse.HttpClientResponse,
  token: Option.Option<Redacted.Redacted<string>>
): Effect.Effect<HttpClientResponse.HttpClientResponse, MastodonError.MastodonError> => {
  if (response.status >= 200 && response.status < 300) return Effect.succeed(response)
  return Effect.flatMap(Effect.orElseSucceed(response.text, () => ""), (body) =>
    Effect.fail(
      MastodonError.fromResponse({
        status: response.status,
        headers: response.headers,
        body,
        request: { method: response.request.method, url: describeUrl(response.request) },
        // A server that echoes the token into its error body must not get it repeated in our
        // message, in any encoding.
        secrets: Option.toArray(token)
      })
    ))
}

/** The retry schedule: backoff with jitter, at least what the server asked for, never past the cap. */
const retrySchedule = (options: RetryOptions) => {
  const cap = Duration.toMillis(Duration.decode(options.cap ?? Duration.seconds(10)))
  return Schedule.exponential(options.base ?? Duration.millis(250)).pipe(
    Schedule.jittered,
    Schedule.intersect(Schedule.recurs(options.times ?? 3)),
    Schedule.intersect(Schedule.identity<MastodonError.MastodonError>()),
    Schedule.modifyDelay(([, error], delay) =>
      Duration.millis(Math.min(cap, Math.max(Duration.toMillis(delay), error.retryAfterMillis ?? 0)))
    )
  )
}

/**
 * Build the pipeline for one token. Exposed for tests and for users assembling their own client;
 * `make` is the usual way in.
 *
 * @since 0.1.0
 */
export const makePipeline = (
  platform: HttpClient.HttpClient,
  options: {
    readonly baseUrl: URL
    readonly token: Option.Option<Redacted.Redacted<string>>
    readonly limiter: Limiter.Limiter
    readonly userAgent: string
    readonly acceptLanguage: string | undefined
    readonly timeout: Duration.Duration
    readonly maxBodyBytes: number
    readonly retry: RetryOptions | undefined
    readonly transformClient: ((client: HttpClient.HttpClient) => HttpClient.HttpClient) | undefined
  }
): Pipeline => {
  const { baseUrl, limiter, maxBodyBytes, timeout, token } = options
  const timeoutMillis = Duration.toMillis(timeout)
  const schedule = options.retry === undefined ? undefined : retrySchedule(options.retry)

  // Stage 1: requests. The URL resolves against the base (a Link URL must stay on its origin),
  // then the token and the fixed headers.
  const basePrefix = `${baseUrl.origin}${baseUrl.pathname.endsWith("/") ? baseUrl.pathname.slice(0, -1) : baseUrl.pathname}`
  let client: HttpClient.HttpClient.With<MastodonError.MastodonError | HttpClientError.HttpClientError> = platform.pipe(
    HttpClient.withTracerPropagation(false),
    // The platform's own `http.client` span ends with the response, whose JSON form carries the
    // bodies (a token exchange's form and answer): an exporter would ship the secrets. Each call
    // runs in its own `mastodon.<name>` span instead, with attributes we choose.
    HttpClient.withTracerDisabledWhen(() => true),
    HttpClient.mapRequestInputEffect((request) => {
      // An endpoint's own path (the usual case) is joined to the base as text: the platform parses
      // the URL once when it sends, instead of three times here and there.
      if (isPlainPath(request.url)) {
        return Effect.succeed(HttpClientRequest.setUrl(request, `${basePrefix}${request.url.startsWith("/") ? "" : "/"}${request.url}`))
      }
      return Effect.map(resolveUrl(baseUrl, request.url), (url) => {
        // `setUrl` with a URL takes its query as the parameters: keep those the request already had.
        for (const [key, value] of request.urlParams) url.searchParams.append(key, value)
        return HttpClientRequest.setUrl(request, url)
      })
    })
  )
  // The fixed headers, built once per pipeline rather than per request.
  const fixedHeaders: Record<string, string> = { accept: "application/json", "user-agent": options.userAgent }
  if (options.acceptLanguage !== undefined) fixedHeaders["accept-language"] = options.acceptLanguage
  if (Option.isSome(token)) fixedHeaders["authorization"] = `Bearer ${Redacted.value(token.value)}`
  client = HttpClient.mapRequestInput(client, (request) => HttpClientRequest.setHeaders(request, fixedHeaders))
  if (options.transformClient !== undefined) {
    client = options.transformClient(client as HttpClient.HttpClient) as typeof client
  }

  // Stage 2: one attempt. Redirects are never followed (the API does not redirect API calls, and a
  // followed POST would turn into a GET); the body is read within the cap, all within the timeout;
  // an error status becomes its typed error.
  const attempt = HttpClient.transform(client, (effect, request) =>
    effect.pipe(
      Effect.provideService(FetchHttpClient.RequestInit, { redirect: "manual" }),
      Effect.catchIf(
        (e): e is HttpClientError.HttpClientError => !MastodonError.isMastodonError(e),
        (e) => Effect.fail(transportError(request, e))
      ),
      Effect.flatMap((response) => readBody(response, maxBodyBytes)),
      // Not `Effect.timeoutFail`: it races two forked fibers per attempt (see internal/timeout.ts).
      (effect) =>
        Timeout.timeoutFail(
          effect,
          timeoutMillis,
          () => new MastodonError.Timeout({ method: request.method, url: describeUrl(request), timeout_ms: timeoutMillis })
        ),
      Effect.tap((response) => limiter.observe(response.headers)),
      Effect.flatMap((response) => statusToError(response, token))
    )
  ) as Pipeline

  // Stage 3: the rate-limit policy around each attempt, then retries around both. A POST that may
  // have reached the server is resent only when an Idempotency-Key makes that safe.
  return HttpClient.transform(attempt, (effect, request) => {
    // The URL is described only if a RateLimited before sending needs it, not on every request.
    const limited = limiter.run(effect, {
      method: request.method,
      get url() {
        return describeUrl(request)
      }
    })
    const mayResend = idempotentMethods.has(request.method) || request.headers["idempotency-key"] !== undefined
    if (schedule === undefined || !mayResend) return limited
    // The retry machinery (a schedule driver and its state) is set up only once an attempt has
    // failed in a way worth retrying: the first failure is replayed into it, so the schedule sees
    // the same errors, in the same order, as `Effect.retry(limited, ...)` would.
    return Effect.catchIf(limited, isWorthRetrying, (first) => {
      let replayed = false
      return Effect.retry(
        Effect.suspend(() => {
          if (replayed) return limited
          replayed = true
          return Effect.fail(first)
        }),
        { schedule, while: isWorthRetrying }
      )
    })
  })
}

/**
 * Build a client from options. Fails with `InvalidArgument` for a base URL that is not http(s).
 *
 * @since 0.1.0
 */
export const make = (options: Options): Effect.Effect<Service, MastodonError.InvalidArgument, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const baseUrl = yield* parseBaseUrl(options.url)
    const platform = yield* HttpClient.HttpClient
    const policy = options.rateLimit ?? "wait"
    const maxWaits = options.maxRateLimitWaits ?? 3
    const shared = {
      baseUrl,
      userAgent: options.userAgent ?? defaultUserAgent,
      acceptLanguage: options.acceptLanguage,
      timeout: Duration.decode(options.timeout ?? Duration.seconds(30)),
      maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
      retry: options.retry === false ? undefined : options.retry ?? {},
      transformClient: options.transformClient
    }

    // One service per token, so that the rate-limit state of a token is shared by every effect that
    // switches to it (the server counts per token too). Keyed by a digest, bounded, least recently
    // used first out; a digest collision is caught by comparing the tokens themselves.
    const services = new Map<string, Service & { readonly token: Option.Option<Redacted.Redacted<string>> }>()
    const sameToken = (a: Option.Option<Redacted.Redacted<string>>, b: Option.Option<Redacted.Redacted<string>>) =>
      Option.isNone(a) ? Option.isNone(b) : Option.isSome(b) && Redacted.value(a.value) === Redacted.value(b.value)

    const forToken = (token: Option.Option<Redacted.Redacted<string>>): Effect.Effect<Service> =>
      Effect.suspend(() => {
        const key = Option.match(token, { onNone: () => "", onSome: (t) => digest(Redacted.value(t)) })
        const known = services.get(key)
        if (known !== undefined && sameToken(known.token, token)) {
          services.delete(key)
          services.set(key, known)
          return Effect.succeed(known)
        }
        return Effect.map(Limiter.make(policy, maxWaits, { maxWait: options.maxRateLimitWait }), (limiter) => {
          const service = {
            token,
            baseUrl,
            authenticated: Option.isSome(token),
            http: makePipeline(platform, { ...shared, token, limiter }),
            anonymous: makePipeline(platform, { ...shared, token: Option.none(), limiter }),
            rateLimit: limiter.latest,
            withAccessToken: (next: Redacted.Redacted<string> | string | undefined) => forToken(toToken(next))
          }
          services.set(key, service)
          if (services.size > maxTokenServices) services.delete(services.keys().next().value!)
          return service
        })
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

const policies = ["throw", "wait", "pace"] as const

/**
 * Every option read through `Config`: `<prefix>_URL`, `<prefix>_ACCESS_TOKEN` (kept `Redacted`),
 * `<prefix>_USER_AGENT`, `<prefix>_ACCEPT_LANGUAGE`, `<prefix>_TIMEOUT` (a duration such as
 * `20 seconds`), `<prefix>_RATE_LIMIT` (`throw`, `wait` or `pace`), `<prefix>_MAX_RATE_LIMIT_WAITS`,
 * `<prefix>_MAX_RATE_LIMIT_WAIT` (a duration), `<prefix>_RETRIES` (0 turns retries off) and
 * `<prefix>_MAX_BODY_BYTES`. Only the URL is required.
 *
 * @example
 * import { MastodonClient } from "@mastodon-effect/http"
 * import * as ConfigProvider from "effect/ConfigProvider"
 * import * as Effect from "effect/Effect"
 * const options = MastodonClient.config("SOCIAL").pipe(
 *   Effect.withConfigProvider(ConfigProvider.fromJson({ SOCIAL_URL: "https://mastodon.example" }))
 * )
 *
 * @since 0.1.0
 */
export const config = (prefix = "MASTODON"): Config.Config<Options> => {
  const name = (key: string) => prefix === "" ? key : `${prefix}_${key}`
  const optional = <A>(c: Config.Config<A>) => Config.map(Config.option(c), Option.getOrUndefined)
  return Config.all({
    url: Config.string(name("URL")),
    accessToken: optional(Config.redacted(name("ACCESS_TOKEN"))),
    userAgent: optional(Config.string(name("USER_AGENT"))),
    acceptLanguage: optional(Config.string(name("ACCEPT_LANGUAGE"))),
    timeout: optional(Config.duration(name("TIMEOUT"))),
    rateLimit: optional(Config.literal(...policies)(name("RATE_LIMIT"))),
    maxRateLimitWaits: optional(Config.integer(name("MAX_RATE_LIMIT_WAITS"))),
    maxRateLimitWait: optional(Config.duration(name("MAX_RATE_LIMIT_WAIT"))),
    retries: optional(Config.integer(name("RETRIES"))),
    maxBodyBytes: optional(Config.integer(name("MAX_BODY_BYTES")))
  }).pipe(
    Config.map(({ retries, ...rest }): Options => ({
      ...rest,
      ...(retries === undefined ? {} : { retry: retries <= 0 ? false : { times: retries } })
    }))
  )
}

/**
 * A layer reading every option through `Config` (see {@link config}: `MASTODON_URL`,
 * `MASTODON_ACCESS_TOKEN`, ... from the environment or any `ConfigProvider`). Options given in code
 * win over configured ones; `prefix` changes the names' prefix.
 *
 * @since 0.1.0
 */
export const layerConfig = (
  overrides?: Partial<Options> & { readonly prefix?: string | undefined }
): Layer.Layer<MastodonClient, MastodonError.InvalidArgument | ConfigError.ConfigError, HttpClient.HttpClient> =>
  Layer.effect(
    MastodonClient,
    Effect.gen(function*() {
      const { prefix, ...code } = overrides ?? {}
      const configured = yield* config(prefix)
      const merged: Options = { ...configured }
      for (const [key, value] of Object.entries(code)) {
        if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value
      }
      return yield* make(merged)
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
