/**
 * Async refreshes (Mastodon 4.4, alpha API): background jobs that may bring more results for a
 * request, announced by the `Mastodon-Async-Refresh` response header and polled at
 * `GET /api/v1_alpha/async_refreshes/:id`.
 *
 * See the Mastodon docs, entities/AsyncRefresh and methods/async_refreshes.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable } from "./internal/schema.js"

/**
 * Whether the job is still `running` (more results may come) or `finished`.
 *
 * @since 0.1.0
 */
export const AsyncRefreshStatus = /* @__PURE__ */ OpenEnum("running", "finished")

/**
 * @since 0.1.0
 */
export type AsyncRefreshStatus = typeof AsyncRefreshStatus.Type

/**
 * The state of an async refresh. A `finished` refresh with `result_count` 0 found nothing new, so
 * fetching again is pointless. See the Mastodon docs, entities/AsyncRefresh.
 *
 * @since 0.1.0
 */
export const AsyncRefresh = /* @__PURE__ */ Schema.Struct({
  /** The refresh's id, an opaque string. */
  id: Id.AsyncRefreshId,
  /** Whether the job still runs. */
  status: AsyncRefreshStatus,
  /** How many results the job has produced so far, when the kind of job counts them. */
  result_count: optionalNullable(Schema.Int)
}).annotations({ identifier: "AsyncRefresh" })

/**
 * The decoded form of {@link AsyncRefresh}.
 *
 * @since 0.1.0
 */
export interface AsyncRefresh extends Schema.Schema.Type<typeof AsyncRefresh> {}

/**
 * The JSON form of {@link AsyncRefresh}.
 *
 * @since 0.1.0
 */
export interface AsyncRefreshEncoded extends Schema.Schema.Encoded<typeof AsyncRefresh> {}

/**
 * `{ async_refresh }`, the body of `GET /api/v1_alpha/async_refreshes/:id`.
 *
 * @since 0.1.0
 */
export const WrappedAsyncRefresh = /* @__PURE__ */ Schema.Struct({
  /** The refresh. */
  async_refresh: AsyncRefresh
}).annotations({ identifier: "WrappedAsyncRefresh" })

/**
 * The decoded form of {@link WrappedAsyncRefresh}.
 *
 * @since 0.1.0
 */
export interface WrappedAsyncRefresh extends Schema.Schema.Type<typeof WrappedAsyncRefresh> {}

/**
 * The JSON form of {@link WrappedAsyncRefresh}.
 *
 * @since 0.1.0
 */
export interface WrappedAsyncRefreshEncoded extends Schema.Schema.Encoded<typeof WrappedAsyncRefresh> {}

/**
 * What a `Mastodon-Async-Refresh` header announces: the refresh to poll, how many seconds to wait
 * at least before polling or retrying, and how many results are already there (when counted).
 *
 * @since 0.1.0
 */
export interface AsyncRefreshHeader {
  readonly id: Id.AsyncRefreshId
  readonly retry: number
  readonly result_count?: number | undefined
}

// `key=value` or `key="quoted value"`, separated by commas.
const PAIR = /\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*(?:,|$)/y

/**
 * Reads a `Mastodon-Async-Refresh` header (`id="…", retry=5, result_count=2`). `None` when the
 * header is missing or lacks an id or a whole-number `retry`; unknown keys are ignored.
 *
 * @example
 * import { AsyncRefresh } from "@mastodon-effect/core"
 * AsyncRefresh.parseHeader('id="abc--123", retry=5, result_count=2')
 * // Option.some({ id: "abc--123", retry: 5, result_count: 2 })
 *
 * @since 0.1.0
 */
export const parseHeader = (header: string | null | undefined): Option.Option<AsyncRefreshHeader> => {
  if (header === null || header === undefined) return Option.none()
  const text = header.trim().replace(/,\s*$/, "")
  const values = new Map<string, string>()
  PAIR.lastIndex = 0
  while (PAIR.lastIndex < text.length) {
    const match = PAIR.exec(text)
    if (match === null) return Option.none()
    values.set(match[1]!.toLowerCase(), match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : match[3]!)
  }
  const id = values.get("id")
  const retry = values.get("retry")
  if (id === undefined || id === "" || retry === undefined || !/^\d+$/.test(retry)) return Option.none()
  const count = values.get("result_count")
  return Option.some({
    id: Id.AsyncRefreshId.make(id),
    retry: Number(retry),
    ...(count !== undefined && /^\d+$/.test(count) ? { result_count: Number(count) } : {})
  })
}
