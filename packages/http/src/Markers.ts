/**
 * Markers: where the signed-in user stopped reading the home timeline and the notifications,
 * shared by every app they use. Saving is optimistic: two apps saving at the same moment make the
 * server answer 409, the typed `Conflict` error, and the save can simply be tried again
 * ({@link saveWithRetry}). See the Mastodon docs, methods/markers.
 *
 * @since 0.1.0
 */
import type * as Id from "@mastodon-effect/core/Id"
import * as Marker from "@mastodon-effect/core/Marker"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/**
 * A timeline that has a marker.
 *
 * @since 0.1.0
 */
export type Timeline = "home" | "notifications"

const Position = /* @__PURE__ */ Schema.Struct({ last_read_id: Argument.Id })

/** `home[last_read_id]` / `notifications[last_read_id]` from `{ home, notifications }` ids; at least one. */
const SaveBody = /* @__PURE__ */ Schema.transform(
  /* @__PURE__ */ Schema.Struct({ home: /* @__PURE__ */ Schema.optional(Position), notifications: /* @__PURE__ */ Schema.optional(Position) }),
  /* @__PURE__ */ Schema.Struct({ home: /* @__PURE__ */ Schema.optional(Argument.IdRef), notifications: /* @__PURE__ */ Schema.optional(Argument.IdRef) }).pipe(
    /* @__PURE__ */ Schema.filter((p) => p.home !== undefined || p.notifications !== undefined || "nothing to save: give home, notifications or both")
  ),
  {
    strict: false,
    decode: (body) => ({ home: body.home?.last_read_id, notifications: body.notifications?.last_read_id }),
    encode: (positions) => ({
      ...(positions.home === undefined ? {} : { home: { last_read_id: positions.home } }),
      ...(positions.notifications === undefined ? {} : { notifications: { last_read_id: positions.notifications } })
    })
  }
)

/** The declaration behind {@link get}: `GET /api/v1/markers`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "markers.get",
  method: "GET",
  path: "/api/v1/markers",
  query: /* @__PURE__ */ Schema.Struct({ timeline: /* @__PURE__ */ Schema.Array(/* @__PURE__ */ Schema.Literal("home", "notifications")) }),
  response: Marker.Markers,
  auth: "user",
  scopes: ["read:statuses"],
  versions: { added: "3.0.0" }
})

/** The declaration behind {@link save}: `POST /api/v1/markers`. @since 0.1.0 */
export const saveEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "markers.save",
  method: "POST",
  path: "/api/v1/markers",
  body: SaveBody,
  response: Marker.Markers,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "3.0.0" }
})

/**
 * The saved positions of the given timelines (both by default). A timeline never saved is absent.
 *
 * @example
 * import { Markers } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const lastRead = Effect.map(Markers.get(), (m) => m.notifications?.last_read_id)
 *
 * @since 0.1.0
 */
export const get = (timelines: ReadonlyArray<Timeline> = ["home", "notifications"]): Endpoint.Call<Marker.Markers> =>
  Endpoint.call(getEndpoint, { query: { timeline: timelines } })

/**
 * The positions to save: the id (or the status / notification itself) of the last item read.
 *
 * @since 0.1.0
 */
export interface Positions {
  readonly home?: Id.IdOrEntity<Id.StatusId> | undefined
  readonly notifications?: Id.IdOrEntity<Id.NotificationId> | undefined
}

/**
 * Save positions; returns the markers saved, each with its new `version`. Fails with `Conflict`
 * when another app saved the same marker at the same moment: retry (see {@link saveWithRetry}).
 * Giving neither position is an `InvalidArgument`, before sending.
 *
 * @since 0.1.0
 */
export const save = (positions: Positions): Endpoint.Call<Marker.Markers> => Endpoint.call(saveEndpoint, { body: positions })

/**
 * {@link save}, tried again on `Conflict` (and only on it), by default up to 3 more times with a
 * short growing pause. Any other error fails at once.
 *
 * @example
 * import { Markers } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const newest: Id.NotificationId
 * const saved = Markers.saveWithRetry({ notifications: newest })
 * // the same by hand:
 * // Markers.save({ notifications: newest }).pipe(
 * //   Effect.retry({ times: 3, while: (e) => e._tag === "Conflict" }))
 *
 * @since 0.1.0
 */
export const saveWithRetry = (
  positions: Positions,
  options: { readonly times?: number | undefined; readonly schedule?: Schedule.Schedule<unknown, MastodonError.MastodonError> | undefined } = {}
): Endpoint.Call<Marker.Markers> =>
  Effect.retry(save(positions), {
    schedule: options.schedule ?? Schedule.exponential("50 millis"),
    times: options.times ?? 3,
    while: (error) => error._tag === "Conflict"
  })

/**
 * Whether an error is the 409 of a concurrent save.
 *
 * @since 0.1.0
 */
export const isConflict = (error: MastodonError.MastodonError): error is MastodonError.Conflict => error._tag === "Conflict"
