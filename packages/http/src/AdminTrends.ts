/**
 * Reviewing what trends: the links, statuses and hashtags the server would show as trending,
 * unreviewed ones included, and approving or rejecting each. See the Mastodon docs,
 * methods/admin/trends (the approve and reject calls are Mastodon 4.2's, not yet in the docs).
 *
 * Listing needs `admin:read`, reviewing links and statuses `admin:write`, reviewing hashtags
 * `admin:read` (Mastodon's hashtag controller asks nothing more). Reviewing needs a role granting
 * `manage_taxonomies`, otherwise `Forbidden`; listing without it (or without a token) is not
 * refused: the server answers the public trends instead, only what was approved, as plain
 * entities (hashtags without `requires_review`).
 *
 * @since 0.1.0
 */
import * as AdminTag from "@mastodon-effect/core/AdminTag"
import * as AdminTrends from "@mastodon-effect/core/AdminTrends"
import * as Id from "@mastodon-effect/core/Id"
import type * as RolePermission from "@mastodon-effect/core/RolePermission"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/**
 * The role permission the server checks for each function of this module (for the three lists it
 * decides between the review view and the public trends, rather than refusing).
 *
 * @since 0.1.0
 */
export const permissions = {
  links: "manage_taxonomies",
  statuses: "manage_taxonomies",
  tags: "manage_taxonomies",
  approveLink: "manage_taxonomies",
  rejectLink: "manage_taxonomies",
  approveStatus: "manage_taxonomies",
  rejectStatus: "manage_taxonomies",
  approveTag: "manage_taxonomies",
  rejectTag: "manage_taxonomies"
} as const satisfies Record<string, RolePermission.Flag>

/** The declaration behind {@link links}: `GET /api/v1/admin/trends/links`. @since 0.1.0 */
export const linksEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminTrends.links",
  method: "GET",
  path: "/api/v1/admin/trends/links",
  query: Argument.OffsetQuery,
  response: /* @__PURE__ */ Schema.Array(AdminTrends.TrendingLink),
  auth: "user",
  scopes: ["admin:read"],
  versions: { added: "3.5.0" },
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 10, max: 20 })
})

/** The declaration behind {@link statuses}: `GET /api/v1/admin/trends/statuses`. @since 0.1.0 */
export const statusesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminTrends.statuses",
  method: "GET",
  path: "/api/v1/admin/trends/statuses",
  query: Argument.OffsetQuery,
  response: /* @__PURE__ */ Schema.Array(AdminTrends.TrendingStatus),
  auth: "user",
  scopes: ["admin:read"],
  versions: { added: "3.5.0" },
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 20, max: 40 })
})

/** The declaration behind {@link tags}: `GET /api/v1/admin/trends/tags`. @since 0.1.0 */
export const tagsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "adminTrends.tags",
  method: "GET",
  path: "/api/v1/admin/trends/tags",
  query: Argument.OffsetQuery,
  // Mastodon 4.0 answered plain Tags by mistake (fixed in 4.1).
  response: /* @__PURE__ */ Schema.Array(AdminTag.AdminTagOrTag),
  auth: "user",
  scopes: ["admin:read"],
  versions: { added: "3.5.0", changed: "4.1.0" },
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 10, max: 20 })
})

const review = <const Path extends `/api/v1/admin/trends/${string}/:id/${string}`, A, I>(
  fn: string,
  path: Path,
  response: Schema.Schema<A, I>,
  scope: "admin:read" | "admin:write" = "admin:write"
) =>
  Endpoint.make({
    name: `adminTrends.${fn}`,
    method: "POST",
    path,
    response,
    auth: "user",
    scopes: [scope],
    versions: { added: "4.2.0" }
  })

/** The declaration behind {@link approveLink}: `POST /api/v1/admin/trends/links/:id/approve`. @since 0.1.0 */
export const approveLinkEndpoint = /* @__PURE__ */ review("approveLink", "/api/v1/admin/trends/links/:id/approve", AdminTrends.TrendingLink)

/** The declaration behind {@link rejectLink}: `POST /api/v1/admin/trends/links/:id/reject`. @since 0.1.0 */
export const rejectLinkEndpoint = /* @__PURE__ */ review("rejectLink", "/api/v1/admin/trends/links/:id/reject", AdminTrends.TrendingLink)

