/**
 * Lists of followed accounts.
 *
 * See the Mastodon docs, entities/List.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum } from "./internal/schema.js"

/**
 * Which replies a list timeline shows: to anyone followed, to list members, or none.
 *
 * @since 0.1.0
 */
export const RepliesPolicy = OpenEnum("followed", "list", "none")

/**
 * @since 0.1.0
 */
export type RepliesPolicy = typeof RepliesPolicy.Type

/**
 * A user-made list of accounts with its own timeline.
 *
 * `replies_policy` (Mastodon 3.3) and `exclusive` (4.2) are optional.
 * See the Mastodon docs, entities/List.
 *
 * @since 0.1.0
 */
export const List = /* @__PURE__ */ Schema.Struct({
  /** The list's id. */
  id: Id.ListId,
  /** The name the user gave the list. */
  title: Schema.String,
  /** Which replies the list timeline shows. */
  replies_policy: /* @__PURE__ */ Schema.optional(RepliesPolicy),
  /** Whether members' posts are left out of the home timeline. */
  exclusive: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}).annotations({ identifier: "List" })

/**
 * The decoded form of {@link List}.
 *
 * @since 0.1.0
 */
export interface List extends Schema.Schema.Type<typeof List> {}

/**
 * The JSON form of {@link List}.
 *
 * @since 0.1.0
 */
export interface ListEncoded extends Schema.Schema.Encoded<typeof List> {}
