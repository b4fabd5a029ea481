/**
 * Announcements by the server's administrators (`/api/v1/announcements`), with the emoji
 * reactions users add to them.
 *
 * See the Mastodon docs, entities/Announcement and entities/Reaction.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as CustomEmoji from "./CustomEmoji.js"
import * as Id from "./Id.js"
import { Timestamp } from "./internal/schema.js"
import * as Status from "./Status.js"

/**
 * An emoji reaction to an announcement (Mastodon 3.1): a Unicode emoji or a custom emoji's
 * shortcode, with how many users added it.
 *
 * `url` and `static_url` are present for custom emoji only; `me` only with a user token.
 * See the Mastodon docs, entities/Reaction.
 *
 * @since 0.1.0
 */
export const Reaction = /* @__PURE__ */ Schema.Struct({
  /** The emoji, or the custom emoji's shortcode. */
  name: Schema.String,
  /** How many users added it. */
  count: Schema.Int,
  /** Whether you added it. */
  me: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** The custom emoji's image. */
  url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** A still version of the custom emoji's image. */
  static_url: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "Reaction" })

/**
 * The decoded form of {@link Reaction}.
 *
 * @since 0.1.0
 */
export interface Reaction extends Schema.Schema.Type<typeof Reaction> {}

/**
 * The JSON form of {@link Reaction}.
 *
 * @since 0.1.0
 */
export interface ReactionEncoded extends Schema.Schema.Encoded<typeof Reaction> {}

/**
 * A status linked from an announcement: only its id and address.
 *
 * See the Mastodon docs, entities/Announcement (Announcement::Status).
 *
 * @since 0.1.0
 */
export const AnnouncementStatus = /* @__PURE__ */ Schema.Struct({
  /** The status' id. */
  id: Id.StatusId,
  /** The status' address. */
  url: Schema.String
}).annotations({ identifier: "AnnouncementStatus" })

/**
 * The decoded form of {@link AnnouncementStatus}.
 *
 * @since 0.1.0
 */
export interface AnnouncementStatus extends Schema.Schema.Type<typeof AnnouncementStatus> {}

/**
 * The JSON form of {@link AnnouncementStatus}.
 *
 * @since 0.1.0
 */
export interface AnnouncementStatusEncoded extends Schema.Schema.Encoded<typeof AnnouncementStatus> {}

/**
 * An announcement (Mastodon 3.1).
 *
 * Mentioned accounts have the shape of a status mention (`Status.Mention`), and tags the shape of
 * a status tag (`Status.StatusTag`). `all_day` means `starts_at` and `ends_at` are meant as dates.
 * `read` is present only with a user token. See the Mastodon docs, entities/Announcement.
 *
 * @since 0.1.0
 */
export const Announcement = /* @__PURE__ */ Schema.Struct({
  /** The announcement's id. */
  id: Id.AnnouncementId,
  /** The text, as HTML. */
  content: Schema.String,
  /** When it starts, or null. */
  starts_at: /* @__PURE__ */ Schema.NullOr(Timestamp),
  /** When it ends, or null. */
  ends_at: /* @__PURE__ */ Schema.NullOr(Timestamp),
  /** Whether start and end are whole days; false when neither is set. */
  all_day: Schema.Boolean,
  /** When it was published. */
  published_at: Timestamp,
  /** When it was last changed. */
  updated_at: Timestamp,
  /** Whether you have read (dismissed) it. */
  read: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Accounts mentioned in the text. */
  mentions: /* @__PURE__ */ Schema.Array(Status.Mention),
  /** Statuses linked in the text. */
  statuses: /* @__PURE__ */ Schema.Array(AnnouncementStatus),
  /** Hashtags linked in the text. */
  tags: /* @__PURE__ */ Schema.Array(Status.StatusTag),
  /** Custom emoji used in the text. */
  emojis: /* @__PURE__ */ Schema.Array(CustomEmoji.CustomEmoji),
  /** Emoji reactions. */
  reactions: /* @__PURE__ */ Schema.Array(Reaction)
}).annotations({ identifier: "Announcement" })

/**
 * The decoded form of {@link Announcement}.
 *
 * @since 0.1.0
 */
export interface Announcement extends Schema.Schema.Type<typeof Announcement> {}

/**
 * The JSON form of {@link Announcement}.
 *
 * @since 0.1.0
 */
export interface AnnouncementEncoded extends Schema.Schema.Encoded<typeof Announcement> {}
