/**
 * The HTTP application of the fake instance: an `HttpRouter` of every route, wrapped by the
 * request log, the rate limiter and the fault injector. Both faces (in-process client and
 * loopback server) run this same effect.
 *
 * @internal
 */
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { type Fault, type FaultRule, take } from "./faults.js"
import * as P from "./params.js"
import { authorize, type Ctx, error, type Reply, type RouteDef } from "./route.js"
import { corsHeaders, isPreflight, preflight } from "./cors.js"
import * as AccountRoutes from "./routes/accounts.js"
import * as AdminAccountRoutes from "./routes/adminAccounts.js"
import * as AdminBlockRoutes from "./routes/adminBlocks.js"
import * as AdminMetricRoutes from "./routes/adminMetrics.js"
import * as InstanceRoutes from "./routes/instance.js"
import * as RemoteFollowRoutes from "./routes/remoteFollow.js"
import * as MiscRoutes from "./routes/misc.js"
import { versionAtLeast } from "./routes/misc.js"
import * as OAuthRoutes from "./routes/oauth.js"
import * as MediaRoutes from "./routes/media.js"
import * as NotificationRoutes from "./routes/notifications.js"
import * as PollRoutes from "./routes/polls.js"
import * as ScheduledStatusRoutes from "./routes/scheduledStatuses.js"
import * as StatusRoutes from "./routes/statuses.js"
import * as BookmarkRoutes from "./routes/bookmarks.js"
import * as SearchRoutes from "./routes/search.js"
import * as TagRoutes from "./routes/tags.js"
import * as TimelineRoutes from "./routes/timelines.js"
import * as TrendRoutes from "./routes/trends.js"
import * as AnnouncementRoutes from "./routes/announcements.js"
import * as CollectionRoutes from "./routes/collections.js"
import * as FilterRoutes from "./routes/filters.js"
import * as PushRoutes from "./routes/push.js"
import * as UserApiRoutes from "./routes/userApi.js"
import type { State } from "./state.js"
import { withAsyncRefresh } from "./userData.js"
import * as StreamingSse from "./streaming/sse.js"

/** One request as the instance received it. */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  /** The query string, with its leading `?`, or `""`. */
  readonly query: string
  /** Whether an `Authorization` header was sent. */
  readonly authorization: boolean
  /** The body as text (`""` without one). */
  readonly body: string
  readonly contentType: string | undefined
  /** When it arrived, from the Effect `Clock` (ms). */
  readonly at: number
}

/** The mutable parts of an instance next to its state. */
export interface Runtime {
  readonly state: State
  readonly faults: Array<FaultRule>
  readonly log: Array<RecordedRequest>
  readonly buckets: Map<string, { windowStart: number; used: number }>
}

/** The signal that the connection should die without an answer. */
export class ConnectionReset {
  readonly _tag = "ConnectionReset"
}

interface Parsed {
  readonly url: URL
  readonly origin: string
  readonly query: P.ParamHash
  readonly body: P.ParamHash
  readonly now: number
}

class ParsedRequest extends Context.Tag("@mastodon-effect/testing/internal/ParsedRequest")<ParsedRequest, Parsed>() {}

const toResponse = (reply: Reply): HttpServerResponse.HttpServerResponse => {
  const options = { status: reply.status, contentType: reply.contentType, headers: reply.headers ?? {} }
  return typeof reply.body === "string"
    ? HttpServerResponse.text(reply.body, options)
    : HttpServerResponse.uint8Array(reply.body, options)
}

const bearer = (header: string | undefined): string | undefined => {
  if (header === undefined) return undefined
  const m = /^bearer\s+(.+)$/i.exec(header.trim())
  return m?.[1]?.trim()
}

const routeHandler = (state: State, def: RouteDef) =>
  Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const parsed = yield* ParsedRequest
    const path = yield* HttpRouter.params
    const tokenValue = bearer(request.headers["authorization"])
    const token = tokenValue === undefined ? undefined : state.tokens.get(tokenValue)
    const user = token?.account === undefined ? undefined : state.accounts[token.account]
    const denied = authorize(def.auth, token, user, state)
    if (denied !== undefined) return toResponse(denied)
    const ctx: Ctx = {
      state,
      method: request.method,
      url: parsed.url,
      origin: parsed.origin,
      path,
      query: parsed.query,
      body: parsed.body,
      params: P.merge(parsed.query, parsed.body),
      headers: request.headers,
      // A public route ignores a bad token, as Mastodon does outside limited-federation mode.
      token,
      user,
      app: token?.app === undefined ? undefined : state.apps.get(token.app),
      now: parsed.now
    }
    // Scheduled statuses publish and the status store learns the time before any route runs.
    StatusRoutes.tick(ctx)
    // A refresh announced for this path rides on the response, as the server announces its jobs.
    return toResponse(withAsyncRefresh(state, user?.idx, parsed.url.pathname, def.handler(ctx)))
  })

