/**
 * Accounts: the public profile (`Account`), the signed-in user's own view of it
 * (`CredentialAccount`), and a muted account with its expiry (`MutedAccount`).
 *
 * See the Mastodon docs, entities/Account.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as CustomEmoji from "./CustomEmoji.js"
import * as Id from "./Id.js"
import { DateOnlyField } from "./internal/entity.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"
import * as Role from "./Role.js"

/**
 * One name/value pair of profile metadata.
 *
 * In an `Account`, `name` and `value` are HTML; in `source.fields` they are the raw text the user
 * typed. `verified_at` (Mastodon 2.6) is set when the value is a link that links back with
 * `rel="me"`; forks may leave it out. See the Mastodon docs, entities/Account (Field).
 *
 * @since 0.1.0
 */
export const Field = /* @__PURE__ */ Schema.Struct({
  /** The label of the pair. */
  name: Schema.String,
  /** The value of the pair (HTML in an `Account`). */
  value: Schema.String,
  /** When the server confirmed the link in `value`, or null when it has not. */
  verified_at: optionalNullable(Timestamp)
}).annotations({ identifier: "Field" })

/**
 * The decoded form of {@link Field}.
 *
 * @since 0.1.0
 */
export interface Field extends Schema.Schema.Type<typeof Field> {}

/**
 * The JSON form of {@link Field}.
 *
 * @since 0.1.0
 */
export interface FieldEncoded extends Schema.Schema.Encoded<typeof Field> {}

/**
 * Who may feature an account in a Collection, and how that applies to the caller (Mastodon 4.6).
 *
 * See the Mastodon docs, entities/FeatureApproval.
 *
 * @since 0.1.0
 */
export const FeatureApproval = /* @__PURE__ */ Schema.Struct({
  /** Audiences whose features are accepted without review; empty when none. */
  automatic: /* @__PURE__ */ Schema.Array(OpenEnum("public", "followers", "following", "unsupported_policy")),
  /** Audiences whose features wait for the account owner's review; empty when none. */
  manual: /* @__PURE__ */ Schema.Array(OpenEnum("public", "followers", "following", "unsupported_policy")),
  /** What happens if the caller tries; treat `unknown` and `missing` as `denied`. */
  current_user: OpenEnum("automatic", "manual", "denied", "unknown", "missing")
}).annotations({ identifier: "FeatureApproval" })

/**
 * The decoded form of {@link FeatureApproval}.
 *
 * @since 0.1.0
 */
export interface FeatureApproval extends Schema.Schema.Type<typeof FeatureApproval> {}

/**
 * The JSON form of {@link FeatureApproval}.
 *
 * @since 0.1.0
 */
export interface FeatureApprovalEncoded extends Schema.Schema.Encoded<typeof FeatureApproval> {}

