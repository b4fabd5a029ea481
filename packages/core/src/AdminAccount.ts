/**
 * An account as moderators see it: the public `Account` plus the user behind it (e-mail, IPs,
 * role, sign-up state) and the moderation state (silenced, suspended, ...).
 *
 * See the Mastodon docs, entities/Admin_Account.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as AdminIp from "./AdminIp.js"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"
import * as Role from "./Role.js"

/**
 * The role names servers before Mastodon 4.0 sent in place of a `Role`.
 *
 * @since 0.1.0
 */
export const LegacyRole = /* @__PURE__ */ OpenEnum("user", "moderator", "admin")

/**
 * @since 0.1.0
 */
export type LegacyRole = typeof LegacyRole.Type

// Mastodon 3.5 sent `ip` as an object by mistake (fixed in 4.0). Its address is what the field
// means, so that form decodes to the address too and every version reads alike.
const IpObject = /* @__PURE__ */ Schema.Struct({
  ip: Schema.String,
  used_at: /* @__PURE__ */ Schema.optional(Schema.String),
  user_id: /* @__PURE__ */ Schema.optional(Schema.Unknown)
})

/**
 * The `ip` field: a plain address, or the object Mastodon 3.5 sent by mistake, which decodes to
 * its address. Encoding always gives the plain address.
 *
 * @since 0.1.0
 */
export const IpAddress: Schema.Schema<string, string | Schema.Schema.Encoded<typeof IpObject>> = /* @__PURE__ */ Schema.Union(
  Schema.String,
  /* @__PURE__ */ Schema.transform(IpObject, Schema.String, {
    strict: true,
    decode: (object) => object.ip,
    encode: (ip) => ({ ip })
  })
).annotations({ identifier: "IpAddress" })

/**
 * Admin-level information about an account and its user.
 *
 * Remote accounts have no local user: for them `email`, `ip`, `role`, `locale`, `invite_request`,
 * `confirmed`, `approved`, `disabled` and `ips` are null, which is why those fields are nullable
 * although the docs type some as plain strings and booleans. `role` is a `Role` since Mastodon
 * 4.0 and one of `user`, `moderator`, `admin` before. `ips` (3.5) and `sensitized` are optional;
 * `created_by_application_id` and `invited_by_account_id` are sent only when they apply. See the
 * Mastodon docs, entities/Admin_Account.
 *
 * @example
 * import * as Schema from "effect/Schema"
 * import { AdminAccount } from "@mastodon-effect/core"
 * declare const json: unknown
 * const account = Schema.decodeUnknownSync(AdminAccount.AdminAccount)(json)
 * account.approved // false while a sign-up waits for review
 *
 * @since 0.1.0
 */
export const AdminAccount = /* @__PURE__ */ Schema.Struct({
  /** The account's id (the same id as `account.id`). */
  id: Id.AccountId,
  /** The username, without domain. */
  username: Schema.String,
  /** The account's domain, or null for a local account. */
  domain: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** When the user signed up, or for a remote account when it was first seen. */
  created_at: Timestamp,
  /** The user's e-mail address; null for remote accounts. */
  email: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** The IP address the user last signed in from, or null. */
  ip: /* @__PURE__ */ Schema.NullOr(IpAddress),
  /** Every IP address known for the user, most recent first (3.5); null for remote accounts. */
  ips: optionalNullable(/* @__PURE__ */ Schema.Array(AdminIp.AdminIp)),
  /** The user's locale (ISO 639-1), or null. */
  locale: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** The reason given when signing up on a server that reviews sign-ups, or null. */
  invite_request: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** The user's role: a `Role` (4.0) or a role name (before); null for remote accounts. */
  role: /* @__PURE__ */ Schema.NullOr(/* @__PURE__ */ Schema.Union(Role.Role, LegacyRole)),
  /** Whether the user confirmed their e-mail address; null for remote accounts. */
  confirmed: /* @__PURE__ */ Schema.NullOr(Schema.Boolean),
  /** Whether the sign-up is approved (false while pending review); null for remote accounts. */
  approved: /* @__PURE__ */ Schema.NullOr(Schema.Boolean),
  /** Whether the user's login is disabled; null for remote accounts. */
  disabled: /* @__PURE__ */ Schema.NullOr(Schema.Boolean),
  /** Whether the account's media is forced to be marked sensitive (3.3). */
  sensitized: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether the account is silenced (limited). */
  silenced: Schema.Boolean,
  /** Whether the account is suspended. */
  suspended: Schema.Boolean,
  /** The public view of the account. */
  account: Account.Account,
  /** The application the account signed up through; sent only when there is one. */
  created_by_application_id: /* @__PURE__ */ Schema.optional(Id.ApplicationId),
  /** The account whose invite the user signed up with; sent only when there is one. */
  invited_by_account_id: /* @__PURE__ */ Schema.optional(Id.AccountId)
}).annotations({ identifier: "AdminAccount" })

/**
 * The decoded form of {@link AdminAccount}.
 *
 * @since 0.1.0
 */
export interface AdminAccount extends Schema.Schema.Type<typeof AdminAccount> {}

/**
 * The JSON form of {@link AdminAccount}.
 *
 * @since 0.1.0
 */
export interface AdminAccountEncoded extends Schema.Schema.Encoded<typeof AdminAccount> {}
