/**
 * Timelines: the signed-in user's home feed, the public (federated and local) timeline, hashtag,
 * list and link timelines, and the direct timeline of servers before 3.0. Every one is a
 * Link-paginated `Page<Status>` of 20 statuses by default and 40 at most; `min_id` with the `prev`
 * cursor walks toward newer statuses ("catch up from where I stopped"). See the Mastodon docs,
 * methods/timelines.
 *
 * @since 0.1.0
 */
import * as Id from "@mastodon-effect/core/Id"
import * as Status from "@mastodon-effect/core/Status"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** Every timeline pages 20 statuses by default, 40 at most. */
const statusPages = /* @__PURE__ */ Endpoint.link({ default: 20, max: 40 })

/** Hashtags given as names, with or without a leading `#`: sent without it. */
const TagNames = /* @__PURE__ */ Schema.Array(
  /* @__PURE__ */ Schema.transform(Schema.String, Argument.NonEmptyString, {
    strict: true,
    decode: (s) => s,
    encode: (s) => s.replace(/^#/, "")
  })
)

/** Where statuses come from: this server only, other servers only, with media only. */
const originFields = {
  local: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  remote: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  only_media: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}

const PublicQuery = /* @__PURE__ */ Schema.Struct({ ...Argument.PageQuery.fields, ...originFields })

const TagQuery = /* @__PURE__ */ Schema.Struct({
  ...Argument.PageQuery.fields,
  ...originFields,
  any: /* @__PURE__ */ Schema.optional(TagNames),
  all: /* @__PURE__ */ Schema.optional(TagNames),
  none: /* @__PURE__ */ Schema.optional(TagNames)
})

const LinkQuery = /* @__PURE__ */ Schema.Struct({ ...Argument.PageQuery.fields, url: Argument.NonEmptyString })

/** The declaration behind {@link home}: `GET /api/v1/timelines/home`. @since 0.1.0 */
export const homeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "timelines.home",
  method: "GET",
  path: "/api/v1/timelines/home",
  query: Argument.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "user",
  scopes: ["read:statuses"],
  versions: { added: "0.0.0", changed: "4.0.0" },
  pagination: statusPages
})

/** The declaration behind {@link publicTimeline}: `GET /api/v1/timelines/public`. @since 0.1.0 */
export const publicTimelineEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "timelines.publicTimeline",
  method: "GET",
  path: "/api/v1/timelines/public",
  query: PublicQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  // Anonymous unless the server turned public previews off (then a token is needed).
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "0.0.0", changed: "4.5.0" },
  pagination: statusPages
})

/** The declaration behind {@link tag}: `GET /api/v1/timelines/tag/:hashtag`. @since 0.1.0 */
export const tagEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "timelines.tag",
  method: "GET",
  path: "/api/v1/timelines/tag/:hashtag",
  query: TagQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "0.0.0", changed: "4.5.0" },
  pagination: statusPages
})

/** The declaration behind {@link list}: `GET /api/v1/timelines/list/:list_id`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "timelines.list",
  method: "GET",
  path: "/api/v1/timelines/list/:list_id",
  query: Argument.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "user",
  scopes: ["read:lists"],
  versions: { added: "2.1.0", changed: "3.3.0" },
  pagination: statusPages
})

/** The declaration behind {@link link}: `GET /api/v1/timelines/link`. @since 0.1.0 */
export const linkEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "timelines.link",
  method: "GET",
  path: "/api/v1/timelines/link",
  query: LinkQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "4.3.0", changed: "4.5.0" },
  pagination: statusPages
})

/** The declaration behind {@link direct}: `GET /api/v1/timelines/direct`. @since 0.1.0 */
export const directEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "timelines.direct",
  method: "GET",
  path: "/api/v1/timelines/direct",
  query: Argument.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "user",
  scopes: ["read:statuses"],
  // Replaced by the conversations API.
  versions: { added: "2.4.0", changed: "2.6.0", removed: "3.0.0" },
  pagination: statusPages,
  deprecated: true
})

/**
 * Where the statuses of the public and hashtag timelines come from.
 *
 * @since 0.1.0
 */
