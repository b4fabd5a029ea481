/**
 * The scheduled status endpoints (`/api/v1/scheduled_statuses`): list, read, reschedule and cancel
 * statuses posted with `Statuses.schedule`. See the Mastodon docs, methods/scheduled_statuses.
 *
 * @since 0.1.0
 */
import * as Id from "@mastodon-effect/core/Id"
import * as ScheduledStatus from "@mastodon-effect/core/ScheduledStatus"
import type * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** The declaration behind {@link list}: `GET /api/v1/scheduled_statuses`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "scheduledStatuses.list",
  method: "GET",
  path: "/api/v1/scheduled_statuses",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(ScheduledStatus.ScheduledStatus),
  auth: "user",
  scopes: ["read:statuses"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 20, max: 40 }),
  versions: { added: "2.7.0", changed: "3.3.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/scheduled_statuses/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "scheduledStatuses.get",
  method: "GET",
  path: "/api/v1/scheduled_statuses/:id",
  response: ScheduledStatus.ScheduledStatus,
  auth: "user",
  scopes: ["read:statuses"],
  versions: { added: "2.7.0" }
})

/** The declaration behind {@link reschedule}: `PUT /api/v1/scheduled_statuses/:id`. @since 0.1.0 */
export const rescheduleEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "scheduledStatuses.reschedule",
  method: "PUT",
  path: "/api/v1/scheduled_statuses/:id",
  body: /* @__PURE__ */ Schema.Struct({ scheduled_at: Argument.Moment }),
  response: ScheduledStatus.ScheduledStatus,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "2.7.0" }
})

/** The declaration behind {@link cancel}: `DELETE /api/v1/scheduled_statuses/:id`. @since 0.1.0 */
export const cancelEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "scheduledStatuses.cancel",
  method: "DELETE",
  path: "/api/v1/scheduled_statuses/:id",
  // Documented as `{}`: nothing to decode.
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "2.7.0" }
})

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * The signed-in user's scheduled statuses, a page at a time (20 by default, at most 40).
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<ScheduledStatus.ScheduledStatus>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * One scheduled status.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.ScheduledStatusId>): Endpoint.Call<ScheduledStatus.ScheduledStatus> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Move a scheduled status to another time (at least five minutes ahead, or the server answers
 * `UnprocessableEntity`).
 *
 * @example
 * import { ScheduledStatuses } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const id: Id.ScheduledStatusId
 * const later = ScheduledStatuses.reschedule(id, new Date("2030-01-02T08:00:00Z"))
 *
 * @since 0.1.0
 */
export const reschedule = (
  id: Id.IdOrEntity<Id.ScheduledStatusId>,
  scheduled_at: Date | DateTime.DateTime
): Endpoint.Call<ScheduledStatus.ScheduledStatus> =>
  Endpoint.call(rescheduleEndpoint, { path: { id: Id.idOf(id) }, body: { scheduled_at } })

/**
 * Cancel a scheduled status; its media become unattached again.
 *
 * @since 0.1.0
 */
export const cancel = (id: Id.IdOrEntity<Id.ScheduledStatusId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(cancelEndpoint, { path: { id: Id.idOf(id) } }))
