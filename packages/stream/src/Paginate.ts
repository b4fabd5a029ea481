/**
 * Paginated endpoints as lazy `Stream`s. A stream follows the server's `Link` cursors exactly as
 * given (never rebuilt from the last item's id), fetches a page only when the consumer pulls past
 * the previous one, and holds one page at a time, however long the walk.
 *
 * @since 0.1.0
 */
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import type { MastodonClient } from "@mastodon-effect/http/MastodonClient"
import * as Page from "@mastodon-effect/http/Page"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as CycleGuard from "./internal/cycleGuard.js"

/**
 * Which way to walk: `next` goes to older items (the default), `prev` to newer ones.
 *
 * @since 0.1.0
 */
export type Direction = "next" | "prev"

/**
 * Bounds and direction of a walk.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly direction?: Direction | undefined
  /** Stop after this many pages (the first one included). */
  readonly maxPages?: number | undefined
  /** Stop after this many items (streams of items only); no page beyond the one holding the last is fetched. */
  readonly maxItems?: number | undefined
}

type State<A> =
  | { readonly _tag: "First" }
  | { readonly _tag: "At"; readonly cursor: Page.Cursor; readonly endpoint: Endpoint.Paged<A> }
  | { readonly _tag: "Done" }

const cursorOf = <A>(page: Page.Page<A>, direction: Direction) => direction === "next" ? page.next : page.prev

/** A count option must be a whole number: `Stream.take` would die on a fraction, and a negative one would silently yield nothing. */
const wholeNumber = (argument: string, value: number | undefined): Effect.Effect<void, MastodonError.InvalidArgument> =>
  Effect.asVoid(Page.validateWholeNumber(argument, value, 0))

const checkBounds = (options: { readonly maxPages?: number | undefined; readonly maxItems?: number | undefined }) =>
  Effect.zipRight(wholeNumber("maxPages", options.maxPages), wholeNumber("maxItems", options.maxItems))

/**
 * The pages of a walk that starts with `first` (a paginated endpoint call such as
 * `Accounts.followers(id)`) and follows the cursors in one direction. Each page carries its own
 * `next`/`prev` cursors: save one to resume later with {@link resumePages}.
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * import { Paginate } from "@mastodon-effect/stream"
 * import type { Id } from "@mastodon-effect/core"
 * import * as Stream from "effect/Stream"
 * declare const id: Id.AccountId
 * const firstThreePages = Paginate.pages(Accounts.followers(id, { limit: 80 }), { maxPages: 3 })
 *
 * @since 0.1.0
 */
export const pages = <A, E, R>(
  first: Effect.Effect<Page.Page<A>, E, R>,
  options: Options = {}
): Stream.Stream<Page.Page<A>, E | MastodonError.MastodonError, R | MastodonClient> =>
  walk<A, E, R>(first, { _tag: "First" }, options)

/**
 * The pages of a walk resumed from a saved cursor of `endpoint` (for example `Accounts.followersEndpoint`).
 *
 * @since 0.1.0
 */
export const resumePages = <A>(
  endpoint: Endpoint.Paged<A>,
  cursor: Page.Cursor | string,
  options: Options = {}
): Stream.Stream<Page.Page<A>, MastodonError.MastodonError, MastodonClient> =>
  walk<A, never, never>(Effect.never, {
    _tag: "At",
    cursor: cursor as Page.Cursor,
    endpoint
  }, options)

const walk = <A, E, R>(
  first: Effect.Effect<Page.Page<A>, E, R>,
  start: State<A>,
  options: Options
): Stream.Stream<Page.Page<A>, E | MastodonError.MastodonError, R | MastodonClient> => {
  const direction = options.direction ?? "next"
  return Stream.unwrap(Effect.map(checkBounds(options), () => {
    // Per-stream state: created when the stream runs, so the same stream value can run twice.
    // Notices a server that sends the walk in a circle of any length, in constant memory.
    const seen = CycleGuard.make(direction, start._tag === "At" ? start.cursor : undefined)
    const fetch = (state: State<A>): Effect.Effect<Option.Option<readonly [Page.Page<A>, State<A>]>, E | MastodonError.MastodonError, R | MastodonClient> => {
      if (state._tag === "Done") return Effect.succeed(Option.none())
      const page: Effect.Effect<Page.Page<A>, E | MastodonError.MastodonError, R | MastodonClient> = state._tag === "First"
        ? first
        : Endpoint.fetchPage(state.endpoint, state.cursor)
      return Effect.map(page, (p) => Option.some([p, nextState(p)] as const))
    }
    const nextState = (page: Page.Page<A>): State<A> => {
      const cursor = cursorOf(page, direction)
      // An empty page ends the walk even if the server still offers a cursor; so does a cursor that
      // leads back into the walk (a server that repeats itself must not make us loop forever).
      if (Option.isNone(cursor) || page.items.length === 0 || seen(cursor.value)) return { _tag: "Done" }
      return { _tag: "At", cursor: cursor.value, endpoint: page.endpoint }
    }
    const stream = Stream.unfoldEffect(start, fetch)
    return options.maxPages === undefined ? stream : Stream.take(stream, options.maxPages)
  }))
}

