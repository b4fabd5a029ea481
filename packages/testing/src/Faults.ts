/**
 * Fault injection: make the instance slow, fail with a 5xx, drop the connection, answer with an
 * HTML page, malformed or truncated JSON, or a `Link` header pointing at another origin — for
 * every request, for a route pattern, or for the next N requests.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { type Fault, type FaultMatch, makeRule } from "./internal/faults.js"
import { MastodonInstance } from "./MastodonInstance.js"

export type {
  /**
   * A failure the instance can produce.
   *
   * @since 0.1.0
   */
  Fault,
  /**
   * Which requests a fault applies to: a route pattern or RegExp, a method, a count.
   *
   * @since 0.1.0
   */
  FaultMatch
} from "./internal/faults.js"

/**
 * Delay the answer (with `Effect.sleep`, so `TestClock` controls it). Combines with other faults.
 *
 * @since 0.1.0
 */
export const latency = (duration: Duration.DurationInput): Fault => ({ _tag: "Latency", millis: Duration.toMillis(Duration.decode(duration)) })

/**
 * Answer with a 5xx instead of running the route: 502 and 504 with an nginx-style HTML body,
 * other statuses with a JSON error body.
 *
 * @since 0.1.0
 */
export const serverError = (status: 500 | 502 | 503 | 504 = 503): Fault => ({ _tag: "ServerError", status })

/**
 * Drop the connection without an answer (before the route runs): in process the request fails
 * with a `RequestError` of reason `Transport`; on the server the socket is destroyed.
 *
 * @since 0.1.0
 */
export const connectionReset: Fault = { _tag: "ConnectionReset" }

/**
 * Run the route, then drop the connection before the answer leaves: the request took effect
 * (a status was posted) but the client sees a `Transport` error, as when a response is lost on
 * the way back. What an `Idempotency-Key` protects a retried post against.
 *
 * @since 0.1.0
 */
export const responseLost: Fault = { _tag: "ResponseLost" }

/**
 * Answer 200 with an HTML page (a captive portal or a proxy's challenge page).
 *
 * @since 0.1.0
 */
export const htmlPage: Fault = { _tag: "HtmlPage" }

/**
 * Run the route, then replace the body with JSON that does not parse.
 *
 * @since 0.1.0
 */
export const malformedJson: Fault = { _tag: "MalformedJson" }

/**
 * Run the route, then cut the body in half.
 *
 * @since 0.1.0
 */
export const truncatedJson: Fault = { _tag: "TruncatedJson" }

/**
 * Run the route, then point the `Link` header's `next` at another origin (default
 * `https://evil.example`), adding one when the route had none.
 *
 * @since 0.1.0
 */
export const crossOriginLink = (origin = "https://evil.example"): Fault => ({ _tag: "CrossOriginLink", origin })

/**
 * Add a fault for the requests that match (all requests when `match` is omitted).
 *
 * @example
 * import * as Effect from "effect/Effect"
 * import { Faults } from "@mastodon-effect/testing"
 *
 * // The next two follower pages fail with a 502, then the instance recovers.
 * const flaky = Faults.inject(Faults.serverError(502), { path: "/api/v1/accounts/:id/followers", times: 2 })
 *
 * @since 0.1.0
 */
export const inject = (fault: Fault, match?: FaultMatch): Effect.Effect<void, never, MastodonInstance> =>
  Effect.map(MastodonInstance, (instance) => {
    instance.runtime.faults.push(makeRule(fault, match))
  })

/**
 * Remove every fault.
 *
 * @since 0.1.0
 */
export const clear: Effect.Effect<void, never, MastodonInstance> = Effect.map(MastodonInstance, (instance) => {
  instance.runtime.faults.length = 0
})
