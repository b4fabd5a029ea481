/**
 * The relationship between the signed-in user and another account.
 *
 * See the Mastodon docs, entities/Relationship.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { optionalNullable, Timestamp } from "./internal/schema.js"

/**
 * How the signed-in user and another account relate: follows, blocks, mutes, requests, notes.
 *
 * Only `id`, `following`, `followed_by` and `blocking` (0.6, when the endpoint was added) are
 * required. Every flag added later is optional, since a server older than the flag leaves it out:
 * `requested` (0.9.9), `muting` (1.1), `domain_blocking` (1.4), `showing_reblogs` and
 * `muting_notifications` (2.1), `endorsed` (2.5), `blocked_by` (2.8), `note` (3.2), `notifying`
 * (3.3), `languages` (4.0), `requested_by` (4.1) and `muting_expires_at` (4.6). An absent flag
 * means the server did not say, not `false`.
 * See the Mastodon docs, entities/Relationship.
 *
 * @since 0.1.0
 */
export const Relationship = /* @__PURE__ */ Schema.Struct({
  /** The id of the other account. */
  id: Id.AccountId,
  /** You follow them. */
  following: Schema.Boolean,
  /** Their boosts appear in your home timeline. */
  showing_reblogs: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** You get a notification when they post. */
  notifying: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** The languages of theirs you follow, or null for all. */
  languages: optionalNullable(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** They follow you. */
  followed_by: Schema.Boolean,
  /** You block them. */
  blocking: Schema.Boolean,
  /** They block you. */
  blocked_by: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** You mute them. */
  muting: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** The mute also hides their notifications. */
  muting_notifications: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** When the mute ends, or null when it does not (Mastodon 4.6). */
  muting_expires_at: optionalNullable(Timestamp),
  /** Your follow request to them is pending. */
  requested: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Their follow request to you is pending. */
  requested_by: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** You block their whole domain. */
  domain_blocking: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** You feature them on your profile. */
  endorsed: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Your private note about them. */
  note: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "Relationship" })

/**
 * The decoded form of {@link Relationship}.
 *
 * @since 0.1.0
 */
export interface Relationship extends Schema.Schema.Type<typeof Relationship> {}

/**
 * The JSON form of {@link Relationship}.
 *
 * @since 0.1.0
 */
export interface RelationshipEncoded extends Schema.Schema.Encoded<typeof Relationship> {}
