/**
 * Notifications, one per event (v1): list them, read one, dismiss one or all, count the unread
 * ones, and read or change the filtering policy that sends notifications from strangers to
 * notification requests (see `NotificationRequests`). For notifications folded into groups, see
 * `GroupedNotifications`. See the Mastodon docs, methods/notifications.
 *
 * @since 0.1.0
 */
import * as Id from "@mastodon-effect/core/Id"
import * as Notification from "@mastodon-effect/core/Notification"
import * as NotificationPolicy from "@mastodon-effect/core/NotificationPolicy"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** `types[]` / `exclude_types[]`: any string goes (servers add types), the known ones autocomplete. */
const Types = /* @__PURE__ */ Schema.Array(Notification.NotificationType)

/** What narrows a list or a count of notifications: by type and by sender. */
const FilterFields = {
  types: /* @__PURE__ */ Schema.optional(Types),
  exclude_types: /* @__PURE__ */ Schema.optional(Types),
  account_id: /* @__PURE__ */ Schema.optional(Argument.IdRef)
}

/** The query of {@link list}. */
const ListQuery = /* @__PURE__ */ Schema.Struct({
  ...Argument.PageQuery.fields,
  ...FilterFields,
  include_filtered: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  supported_types: /* @__PURE__ */ Schema.optional(Types)
})

/** The query of {@link unreadCount}: the count is capped by `limit` (100 by default, 1000 at most). */
const UnreadCountQuery = /* @__PURE__ */ Schema.Struct({
  ...FilterFields,
  limit: /* @__PURE__ */ Schema.optional(Argument.WholeNumber(1, 1000))
})

/** The body of {@link updatePolicy}. */
const PolicyBody = /* @__PURE__ */ Schema.Struct({
  for_not_following: /* @__PURE__ */ Schema.optional(NotificationPolicy.PolicyAction),
  for_not_followers: /* @__PURE__ */ Schema.optional(NotificationPolicy.PolicyAction),
  for_new_accounts: /* @__PURE__ */ Schema.optional(NotificationPolicy.PolicyAction),
  for_private_mentions: /* @__PURE__ */ Schema.optional(NotificationPolicy.PolicyAction),
  for_limited_accounts: /* @__PURE__ */ Schema.optional(NotificationPolicy.PolicyAction)
})

/** The body of {@link updatePolicyV1}. */
const PolicyV1Body = /* @__PURE__ */ Schema.Struct({
  filter_not_following: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  filter_not_followers: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  filter_new_accounts: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  filter_private_mentions: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

/** The declaration behind {@link list}: `GET /api/v1/notifications`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.list",
  method: "GET",
  path: "/api/v1/notifications",
  query: ListQuery,
  response: /* @__PURE__ */ Schema.Array(Notification.Notification),
  auth: "user",
  scopes: ["read:notifications"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0", changed: "4.3.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/notifications/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.get",
  method: "GET",
  path: "/api/v1/notifications/:id",
  response: Notification.Notification,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "0.0.0" }
})

/** The declaration behind {@link clear}: `POST /api/v1/notifications/clear`. @since 0.1.0 */
export const clearEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.clear",
  method: "POST",
  path: "/api/v1/notifications/clear",
  // Documented as `{}`.
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "0.0.0" }
})

/** The declaration behind {@link dismiss}: `POST /api/v1/notifications/:id/dismiss`. @since 0.1.0 */
export const dismissEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.dismiss",
  method: "POST",
  path: "/api/v1/notifications/:id/dismiss",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "1.3.0" }
})

/**
 * The declaration of the form before 1.3.0, `POST /api/v1/notifications/dismiss` with the id in
 * the body; removed in 3.0.0. Declared for servers that still have it; use {@link dismiss}.
 *
 * @since 0.1.0
 */
export const dismissLegacyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.dismissLegacy",
  method: "POST",
  path: "/api/v1/notifications/dismiss",
  body: /* @__PURE__ */ Schema.Struct({ id: Argument.IdRef }),
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "0.0.0", removed: "3.0.0" },
  deprecated: true
})

/** The declaration behind {@link unreadCount}: `GET /api/v1/notifications/unread_count`. @since 0.1.0 */
export const unreadCountEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.unreadCount",
  method: "GET",
  path: "/api/v1/notifications/unread_count",
  query: UnreadCountQuery,
  response: Notification.UnreadCount,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link getPolicy}: `GET /api/v2/notifications/policy`. @since 0.1.0 */
export const getPolicyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.getPolicy",
  method: "GET",
  path: "/api/v2/notifications/policy",
  response: NotificationPolicy.NotificationPolicy,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link updatePolicy}: `PATCH /api/v2/notifications/policy`. @since 0.1.0 */
export const updatePolicyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.updatePolicy",
  method: "PATCH",
  path: "/api/v2/notifications/policy",
  body: PolicyBody,
  response: NotificationPolicy.NotificationPolicy,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link getPolicyV1}: `GET /api/v1/notifications/policy`. @since 0.1.0 */
export const getPolicyV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.getPolicyV1",
  method: "GET",
  path: "/api/v1/notifications/policy",
  response: NotificationPolicy.NotificationPolicyV1,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" },
  deprecated: true
})