/** All routes the configured version has. */
const routesFor = (state: State): ReadonlyArray<RouteDef> =>
  [
    ...AccountRoutes.routes,
    ...AdminAccountRoutes.routes,
    ...AdminBlockRoutes.routes,
    ...AdminMetricRoutes.routes,
    ...OAuthRoutes.routes,
    ...MiscRoutes.routes,
    ...InstanceRoutes.routes,
    ...RemoteFollowRoutes.routes,
    ...StatusRoutes.routes,
    ...MediaRoutes.routes,
    ...PollRoutes.routes,
    ...ScheduledStatusRoutes.routes,
    ...NotificationRoutes.routes,
    ...TimelineRoutes.routes,
    ...BookmarkRoutes.routes,
    ...SearchRoutes.routes,
    ...TrendRoutes.routes,
    ...TagRoutes.routes,
    ...FilterRoutes.routes,
    ...UserApiRoutes.routes,
    ...AnnouncementRoutes.routes,
    ...PushRoutes.routes,
    ...CollectionRoutes.routes
  ].filter(
    (r) => r.since === undefined || versionAtLeast(state.options.version, r.since)
  )

const parseBody = (contentType: string, bytes: Uint8Array): Effect.Effect<P.ParamHash | "invalid"> => {
  if (bytes.length === 0) return Effect.succeed({})
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? ""
  if (type === "application/json") {
    return Effect.sync(() => {
      try {
        return P.fromJson(JSON.parse(new TextDecoder().decode(bytes)))
      } catch {
        return "invalid" as const
      }
    })
  }
  if (type === "application/x-www-form-urlencoded") {
    return Effect.sync(() => P.fromSearchParams(new URLSearchParams(new TextDecoder().decode(bytes))))
  }
  if (type === "multipart/form-data") {
    return Effect.tryPromise(async () => P.fromFormData(await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData())).pipe(
      Effect.orElseSucceed(() => "invalid" as const)
    )
  }
  return Effect.succeed({})
}

const badGatewayHtml = (status: number) =>
  `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`

const faultReply = (fault: Fault): Reply | undefined => {
  switch (fault._tag) {
    case "ServerError":
      return fault.status === 502 || fault.status === 504
        ? { status: fault.status, body: badGatewayHtml(fault.status), contentType: "text/html" }
        : { status: fault.status, body: JSON.stringify({ error: "Service Unavailable" }), contentType: "application/json; charset=utf-8" }
    case "HtmlPage":
      return {
        status: 200,
        body: "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><h1>Checking your browser</h1></body></html>",
        contentType: "text/html; charset=utf-8"
      }
    default:
      return undefined
  }
}

const mangle = (fault: Fault, response: HttpServerResponse.HttpServerResponse, bodyText: string, url: URL): HttpServerResponse.HttpServerResponse => {
  const headers = { ...response.headers }
  delete headers["content-length"]
  const json = "application/json; charset=utf-8"
  switch (fault._tag) {
    case "MalformedJson":
      return HttpServerResponse.text("{\"id\": \"1\", 'username': undefined, [}", { status: response.status, contentType: json, headers })
    case "TruncatedJson":
      return HttpServerResponse.text(bodyText.slice(0, Math.max(1, Math.floor(bodyText.length / 2))), { status: response.status, contentType: json, headers })
    case "CrossOriginLink": {
      const link = headers["link"]
      const next = link?.match(/<([^>]+)>;\s*rel="next"/)?.[1]
      const target = new URL(next ?? `${url.pathname}?max_id=1`, fault.origin)
      const evil = `${fault.origin}${target.pathname}${target.search}`
      headers["link"] = link === undefined || next === undefined ? `<${evil}>; rel="next"` : link.replace(next, evil)
      return HttpServerResponse.text(bodyText, { status: response.status, contentType: response.headers["content-type"] ?? json, headers })
    }
    default:
      return response
  }
}

/** The rate-limit headers for a key, and whether the request is over budget. */
const rateLimit = (runtime: Runtime, key: string, now: number): { headers: Record<string, string>; limited: boolean } => {
  const config = runtime.state.options.rateLimit
  if (config === false) return { headers: {}, limited: false }
  // Windows are aligned to multiples of the period, like Mastodon's (rack-attack) limiter.
  const windowStart = Math.floor(now / config.windowMillis) * config.windowMillis
  let bucket = runtime.buckets.get(key)
  if (bucket === undefined || bucket.windowStart !== windowStart) {
    bucket = { windowStart, used: 0 }
    runtime.buckets.set(key, bucket)
  }
  const limited = bucket.used >= config.limit
  if (!limited) bucket.used++
  return {
    limited,
    headers: {
      "x-ratelimit-limit": String(config.limit),
      "x-ratelimit-remaining": String(Math.max(0, config.limit - bucket.used)),
      "x-ratelimit-reset": new Date(windowStart + config.windowMillis).toISOString()
    }
  }
}

