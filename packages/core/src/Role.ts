/**
 * Roles: the public badge shown on profiles and the full role of the signed-in user.
 *
 * See the Mastodon docs, entities/Role and entities/Account (AccountRole).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { idFromStringOrNumber, StringFromStringOrNumber } from "./internal/entity.js"

/**
 * A role id. Mastodon sends a string; early 4.x releases sent a JSON number, which decodes to
 * its decimal string.
 *
 * @since 0.1.0
 */
export const RoleIdLenient = idFromStringOrNumber(Id.RoleId)

/**
 * The public part of a role, as listed in `Account.roles` (only roles that are highlighted).
 *
 * Added in Mastodon 4.1. See the Mastodon docs, entities/Account (AccountRole).
 *
 * @since 0.1.0
 */
export const AccountRole = /* @__PURE__ */ Schema.Struct({
  /** The role's database id. */
  id: RoleIdLenient,
  /** The role's display name. */
  name: Schema.String,
  /** A hex color such as `#ff3838`, or the empty string when the role has none. */
  color: Schema.String
}).annotations({ identifier: "AccountRole" })

/**
 * The decoded form of {@link AccountRole}.
 *
 * @since 0.1.0
 */
export interface AccountRole extends Schema.Schema.Type<typeof AccountRole> {}

/**
 * The JSON form of {@link AccountRole}.
 *
 * @since 0.1.0
 */
export interface AccountRoleEncoded extends Schema.Schema.Encoded<typeof AccountRole> {}

/**
 * The complete role of the signed-in user, as found in `CredentialAccount.role`.
 *
 * `permissions` stays a string: it is a bitmask in decimal that may outgrow a JavaScript number
 * (test flags with `RolePermission.has(role.permissions, "manage_reports")` or `RolePermission.can`).
 * `collection_limit` (Mastodon 4.6) is optional. See the Mastodon docs, entities/Role.
 *
 * @since 0.1.0
 */
export const Role = /* @__PURE__ */ Schema.Struct({
  /** The role's database id (`"-99"` for the default role everyone has). */
  id: RoleIdLenient,
  /** The role's display name, empty for the default role. */
  name: Schema.String,
  /** A hex color, or the empty string. */
  color: Schema.String,
  /** Sum of the granted permission flags, as a decimal string; `"0"` when none. */
  permissions: StringFromStringOrNumber,
  /** Whether the role appears as a badge on profiles. */
  highlighted: Schema.Boolean,
  /** How many Collections holders of this role may create (Mastodon 4.6). */
  collection_limit: /* @__PURE__ */ Schema.optional(Schema.Int)
}).annotations({ identifier: "Role" })

/**
 * The decoded form of {@link Role}.
 *
 * @since 0.1.0
 */
export interface Role extends Schema.Schema.Type<typeof Role> {}

/**
 * The JSON form of {@link Role}.
 *
 * @since 0.1.0
 */
export interface RoleEncoded extends Schema.Schema.Encoded<typeof Role> {}
