/**
 * Async refreshes (Mastodon 4.4, alpha API): some requests start a background job that may bring
 * more results, and say so with a `Mastodon-Async-Refresh` header. This module reads that header
 * from any call ({@link withRefresh}), polls a refresh ({@link get}), and waits for it on a
 * `Schedule` before calling again ({@link refreshed}). See the Mastodon docs,
 * methods/async_refreshes.
 *
 * @since 0.1.0
 */
import * as AsyncRefresh from "@mastodon-effect/core/AsyncRefresh"
import * as Id from "@mastodon-effect/core/Id"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Endpoint from "./Endpoint.js"
import type { MastodonClient } from "./MastodonClient.js"

/** The declaration behind {@link get}: `GET /api/v1_alpha/async_refreshes/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "asyncRefreshes.get",
  method: "GET",
  path: "/api/v1_alpha/async_refreshes/:id",
  response: AsyncRefresh.WrappedAsyncRefresh,
  auth: "user",
  scopes: ["read"],
  versions: { added: "4.4.0" }
})

/**
 * Where a refresh stands.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.AsyncRefreshId>): Endpoint.Call<AsyncRefresh.AsyncRefresh> =>
  Effect.map(Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } }), (wrapped) => wrapped.async_refresh)

/**
 * A call's result with the refresh its response announced, if any.
 *
 * @since 0.1.0
 */
export interface WithRefresh<A> {
  readonly value: A
  readonly refresh: Option.Option<AsyncRefresh.AsyncRefreshHeader>
}

/**
 * Call an endpoint and read the `Mastodon-Async-Refresh` header of its response.
 *
 * @example
 * import { AsyncRefreshes, Endpoint } from "@mastodon-effect/http"
 * declare const endpoint: Endpoint.Any
 * const result = AsyncRefreshes.withRefresh(endpoint, {})
 *
 * @since 0.1.0
 */
export const withRefresh = <E extends Endpoint.Any>(
  endpoint: E,
  ...args: {} extends Endpoint.Input<E> ? [input?: Endpoint.Input<E>] : [input: Endpoint.Input<E>]
): Endpoint.Call<WithRefresh<Endpoint.Output<E>>> =>
  Effect.map(Endpoint.callRaw(endpoint, ...args), ({ response, value }) => ({
    value: endpoint.toResult(value, response) as Endpoint.Output<E>,
    refresh: AsyncRefresh.parseHeader(response.headers["mastodon-async-refresh"])
  }))

/**
 * How {@link refreshed} waits: the schedule between polls (after the header's `retry` seconds)
 * and the most polls.
 *
 * @since 0.1.0
 */
export interface WaitOptions {
  /** Between polls; by default the header's `retry` seconds. */
  readonly schedule?: Schedule.Schedule<unknown, unknown> | undefined
  /** Give up (and answer the last result) after this many polls; 10 by default. */
  readonly maxPolls?: number | undefined
}

/**
 * Wait for an announced refresh to finish, polling on a `Schedule`: the refresh as it ended, or
 * as it was after `maxPolls` polls.
 *
 * @since 0.1.0
 */
export const wait = (
  header: AsyncRefresh.AsyncRefreshHeader,
  options: WaitOptions = {}
): Endpoint.Call<AsyncRefresh.AsyncRefresh> => {
  const schedule = options.schedule ?? Schedule.spaced(Duration.seconds(Math.max(1, header.retry)))
  const polls = Math.max(1, options.maxPolls ?? 10)
  const poll = get(header.id)
  return Effect.sleep(Duration.seconds(header.retry)).pipe(
    Effect.zipRight(
      Effect.repeat(
        poll,
        // The last poll is the answer: the schedule passes it through.
        Schedule.passthrough(
          Schedule.intersect(
            Schedule.recurWhile<AsyncRefresh.AsyncRefresh>((r) => r.status === "running"),
            Schedule.intersect(schedule, Schedule.recurs(polls - 1))
          )
        )
      )
    )
  )
}


/**
 * Run a call; when its response announces a refresh, wait for the refresh on a `Schedule` and
 * run the call again, so the result includes what the job found. A refresh that finishes with
 * `result_count` 0 found nothing, and the first result is kept.
 *
 * @example
 * import { AsyncRefreshes, Endpoint } from "@mastodon-effect/http"
 * import * as Schedule from "effect/Schedule"
 * declare const endpoint: Endpoint.Any
 * const complete = AsyncRefreshes.refreshed(endpoint, {}, { schedule: Schedule.spaced("2 seconds"), maxPolls: 5 })
 *
 * @since 0.1.0
 */
export const refreshed = <E extends Endpoint.Any>(
  endpoint: E,
  input: Endpoint.Input<E>,
  options: WaitOptions = {}
): Effect.Effect<WithRefresh<Endpoint.Output<E>>, MastodonError.MastodonError, MastodonClient> =>
  Effect.gen(function*() {
    const call = () => (withRefresh as (e: Endpoint.Any, i: unknown) => Endpoint.Call<WithRefresh<Endpoint.Output<E>>>)(endpoint, input)
    const first = yield* call()
    if (Option.isNone(first.refresh)) return first
    const done = yield* wait(first.refresh.value, options)
    if (done.status === "finished" && done.result_count === 0) return first
    return yield* call()
  })