const accountFields = {
  /** The account's id on this server (opaque string). */
  id: Id.AccountId,
  /** The local part of the handle, without any domain. */
  username: Schema.String,
  /** `username` for local accounts, `username@domain` for remote ones. */
  acct: Schema.String,
  /** The profile page in the web interface; null for some remote accounts. */
  url: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** The ActivityPub actor id (Mastodon 4.2). */
  uri: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The display name (may contain `:shortcode:` emoji). */
  display_name: Schema.String,
  /** The bio, as HTML. */
  note: Schema.String,
  /** Avatar image address (possibly animated). */
  avatar: Schema.String,
  /** Still version of the avatar (1.1.2; fall back to `avatar` when absent). */
  avatar_static: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Alt text of the avatar (Mastodon 4.6). */
  avatar_description: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Header image address; ends in `/headers/original/missing.png` when unset. */
  header: Schema.String,
  /** Still version of the header (1.1.2; fall back to `header` when absent). */
  header_static: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Alt text of the header (Mastodon 4.6). */
  header_description: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Whether follow requests are reviewed by hand. */
  locked: Schema.Boolean,
  /** Profile metadata pairs, as HTML (2.4; empty when a server before it leaves them out). */
  fields: /* @__PURE__ */ Schema.optionalWith(/* @__PURE__ */ Schema.Array(Field), { default: () => [] }),
  /** Custom emoji used in the display name, bio and fields (2.4; empty when left out). */
  emojis: /* @__PURE__ */ Schema.optionalWith(/* @__PURE__ */ Schema.Array(CustomEmoji.CustomEmoji), { default: () => [] }),
  /** Whether the actor is automated (`Application` or `Service` actor type). */
  bot: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether the actor is a Group (Mastodon 3.1). */
  group: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether the account opted into discovery features such as the directory. */
  discoverable: optionalNullable(Schema.Boolean),
  /** Whether public posts may be indexed for search (Mastodon 4.3). */
  indexable: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether the local user opted out of search engine indexing (Mastodon 4.0). */
  noindex: optionalNullable(Schema.Boolean),
  /** Set only when the account is memorialized. */
  memorial: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Set only when the account is suspended. */
  suspended: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Set only when the account is limited (silenced); show it behind a warning. */
  limited: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** When the account was created (midnight of that day since Mastodon 3.4). */
  created_at: Timestamp,
  /** The day of the latest status, or null when there is none. Decodes to midnight UTC. */
  last_status_at: optionalNullable(DateOnlyField),
  /** Number of statuses. */
  statuses_count: Schema.Int,
  /** Number of followers, as reported by the account's server. */
  followers_count: Schema.Int,
  /** Number of follows, as reported by the account's server. */
  following_count: Schema.Int,
  /** Whether the follower and follow lists are hidden (Mastodon 4.3). */
  hide_collections: optionalNullable(Schema.Boolean),
  /** Whether the profile has a Media tab (Mastodon 4.6). */
  show_media: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether the Media tab includes replies (Mastodon 4.6). */
  show_media_replies: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether the profile has a Featured tab (Mastodon 4.6). */
  show_featured: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Highlighted roles of a local account; empty when none, null for remote accounts (Mastodon 4.1). */
  roles: optionalNullable(/* @__PURE__ */ Schema.Array(Role.AccountRole)),
  /** Who may feature this account in a Collection (Mastodon 4.6). */
  feature_approval: /* @__PURE__ */ Schema.optional(FeatureApproval)
}

/**
 * The decoded form of {@link Account}.
 *
 * @since 0.1.0
 */
export interface Account extends Schema.Struct.Type<typeof accountFields> {
  /** The account this one moved to, when it has moved. */
  readonly moved?: Account | null | undefined
}

/**
 * The JSON form of {@link Account}.
 *
 * @since 0.1.0
 */
export interface AccountEncoded extends Schema.Struct.Encoded<typeof accountFields> {
  readonly moved?: AccountEncoded | null | undefined
}

/**
 * A user and their public profile.
 *
 * Required on the wire are only the fields of the first account endpoints (ids, names, `avatar`,
 * `header`, counts, `locked`, `created_at`); every field added later, or left out by forks
 * (Pleroma, Akkoma, GoToSocial), is optional, and fields documented as nullable accept `null`.
 * `fields` and `emojis` (2.4) decode to an empty array when absent; `avatar_static` and
 * `header_static` (1.1.2) stay absent.
 * `last_status_at` is a date without time: it decodes to midnight UTC and encodes back to
 * `YYYY-MM-DD`. `moved` is an `Account` itself. See the Mastodon docs, entities/Account.
 *
 * @example
 * import * as Schema from "effect/Schema"
 * import { Account } from "@mastodon-effect/core"
 * declare const json: unknown
 * const account = Schema.decodeUnknownSync(Account.Account)(json)
 * account.acct // "noiob@awoo.space"
 *
 * @since 0.1.0
 */
export const Account: Schema.Struct<
  typeof accountFields & {
    moved: Schema.optional<Schema.NullOr<Schema.Schema<Account, AccountEncoded>>>
  }
> = /* @__PURE__ */ Schema.Struct({
  ...accountFields,
  moved: optionalNullable(/* @__PURE__ */ Schema.suspend((): Schema.Schema<Account, AccountEncoded> => Account))
}).annotations({ identifier: "Account" })

