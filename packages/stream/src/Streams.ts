/**
 * Named streams for every paginated endpoint: `Streams.followers(id)` is every follower,
 * fetched page by page as the consumer pulls. Each takes the endpoint's own parameters plus the
 * walk options of `Paginate` (direction, maxPages, maxItems). Timelines also resume from a saved
 * cursor (`from`) and, walking toward newer statuses, yield them oldest first.
 *
 * @since 0.1.0
 */
import type * as Id from "@mastodon-effect/core/Id"
import * as AdminAccounts from "@mastodon-effect/http/AdminAccounts"
import * as AdminCanonicalEmailBlocks from "@mastodon-effect/http/AdminCanonicalEmailBlocks"
import * as AdminDomainAllows from "@mastodon-effect/http/AdminDomainAllows"
import * as AdminDomainBlocks from "@mastodon-effect/http/AdminDomainBlocks"
import * as AdminEmailDomainBlocks from "@mastodon-effect/http/AdminEmailDomainBlocks"
import * as AdminIpBlocks from "@mastodon-effect/http/AdminIpBlocks"
import * as AdminReports from "@mastodon-effect/http/AdminReports"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Blocks from "@mastodon-effect/http/Blocks"
import * as Directory from "@mastodon-effect/http/Directory"
import * as DomainBlocks from "@mastodon-effect/http/DomainBlocks"
import * as Endorsements from "@mastodon-effect/http/Endorsements"
import * as FollowRequests from "@mastodon-effect/http/FollowRequests"
import * as Lists from "@mastodon-effect/http/Lists"
import * as Mutes from "@mastodon-effect/http/Mutes"
import * as ScheduledStatuses from "@mastodon-effect/http/ScheduledStatuses"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Bookmarks from "@mastodon-effect/http/Bookmarks"
import * as Favourites from "@mastodon-effect/http/Favourites"
import * as FollowedTags from "@mastodon-effect/http/FollowedTags"
import * as Search from "@mastodon-effect/http/Search"
import * as Timelines from "@mastodon-effect/http/Timelines"
import * as Trends from "@mastodon-effect/http/Trends"
import type * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Page from "@mastodon-effect/http/Page"
import * as Conversations from "@mastodon-effect/http/Conversations"
import * as GroupedNotifications from "@mastodon-effect/http/GroupedNotifications"
import * as NotificationRequests from "@mastodon-effect/http/NotificationRequests"
import * as Notifications from "@mastodon-effect/http/Notifications"
import * as Paginate from "./Paginate.js"
import type * as Account from "@mastodon-effect/core/Account"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import type * as Status from "@mastodon-effect/core/Status"
import type * as Tag from "@mastodon-effect/core/Tag"
import type * as TrendsLink from "@mastodon-effect/core/TrendsLink"
import type { MastodonClient } from "@mastodon-effect/http/MastodonClient"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

/**
 * Page parameters and walk options together.
 *
 * @since 0.1.0
 */
export type Options = Page.Params & Paginate.Options

/**
 * The largest page the endpoint's declaration allows: a walk asks for as few pages as it can.
 */
const largest = (endpoint: Endpoint.Any): number | undefined =>
  endpoint.pagination.kind === "none" ? undefined : endpoint.pagination.maxLimit

const split = (options: Options): [Page.Params, Paginate.Options] => {
  const { direction, maxItems, maxPages, ...params } = options
  return [params, { direction, maxItems, maxPages }]
}

/**
 * Every follower of an account, newest follow first (80 per request unless `limit` says otherwise).
 *
 * @example
 * import { Streams } from "@mastodon-effect/stream"
 * import type { Id } from "@mastodon-effect/core"
 * import * as Stream from "effect/Stream"
 * declare const id: Id.AccountId
 * const handles = Streams.followers(id).pipe(Stream.map((a) => a.acct))
 *
 * @since 0.1.0
 */
export const followers = (id: Id.IdOrEntity<Id.AccountId>, options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Accounts.followers(id, { limit: largest(Accounts.followersEndpoint), ...params }), walk)
}

/**
 * Every account an account follows.
 *
 * @since 0.1.0
 */
export const following = (id: Id.IdOrEntity<Id.AccountId>, options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Accounts.following(id, { limit: largest(Accounts.followingEndpoint), ...params }), walk)
}

