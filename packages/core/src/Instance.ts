/**
 * Server information: `InstanceV2` from `GET /api/v2/instance` (Mastodon 4.0+) and `InstanceV1`
 * from `GET /api/v1/instance` (older servers and many forks).
 *
 * Both are decoded tolerantly: they are what version detection reads first, and forks send much
 * less than Mastodon. See the Mastodon docs, entities/Instance and entities/V1_Instance.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import { OpenEnum, optionalNullable } from "./internal/schema.js"
import * as Rule from "./Rule.js"

/**
 * One size of the server's icon (Mastodon 4.3).
 *
 * @since 0.1.0
 */
export const InstanceIcon = /* @__PURE__ */ Schema.Struct({
  /** Address of the icon image. */
  src: Schema.String,
  /** Its size, as `WIDTHxHEIGHT` (e.g. `48x48`). */
  size: Schema.String
}).annotations({ identifier: "InstanceIcon" })

/**
 * The decoded form of {@link InstanceIcon}.
 *
 * @since 0.1.0
 */
export interface InstanceIcon extends Schema.Schema.Type<typeof InstanceIcon> {}

/**
 * The server's thumbnail image in the v2 instance.
 *
 * @since 0.1.0
 */
export const InstanceThumbnail = /* @__PURE__ */ Schema.Struct({
  /** Address of the image. */
  url: Schema.String,
  /** Alt text of the image (Mastodon 4.6). */
  description: /* @__PURE__ */ Schema.optional(Schema.String),
  /** BlurHash of the image, for a placeholder. */
  blurhash: optionalNullable(Schema.String),
  /** Addresses of the image for high-density screens. */
  versions: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      "@1x": /* @__PURE__ */ Schema.optional(Schema.String),
      "@2x": /* @__PURE__ */ Schema.optional(Schema.String)
    })
  )
}).annotations({ identifier: "InstanceThumbnail" })

/**
 * The decoded form of {@link InstanceThumbnail}.
 *
 * @since 0.1.0
 */
export interface InstanceThumbnail extends Schema.Schema.Type<typeof InstanceThumbnail> {}

/**
 * Who may read a timeline: anyone, signed-in users, or only staff with the "View live and topic
 * feeds" permission.
 *
 * @since 0.1.0
 */
export const TimelineAccess = OpenEnum("public", "authenticated", "disabled")

/**
 * @since 0.1.0
 */
export type TimelineAccess = typeof TimelineAccess.Type

const localRemoteAccess = /* @__PURE__ */ Schema.Struct({
  /** Access to posts from this server. */
  local: /* @__PURE__ */ Schema.optional(TimelineAccess),
  /** Access to posts from other servers. */
  remote: /* @__PURE__ */ Schema.optional(TimelineAccess)
})

/**
 * Limits for statuses, shared by the v1 and v2 instance.
 *
 * @since 0.1.0
 */
export const StatusesConfiguration = /* @__PURE__ */ Schema.Struct({
  /** Longest status, in characters. */
  max_characters: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Most media attachments on one status. */
  max_media_attachments: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Characters each link counts for, whatever its length. */
  characters_reserved_per_url: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "StatusesConfiguration" })

/**
 * Limits for media uploads, shared by the v1 and v2 instance.
 *
 * @since 0.1.0
 */
export const MediaAttachmentsConfiguration = /* @__PURE__ */ Schema.Struct({
  /** MIME types that may be uploaded. */
  supported_mime_types: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** Longest alt text, in characters (Mastodon 4.4). */
  description_limit: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Largest image, in bytes. */
  image_size_limit: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Most pixels (width × height) in an image. */
  image_matrix_limit: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Largest video, in bytes. */
  video_size_limit: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Highest video frame rate. */
  video_frame_rate_limit: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Most pixels (width × height) in a video. */
  video_matrix_limit: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "MediaAttachmentsConfiguration" })

/**
 * Limits for polls, shared by the v1 and v2 instance.
 *
 * @since 0.1.0
 */
export const PollsConfiguration = /* @__PURE__ */ Schema.Struct({
  /** Most options in one poll. */
  max_options: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Longest option, in characters. */
  max_characters_per_option: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Shortest poll duration, in seconds. */
  min_expiration: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Longest poll duration, in seconds. */
  max_expiration: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "PollsConfiguration" })

/**
 * Limits for accounts in the v2 instance. Every member is optional: `max_featured_tags` came in
 * Mastodon 4.0, `max_pinned_statuses` in 4.3, the rest in 4.6.
 *
 * @since 0.1.0
 */
export const AccountsConfiguration = /* @__PURE__ */ Schema.Struct({
  /** Longest display name, in characters (4.6). */
  max_display_name_length: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Longest bio, in characters (4.6). */
  max_note_length: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Longest avatar alt text, in characters (4.6). */
  max_avatar_description_length: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Longest header alt text, in characters (4.6). */
  max_header_description_length: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Most featured hashtags per account (4.0). */
  max_featured_tags: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Most pinned statuses per account (4.3). */
  max_pinned_statuses: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Most profile metadata fields (4.6). */
  max_profile_fields: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Longest profile field name, in characters (4.6). */
  profile_field_name_limit: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Longest profile field value, in characters (4.6). */
  profile_field_value_limit: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "AccountsConfiguration" })

