/**
 * The small account form that grouped notifications send with `expand_accounts=partial_avatars`.
 *
 * See the Mastodon docs, entities/Account (PartialAccountWithAvatar).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"

/**
 * An account with only what a row of avatars needs (Mastodon 4.3): cheaper for the server to
 * render and smaller on the wire than a full `Account`. `url` is null for some remote accounts,
 * as in `Account`. See the Mastodon docs, entities/Account (PartialAccountWithAvatar).
 *
 * @since 0.1.0
 */
export const PartialAccountWithAvatar = /* @__PURE__ */ Schema.Struct({
  /** The account's id. */
  id: Id.AccountId,
  /** `username` for local accounts, `username@domain` for remote ones. */
  acct: Schema.String,
  /** The profile page, or null. */
  url: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Avatar image address (possibly animated). */
  avatar: Schema.String,
  /** Still version of the avatar. */
  avatar_static: Schema.String,
  /** Alt text of the avatar (4.6). */
  avatar_description: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Whether follow requests are reviewed by hand. */
  locked: Schema.Boolean,
  /** Whether the account is automated. */
  bot: Schema.Boolean
}).annotations({ identifier: "PartialAccountWithAvatar" })

/**
 * The decoded form of {@link PartialAccountWithAvatar}.
 *
 * @since 0.1.0
 */
export interface PartialAccountWithAvatar extends Schema.Schema.Type<typeof PartialAccountWithAvatar> {}

/**
 * The JSON form of {@link PartialAccountWithAvatar}.
 *
 * @since 0.1.0
 */
export interface PartialAccountWithAvatarEncoded extends Schema.Schema.Encoded<typeof PartialAccountWithAvatar> {}