/**
 * Every status of an account, newest first; `max_id` may be a date to start from.
 *
 * @since 0.1.0
 */
export const statuses = (
  id: Id.IdOrEntity<Id.AccountId>,
  options: Options & Omit<Accounts.StatusesParams, keyof Page.Params> = {}
) => {
  const { direction, maxItems, maxPages, ...params } = options
  return Paginate.items(Accounts.statuses(id, { limit: largest(Accounts.statusesEndpoint), ...params }), { direction, maxItems, maxPages })
}

/**
 * Every account featured on an account's profile.
 *
 * @since 0.1.0
 */
export const endorsements = (id: Id.IdOrEntity<Id.AccountId>, options: Omit<Options, "min_id"> = {}) => {
  const { direction, maxItems, maxPages, ...params } = options
  return Paginate.items(Accounts.endorsements(id, { limit: largest(Accounts.endorsementsEndpoint), ...params }), { direction, maxItems, maxPages })
}

/**
 * Every account the signed-in user features on their profile.
 *
 * @since 0.1.0
 */
export const ownEndorsements = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Endorsements.list({ limit: largest(Endorsements.listEndpoint), ...params }), walk)
}

/**
 * Every account the signed-in user blocks.
 *
 * @since 0.1.0
 */
export const blocks = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Blocks.list({ limit: largest(Blocks.listEndpoint), ...params }), walk)
}

/**
 * Every domain the signed-in user blocks (200 per request unless `limit` says otherwise).
 *
 * @since 0.1.0
 */
export const domainBlocks = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(DomainBlocks.list({ limit: largest(DomainBlocks.listEndpoint), ...params }), walk)
}

/**
 * Every account the signed-in user mutes (with the mute's expiry).
 *
 * @since 0.1.0
 */
export const mutes = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Mutes.list({ limit: largest(Mutes.listEndpoint), ...params }), walk)
}

/**
 * Every pending follow request to the signed-in user.
 *
 * @since 0.1.0
 */
export const followRequests = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(FollowRequests.list({ limit: largest(FollowRequests.listEndpoint), ...params }), walk)
}

/**
 * Every member of one of the signed-in user's lists.
 *
 * @since 0.1.0
 */
export const listAccounts = (id: Id.IdOrEntity<Id.ListId>, options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Lists.accounts(id, { limit: largest(Lists.accountsEndpoint), ...params }), walk)
}

/**
 * Ask for no more than the server gives (the declaration's maximum): an offset walk ends at the
 * first page shorter than its limit, so a limit the server clamps would end it early.
 */
const clampLimit = (endpoint: Endpoint.Any, limit: number) => {
  const max = largest(endpoint)
  return max !== undefined && Number.isInteger(limit) && limit > max ? max : limit
}

/**
 * Every account matching a search, fetched with growing offsets (40 per request by default).
 *
 * @since 0.1.0
 */
export const search = (
  q: string,
  options: Omit<Accounts.SearchParams, "offset" | "limit"> & Partial<Paginate.OffsetOptions> = {}
) => {
  const { limit = 40, maxItems, maxPages, offset, ...params } = options
  return Paginate.offset((at, size) => Accounts.search(q, { ...params, offset: at, limit: size }), {
    limit: clampLimit(Accounts.searchEndpoint, limit),
    offset,
    maxItems,
    maxPages
  })
}

/**
 * Every account in the profile directory, fetched with growing offsets.
 *
 * @since 0.1.0
 */
export const directory = (
  options: Omit<Directory.ListParams, "offset" | "limit"> & Partial<Paginate.OffsetOptions> = {}
) => {
  const { limit = largest(Directory.listEndpoint) ?? 80, maxItems, maxPages, offset, ...params } = options
  return Paginate.offset((at, size) => Directory.list({ ...params, offset: at, limit: size }), {
    limit: clampLimit(Directory.listEndpoint, limit),
    offset,
    maxItems,
    maxPages
  })
}

// -------------------------------------------------------------------------------------------------
// Timelines, bookmarks, favourites, followed tags, search and trends

/**
 * Options of a timeline walk: page parameters, walk options, and `from`, a saved cursor (a page's
 * `prev` or `next`) to resume from instead of starting with a first request.
 *
 * @since 0.1.0
 */