/**
 * Configured values and limits of a v2 instance. Every part is optional, and so is every value in
 * a part: forks fill in only some of them, and a client should fall back to Mastodon's defaults.
 *
 * See the Mastodon docs, entities/Instance (configuration).
 *
 * @since 0.1.0
 */
export const InstanceConfiguration = /* @__PURE__ */ Schema.Struct({
  /** Addresses of interest for clients. */
  urls: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      /** The WebSocket address of the streaming API. */
      streaming: /* @__PURE__ */ Schema.optional(Schema.String),
      /** The status page, if any (4.1). */
      status: optionalNullable(Schema.String),
      /** The about page (4.4). */
      about: /* @__PURE__ */ Schema.optional(Schema.String),
      /** The privacy policy (4.4). */
      privacy_policy: optionalNullable(Schema.String),
      /** The current terms of service, if any (4.4). */
      terms_of_service: optionalNullable(Schema.String)
    })
  ),
  /** Web Push settings (4.3). */
  vapid: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Struct({ public_key: Schema.String })),
  /** Limits for accounts. */
  accounts: /* @__PURE__ */ Schema.optional(AccountsConfiguration),
  /** Limits for statuses. */
  statuses: /* @__PURE__ */ Schema.optional(StatusesConfiguration),
  /** Limits for media uploads. */
  media_attachments: /* @__PURE__ */ Schema.optional(MediaAttachmentsConfiguration),
  /** Limits for polls. */
  polls: /* @__PURE__ */ Schema.optional(PollsConfiguration),
  /** Whether the translation API is available. */
  translation: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Struct({ enabled: Schema.Boolean })),
  /** Who may read the live, hashtag and trending-link feeds (4.5). */
  timelines_access: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      live_feeds: /* @__PURE__ */ Schema.optional(localRemoteAccess),
      hashtag_feeds: /* @__PURE__ */ Schema.optional(localRemoteAccess),
      trending_link_feeds: /* @__PURE__ */ Schema.optional(localRemoteAccess)
    })
  ),
  /** Whether the server federates only with allowed domains (4.4). */
  limited_federation: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}).annotations({ identifier: "InstanceConfiguration" })

/**
 * The decoded form of {@link InstanceConfiguration}.
 *
 * @since 0.1.0
 */
export interface InstanceConfiguration extends Schema.Schema.Type<typeof InstanceConfiguration> {}

/**
 * Sign-up settings of a v2 instance.
 *
 * @since 0.1.0
 */
export const InstanceRegistrations = /* @__PURE__ */ Schema.Struct({
  /** Whether new accounts can be created. */
  enabled: Schema.Boolean,
  /** Whether new accounts wait for moderator approval. */
  approval_required: Schema.Boolean,
  /** Whether applicants must give a reason (4.4). */
  reason_required: optionalNullable(Schema.Boolean),
  /** A message (HTML) shown when sign-ups are closed, or null. */
  message: optionalNullable(Schema.String),
  /** The minimum age to sign up, if any (4.4). */
  min_age: optionalNullable(Schema.Int),
  /** An external sign-up address, if any (4.2). */
  url: optionalNullable(Schema.String)
}).annotations({ identifier: "InstanceRegistrations" })

/**
 * The decoded form of {@link InstanceRegistrations}.
 *
 * @since 0.1.0
 */
export interface InstanceRegistrations extends Schema.Schema.Type<typeof InstanceRegistrations> {}

/**
 * Machine-readable API versions (Mastodon 4.3): at least `mastodon`, an integer that grows with
 * API changes independently of the release number. Other implementations may add their own keys,
 * which are kept as they are.
 *
 * @since 0.1.0
 */
export const ApiVersions = /* @__PURE__ */ Schema.Struct(
  {
    /** Mastodon's API version. */
    mastodon: /* @__PURE__ */ Schema.optional(Schema.Int)
  },
  /* @__PURE__ */ Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "ApiVersions" })

/**
 * The decoded form of {@link ApiVersions}.
 *
 * @since 0.1.0
 */
export type ApiVersions = typeof ApiVersions.Type

/**
 * The server as described by `GET /api/v2/instance` (Mastodon 4.0+).
 *
 * Only `domain`, `title`, `version` and `description` are required; everything else may be absent
 * on forks and is optional, down to the members of `configuration`. `version` may carry a fork
 * suffix (`4.3.0+glitch`); prefer `api_versions.mastodon` (4.3) when present.
 * See the Mastodon docs, entities/Instance.
 *
 * @since 0.1.0
 */