/**
 * The editable source values of the signed-in user's profile, as found in
 * `CredentialAccount.source`: plain text instead of HTML, and posting defaults.
 *
 * Fields after Mastodon 3.0 are optional. See the Mastodon docs, entities/Account (source).
 *
 * @since 0.1.0
 */
export const Source = /* @__PURE__ */ Schema.Struct({
  /** The bio as plain text. */
  note: Schema.String,
  /** Profile metadata pairs as plain text. */
  fields: /* @__PURE__ */ Schema.Array(Field),
  /** Default visibility for new statuses. */
  privacy: OpenEnum("public", "unlisted", "private", "direct"),
  /** Whether new statuses are marked sensitive by default. */
  sensitive: Schema.Boolean,
  /** Default language for new statuses (ISO 639-1), or the empty string. */
  language: optionalNullable(Schema.String),
  /** Number of pending follow requests (Mastodon 3.0). */
  follow_requests_count: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Whether the follower and follow lists are hidden (Mastodon 4.1). */
  hide_collections: optionalNullable(Schema.Boolean),
  /** Whether the account opted into discovery features (Mastodon 3.1). */
  discoverable: optionalNullable(Schema.Boolean),
  /** Whether public posts may be found by search (Mastodon 4.3). */
  indexable: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Domains of sites allowed to credit this account as author (Mastodon 4.4). */
  attribution_domains: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** Default quote policy for new statuses (Mastodon 4.5). */
  quote_policy: /* @__PURE__ */ Schema.optional(OpenEnum("public", "followers", "nobody"))
}).annotations({ identifier: "Source" })

/**
 * The decoded form of {@link Source}.
 *
 * @since 0.1.0
 */
export interface Source extends Schema.Schema.Type<typeof Source> {}

/**
 * The JSON form of {@link Source}.
 *
 * @since 0.1.0
 */
export interface SourceEncoded extends Schema.Schema.Encoded<typeof Source> {}

/**
 * The signed-in user's own account, as returned by `verify_credentials` and
 * `update_credentials`: an `Account` plus `source` and `role`.
 *
 * `source` is required (the endpoints that return this entity always send it); `role`
 * (Mastodon 4.0) is optional. See the Mastodon docs, entities/Account (CredentialAccount).
 *
 * @since 0.1.0
 */
export const CredentialAccount = /* @__PURE__ */ Schema.Struct({
  ...Account.fields,
  /** Source values for editing the profile. */
  source: Source,
  /** The user's complete role, with permissions (Mastodon 4.0). */
  role: /* @__PURE__ */ Schema.optional(Role.Role)
}).annotations({ identifier: "CredentialAccount" })

/**
 * The decoded form of {@link CredentialAccount}.
 *
 * @since 0.1.0
 */
export interface CredentialAccount extends Schema.Schema.Type<typeof CredentialAccount> {}

/**
 * The JSON form of {@link CredentialAccount}.
 *
 * @since 0.1.0
 */
export interface CredentialAccountEncoded extends Schema.Schema.Encoded<typeof CredentialAccount> {}

/**
 * An account in the list of mutes, with the time the mute ends.
 *
 * `mute_expires_at` (Mastodon 3.3) is null for a mute without end, and optional for older
 * servers and forks. See the Mastodon docs, entities/Account (MutedAccount).
 *
 * @since 0.1.0
 */
export const MutedAccount = /* @__PURE__ */ Schema.Struct({
  ...Account.fields,
  /** When a timed mute ends, or null when it does not. */
  mute_expires_at: optionalNullable(Timestamp)
}).annotations({ identifier: "MutedAccount" })

/**
 * The decoded form of {@link MutedAccount}.
 *
 * @since 0.1.0
 */
export interface MutedAccount extends Schema.Schema.Type<typeof MutedAccount> {}

/**
 * The JSON form of {@link MutedAccount}.
 *
 * @since 0.1.0
 */
export interface MutedAccountEncoded extends Schema.Schema.Encoded<typeof MutedAccount> {}
