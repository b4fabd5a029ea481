/**
 * What a reconnection missed, fetched over REST: the home timeline and the notifications newer
 * than the last ids seen, oldest first, page by page (`min_id`), and a bounded memory of the ids
 * already emitted so that an event seen over REST and again live is given once.
 *
 * @internal
 */
import * as Id from "@mastodon-effect/core/Id"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import type * as Notification from "@mastodon-effect/core/Notification"
import type * as Status from "@mastodon-effect/core/Status"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import type * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Notifications from "@mastodon-effect/http/Notifications"
import * as Timelines from "@mastodon-effect/http/Timelines"
import * as Effect from "effect/Effect"

/** The largest page both endpoints allow. */
const pageSize = 40
/** At most this many pages per kind: a long outage yields the newest part of what it missed... */
const maxPages = 25

/** A set of the last `capacity` ids, forgetting the oldest first. */
export class SeenIds {
  private readonly ids = new Set<string>()
  constructor(private readonly capacity: number) {}
  /** Record `id`; false when it was already there. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false
    this.ids.add(id)
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next()
      if (oldest.done !== true) this.ids.delete(oldest.value)
    }
    return true
  }
}

/** The newest id of a kind, to start the next backfill from (`undefined` for an empty timeline). */
export const newestStatus: Effect.Effect<string | undefined, MastodonError.MastodonError, MastodonClient.MastodonClient> = Effect.map(
  Endpoint.call(Timelines.homeEndpoint, { query: { limit: 1 } }),
  (page) => page.items[0]?.id
)

/** The newest notification id. */
export const newestNotification: Effect.Effect<string | undefined, MastodonError.MastodonError, MastodonClient.MastodonClient> = Effect.map(
  Endpoint.call(Notifications.listEndpoint, { query: { limit: 1 } }),
  (page) => page.items[0]?.id
)

/**
 * Walk forward from `after`: each `min_id` page holds the items just newer than it (newest first
 * on the wire), so the pages are reversed and chained by their newest id.
 */
const forward = <A extends { readonly id: string }>(
  after: string,
  page: (minId: string) => Effect.Effect<ReadonlyArray<A>, MastodonError.MastodonError, MastodonClient.MastodonClient>
): Effect.Effect<ReadonlyArray<A>, MastodonError.MastodonError, MastodonClient.MastodonClient> =>
  Effect.gen(function*() {
    const out: Array<A> = []
    let cursor = after
    for (let i = 0; i < maxPages; i++) {
      const items = [...(yield* page(cursor))].reverse()
      const fresh = items.filter((item) => item.id !== cursor)
      if (fresh.length === 0) break
      out.push(...fresh)
      cursor = fresh[fresh.length - 1]!.id
      if (items.length < pageSize) break
    }
    return out
  })

/** The home timeline statuses newer than `after`, oldest first. */
export const statusesAfter = (after: string): Effect.Effect<ReadonlyArray<Status.Status>, MastodonError.MastodonError, MastodonClient.MastodonClient> =>
  forward(after, (minId) =>
    Effect.map(
      Endpoint.call(Timelines.homeEndpoint, { query: { min_id: Id.StatusId.make(minId), limit: pageSize } }),
      (page) => page.items
    ))

/** The notifications newer than `after`, oldest first. */
export const notificationsAfter = (
  after: string
): Effect.Effect<ReadonlyArray<Notification.Notification>, MastodonError.MastodonError, MastodonClient.MastodonClient> =>
  forward(after, (minId) =>
    Effect.map(
      Endpoint.call(Notifications.listEndpoint, { query: { min_id: minId, limit: pageSize } }),
      (page) => page.items
    ))
