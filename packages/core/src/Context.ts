/**
 * The thread around a status (`GET /api/v1/statuses/:id/context`).
 *
 * See the Mastodon docs, entities/Context.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Status from "./Status.js"

/**
 * The statuses above and below a status in its thread, each in thread order.
 *
 * See the Mastodon docs, entities/Context.
 *
 * @since 0.1.0
 */
export const Context = /* @__PURE__ */ Schema.Struct({
  /** The parents, from the root of the thread down to the direct parent. */
  ancestors: /* @__PURE__ */ Schema.Array(Status.Status),
  /** The replies, depth first. */
  descendants: /* @__PURE__ */ Schema.Array(Status.Status)
}).annotations({ identifier: "Context" })

/**
 * The decoded form of {@link Context}.
 *
 * @since 0.1.0
 */
export interface Context extends Schema.Schema.Type<typeof Context> {}

/**
 * The JSON form of {@link Context}.
 *
 * @since 0.1.0
 */
export interface ContextEncoded extends Schema.Schema.Encoded<typeof Context> {}
