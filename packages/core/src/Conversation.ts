/**
 * Direct-message conversations (`/api/v1/conversations`).
 *
 * See the Mastodon docs, entities/Conversation.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Id from "./Id.js"
import * as Status from "./Status.js"

/**
 * A conversation of direct statuses, with its participants and its latest status
 * (Mastodon 2.6).
 *
 * See the Mastodon docs, entities/Conversation.
 *
 * @since 0.1.0
 */
export const Conversation = /* @__PURE__ */ Schema.Struct({
  /** The conversation's id. */
  id: Id.ConversationId,
  /** Whether it has unread statuses. */
  unread: Schema.Boolean,
  /** The other participants. */
  accounts: /* @__PURE__ */ Schema.Array(Account.Account),
  /** The latest status, or null when it is no longer visible. */
  last_status: /* @__PURE__ */ Schema.NullOr(Status.Status)
}).annotations({ identifier: "Conversation" })

/**
 * The decoded form of {@link Conversation}.
 *
 * @since 0.1.0
 */
export interface Conversation extends Schema.Schema.Type<typeof Conversation> {}

/**
 * The JSON form of {@link Conversation}.
 *
 * @since 0.1.0
 */
export interface ConversationEncoded extends Schema.Schema.Encoded<typeof Conversation> {}
