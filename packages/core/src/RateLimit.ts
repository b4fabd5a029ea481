/**
 * The rate-limit snapshot a Mastodon server sends with every response (`X-RateLimit-Limit`,
 * `X-RateLimit-Remaining`, `X-RateLimit-Reset`). See the Mastodon docs, api/rate-limits.
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"

/**
 * One reading of the rate-limit headers: how many requests the period allows, how many are left,
 * and when the budget resets. The headers describe the limit the caller is closest to exceeding.
 *
 * @since 0.1.0
 */
export const RateLimit = /* @__PURE__ */ Schema.Struct({
  limit: Schema.Number,
  remaining: Schema.Number,
  reset: Schema.DateTimeUtcFromSelf
}).annotations({ identifier: "RateLimit" })

/** @since 0.1.0 */
export interface RateLimit extends Schema.Schema.Type<typeof RateLimit> {}

/**
 * Response headers as a plain record. Keys are matched case-insensitively, so both the lower-case
 * headers of `@effect/platform` and a `Headers`-like record work.
 *
 * @since 0.1.0
 */
export type HeaderRecord = Readonly<Record<string, string | ReadonlyArray<string> | undefined>>

const header = (headers: HeaderRecord, name: string): string | undefined => {
  const direct = headers[name]
  const value = direct !== undefined
    ? direct
    : Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return typeof value === "string" ? value : value?.[0]
}

const parseCount = (value: string | undefined): Option.Option<number> => {
  if (value === undefined || value.trim() === "") return Option.none()
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? Option.some(n) : Option.none()
}

/**
 * Parse `X-RateLimit-Reset`. Mastodon sends an ISO 8601 timestamp; some proxies and forks send
 * Unix seconds, which are accepted too.
 */
const parseReset = (value: string | undefined): Option.Option<DateTime.Utc> => {
  if (value === undefined || value.trim() === "") return Option.none()
  if (/^\d+(\.\d+)?$/.test(value.trim())) return DateTime.make(Number(value) * 1000)
  return DateTime.make(value.trim())
}

/**
 * Read the rate-limit headers of a response. `None` when the server sent none or they are
 * unreadable (a proxy in front of the server, a fork without rate limits).
 *
 * @example
 * import { RateLimit } from "@mastodon-effect/core"
 * RateLimit.fromHeaders({
 *   "x-ratelimit-limit": "300",
 *   "x-ratelimit-remaining": "299",
 *   "x-ratelimit-reset": "2026-11-26T23:35:00.000Z"
 * })
 *
 * @since 0.1.0
 */
export const fromHeaders = (headers: HeaderRecord): Option.Option<RateLimit> =>
  // A plain object: this runs on every response, and each part is checked as it is parsed.
  Option.all({
    limit: parseCount(header(headers, "x-ratelimit-limit")),
    remaining: parseCount(header(headers, "x-ratelimit-remaining")),
    reset: parseReset(header(headers, "x-ratelimit-reset"))
  })

/**
 * How long until the budget resets, seen from `now`; zero once the reset time has passed.
 *
 * @since 0.1.0
 */
export const millisUntilReset = (rateLimit: RateLimit, now: DateTime.Utc): number =>
  Math.max(0, DateTime.toEpochMillis(rateLimit.reset) - DateTime.toEpochMillis(now))