/** The declaration behind {@link updatePolicyV1}: `PATCH /api/v1/notifications/policy`. @since 0.1.0 */
export const updatePolicyV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "notifications.updatePolicyV1",
  method: "PATCH",
  path: "/api/v1/notifications/policy",
  body: PolicyV1Body,
  response: NotificationPolicy.NotificationPolicyV1,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "4.3.0" },
  deprecated: true
})

/**
 * What narrows a list or a count of notifications.
 *
 * @since 0.1.0
 */
export interface FilterParams {
  /** Only these types. */
  readonly types?: ReadonlyArray<Notification.NotificationType> | undefined
  /** Not these types. */
  readonly exclude_types?: ReadonlyArray<Notification.NotificationType> | undefined
  /** Only notifications caused by this account. */
  readonly account_id?: Id.IdOrEntity<Id.AccountId> | undefined
}

/**
 * The parameters of {@link list}.
 *
 * @since 0.1.0
 */
export interface ListParams extends Page.Params, FilterParams {
  /** Also the notifications the policy filtered into requests (4.3). */
  readonly include_filtered?: boolean | undefined
  /** Types the client shows itself; others may come with a `fallback` text (4.6). */
  readonly supported_types?: ReadonlyArray<Notification.NotificationType> | undefined
}

/**
 * One page of notifications, newest first: 40 by default, 80 at most (`limit`). Types the library
 * does not know decode as plain strings, so a newer server never breaks the page.
 *
 * @example
 * import { Notifications } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * // who mentioned me lately
 * const mentions = Effect.map(Notifications.list({ types: ["mention"] }), (page) =>
 *   page.items.map((n) => n.account.acct))
 *
 * @since 0.1.0
 */
export const list = (params?: ListParams): Endpoint.Call<Page.Page<Notification.Notification>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One notification by id. Fails with `NotFound` when it does not exist or is not yours.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.NotificationId>): Endpoint.Call<Notification.Notification> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Dismiss every notification.
 *
 * @since 0.1.0
 */
export const clear = (): Endpoint.Call<unknown> => Endpoint.call(clearEndpoint)

/**
 * Dismiss one notification.
 *
 * @since 0.1.0
 */
export const dismiss = (id: Id.IdOrEntity<Id.NotificationId>): Endpoint.Call<unknown> =>
  Endpoint.call(dismissEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Dismiss one notification the way servers before 1.3.0 expected (removed in 3.0.0).
 *
 * @since 0.1.0
 */
export const dismissLegacy = (id: Id.IdOrEntity<Id.NotificationId>): Endpoint.Call<unknown> =>
  Endpoint.call(dismissLegacyEndpoint, { body: { id } })

/**
 * How many notifications are newer than the notifications marker (see `Markers`), capped at
 * `limit` (100 by default, 1000 at most) (4.3).
 *
 * @since 0.1.0
 */
export const unreadCount = (params?: FilterParams & { readonly limit?: number | undefined }): Endpoint.Call<Notification.UnreadCount> =>
  Endpoint.call(unreadCountEndpoint, { query: params })

/**
 * The filtering policy: for each kind of stranger, `accept`, `filter` (into requests) or `drop` (4.3).
 *
 * @since 0.1.0
 */
export const getPolicy = (): Endpoint.Call<NotificationPolicy.NotificationPolicy> => Endpoint.call(getPolicyEndpoint)

/**
 * The parameters of {@link updatePolicy}: the fields to change.
 *
 * @since 0.1.0
 */
export interface PolicyParams {
  readonly for_not_following?: NotificationPolicy.PolicyAction | undefined
  readonly for_not_followers?: NotificationPolicy.PolicyAction | undefined
  readonly for_new_accounts?: NotificationPolicy.PolicyAction | undefined
  readonly for_private_mentions?: NotificationPolicy.PolicyAction | undefined
  readonly for_limited_accounts?: NotificationPolicy.PolicyAction | undefined
}

/**
 * Change the filtering policy; fields left out stay as they are (4.3).
 *
 * @example
 * import { Notifications } from "@mastodon-effect/http"
 * // strangers' notifications go to requests, brand-new accounts are dropped
 * const strict = Notifications.updatePolicy({ for_not_following: "filter", for_new_accounts: "drop" })
 *
 * @since 0.1.0
 */
export const updatePolicy = (params: PolicyParams): Endpoint.Call<NotificationPolicy.NotificationPolicy> =>
  Endpoint.call(updatePolicyEndpoint, { body: params })

/**
 * The filtering policy in its first, boolean form (4.3; deprecated for {@link getPolicy}).
 *
 * @since 0.1.0
 */
export const getPolicyV1 = (): Endpoint.Call<NotificationPolicy.NotificationPolicyV1> => Endpoint.call(getPolicyV1Endpoint)

/**
 * The parameters of {@link updatePolicyV1}.
 *
 * @since 0.1.0
 */
export interface PolicyV1Params {
  readonly filter_not_following?: boolean | undefined
  readonly filter_not_followers?: boolean | undefined
  readonly filter_new_accounts?: boolean | undefined
  readonly filter_private_mentions?: boolean | undefined
}

/**
 * Change the boolean filtering policy (`true` is `filter`, `false` is `accept`) (4.3; deprecated
 * for {@link updatePolicy}).
 *
 * @since 0.1.0
 */
export const updatePolicyV1 = (params: PolicyV1Params): Endpoint.Call<NotificationPolicy.NotificationPolicyV1> =>
  Endpoint.call(updatePolicyV1Endpoint, { body: params })
