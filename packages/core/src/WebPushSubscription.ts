/**
 * Web Push subscriptions (`/api/v1/push/subscription`): where the server sends push
 * notifications for one access token, and which ones.
 *
 * See the Mastodon docs, entities/WebPushSubscription and methods/push.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { idFromStringOrNumber } from "./internal/entity.js"
import { OpenEnum } from "./internal/schema.js"

/**
 * Which notification types are pushed. The four from Mastodon 2.4 are always sent; each later
 * one is optional for servers that predate it.
 *
 * See the Mastodon docs, entities/WebPushSubscription (alerts).
 *
 * @since 0.1.0
 */
export const WebPushAlerts = /* @__PURE__ */ Schema.Struct({
  /** Mentions. */
  mention: Schema.Boolean,
  /** Posts by accounts you enabled notifications for (3.3). */
  status: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Boosts of your statuses. */
  reblog: Schema.Boolean,
  /** New followers. */
  follow: Schema.Boolean,
  /** Follow requests (3.1). */
  follow_request: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Favourites of your statuses. */
  favourite: Schema.Boolean,
  /** Ended polls (2.8). */
  poll: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Edits of statuses you interacted with (3.5). */
  update: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Quotes of your statuses (4.5). */
  quote: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Edits of statuses you quoted (4.5). */
  quoted_update: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** New sign-ups, for moderators (3.5). */
  "admin.sign_up": /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** New reports, for moderators (4.0). */
  "admin.report": /* @__PURE__ */ Schema.optional(Schema.Boolean)
}).annotations({ identifier: "WebPushAlerts" })

/**
 * The decoded form of {@link WebPushAlerts}.
 *
 * @since 0.1.0
 */
export interface WebPushAlerts extends Schema.Schema.Type<typeof WebPushAlerts> {}

/**
 * The JSON form of {@link WebPushAlerts}.
 *
 * @since 0.1.0
 */
export interface WebPushAlertsEncoded extends Schema.Schema.Encoded<typeof WebPushAlerts> {}

/**
 * From whom notifications are pushed: `all`, accounts you follow (`followed`), accounts that
 * follow you (`follower`), or `none` (3.4).
 *
 * @since 0.1.0
 */
export const WebPushPolicy = /* @__PURE__ */ OpenEnum("all", "followed", "follower", "none")

/**
 * @since 0.1.0
 */
export type WebPushPolicy = typeof WebPushPolicy.Type

/**
 * A Web Push subscription (Mastodon 2.4).
 *
 * `id` is a JSON number on Mastodon (the docs' own example) and decodes to a string id.
 * `server_key` is the VAPID public key the server signs pushes with. `standard` (4.4) tells
 * whether pushes follow RFC 8030/8291/8292 or the legacy drafts; `policy` (3.4) is sent by
 * Mastodon though the entity page leaves it out. See the Mastodon docs,
 * entities/WebPushSubscription.
 *
 * @since 0.1.0
 */
export const WebPushSubscription = /* @__PURE__ */ Schema.Struct({
  /** The subscription's id. */
  id: idFromStringOrNumber(Id.PushSubscriptionId),
  /** Where pushes are sent. */
  endpoint: Schema.String,
  /** Whether pushes follow the published standards (4.4). */
  standard: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Which types are pushed. */
  alerts: WebPushAlerts,
  /** The server's VAPID public key (base64url). */
  server_key: Schema.String,
  /** From whom notifications are pushed (3.4). */
  policy: /* @__PURE__ */ Schema.optional(WebPushPolicy)
}).annotations({ identifier: "WebPushSubscription" })

/**
 * The decoded form of {@link WebPushSubscription}.
 *
 * @since 0.1.0
 */
export interface WebPushSubscription extends Schema.Schema.Type<typeof WebPushSubscription> {}

/**
 * The JSON form of {@link WebPushSubscription}.
 *
 * @since 0.1.0
 */
export interface WebPushSubscriptionEncoded extends Schema.Schema.Encoded<typeof WebPushSubscription> {}
