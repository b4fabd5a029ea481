/**
 * One revision of an edited status, as listed by `GET /api/v1/statuses/:id/history`.
 *
 * See the Mastodon docs, entities/StatusEdit.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as CustomEmoji from "./CustomEmoji.js"
import { optionalNullable, Timestamp } from "./internal/schema.js"
import * as MediaAttachment from "./MediaAttachment.js"
import * as Quote from "./Quote.js"

/**
 * The poll of a revision: only the option titles, since votes are not versioned.
 *
 * See the Mastodon docs, entities/StatusEdit (poll).
 *
 * @since 0.1.0
 */
export const StatusEditPoll = /* @__PURE__ */ Schema.Struct({
  /** The options at this revision. */
  options: /* @__PURE__ */ Schema.Array(
    /* @__PURE__ */ Schema.Struct({
      /** The text of the option. */
      title: Schema.String
    })
  )
}).annotations({ identifier: "StatusEditPoll" })

/**
 * The decoded form of {@link StatusEditPoll}.
 *
 * @since 0.1.0
 */
export interface StatusEditPoll extends Schema.Schema.Type<typeof StatusEditPoll> {}

/**
 * The JSON form of {@link StatusEditPoll}.
 *
 * @since 0.1.0
 */
export interface StatusEditPollEncoded extends Schema.Schema.Encoded<typeof StatusEditPoll> {}

/**
 * A revision of a status (Mastodon 3.5). The first entry of a history is the original post.
 *
 * `poll` is present only when the revision had one; edits that change the poll options are
 * collapsed into one revision because they reset the poll. `quote` (4.4) is a `Quote` or a
 * `ShallowQuote`. See the Mastodon docs, entities/StatusEdit.
 *
 * @since 0.1.0
 */
export const StatusEdit = /* @__PURE__ */ Schema.Struct({
  /** The content at this revision, as HTML. */
  content: Schema.String,
  /** The content warning at this revision; empty when none. */
  spoiler_text: Schema.String,
  /** Whether the status was marked sensitive at this revision. */
  sensitive: Schema.Boolean,
  /** When this revision was published. */
  created_at: Timestamp,
  /** Who published this revision. */
  account: Account.Account,
  /** The poll options at this revision, when there was a poll. */
  poll: optionalNullable(StatusEditPoll),
  /** The media attachments at this revision. */
  media_attachments: /* @__PURE__ */ Schema.Array(MediaAttachment.MediaAttachment),
  /** Custom emoji used in this revision. */
  emojis: /* @__PURE__ */ Schema.Array(CustomEmoji.CustomEmoji),
  /** The quoted status at this revision, if any (4.4). */
  quote: optionalNullable(
    /* @__PURE__ */ Schema.suspend(
      (): Schema.Schema<Quote.QuoteOrShallowQuote, Quote.QuoteOrShallowQuoteEncoded> => Quote.QuoteOrShallowQuote
    )
  )
}).annotations({ identifier: "StatusEdit" })

/**
 * The decoded form of {@link StatusEdit}.
 *
 * @since 0.1.0
 */
export interface StatusEdit extends Schema.Schema.Type<typeof StatusEdit> {}

/**
 * The JSON form of {@link StatusEdit}.
 *
 * @since 0.1.0
 */
export interface StatusEditEncoded extends Schema.Schema.Encoded<typeof StatusEdit> {}
