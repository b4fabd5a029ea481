/**
 * The user's preferences (`GET /api/v1/preferences`), keyed by namespaced names such as
 * `posting:default:visibility`.
 *
 * See the Mastodon docs, entities/Preferences.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { OpenEnum, optionalNullable } from "./internal/schema.js"
import * as Status from "./Status.js"

/**
 * When media is shown: `default` (sensitive media hidden), `show_all` or `hide_all`.
 *
 * @since 0.1.0
 */
export const ExpandMedia = /* @__PURE__ */ OpenEnum("default", "show_all", "hide_all")

/**
 * @since 0.1.0
 */
export type ExpandMedia = typeof ExpandMedia.Type

/**
 * The user's posting defaults and reading preferences (Mastodon 2.8).
 *
 * The keys contain colons, so read them with brackets:
 * `preferences["posting:default:visibility"]`. Servers add keys over time; the two known ones the
 * entity page does not list (`posting:default:quote_policy`, `reading:autoplay:gifs`) are optional,
 * as is the language, which the OpenAPI description does not require. See the Mastodon docs,
 * entities/Preferences.
 *
 * @since 0.1.0
 */
export const Preferences = /* @__PURE__ */ Schema.Struct({
  /** Default visibility of new statuses. */
  "posting:default:visibility": Status.Visibility,
  /** Whether new statuses are marked sensitive by default. */
  "posting:default:sensitive": Schema.Boolean,
  /** Default language of new statuses (ISO 639-1), or null. */
  "posting:default:language": optionalNullable(Schema.String),
  /** Default quote policy of new statuses (4.5; not on the docs' entity page). */
  "posting:default:quote_policy": /* @__PURE__ */ Schema.optional(OpenEnum("public", "followers", "nobody")),
  /** When media is shown. */
  "reading:expand:media": ExpandMedia,
  /** Whether content warnings are expanded by default. */
  "reading:expand:spoilers": Schema.Boolean,
  /** Whether animated avatars and emoji play (not on the docs' entity page). */
  "reading:autoplay:gifs": optionalNullable(Schema.Boolean)
}).annotations({ identifier: "Preferences" })

/**
 * The decoded form of {@link Preferences}.
 *
 * @since 0.1.0
 */
export interface Preferences extends Schema.Schema.Type<typeof Preferences> {}

/**
 * The JSON form of {@link Preferences}.
 *
 * @since 0.1.0
 */
export interface PreferencesEncoded extends Schema.Schema.Encoded<typeof Preferences> {}