/**
 * The items of a walk, one at a time: `Stream.take(items(...), 5)` fetches one page.
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * import { Paginate } from "@mastodon-effect/stream"
 * import type { Id } from "@mastodon-effect/core"
 * import * as Stream from "effect/Stream"
 * declare const id: Id.AccountId
 * const everyFollower = Paginate.items(Accounts.followers(id, { limit: 80 }))
 * const firstFive = Stream.take(everyFollower, 5)
 *
 * @since 0.1.0
 */
export const items = <A, E, R>(
  first: Effect.Effect<Page.Page<A>, E, R>,
  options: Options = {}
): Stream.Stream<A, E | MastodonError.MastodonError, R | MastodonClient> => boundItems(flatten(pages(first, options)), options)

const flatten = <A, E, R>(stream: Stream.Stream<Page.Page<A>, E, R>): Stream.Stream<A, E, R> =>
  Stream.mapConcatChunk(stream, (page) => Chunk.unsafeFromArray(page.items as Array<A>))

// Checked here too: `Stream.take` with a count below 1 never runs the walk it wraps.
const boundItems = <A, E, R>(stream: Stream.Stream<A, E, R>, options: Options): Stream.Stream<A, E | MastodonError.InvalidArgument, R> =>
  options.maxItems === undefined
    ? stream
    : Stream.unwrap(Effect.as(wholeNumber("maxItems", options.maxItems), Stream.take(stream, options.maxItems)))

/**
 * The items of a walk resumed from a saved cursor.
 *
 * @since 0.1.0
 */
export const resumeItems = <A>(
  endpoint: Endpoint.Paged<A>,
  cursor: Page.Cursor | string,
  options: Options = {}
): Stream.Stream<A, MastodonError.MastodonError, MastodonClient> =>
  boundItems(flatten(resumePages(endpoint, cursor, options)), options)

/**
 * Options of an offset-paged walk (account search, the directory).
 *
 * @since 0.1.0
 */
export interface OffsetOptions {
  /** Items per request, at most the endpoint's maximum: a page shorter than this ends the walk, so a limit the server clamps would stop it after one page. */
  readonly limit: number
  /** Where to start. Default 0. */
  readonly offset?: number | undefined
  /** Stop after this many requests. */
  readonly maxPages?: number | undefined
  /** Stop after this many items. */
  readonly maxItems?: number | undefined
}

/**
 * The items of an offset-paged endpoint: `fetch(offset, limit)` is called with growing offsets
 * until a page comes back shorter than `limit`.
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * import { Paginate } from "@mastodon-effect/stream"
 * const everyAlice = Paginate.offset((offset, limit) => Accounts.search("alice", { offset, limit }), { limit: 40 })
 *
 * @since 0.1.0
 */
export const offset = <A, E, R>(
  fetch: (offset: number, limit: number) => Effect.Effect<ReadonlyArray<A>, E, R>,
  options: OffsetOptions
): Stream.Stream<A, E | MastodonError.InvalidArgument, R> =>
  Stream.unwrap(
    Effect.map(Effect.all([Page.validateLimit(options.limit), wholeNumber("offset", options.offset), checkBounds(options)]), () => {
      const limit = options.limit
      const stream = Stream.unfoldEffect(options.offset ?? 0, (at) =>
        at < 0
          ? Effect.succeed(Option.none())
          : Effect.map(fetch(at, limit), (batch) =>
            batch.length === 0
              ? Option.none()
              // A short page is the last one; -1 marks the end without another request.
              : Option.some([batch, batch.length < limit ? -1 : at + batch.length] as const)))
      const bounded = options.maxPages === undefined ? stream : Stream.take(stream, options.maxPages)
      const all = Stream.mapConcatChunk(bounded, (batch) => Chunk.unsafeFromArray(batch as Array<A>))
      return options.maxItems === undefined ? all : Stream.take(all, options.maxItems)
    })
  )
