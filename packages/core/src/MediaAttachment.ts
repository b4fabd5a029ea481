/**
 * Media attached to a status: images, videos, animations and audio.
 *
 * See the Mastodon docs, entities/MediaAttachment.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable } from "./internal/schema.js"

/**
 * The kind of a media attachment. `unknown` is for files the server could not recognise.
 *
 * @since 0.1.0
 */
export const MediaType = OpenEnum("unknown", "image", "gifv", "video", "audio")

/**
 * @since 0.1.0
 */
export type MediaType = typeof MediaType.Type

/**
 * Measurements of one rendition (`original` or `small`) of a media file. Which members are
 * present depends on the media type.
 *
 * @since 0.1.0
 */
export const MediaDimensions = /* @__PURE__ */ Schema.Struct({
  width: /* @__PURE__ */ Schema.optional(Schema.Finite),
  height: /* @__PURE__ */ Schema.optional(Schema.Finite),
  /** `WIDTHxHEIGHT`. */
  size: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Width divided by height. */
  aspect: /* @__PURE__ */ Schema.optional(Schema.Finite),
  /** A fraction such as `"100/3"`. */
  frame_rate: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Length in seconds. */
  duration: /* @__PURE__ */ Schema.optional(Schema.Finite),
  /** Bits per second. */
  bitrate: /* @__PURE__ */ Schema.optional(Schema.Finite)
}).annotations({ identifier: "MediaDimensions" })

/**
 * The decoded form of {@link MediaDimensions}.
 *
 * @since 0.1.0
 */
export interface MediaDimensions extends Schema.Schema.Type<typeof MediaDimensions> {}

/**
 * A focal point for cropping thumbnails, each coordinate from -1.0 to 1.0.
 *
 * @since 0.1.0
 */
export const MediaFocus = /* @__PURE__ */ Schema.Struct({
  x: /* @__PURE__ */ Schema.NullOr(Schema.Finite),
  y: /* @__PURE__ */ Schema.NullOr(Schema.Finite)
}).annotations({ identifier: "MediaFocus" })

/**
 * The decoded form of {@link MediaFocus}.
 *
 * @since 0.1.0
 */
export interface MediaFocus extends Schema.Schema.Type<typeof MediaFocus> {}

/**
 * Metadata the server extracted from a media file. Every member is optional: the contents depend
 * on the media type and the server; members not listed here are kept when decoding with
 * excess properties preserved.
 *
 * @since 0.1.0
 */
export const MediaMeta = /* @__PURE__ */ Schema.Struct({
  /** The full-size rendition. */
  original: /* @__PURE__ */ Schema.optional(MediaDimensions),
  /** The preview rendition. */
  small: /* @__PURE__ */ Schema.optional(MediaDimensions),
  /** The focal point (2.3), or null. */
  focus: optionalNullable(MediaFocus),
  /** Play time as `H:MM:SS.ss`. */
  length: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Play time in seconds. */
  duration: /* @__PURE__ */ Schema.optional(Schema.Finite),
  /** Frames per second. */
  fps: /* @__PURE__ */ Schema.optional(Schema.Finite),
  size: /* @__PURE__ */ Schema.optional(Schema.String),
  width: /* @__PURE__ */ Schema.optional(Schema.Finite),
  height: /* @__PURE__ */ Schema.optional(Schema.Finite),
  aspect: /* @__PURE__ */ Schema.optional(Schema.Finite),
  audio_encode: /* @__PURE__ */ Schema.optional(Schema.String),
  audio_bitrate: /* @__PURE__ */ Schema.optional(Schema.String),
  audio_channels: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "MediaMeta" })

/**
 * The decoded form of {@link MediaMeta}.
 *
 * @since 0.1.0
 */
export interface MediaMeta extends Schema.Schema.Type<typeof MediaMeta> {}

/**
 * A file attached to a status.
 *
 * `url` is null while the server is still processing an upload. `remote_url`, `meta`,
 * `description` and `blurhash` accept null or absence (forks differ); `text_url` was removed in
 * Mastodon 3.5 and is optional. See the Mastodon docs, entities/MediaAttachment.
 *
 * @since 0.1.0
 */
export const MediaAttachment = /* @__PURE__ */ Schema.Struct({
  /** The attachment's id. */
  id: Id.MediaId,
  /** The kind of media. */
  type: MediaType,
  /** The full-size file, or null while processing. */
  url: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** A scaled-down preview, or null. */
  preview_url: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** The original on the remote server, or null for local media. */
  remote_url: optionalNullable(Schema.String),
  /** Removed in 3.5: a short link to the media. */
  text_url: optionalNullable(Schema.String),
  /** Extracted metadata, or null. */
  meta: optionalNullable(MediaMeta),
  /** Alt text, or null when none was given. */
  description: optionalNullable(Schema.String),
  /** BlurHash for a placeholder, or null. */
  blurhash: optionalNullable(Schema.String)
}).annotations({ identifier: "MediaAttachment" })

/**
 * The decoded form of {@link MediaAttachment}.
 *
 * @since 0.1.0
 */
export interface MediaAttachment extends Schema.Schema.Type<typeof MediaAttachment> {}

/**
 * The JSON form of {@link MediaAttachment}.
 *
 * @since 0.1.0
 */
export interface MediaAttachmentEncoded extends Schema.Schema.Encoded<typeof MediaAttachment> {}
