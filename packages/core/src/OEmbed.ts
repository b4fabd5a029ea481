/**
 * The oEmbed description of a status (`GET /api/oembed`), for embedding it in a page.
 *
 * See the Mastodon docs, methods/oembed.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { optionalNullable } from "./internal/schema.js"

/**
 * An oEmbed response as Mastodon sends it: a `rich` embed whose `html` is an iframe of the
 * status and a script. `height` is null unless `maxheight` was given. The fields the oEmbed
 * specification makes optional are optional here too, so other servers' answers decode.
 * See the Mastodon docs, methods/oembed.
 *
 * @since 0.1.0
 */
export const OEmbed = /* @__PURE__ */ Schema.Struct({
  /** The kind of embed; `rich` for Mastodon. */
  type: Schema.String,
  /** The oEmbed version, `1.0`. */
  version: Schema.String,
  /** A title such as "New status by alice". */
  title: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The author's display name. */
  author_name: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The author's profile page. */
  author_url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The server's name. */
  provider_name: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The server's address. */
  provider_url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** How long the answer may be cached, in seconds. */
  cache_age: /* @__PURE__ */ Schema.optional(Schema.Number),
  /** The HTML to embed. */
  html: Schema.String,
  /** The width of the embed in pixels. */
  width: optionalNullable(Schema.Number),
  /** The height of the embed in pixels, or null. */
  height: optionalNullable(Schema.Number)
}).annotations({ identifier: "OEmbed" })

/**
 * The decoded form of {@link OEmbed}.
 *
 * @since 0.1.0
 */
export interface OEmbed extends Schema.Schema.Type<typeof OEmbed> {}

/**
 * The JSON form of {@link OEmbed}.
 *
 * @since 0.1.0
 */
export interface OEmbedEncoded extends Schema.Schema.Encoded<typeof OEmbed> {}