export type TimelineOptions = Options & {
  /** Resume from this cursor, saved from an earlier page (the page parameters are then the cursor's). */
  readonly from?: Page.Cursor | string | undefined
}

/**
 * The items of a walk over a Link-paginated endpoint. Walking toward newer items
 * (`direction: "prev"`, usually from a `min_id`) yields them oldest first, in the order they were
 * posted, so the last one seen is the position to save; walking toward older ones (the default)
 * yields them newest first.
 */
const walkItems = <A>(
  endpoint: Endpoint.Paged<A>,
  first: (limit: number | undefined) => Effect.Effect<Page.Page<A>, MastodonError.MastodonError, MastodonClient>,
  options: TimelineOptions
): Stream.Stream<A, MastodonError.MastodonError, MastodonClient> => {
  const { direction, from, maxItems, maxPages } = options
  const walk = { direction, maxPages }
  const pages = from === undefined ? Paginate.pages(first(largest(endpoint)), walk) : Paginate.resumePages(endpoint, from, walk)
  const items = Stream.mapConcatChunk(pages, (page) =>
    Chunk.unsafeFromArray(direction === "prev" ? [...page.items].reverse() : page.items as Array<A>))
  return maxItems === undefined
    ? items
    : Stream.unwrap(Effect.as(Page.validateWholeNumber("maxItems", maxItems, 0), Stream.take(items, maxItems)))
}

const pageParams = (options: Options): Page.Params => {
  const { max_id, min_id, since_id } = options
  return { max_id, min_id, since_id }
}

/**
 * Every status of the home timeline. The common case is catching up: start from the last status
 * read (`min_id`) or a saved `prev` cursor (`from`) with `direction: "prev"`, and the statuses
 * posted since come oldest first, however many pages that takes.
 *
 * @example
 * import { Streams } from "@mastodon-effect/stream"
 * import type { Id } from "@mastodon-effect/core"
 * import * as Stream from "effect/Stream"
 * declare const lastRead: Id.StatusId
 * const unread = Streams.home({ min_id: lastRead, direction: "prev" })
 * const newest = Stream.runLast(unread) // save its id for next time
 *
 * @since 0.1.0
 */
export const home = (options: TimelineOptions = {}): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> =>
  walkItems(Timelines.homeEndpoint, (limit) => Timelines.home({ limit: options.limit ?? limit, ...pageParams(options) }), options)

/**
 * Every status of the public timeline (local, remote or with media only, as asked).
 *
 * @since 0.1.0
 */
export const publicTimeline = (
  options: TimelineOptions & Timelines.OriginParams = {}
): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> => {
  const { local, only_media, remote } = options
  return walkItems(
    Timelines.publicTimelineEndpoint,
    (limit) => Timelines.publicTimeline({ limit: options.limit ?? limit, ...pageParams(options), local, remote, only_media }),
    options
  )
}

/**
 * Every public status with a hashtag (and `any`, `all`, `none` of others).
 *
 * @since 0.1.0
 */
export const tagTimeline = (
  hashtag: string,
  options: TimelineOptions & Omit<Timelines.TagParams, keyof Page.Params> = {}
): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> => {
  const { all, any, local, none, only_media, remote } = options
  return walkItems(
    Timelines.tagEndpoint,
    (limit) => Timelines.tag(hashtag, { limit: options.limit ?? limit, ...pageParams(options), any, all, none, local, remote, only_media }),
    options
  )
}

/**
 * Every status of one of the user's lists.
 *
 * @since 0.1.0
 */
export const listTimeline = (
  id: Id.IdOrEntity<Id.ListId>,
  options: TimelineOptions = {}
): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> =>
  walkItems(Timelines.listEndpoint, (limit) => Timelines.list(id, { limit: options.limit ?? limit, ...pageParams(options) }), options)

/**
 * Every public status sharing a trending link (Mastodon 4.3).
 *
 * @since 0.1.0
 */
export const linkTimeline = (url: string, options: TimelineOptions = {}): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> =>
  walkItems(Timelines.linkEndpoint, (limit) => Timelines.link(url, { limit: options.limit ?? limit, ...pageParams(options) }), options)

/**
 * Every direct status of the old direct timeline (servers before 3.0).
 *
 * @since 0.1.0
 */
