/**
 * The signed-in user's editable profile, with raw (unrendered) values (Mastodon 4.6).
 *
 * See the Mastodon docs, entities/Profile.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as FeaturedTag from "./FeaturedTag.js"
import * as Id from "./Id.js"

/**
 * The signed-in user's profile as `GET /api/v1/profile` returns it: the raw text of the bio and
 * fields instead of HTML, and null images when none is set.
 *
 * The whole entity came with Mastodon 4.6, so its documented fields are required;
 * `featured_tags` (in the docs' example only) is optional. See the Mastodon docs,
 * entities/Profile.
 *
 * @since 0.1.0
 */
export const Profile = /* @__PURE__ */ Schema.Struct({
  /** The account's id. */
  id: Id.AccountId,
  /** The display name. */
  display_name: Schema.String,
  /** The bio, as typed (not HTML). */
  note: Schema.String,
  /** Profile metadata pairs, as typed (not HTML). */
  fields: /* @__PURE__ */ Schema.Array(Account.Field),
  /** Avatar image address, or null when unset. */
  avatar: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Still version of the avatar, or null when unset. */
  avatar_static: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Alt text of the avatar. */
  avatar_description: Schema.String,
  /** Header image address, or null when unset. */
  header: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Still version of the header, or null when unset. */
  header_static: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Alt text of the header. */
  header_description: Schema.String,
  /** Whether follow requests are reviewed by hand. */
  locked: Schema.Boolean,
  /** Whether the account is automated. */
  bot: Schema.Boolean,
  /** Whether the follower and follow lists are hidden. */
  hide_collections: /* @__PURE__ */ Schema.NullOr(Schema.Boolean),
  /** Whether the account opted into discovery features. */
  discoverable: /* @__PURE__ */ Schema.NullOr(Schema.Boolean),
  /** Whether public posts may be found by search. */
  indexable: Schema.Boolean,
  /** Whether the profile has a Media tab. */
  show_media: Schema.Boolean,
  /** Whether the Media tab includes replies. */
  show_media_replies: Schema.Boolean,
  /** Whether the profile has a Featured tab. */
  show_featured: Schema.Boolean,
  /** Domains of sites allowed to credit this account as author. */
  attribution_domains: /* @__PURE__ */ Schema.Array(Schema.String),
  /** The hashtags featured on the profile. */
  featured_tags: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(FeaturedTag.FeaturedTag))
}).annotations({ identifier: "Profile" })

/**
 * The decoded form of {@link Profile}.
 *
 * @since 0.1.0
 */
export interface Profile extends Schema.Schema.Type<typeof Profile> {}

/**
 * The JSON form of {@link Profile}.
 *
 * @since 0.1.0
 */
export interface ProfileEncoded extends Schema.Schema.Encoded<typeof Profile> {}
