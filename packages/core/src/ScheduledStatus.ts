/**
 * Statuses scheduled for later (`POST /api/v1/statuses` with `scheduled_at`, and
 * `/api/v1/scheduled_statuses`).
 *
 * See the Mastodon docs, entities/ScheduledStatus.
 *
 * @since 0.1.0
 */
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { idFromStringOrNumber } from "./internal/entity.js"
import { optionalNullable, Timestamp } from "./internal/schema.js"
import * as MediaAttachment from "./MediaAttachment.js"
import * as Status from "./Status.js"

// The server stores the request parameters as it received them: a form-encoded request leaves
// numbers and booleans as strings ("86400", "true"), a JSON one keeps them typed. Both decode.
const IntFromIntOrString: Schema.Schema<number, number | string> = /* @__PURE__ */ Schema.Union(
  Schema.Int,
  /* @__PURE__ */ Schema.transformOrFail(Schema.String, Schema.Int, {
    strict: true,
    decode: (s, _, ast) =>
      /^-?\d+$/.test(s.trim())
        ? ParseResult.succeed(Number(s.trim()))
        : ParseResult.fail(new ParseResult.Type(ast, s, "not a whole number")),
    encode: (n) => ParseResult.succeed(String(n))
  })
)

const BooleanFromBooleanOrString: Schema.Schema<boolean, boolean | string> = /* @__PURE__ */ Schema.Union(
  Schema.Boolean,
  /* @__PURE__ */ Schema.transformOrFail(Schema.String, Schema.Boolean, {
    strict: true,
    decode: (s, _, ast) =>
      s === "true" || s === "1"
        ? ParseResult.succeed(true)
        : s === "false" || s === "0"
        ? ParseResult.succeed(false)
        : ParseResult.fail(new ParseResult.Type(ast, s, "not a boolean")),
    encode: (b) => ParseResult.succeed(String(b))
  })
)

/**
 * The poll a scheduled status will carry (Mastodon 2.8).
 *
 * See the Mastodon docs, entities/ScheduledStatus (params[poll]).
 *
 * @since 0.1.0
 */
export const ScheduledStatusPoll = /* @__PURE__ */ Schema.Struct({
  /** The option titles. */
  options: /* @__PURE__ */ Schema.Array(Schema.String),
  /** How many seconds the poll stays open; a string when the request was form-encoded. */
  expires_in: IntFromIntOrString,
  /** Whether several choices are allowed. */
  multiple: optionalNullable(BooleanFromBooleanOrString),
  /** Whether vote counts stay hidden until the poll ends. */
  hide_totals: optionalNullable(BooleanFromBooleanOrString)
}).annotations({ identifier: "ScheduledStatusPoll" })

/**
 * The decoded form of {@link ScheduledStatusPoll}.
 *
 * @since 0.1.0
 */
export interface ScheduledStatusPoll extends Schema.Schema.Type<typeof ScheduledStatusPoll> {}

/**
 * The JSON form of {@link ScheduledStatusPoll}.
 *
 * @since 0.1.0
 */
export interface ScheduledStatusPollEncoded extends Schema.Schema.Encoded<typeof ScheduledStatusPoll> {}

/**
 * The parameters a scheduled status will be posted with.
 *
 * Only `text` is always there; every other parameter is null or left out when the request did
 * not set it. Numbers and booleans sent as form fields come back as strings and decode to numbers
 * and booleans. See the Mastodon docs, entities/ScheduledStatus (params).
 *
 * @since 0.1.0
 */
export const ScheduledStatusParams = /* @__PURE__ */ Schema.Struct({
  /** The text of the status. */
  text: Schema.String,
  /** The poll to attach, or null (2.8). */
  poll: optionalNullable(ScheduledStatusPoll),
  /** The media to attach, or null. */
  media_ids: optionalNullable(/* @__PURE__ */ Schema.Array(idFromStringOrNumber(Id.MediaId))),
  /** Whether the status will be marked sensitive, or null. */
  sensitive: optionalNullable(BooleanFromBooleanOrString),
  /** The content warning, or null. */
  spoiler_text: optionalNullable(Schema.String),
  /** The visibility it will have, or null for the account's default. */
  visibility: optionalNullable(Status.Visibility),
  /** The status it will reply to, or null (a number on some versions). */
  in_reply_to_id: optionalNullable(idFromStringOrNumber(Id.StatusId)),
  /** Its language (ISO 639-1), or null. */
  language: optionalNullable(Schema.String),
  /** Deprecated: the internal id of the posting application. */
  application_id: optionalNullable(idFromStringOrNumber(Id.ApplicationId)),
  /** Always null: a status is scheduled only once. */
  scheduled_at: optionalNullable(Schema.String),
  /** The idempotency key of the request, or null. */
  idempotency: optionalNullable(Schema.String),
  /** Deprecated: whether posting is rate limited. */
  with_rate_limit: optionalNullable(BooleanFromBooleanOrString)
}).annotations({ identifier: "ScheduledStatusParams" })

/**
 * The decoded form of {@link ScheduledStatusParams}.
 *
 * @since 0.1.0
 */
export interface ScheduledStatusParams extends Schema.Schema.Type<typeof ScheduledStatusParams> {}

/**
 * The JSON form of {@link ScheduledStatusParams}.
 *
 * @since 0.1.0
 */
export interface ScheduledStatusParamsEncoded extends Schema.Schema.Encoded<typeof ScheduledStatusParams> {}

/**
 * A status that will be published at a future time (Mastodon 2.7).
 *
 * See the Mastodon docs, entities/ScheduledStatus.
 *
 * @since 0.1.0
 */
export const ScheduledStatus = /* @__PURE__ */ Schema.Struct({
  /** The scheduled status' id (not the id the status will have). */
  id: Id.ScheduledStatusId,
  /** When it will be posted. */
  scheduled_at: Timestamp,
  /** The parameters it will be posted with. */
  params: ScheduledStatusParams,
  /** The media it will carry. */
  media_attachments: /* @__PURE__ */ Schema.Array(MediaAttachment.MediaAttachment)
}).annotations({ identifier: "ScheduledStatus" })

/**
 * The decoded form of {@link ScheduledStatus}.
 *
 * @since 0.1.0
 */
export interface ScheduledStatus extends Schema.Schema.Type<typeof ScheduledStatus> {}

/**
 * The JSON form of {@link ScheduledStatus}.
 *
 * @since 0.1.0
 */
export interface ScheduledStatusEncoded extends Schema.Schema.Encoded<typeof ScheduledStatus> {}

/**
 * What `POST /api/v1/statuses` answers: a `ScheduledStatus` when `scheduled_at` was given, else
 * the posted `Status`. Tell them apart with {@link isScheduled}.
 *
 * @since 0.1.0
 */
export const StatusOrScheduledStatus = /* @__PURE__ */ Schema.Union(ScheduledStatus, Status.Status).annotations({
  identifier: "StatusOrScheduledStatus"
})

/**
 * The decoded form of {@link StatusOrScheduledStatus}.
 *
 * @since 0.1.0
 */
export type StatusOrScheduledStatus = ScheduledStatus | Status.Status

/**
 * Whether a posting result is a scheduled status (it has `params` and `scheduled_at`, which a
 * status never has).
 *
 * @example
 * import { ScheduledStatus } from "@mastodon-effect/core"
 * declare const result: ScheduledStatus.StatusOrScheduledStatus
 * if (ScheduledStatus.isScheduled(result)) result.scheduled_at
 *
 * @since 0.1.0
 */
export const isScheduled = (value: StatusOrScheduledStatus): value is ScheduledStatus =>
  "params" in value && "scheduled_at" in value
