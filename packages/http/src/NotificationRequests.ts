/**
 * Notification requests (4.3): notifications the filtering policy held back, one request per
 * account. Accepting a request lets that account's notifications through (now and later);
 * dismissing it drops them. See the Mastodon docs, methods/notifications (requests).
 *
 * @since 0.1.0
 */
import * as Id from "@mastodon-effect/core/Id"
import * as NotificationRequest from "@mastodon-effect/core/NotificationRequest"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The body of the bulk forms: `id[]`, at least one. */
const IdsBody = /* @__PURE__ */ Schema.Struct({ id: Argument.IdRefs })

/** The declaration behind {@link list}: `GET /api/v1/notifications/requests`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notificationRequests.list",
  method: "GET",
  path: "/api/v1/notifications/requests",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(NotificationRequest.NotificationRequest),
  auth: "user",
  scopes: ["read:notifications"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/notifications/requests/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notificationRequests.get",
  method: "GET",
  path: "/api/v1/notifications/requests/:id",
  response: NotificationRequest.NotificationRequest,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link accept}: `POST /api/v1/notifications/requests/:id/accept`. @since 0.1.0 */
export const acceptEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notificationRequests.accept",
  method: "POST",
  path: "/api/v1/notifications/requests/:id/accept",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link dismiss}: `POST /api/v1/notifications/requests/:id/dismiss`. @since 0.1.0 */
export const dismissEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notificationRequests.dismiss",
  method: "POST",
  path: "/api/v1/notifications/requests/:id/dismiss",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link acceptMany}: `POST /api/v1/notifications/requests/accept`. @since 0.1.0 */
export const acceptManyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notificationRequests.acceptMany",
  method: "POST",
  path: "/api/v1/notifications/requests/accept",
  body: IdsBody,
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link dismissMany}: `POST /api/v1/notifications/requests/dismiss`. @since 0.1.0 */
export const dismissManyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notificationRequests.dismissMany",
  method: "POST",
  path: "/api/v1/notifications/requests/dismiss",
  body: IdsBody,
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link merged}: `GET /api/v1/notifications/requests/merged`. @since 0.1.0 */
export const mergedEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "notificationRequests.merged",
  method: "GET",
  path: "/api/v1/notifications/requests/merged",
  response: NotificationRequest.RequestsMerged,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" }
})

/**
 * One page of pending notification requests, newest first: 40 by default, 80 at most (`limit`).
 *
 * @example
 * import { NotificationRequests } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * // accept everyone I already talked to
 * const acceptAll = Effect.flatMap(NotificationRequests.list(), (page) =>
 *   page.items.length === 0 ? Effect.void : NotificationRequests.acceptMany(page.items))
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<NotificationRequest.NotificationRequest>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One notification request by id; `NotFound` once it was accepted or dismissed.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.NotificationRequestId>): Endpoint.Call<NotificationRequest.NotificationRequest> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Accept a request: its notifications join the others, and the account is no longer filtered.
 *
 * @since 0.1.0
 */
export const accept = (id: Id.IdOrEntity<Id.NotificationRequestId>): Endpoint.Call<unknown> =>
  Endpoint.call(acceptEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Dismiss a request: its notifications are dropped.
 *
 * @since 0.1.0
 */
export const dismiss = (id: Id.IdOrEntity<Id.NotificationRequestId>): Endpoint.Call<unknown> =>
  Endpoint.call(dismissEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Accept several requests at once; an empty list is refused before sending.
 *
 * @since 0.1.0
 */
export const acceptMany = (ids: ReadonlyArray<Id.IdOrEntity<Id.NotificationRequestId>>): Endpoint.Call<unknown> =>
  Endpoint.call(acceptManyEndpoint, { body: { id: ids } })

/**
 * Dismiss several requests at once; an empty list is refused before sending.
 *
 * @since 0.1.0
 */
export const dismissMany = (ids: ReadonlyArray<Id.IdOrEntity<Id.NotificationRequestId>>): Endpoint.Call<unknown> =>
  Endpoint.call(dismissManyEndpoint, { body: { id: ids } })

/**
 * Whether the notifications of accepted requests have been merged into the list yet: reload the
 * notifications once it says `true`.
 *
 * @since 0.1.0
 */
export const merged = (): Endpoint.Call<NotificationRequest.RequestsMerged> => Endpoint.call(mergedEndpoint)
