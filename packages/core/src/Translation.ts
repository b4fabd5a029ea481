/**
 * Machine translations of a status (`POST /api/v1/statuses/:id/translate`).
 *
 * See the Mastodon docs, entities/Translation.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { idFromStringOrNumber } from "./internal/entity.js"
import { optionalNullable } from "./internal/schema.js"

/**
 * A translated poll: its id and the translated option titles (Mastodon 4.2).
 *
 * See the Mastodon docs, entities/Translation (Translation::Poll).
 *
 * @since 0.1.0
 */
export const TranslationPoll = /* @__PURE__ */ Schema.Struct({
  /** The poll's id. */
  id: Id.PollId,
  /** The translated options, in the poll's order. */
  options: /* @__PURE__ */ Schema.Array(
    /* @__PURE__ */ Schema.Struct({
      /** The translated title of the option. */
      title: Schema.String
    })
  )
}).annotations({ identifier: "TranslationPoll" })

/**
 * The decoded form of {@link TranslationPoll}.
 *
 * @since 0.1.0
 */
export interface TranslationPoll extends Schema.Schema.Type<typeof TranslationPoll> {}

/**
 * The JSON form of {@link TranslationPoll}.
 *
 * @since 0.1.0
 */
export interface TranslationPollEncoded extends Schema.Schema.Encoded<typeof TranslationPoll> {}

/**
 * The translated description of one media attachment (Mastodon 4.2).
 *
 * See the Mastodon docs, entities/Translation (Translation::Attachment).
 *
 * @since 0.1.0
 */
export const TranslationAttachment = /* @__PURE__ */ Schema.Struct({
  /** The attachment's id (a number in the docs' translate example, so both decode). */
  id: idFromStringOrNumber(Id.MediaId),
  /** The translated description. */
  description: Schema.String
}).annotations({ identifier: "TranslationAttachment" })

/**
 * The decoded form of {@link TranslationAttachment}.
 *
 * @since 0.1.0
 */
export interface TranslationAttachment extends Schema.Schema.Type<typeof TranslationAttachment> {}

/**
 * The JSON form of {@link TranslationAttachment}.
 *
 * @since 0.1.0
 */
export interface TranslationAttachmentEncoded extends Schema.Schema.Encoded<typeof TranslationAttachment> {}

/**
 * A machine translation of a status (Mastodon 4.0).
 *
 * `content`, `language`, `detected_source_language` and `provider` come from 4.0; the translated
 * content warning, poll and media descriptions were added in 4.2 and are optional for older
 * servers (the media descriptions then decode to an empty list, as lists do in `Status`).
 * See the Mastodon docs, entities/Translation.
 *
 * @since 0.1.0
 */
export const Translation = /* @__PURE__ */ Schema.Struct({
  /** The translated content, as HTML. */
  content: Schema.String,
  /** The translated content warning (4.2). */
  spoiler_text: /* @__PURE__ */ Schema.optional(Schema.String),
  /**
   * The language the text was translated into. Optional: the docs' example answer of
   * `POST /api/v1/statuses/:id/translate` leaves it out, and the method page wins.
   */
  language: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The translated poll, or null when the status has none (4.2). */
  poll: optionalNullable(TranslationPoll),
  /** The translated media descriptions (4.2; empty when an older server leaves them out). */
  media_attachments: /* @__PURE__ */ Schema.optionalWith(/* @__PURE__ */ Schema.Array(TranslationAttachment), { default: () => [] }),
  /** The source language as detected by the provider (ISO 639-1). */
  detected_source_language: Schema.String,
  /** The service that translated, such as `DeepL.com`. */
  provider: Schema.String
}).annotations({ identifier: "Translation" })

/**
 * The decoded form of {@link Translation}.
 *
 * @since 0.1.0
 */
export interface Translation extends Schema.Schema.Type<typeof Translation> {}

/**
 * The JSON form of {@link Translation}.
 *
 * @since 0.1.0
 */
export interface TranslationEncoded extends Schema.Schema.Encoded<typeof Translation> {}
