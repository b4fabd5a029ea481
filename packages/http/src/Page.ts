/**
 * A page of a paginated endpoint: its items plus the server's `next` (older) and `prev` (newer)
 * cursors, taken from the `Link` header as the opaque URLs they are.
 *
 * @since 0.1.0
 */
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Effect from "effect/Effect"
import type * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import type * as Endpoint from "./Endpoint.js"

/**
 * A cursor: the absolute URL the server gave for the next or previous page. Save it (it is a
 * plain string) to resume a walk later.
 *
 * @since 0.1.0
 */
export const Cursor = Schema.String.pipe(/* @__PURE__ */ Schema.brand("@mastodon-effect/Cursor"))
/** @since 0.1.0 */
export type Cursor = typeof Cursor.Type

/**
 * A page of items.
 *
 * @since 0.1.0
 */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  /** Older items (`rel="next"`). */
  readonly next: Option.Option<Cursor>
  /** Newer items (`rel="prev"`). */
  readonly prev: Option.Option<Cursor>
  /** The endpoint the page came from, so that its cursors can be followed. */
  readonly endpoint: Endpoint.Paged<A>
}

/**
 * A position for `max_id` / `min_id` / `since_id`: an id, or a moment that becomes a snowflake id
 * (statuses older than a date, say).
 *
 * @since 0.1.0
 */
export type Position = Argument.Position

/**
 * The parameters of Link-paginated endpoints.
 *
 * @since 0.1.0
 */
export interface Params {
  /** Items older than this id (or moment). */
  readonly max_id?: Position | undefined
  /** Items newer than this id (or moment), the newest first. */
  readonly since_id?: Position | undefined
  /** Items just newer than this id (or moment), the oldest first. */
  readonly min_id?: Position | undefined
  /** Items per page; each endpoint has its own default and maximum. */
  readonly limit?: number | undefined
}

/**
 * Check a count argument (`limit`, `offset`, a bound): absent, or a whole number of at least
 * `minimum`. Anything else is an `InvalidArgument` naming the argument, before anything is sent.
 *
 * @since 0.1.0
 */
export const validateWholeNumber = (
  argument: string,
  value: number | undefined,
  minimum: number
): Effect.Effect<number | undefined, MastodonError.InvalidArgument> =>
  value === undefined ? Effect.succeed(undefined) : Argument.validate(Argument.WholeNumber(minimum), argument)(value)

/**
 * Check a `limit`: a whole number of at least 1.
 *
 * @since 0.1.0
 */
export const validateLimit = (limit: number | undefined): Effect.Effect<number | undefined, MastodonError.InvalidArgument> =>
  validateWholeNumber("limit", limit, 1)