export const directTimeline = (options: TimelineOptions = {}): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> =>
  walkItems(Timelines.directEndpoint, (limit) => Timelines.direct({ limit: options.limit ?? limit, ...pageParams(options) }), options)

/**
 * Options of the walks over opaque cursors (bookmarks, favourites, followed tags): no positions,
 * since the server pages by records whose ids it never shows.
 *
 * @since 0.1.0
 */
export type CursorOptions = Paginate.Options & {
  /** Items per page (the declaration's largest by default). */
  readonly limit?: number | undefined
  /** Resume from a cursor saved from an earlier page. */
  readonly from?: Page.Cursor | string | undefined
}

/**
 * Every status the user bookmarked, most recently bookmarked first.
 *
 * @since 0.1.0
 */
export const bookmarks = (options: CursorOptions = {}): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> =>
  walkItems(Bookmarks.listEndpoint, (limit) => Bookmarks.list({ limit: options.limit ?? limit }), options)

/**
 * Every status the user favourited, most recently favourited first.
 *
 * @since 0.1.0
 */
export const favourites = (options: CursorOptions = {}): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> =>
  walkItems(Favourites.listEndpoint, (limit) => Favourites.list({ limit: options.limit ?? limit }), options)

/**
 * Every hashtag the user follows, most recently followed first.
 *
 * @since 0.1.0
 */
export const followedTags = (options: CursorOptions = {}): Stream.Stream<Tag.Tag, MastodonError.MastodonError, MastodonClient> =>
  walkItems(FollowedTags.listEndpoint, (limit) => FollowedTags.list({ limit: options.limit ?? limit }), options)

/**
 * Options of {@link searchAll}: the search's own options (with a `type`, which offset paging
 * needs) and the offset walk's.
 *
 * @since 0.1.0
 */
export type SearchAllOptions<T extends Search.Type> =
  & Omit<Search.SearchParams, "type" | "offset" | "limit">
  & Partial<Paginate.OffsetOptions>
  & { readonly type: T }

/** What each kind of search result is. */
type SearchResult = {
  readonly accounts: Account.Account
  readonly statuses: Status.Status
  readonly hashtags: Tag.Tag
}

/**
 * Every result of one kind for a search, fetched with growing offsets (40 per request by
 * default). Offsets need a user token.
 *
 * @example
 * import { Streams } from "@mastodon-effect/stream"
 * import * as Stream from "effect/Stream"
 * const everyCatPost = Streams.searchAll("cats", { type: "statuses", maxItems: 200 })
 *
 * @since 0.1.0
 */
export const searchAll = <T extends Search.Type>(
  q: string,
  options: SearchAllOptions<T>
): Stream.Stream<SearchResult[T], MastodonError.MastodonError, MastodonClient> => {
  const { limit = largest(Search.searchEndpoint) ?? 40, maxItems, maxPages, offset, ...params } = options
  return Paginate.offset(
    (at, size) =>
      Effect.map(
        Search.search(q, { ...params, offset: at, limit: size }),
        (result) => result[options.type] as unknown as ReadonlyArray<SearchResult[T]>
      ),
    { limit: clampLimit(Search.searchEndpoint, limit), offset, maxItems, maxPages }
  )
}

/**
 * Every trending hashtag, in trend order.
 *
 * @since 0.1.0
 */
export const trendingTags = (options: Partial<Paginate.OffsetOptions> = {}): Stream.Stream<Tag.Tag, MastodonError.MastodonError, MastodonClient> => {
  const { limit = largest(Trends.tagsEndpoint) ?? 20, maxItems, maxPages, offset } = options
  return Paginate.offset((at, size) => Trends.tags({ offset: at, limit: size }), {
    limit: clampLimit(Trends.tagsEndpoint, limit),
    offset,
    maxItems,
    maxPages
  })
}

/**
 * Every trending status, in trend order.
 *
 * @since 0.1.0
 */
export const trendingStatuses = (
  options: Partial<Paginate.OffsetOptions> = {}
): Stream.Stream<Status.Status, MastodonError.MastodonError, MastodonClient> => {
  const { limit = largest(Trends.statusesEndpoint) ?? 40, maxItems, maxPages, offset } = options
  return Paginate.offset((at, size) => Trends.statuses({ offset: at, limit: size }), {
    limit: clampLimit(Trends.statusesEndpoint, limit),
    offset,
    maxItems,
    maxPages
  })
}

