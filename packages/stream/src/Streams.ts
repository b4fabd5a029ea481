/**
 * Named streams for every paginated account endpoint: `Streams.followers(id)` is every follower,
 * fetched page by page as the consumer pulls. Each takes the endpoint's own parameters plus the
 * walk options of `Paginate` (direction, maxPages, maxItems).
 *
 * @since 0.1.0
 */
import type * as Id from "@mastodon-effect/core/Id"
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
import type * as Endpoint from "@mastodon-effect/http/Endpoint"
import type * as Page from "@mastodon-effect/http/Page"
import * as Paginate from "./Paginate.js"

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