/** The declaration behind {@link approveStatus}: `POST /api/v1/admin/trends/statuses/:id/approve`. @since 0.1.0 */
export const approveStatusEndpoint = /* @__PURE__ */ review("approveStatus", "/api/v1/admin/trends/statuses/:id/approve", AdminTrends.TrendingStatus)

/** The declaration behind {@link rejectStatus}: `POST /api/v1/admin/trends/statuses/:id/reject`. @since 0.1.0 */
export const rejectStatusEndpoint = /* @__PURE__ */ review("rejectStatus", "/api/v1/admin/trends/statuses/:id/reject", AdminTrends.TrendingStatus)

/** The declaration behind {@link approveTag}: `POST /api/v1/admin/trends/tags/:id/approve`. @since 0.1.0 */
export const approveTagEndpoint = /* @__PURE__ */ review("approveTag", "/api/v1/admin/trends/tags/:id/approve", AdminTag.AdminTagOrTag, "admin:read")

/** The declaration behind {@link rejectTag}: `POST /api/v1/admin/trends/tags/:id/reject`. @since 0.1.0 */
export const rejectTagEndpoint = /* @__PURE__ */ review("rejectTag", "/api/v1/admin/trends/tags/:id/reject", AdminTag.AdminTagOrTag, "admin:read")

/**
 * Offset paging of the trend lists.
 *
 * @since 0.1.0
 */
export interface OffsetParams {
  /** Skip this many items. */
  readonly offset?: number | undefined
  /** Items per page. */
  readonly limit?: number | undefined
}

/**
 * Links that would trend, unreviewed ones included (`requires_review`). 10 by default, 20 at
 * most. Permission `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const links = (params?: OffsetParams): Endpoint.Call<ReadonlyArray<AdminTrends.TrendingLink>> =>
  Endpoint.call(linksEndpoint, { query: params })

/**
 * Statuses that would trend, unreviewed ones included. 20 by default, 40 at most. Permission
 * `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const statuses = (params?: OffsetParams): Endpoint.Call<ReadonlyArray<AdminTrends.TrendingStatus>> =>
  Endpoint.call(statusesEndpoint, { query: params })

/**
 * Hashtags that would trend, unreviewed ones included. 10 by default, 20 at most. Permission
 * `manage_taxonomies`.
 *
 * @example
 * import { AdminTrends } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const toReview = Effect.map(AdminTrends.tags(), (tags) => tags.filter((t) => "requires_review" in t && t.requires_review))
 *
 * @since 0.1.0
 */
export const tags = (params?: OffsetParams): Endpoint.Call<ReadonlyArray<AdminTag.AdminTagOrTag>> =>
  Endpoint.call(tagsEndpoint, { query: params })

/**
 * Let a link trend (Mastodon 4.2). Permission `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const approveLink = (id: Id.IdOrEntity<Id.PreviewCardId>): Endpoint.Call<AdminTrends.TrendingLink> =>
  Endpoint.call(approveLinkEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Keep a link out of trends (Mastodon 4.2). Permission `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const rejectLink = (id: Id.IdOrEntity<Id.PreviewCardId>): Endpoint.Call<AdminTrends.TrendingLink> =>
  Endpoint.call(rejectLinkEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Let a status trend (Mastodon 4.2). Permission `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const approveStatus = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<AdminTrends.TrendingStatus> =>
  Endpoint.call(approveStatusEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Keep a status out of trends (Mastodon 4.2). Permission `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const rejectStatus = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<AdminTrends.TrendingStatus> =>
  Endpoint.call(rejectStatusEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Let a hashtag trend (Mastodon 4.2). Permission `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const approveTag = (id: Id.IdOrEntity<Id.TagId>): Endpoint.Call<AdminTag.AdminTagOrTag> =>
  Endpoint.call(approveTagEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Keep a hashtag out of trends (Mastodon 4.2). Permission `manage_taxonomies`.
 *
 * @since 0.1.0
 */
export const rejectTag = (id: Id.IdOrEntity<Id.TagId>): Endpoint.Call<AdminTag.AdminTagOrTag> =>
  Endpoint.call(rejectTagEndpoint, { path: { id: Id.idOf(id) } })
