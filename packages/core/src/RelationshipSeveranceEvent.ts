/**
 * Follow relationships cut by a moderation or block event, as attached to a
 * `severed_relationships` notification.
 *
 * See the Mastodon docs, entities/RelationshipSeveranceEvent.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum, Timestamp } from "./internal/schema.js"

/**
 * What severed the relationships: a moderator suspending a domain (`domain_block`), the user
 * blocking a domain (`user_domain_block`), or a moderator suspending an account
 * (`account_suspension`).
 *
 * @since 0.1.0
 */
export const RelationshipSeveranceEventType = /* @__PURE__ */ OpenEnum("domain_block", "user_domain_block", "account_suspension")

/**
 * @since 0.1.0
 */
export type RelationshipSeveranceEventType = typeof RelationshipSeveranceEventType.Type

/**
 * A summary of an event that removed some of the user's follows and followers (Mastodon 4.3).
 *
 * See the Mastodon docs, entities/RelationshipSeveranceEvent.
 *
 * @since 0.1.0
 */
export const RelationshipSeveranceEvent = /* @__PURE__ */ Schema.Struct({
  /** The event's id. */
  id: Id.RelationshipSeveranceEventId,
  /** What caused it. */
  type: RelationshipSeveranceEventType,
  /** Whether the list of severed relationships is gone because the data was purged. */
  purged: Schema.Boolean,
  /** The blocked domain or the suspended account's handle, depending on `type`. */
  target_name: Schema.String,
  /** How many followers were removed. */
  followers_count: Schema.Int,
  /** How many follows were removed. */
  following_count: Schema.Int,
  /** When it happened. */
  created_at: Timestamp
}).annotations({ identifier: "RelationshipSeveranceEvent" })

/**
 * The decoded form of {@link RelationshipSeveranceEvent}.
 *
 * @since 0.1.0
 */
export interface RelationshipSeveranceEvent extends Schema.Schema.Type<typeof RelationshipSeveranceEvent> {}

/**
 * The JSON form of {@link RelationshipSeveranceEvent}.
 *
 * @since 0.1.0
 */
export interface RelationshipSeveranceEventEncoded extends Schema.Schema.Encoded<typeof RelationshipSeveranceEvent> {}