/**
 * A request handler for both faces: `origin` is where the request came to, `client` identifies
 * the caller without a token. `body`, when given, is the raw request body, read by the face:
 * a web `Request` cannot carry the body of a GET, which real servers read (Mastodon.py sends
 * some parameters that way).
 */
export type Handler = (
  request: HttpServerRequest.HttpServerRequest,
  origin: string,
  client: string,
  body?: Uint8Array
) => Effect.Effect<HttpServerResponse.HttpServerResponse, ConnectionReset>

/** Build the handler of an instance. */
export const makeHandler = (runtime: Runtime): Effect.Effect<Handler> =>
  Effect.gen(function*() {
    const state = runtime.state
    const router = HttpRouter.fromIterable(
      routesFor(state).map((def) => HttpRouter.makeRoute(def.method, def.path as HttpRouter.PathInput, routeHandler(state, def)))
    )
    const app = yield* HttpRouter.toHttpApp(router)
    const notFound = toResponse(error(404, "Record not found"))

    return (request, origin, client, rawBody) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        state.now = now
        const url = new URL(request.url, origin)
        // Rails reads a body whatever the method: a GET may carry its parameters as JSON.
        const hasBody = request.method !== "HEAD"
        const bytes = rawBody !== undefined
          ? rawBody
          : hasBody
          ? yield* request.arrayBuffer.pipe(Effect.map((b) => new Uint8Array(b)), Effect.orElseSucceed(() => new Uint8Array()))
          : new Uint8Array()
        const bodyText = new TextDecoder().decode(bytes)
        const contentType = request.headers["content-type"]
        runtime.log.push({
          method: request.method,
          path: url.pathname,
          query: url.search,
          authorization: request.headers["authorization"] !== undefined,
          body: bodyText,
          contentType,
          at: now
        })

        // The streaming API (SSE and its health check) is a server of its own on Mastodon.
        const live = StreamingSse.serve(state, request, url, origin)
        if (live !== undefined) return live

        // CORS sits in front of everything else, as rack-cors does in Mastodon's middleware stack.
        const cors = corsHeaders(url.pathname, request.headers)
        if (isPreflight(request.method, request.headers)) return toResponse(preflight(url.pathname, request.headers))
        const key = bearer(request.headers["authorization"]) ?? `ip:${client}`
        const limit = rateLimit(runtime, key, now)
        const withLimitHeaders = (r: HttpServerResponse.HttpServerResponse) => HttpServerResponse.setHeaders(r, { ...limit.headers, ...cors })
        if (limit.limited) return withLimitHeaders(toResponse(error(429, "Too many requests")))

        const faults = take(runtime.faults, request.method, url.pathname)
        for (const f of faults) if (f._tag === "Latency") yield* Effect.sleep(f.millis)
        for (const f of faults) {
          if (f._tag === "ConnectionReset") return yield* Effect.fail(new ConnectionReset())
          const reply = faultReply(f)
          if (reply !== undefined) return withLimitHeaders(toResponse(reply))
        }

        const body = yield* parseBody(contentType ?? "", bytes)
        if (body === "invalid") return withLimitHeaders(toResponse(error(400, "Error occurred while parsing request parameters")))
        const fromUrl = P.fromSearchParams(url.searchParams)
        // Rails merges body parameters into `params` on every method; routes of a GET read the
        // query, so a GET's body joins it (the body winning, as in Rails).
        const query = request.method === "GET" ? P.merge(fromUrl, body) : fromUrl
        const parsed: Parsed = { url, origin, query, body, now }
        let response = yield* app.pipe(
          Effect.provideService(ParsedRequest, parsed),
          Effect.provideService(HttpServerRequest.HttpServerRequest, request),
          Effect.catchTag("RouteNotFound", () => Effect.succeed(notFound)),
          // A bug in a handler shows up as a 500 with the cause, rather than a hung test.
          Effect.catchAllCause((cause) =>
            Effect.succeed(toResponse(error(500, "Internal server error", { error_description: Cause.pretty(cause) })))
          )
        )
        // The route ran (its effects are kept); only the answer is lost.
        if (faults.some((f) => f._tag === "ResponseLost")) return yield* Effect.fail(new ConnectionReset())
        const mangling = faults.filter((f) => f._tag === "MalformedJson" || f._tag === "TruncatedJson" || f._tag === "CrossOriginLink")
        if (mangling.length > 0) {
          const text = response.body._tag === "Uint8Array" ? new TextDecoder().decode(response.body.body) : ""
          for (const f of mangling) response = mangle(f, response, text, url)
        }
        return withLimitHeaders(response)
      })
  })

/** The remote address of a server request, or a fixed key in process. */
export const clientOf = (request: HttpServerRequest.HttpServerRequest): string => Option.getOrElse(request.remoteAddress, () => "127.0.0.1")
