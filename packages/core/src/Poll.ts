/**
 * Polls attached to statuses.
 *
 * See the Mastodon docs, entities/Poll.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as CustomEmoji from "./CustomEmoji.js"
import * as Id from "./Id.js"
import { optionalNullable, Timestamp } from "./internal/schema.js"

/**
 * One possible answer of a poll.
 *
 * See the Mastodon docs, entities/Poll (Poll::Option).
 *
 * @since 0.1.0
 */
export const PollOption = /* @__PURE__ */ Schema.Struct({
  /** The answer's text. */
  title: Schema.String,
  /** Votes for this answer, or null while results are hidden. */
  votes_count: optionalNullable(Schema.Int)
}).annotations({ identifier: "PollOption" })

/**
 * The decoded form of {@link PollOption}.
 *
 * @since 0.1.0
 */
export interface PollOption extends Schema.Schema.Type<typeof PollOption> {}

/**
 * A poll attached to a status.
 *
 * `voted` and `own_votes` come only with a user token. See the Mastodon docs, entities/Poll.
 *
 * @since 0.1.0
 */
export const Poll = /* @__PURE__ */ Schema.Struct({
  /** The poll's id. */
  id: Id.PollId,
  /** When voting ends, or null when it never does. */
  expires_at: /* @__PURE__ */ Schema.NullOr(Timestamp),
  /** Whether voting has ended. */
  expired: Schema.Boolean,
  /** Whether several answers may be chosen. */
  multiple: Schema.Boolean,
  /** Total votes received. */
  votes_count: Schema.Int,
  /** Distinct voters of a multiple-choice poll, or null for a single-choice one. */
  voters_count: optionalNullable(Schema.Int),
  /** The possible answers. */
  options: /* @__PURE__ */ Schema.Array(PollOption),
  /** Custom emoji used in the answers. */
  emojis: /* @__PURE__ */ Schema.Array(CustomEmoji.CustomEmoji),
  /** Whether you have voted. */
  voted: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Indexes into `options` of your choices. */
  own_votes: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.Int))
}).annotations({ identifier: "Poll" })

/**
 * The decoded form of {@link Poll}.
 *
 * @since 0.1.0
 */
export interface Poll extends Schema.Schema.Type<typeof Poll> {}

/**
 * The JSON form of {@link Poll}.
 *
 * @since 0.1.0
 */
export interface PollEncoded extends Schema.Schema.Encoded<typeof Poll> {}