/**
 * Every trending link, in trend order.
 *
 * @since 0.1.0
 */
export const trendingLinks = (
  options: Partial<Paginate.OffsetOptions> = {}
): Stream.Stream<TrendsLink.TrendsLink, MastodonError.MastodonError, MastodonClient> => {
  const { limit = largest(Trends.linksEndpoint) ?? 20, maxItems, maxPages, offset } = options
  return Paginate.offset((at, size) => Trends.links({ offset: at, limit: size }), {
    limit: clampLimit(Trends.linksEndpoint, limit),
    offset,
    maxItems,
    maxPages
  })
}

/**
 * Every account that boosted a status (80 per request unless `limit` says otherwise).
 *
 * @example
 * import { Streams } from "@mastodon-effect/stream"
 * import type { Id } from "@mastodon-effect/core"
 * import * as Stream from "effect/Stream"
 * declare const id: Id.StatusId
 * const boosters = Streams.rebloggedBy(id).pipe(Stream.map((a) => a.acct))
 *
 * @since 0.1.0
 */
export const rebloggedBy = (id: Id.IdOrEntity<Id.StatusId>, options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Statuses.rebloggedBy(id, { limit: largest(Statuses.rebloggedByEndpoint), ...params }), walk)
}

/**
 * Every account that favourited a status (80 per request unless `limit` says otherwise).
 *
 * @since 0.1.0
 */
export const favouritedBy = (id: Id.IdOrEntity<Id.StatusId>, options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Statuses.favouritedBy(id, { limit: largest(Statuses.favouritedByEndpoint), ...params }), walk)
}

/**
 * Every accepted quote of a status (Mastodon 4.5; 40 per request unless `limit` says otherwise).
 *
 * @since 0.1.0
 */
export const quotes = (id: Id.IdOrEntity<Id.StatusId>, options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Statuses.quotes(id, { limit: largest(Statuses.quotesEndpoint), ...params }), walk)
}

/**
 * Every status the signed-in user has scheduled (40 per request unless `limit` says otherwise).
 *
 * @since 0.1.0
 */
export const scheduledStatuses = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(ScheduledStatuses.list({ limit: largest(ScheduledStatuses.listEndpoint), ...params }), walk)
}

/**
 * Every notification, newest first (80 per request unless `limit` says otherwise), with the
 * filters of `Notifications.list`. `direction: "prev"` from a saved `min_id` walks towards the
 * newest: what arrived since.
 *
 * @example
 * import { Streams } from "@mastodon-effect/stream"
 * import * as Stream from "effect/Stream"
 * const mentions = Streams.notifications({ types: ["mention"], maxItems: 100 })
 *
 * @since 0.1.0
 */
export const notifications = (options: Options & Omit<Notifications.ListParams, keyof Page.Params> = {}) => {
  const { direction, maxItems, maxPages, ...params } = options
  return Paginate.items(Notifications.list({ limit: largest(Notifications.listEndpoint), ...params }), { direction, maxItems, maxPages })
}

/**
 * Every pending notification request (80 per request unless `limit` says otherwise).
 *
 * @since 0.1.0
 */
export const notificationRequests = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(NotificationRequests.list({ limit: largest(NotificationRequests.listEndpoint), ...params }), walk)
}

/**
 * Every conversation, the most recently active first (40 per request unless `limit` says otherwise).
 *
 * @since 0.1.0
 */
export const conversations = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(Conversations.list({ limit: largest(Conversations.listEndpoint), ...params }), walk)
}

/**
 * Every notification group, newest first, each complete (its accounts and status joined in), 80
 * groups per request unless `limit` says otherwise. A group whose notifications span pages comes
 * once: where it first appears. Walking `next` (the default) that is where the server counts all of
 * its notifications; walking `prev` it is the group's oldest part, counted up to that page.
 * `maxItems` counts groups.
 *
 * @example
 * import { Streams } from "@mastodon-effect/stream"
 * import * as Stream from "effect/Stream"
 * const lines = Streams.groupedNotifications({ maxItems: 20 }).pipe(
 *   Stream.map(({ group, accounts }) => `${group.type}: ${accounts.map((a) => a.acct).join(", ")} (${group.notifications_count})`))
 *
 * @since 0.1.0
 */
