/**
 * Custom emoji, as embedded in accounts, statuses and polls.
 *
 * See the Mastodon docs, entities/CustomEmoji.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { optionalNullable } from "./internal/schema.js"

/**
 * A server-defined emoji, referenced as `:shortcode:` in HTML content and display names.
 *
 * `category` (Mastodon 3.0) is optional: older servers and some forks leave it out.
 * See the Mastodon docs, entities/CustomEmoji.
 *
 * @since 0.1.0
 */
export const CustomEmoji = /* @__PURE__ */ Schema.Struct({
  /** The name used between colons, without them. */
  shortcode: Schema.String,
  /** Address of the image, possibly animated. */
  url: Schema.String,
  /** Address of a still version of the image. */
  static_url: Schema.String,
  /** Whether the emoji is offered in pickers (false for hidden ones). */
  visible_in_picker: Schema.Boolean,
  /** The picker group the emoji is sorted under, or null when it has none. */
  category: optionalNullable(Schema.String)
}).annotations({ identifier: "CustomEmoji" })

/**
 * The decoded form of {@link CustomEmoji}.
 *
 * @since 0.1.0
 */
export interface CustomEmoji extends Schema.Schema.Type<typeof CustomEmoji> {}

/**
 * The JSON form of {@link CustomEmoji}, as the server sends it.
 *
 * @since 0.1.0
 */
export interface CustomEmojiEncoded extends Schema.Schema.Encoded<typeof CustomEmoji> {}