export const InstanceV2 = /* @__PURE__ */ Schema.Struct({
  /** The server's WebFinger domain. */
  domain: Schema.String,
  /** The server's name. */
  title: Schema.String,
  /** The software version, as a free-form string. */
  version: Schema.String,
  /** Where the server's source code is published. */
  source_url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The admin's short plain-text description. */
  description: Schema.String,
  /** The year of the current Wrapstodon campaign, or null (4.6). */
  wrapstodon: optionalNullable(Schema.String),
  /** Usage figures. */
  usage: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      users: /* @__PURE__ */ Schema.Struct({
        /** Users active in the last four weeks (0 under limited federation). */
        active_month: Schema.Int
      })
    })
  ),
  /** The server's thumbnail image. */
  thumbnail: optionalNullable(InstanceThumbnail),
  /** The server's icon in several sizes (4.3). */
  icon: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(InstanceIcon)),
  /** Main languages of the server (ISO 639-1). */
  languages: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** Configured values and limits. */
  configuration: /* @__PURE__ */ Schema.optional(InstanceConfiguration),
  /** Sign-up settings. */
  registrations: /* @__PURE__ */ Schema.optional(InstanceRegistrations),
  /** API versions for feature detection (4.3). */
  api_versions: /* @__PURE__ */ Schema.optional(ApiVersions),
  /** How to reach the server's staff. */
  contact: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      /** A contact e-mail address. */
      email: /* @__PURE__ */ Schema.optional(Schema.String),
      /** A contact account, or null. */
      account: optionalNullable(Account.Account)
    })
  ),
  /** The server's rules. */
  rules: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Rule.Rule))
}).annotations({ identifier: "InstanceV2" })

/**
 * The decoded form of {@link InstanceV2}.
 *
 * @since 0.1.0
 */
export interface InstanceV2 extends Schema.Schema.Type<typeof InstanceV2> {}

/**
 * The JSON form of {@link InstanceV2}.
 *
 * @since 0.1.0
 */
export interface InstanceV2Encoded extends Schema.Schema.Encoded<typeof InstanceV2> {}

/**
 * The server as described by the older `GET /api/v1/instance` (deprecated since Mastodon 4.0,
 * still served by Mastodon and by forks such as Pleroma, Akkoma and GoToSocial).
 *
 * Only `uri`, `title` and `description` are required; `version` came with Mastodon 1.3. `email`, `thumbnail` and
 * `contact_account` accept `null` (Pleroma sends a null e-mail when none is set). `version` of a
 * fork often looks like `2.7.2 (compatible; Pleroma 2.5.0)`. See the Mastodon docs,
 * entities/V1_Instance.
 *
 * @since 0.1.0
 */
export const InstanceV1 = /* @__PURE__ */ Schema.Struct({
  /** The server's WebFinger domain (not a URL, despite the name). */
  uri: Schema.String,
  /** The server's name. */
  title: Schema.String,
  /** A short plain-text description (2.9.2). */
  short_description: /* @__PURE__ */ Schema.optional(Schema.String),
  /** A longer description, HTML allowed. */
  description: Schema.String,
  /** A contact e-mail address. */
  email: optionalNullable(Schema.String),
  /** The software version, as a free-form string (1.3; the endpoint is from 1.1). */
  version: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Addresses of interest for clients. */
  urls: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      /** The WebSocket address of the streaming API. */
      streaming_api: /* @__PURE__ */ Schema.optional(Schema.String)
    })
  ),
  /** Counts of users, statuses and known domains. */
  stats: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      user_count: Schema.Int,
      status_count: Schema.Int,
      domain_count: Schema.Int
    })
  ),
  /** Address of the banner image, or null. */
  thumbnail: optionalNullable(Schema.String),
  /** Main languages of the server (ISO 639-1). */
  languages: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** Whether new accounts can be created. */
  registrations: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether new accounts wait for moderator approval (2.9.2). */
  approval_required: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether invites are enabled (3.1.4). */
  invites_enabled: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Configured limits (3.4.2). */
  configuration: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      accounts: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Struct({ max_featured_tags: /* @__PURE__ */ Schema.optional(Schema.Int) })),
      statuses: /* @__PURE__ */ Schema.optional(StatusesConfiguration),
      media_attachments: /* @__PURE__ */ Schema.optional(MediaAttachmentsConfiguration),
      polls: /* @__PURE__ */ Schema.optional(PollsConfiguration)
    })
  ),
  /** A contact account, or null. */
  contact_account: optionalNullable(Account.Account),
  /** The server's rules (3.4). */
  rules: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Rule.Rule))
}).annotations({ identifier: "InstanceV1" })

/**
 * The decoded form of {@link InstanceV1}.
 *
 * @since 0.1.0
 */
export interface InstanceV1 extends Schema.Schema.Type<typeof InstanceV1> {}

/**
 * The JSON form of {@link InstanceV1}.
 *
 * @since 0.1.0
 */
export interface InstanceV1Encoded extends Schema.Schema.Encoded<typeof InstanceV1> {}