export interface OriginParams {
  /** Only statuses of this server's accounts. */
  readonly local?: boolean | undefined
  /** Only statuses from other servers (Mastodon 3.1.4; 3.3 for hashtags). */
  readonly remote?: boolean | undefined
  /** Only statuses with media attached. */
  readonly only_media?: boolean | undefined
}

/**
 * Options of {@link publicTimeline}.
 *
 * @since 0.1.0
 */
export interface PublicParams extends Page.Params, OriginParams {}

/**
 * Options of {@link tag}: other hashtags combined with the one in the path (names with or
 * without `#`).
 *
 * @since 0.1.0
 */
export interface TagParams extends Page.Params, OriginParams {
  /** Statuses with any of these hashtags too (or the one in the path). */
  readonly any?: ReadonlyArray<string> | undefined
  /** Statuses that also carry all of these. */
  readonly all?: ReadonlyArray<string> | undefined
  /** Statuses with none of these. */
  readonly none?: ReadonlyArray<string> | undefined
}

/**
 * One page of the signed-in user's home timeline: statuses of followed accounts and hashtags,
 * newest first. A server rebuilding the feed after a long absence answers 206 with what it has.
 *
 * @example
 * import { Timelines } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const lastSeen: Id.StatusId
 * // the statuses just after the last one read, and a `prev` cursor to keep going
 * const newer = Timelines.home({ min_id: lastSeen })
 *
 * @since 0.1.0
 */
export const home = (params?: Page.Params): Endpoint.Call<Page.Page<Status.Status>> => Endpoint.call(homeEndpoint, { query: params })

/**
 * One page of the public timeline: public statuses known to the server, or only local
 * (`local: true`) or only remote (`remote: true`) ones. (`public` is a reserved word.) From 4.5 a
 * server may keep its feeds to signed-in users (`Unauthorized` without a token) or disable them,
 * as its `configuration.timelines_access` says; the same goes for hashtag and link timelines.
 *
 * @example
 * import { Timelines } from "@mastodon-effect/http"
 * const localMedia = Timelines.publicTimeline({ local: true, only_media: true })
 *
 * @since 0.1.0
 */
export const publicTimeline = (params?: PublicParams): Endpoint.Call<Page.Page<Status.Status>> =>
  Endpoint.call(publicTimelineEndpoint, { query: params })

/**
 * One page of public statuses with a hashtag (given with or without `#`), optionally combined with
 * `any`, `all` and `none` of other hashtags.
 *
 * @example
 * import { Timelines } from "@mastodon-effect/http"
 * const catsNotDogs = Timelines.tag("cats", { none: ["dogs"] })
 *
 * @since 0.1.0
 */
export const tag = (hashtag: string, params?: TagParams): Endpoint.Call<Page.Page<Status.Status>> =>
  Endpoint.call(tagEndpoint, { path: { hashtag: hashtag.replace(/^#/, "") }, query: params })

/**
 * One page of a list's timeline: statuses of its members, with replies as the list's
 * `replies_policy` says. Fails with `NotFound` for a list that is not the user's.
 *
 * @since 0.1.0
 */
export const list = (id: Id.IdOrEntity<Id.ListId>, params?: Page.Params): Endpoint.Call<Page.Page<Status.Status>> =>
  Endpoint.call(listEndpoint, { path: { list_id: Id.idOf(id) }, query: params })

/**
 * One page of public statuses sharing a trending link (Mastodon 4.3). Fails with `NotFound` when
 * the link is not trending.
 *
 * @since 0.1.0
 */
export const link = (url: string, params?: Page.Params): Endpoint.Call<Page.Page<Status.Status>> =>
  Endpoint.call(linkEndpoint, { query: { ...params, url } })

/**
 * One page of direct statuses to and from the user, on servers before 3.0 (which replaced it
 * with conversations; newer servers answer `NotFound`).
 *
 * @since 0.1.0
 */
export const direct = (params?: Page.Params): Endpoint.Call<Page.Page<Status.Status>> => Endpoint.call(directEndpoint, { query: params })
