/**
 * Link preview cards, built from OpenGraph or oEmbed data.
 *
 * See the Mastodon docs, entities/PreviewCard and entities/PreviewCardAuthor.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import { OpenEnum, optionalNullable } from "./internal/schema.js"

/**
 * The author of a linked page, with their fediverse account when known (Mastodon 4.3).
 *
 * See the Mastodon docs, entities/PreviewCardAuthor.
 *
 * @since 0.1.0
 */
export const PreviewCardAuthor = /* @__PURE__ */ Schema.Struct({
  /** The author's name. */
  name: Schema.String,
  /** A link to the author. */
  url: Schema.String,
  /** The author's fediverse account, or null. */
  account: optionalNullable(Account.Account)
}).annotations({ identifier: "PreviewCardAuthor" })

/**
 * The decoded form of {@link PreviewCardAuthor}.
 *
 * @since 0.1.0
 */
export interface PreviewCardAuthor extends Schema.Schema.Type<typeof PreviewCardAuthor> {}

/**
 * The JSON form of {@link PreviewCardAuthor}.
 *
 * @since 0.1.0
 */
export interface PreviewCardAuthorEncoded extends Schema.Schema.Encoded<typeof PreviewCardAuthor> {}

/**
 * The kind of a preview card.
 *
 * @since 0.1.0
 */
export const PreviewCardType = OpenEnum("link", "photo", "video", "rich")

/**
 * @since 0.1.0
 */
export type PreviewCardType = typeof PreviewCardType.Type

/**
 * A preview of a link in a status.
 *
 * Only `url`, `title`, `description` and `type` are required: Pleroma and Akkoma send no oEmbed
 * fields (`author_*`, `html`, `width`, `height`, `embed_url`). `authors` (4.3) replaces the
 * deprecated `author_name`/`author_url`. `published_at` is kept as the string the server sent.
 * `image_description` and `language` are sent by Mastodon 4.x though not documented.
 * See the Mastodon docs, entities/PreviewCard.
 *
 * @since 0.1.0
 */
export const PreviewCard = /* @__PURE__ */ Schema.Struct({
  /** The linked page. */
  url: Schema.String,
  /** The page's title. */
  title: Schema.String,
  /** The page's description. */
  description: Schema.String,
  /** The kind of card (1.3; the card endpoint of 1.0 sent none). */
  type: /* @__PURE__ */ Schema.optional(PreviewCardType),
  /** The page's authors (4.3). */
  authors: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(PreviewCardAuthor)),
  /** Deprecated since 4.3: the author's name. */
  author_name: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Deprecated since 4.3: a link to the author. */
  author_url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The site's name. */
  provider_name: /* @__PURE__ */ Schema.optional(Schema.String),
  /** A link to the site. */
  provider_url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** oEmbed HTML for the preview. */
  html: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Preview width in pixels. */
  width: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Preview height in pixels. */
  height: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** The thumbnail, or null. */
  image: optionalNullable(Schema.String),
  /** Alt text of the thumbnail. */
  image_description: optionalNullable(Schema.String),
  /** For photo cards: the photo to embed. */
  embed_url: /* @__PURE__ */ Schema.optional(Schema.String),
  /** BlurHash of the thumbnail, or null (3.2). */
  blurhash: optionalNullable(Schema.String),
  /** Language of the page, or null. */
  language: optionalNullable(Schema.String),
  /** When the page was published, as sent by the server. */
  published_at: optionalNullable(Schema.String),
  /** Whether the page claims you as author without your attribution domain (4.6). */
  missing_attribution: optionalNullable(Schema.Boolean)
}).annotations({ identifier: "PreviewCard" })

/**
 * The decoded form of {@link PreviewCard}.
 *
 * @since 0.1.0
 */
export interface PreviewCard extends Schema.Schema.Type<typeof PreviewCard> {}

/**
 * The JSON form of {@link PreviewCard}.
 *
 * @since 0.1.0
 */
export interface PreviewCardEncoded extends Schema.Schema.Encoded<typeof PreviewCard> {}