export const groupedNotifications = (
  options: Options & Omit<GroupedNotifications.ListParams, keyof Page.Params> = {}
): Stream.Stream<GroupedNotifications.ResolvedGroup, MastodonError.MastodonError, MastodonClient> => {
  const { direction, maxItems, maxPages, ...params } = options
  return Stream.unwrap(Effect.map(Page.validateWholeNumber("maxItems", maxItems, 0), () => {
    // Per run: the same stream value may run twice.
    const seen = new Set<string>()
    const groups = Paginate.pages(
      GroupedNotifications.list({ limit: largest(GroupedNotifications.listEndpoint), ...params }),
      { direction, maxPages }
    ).pipe(Stream.mapConcat((page) =>
      page.items.filter((item) => {
        if (seen.has(item.group.group_key)) return false
        seen.add(item.group.group_key)
        return true
      })
    ))
    return maxItems === undefined ? groups : Stream.take(groups, maxItems)
  }))
}

/**
 * Every account matching the v2 admin filters (`AdminAccounts.list`), 200 per request: sign-ups
 * waiting for review with `{ origin: "local", status: "pending" }`, say. Needs a moderator.
 *
 * @example
 * import { Streams } from "@mastodon-effect/stream"
 * import * as Stream from "effect/Stream"
 * const pending = Streams.adminAccounts({ origin: "local", status: "pending" }).pipe(Stream.map((a) => a.username))
 *
 * @since 0.1.0
 */
export const adminAccounts = (options: Options & Omit<AdminAccounts.ListParams, keyof Page.Params> = {}) => {
  const { direction, maxItems, maxPages, ...params } = options
  return Paginate.items(AdminAccounts.list({ limit: largest(AdminAccounts.listEndpoint), ...params }), { direction, maxItems, maxPages })
}

/**
 * Every account matching the v1 admin filters (`AdminAccounts.listV1`), for servers before 3.5.
 *
 * @since 0.1.0
 */
export const adminAccountsV1 = (options: Options & Omit<AdminAccounts.ListV1Params, keyof Page.Params> = {}) => {
  const { direction, maxItems, maxPages, ...params } = options
  return Paginate.items(AdminAccounts.listV1({ limit: largest(AdminAccounts.listV1Endpoint), ...params }), { direction, maxItems, maxPages })
}

/**
 * Every report matching the filters (open ones unless `resolved: true`), newest first.
 *
 * @since 0.1.0
 */
export const adminReports = (options: Options & Omit<AdminReports.ListParams, keyof Page.Params> = {}) => {
  const { direction, maxItems, maxPages, ...params } = options
  return Paginate.items(AdminReports.list({ limit: largest(AdminReports.listEndpoint), ...params }), { direction, maxItems, maxPages })
}

/**
 * Every domain block of the server.
 *
 * @since 0.1.0
 */
export const adminDomainBlocks = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(AdminDomainBlocks.list({ limit: largest(AdminDomainBlocks.listEndpoint), ...params }), walk)
}

/**
 * Every allowed domain (limited-federation mode).
 *
 * @since 0.1.0
 */
export const adminDomainAllows = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(AdminDomainAllows.list({ limit: largest(AdminDomainAllows.listEndpoint), ...params }), walk)
}

/**
 * Every blocked e-mail domain.
 *
 * @since 0.1.0
 */
export const adminEmailDomainBlocks = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(AdminEmailDomainBlocks.list({ limit: largest(AdminEmailDomainBlocks.listEndpoint), ...params }), walk)
}

/**
 * Every IP block.
 *
 * @since 0.1.0
 */
export const adminIpBlocks = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(AdminIpBlocks.list({ limit: largest(AdminIpBlocks.listEndpoint), ...params }), walk)
}

/**
 * Every canonical e-mail block.
 *
 * @since 0.1.0
 */
export const adminCanonicalEmailBlocks = (options: Options = {}) => {
  const [params, walk] = split(options)
  return Paginate.items(AdminCanonicalEmailBlocks.list({ limit: largest(AdminCanonicalEmailBlocks.listEndpoint), ...params }), walk)
}
