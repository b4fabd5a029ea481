/**
 * The permission flags of a role: `Role.permissions` is the sum of the granted flags, sent as a
 * decimal string. These helpers read and build it without the caller doing bit arithmetic.
 *
 * The values are bigints because the field may outgrow a JavaScript number as Mastodon adds
 * flags. Flag names are Mastodon's own (`UserRole::FLAGS`). See the Mastodon docs, entities/Role
 * (Permission flags).
 *
 * @since 0.1.0
 */

/**
 * Every documented flag and its bit.
 *
 * @since 0.1.0
 */
export const flags = {
  /** Bypasses every other permission. */
  administrator: 0x1n,
  /** Access to the Sidekiq and PgHero dashboards. */
  view_devops: 0x2n,
  /** Access to the history of admin actions. */
  view_audit_log: 0x4n,
  /** Access to the dashboard and the metrics (dimensions, measures, retention). */
  view_dashboard: 0x8n,
  /** Review reports and act on them. */
  manage_reports: 0x10n,
  /** Block or allow federation with domains, and control deliverability. */
  manage_federation: 0x20n,
  /** Change site settings. */
  manage_settings: 0x40n,
  /** Block e-mail providers and IP addresses. */
  manage_blocks: 0x80n,
  /** Review trending content and change hashtag settings. */
  manage_taxonomies: 0x100n,
  /** Review appeals against moderation decisions. */
  manage_appeals: 0x200n,
  /** See other users' details and take moderation actions against them. */
  manage_users: 0x400n,
  /** Browse and deactivate invite links. */
  manage_invites: 0x800n,
  /** Change the server rules. */
  manage_rules: 0x1000n,
  /** Manage announcements. */
  manage_announcements: 0x2000n,
  /** Manage custom emoji. */
  manage_custom_emojis: 0x4000n,
  /** Set up webhooks for administrative events. */
  manage_webhooks: 0x8000n,
  /** Invite new people to the server. */
  invite_users: 0x10000n,
  /** Manage and assign roles below one's own. */
  manage_roles: 0x20000n,
  /** Disable others' two-factor authentication, change their e-mail address, reset their password. */
  manage_user_access: 0x40000n,
  /** Delete other users' data without delay. */
  delete_user_data: 0x80000n,
  /** View the live, hashtag and link feeds even where they are disabled. */
  view_feeds: 0x100000n
} as const

/**
 * The name of a documented permission flag.
 *
 * @since 0.1.0
 */
export type Flag = keyof typeof flags

/**
 * Every documented flag name, lowest bit first.
 *
 * @since 0.1.0
 */
export const all: ReadonlyArray<Flag> = Object.keys(flags) as Array<Flag>

/**
 * A permission bit field as `Role.permissions` carries it, or already as a bigint.
 *
 * @since 0.1.0
 */
export type Permissions = string | bigint

// A decoded role keeps `permissions` as the server's string. Anything other than a plain
// non-negative decimal (a fork's garbage, an empty string) counts as no permission at all rather
// than throwing from `BigInt`.
const toBits = (permissions: Permissions): bigint =>
  typeof permissions === "bigint" ? (permissions < 0n ? 0n : permissions) : /^\d+$/.test(permissions) ? BigInt(permissions) : 0n

const bitOf = (flag: Flag | bigint): bigint => typeof flag === "bigint" ? flag : flags[flag]

/**
 * Whether the bit field has this exact flag set (a flag can also be given as its bigint, for bits
 * newer than this library). `administrator` does not imply anything here: see {@link can}.
 *
 * @example
 * import { RolePermission } from "@mastodon-effect/core"
 * RolePermission.has("1048575", "manage_reports") // true
 * RolePermission.has("65536", "manage_reports") // false
 *
 * @since 0.1.0
 */
export const has = (permissions: Permissions, flag: Flag | bigint): boolean => {
  const bit = bitOf(flag)
  return bit > 0n && (toBits(permissions) & bit) === bit
}

/**
 * Whether a holder of these permissions may do what the flag guards, as the server decides it:
 * the flag itself or `administrator`, which bypasses every permission.
 *
 * @example
 * import { RolePermission } from "@mastodon-effect/core"
 * RolePermission.can("1", "manage_users") // true: administrator
 * RolePermission.can("1024", "manage_users") // true
 * RolePermission.can("16", "manage_users") // false
 *
 * @since 0.1.0
 */
export const can = (permissions: Permissions, flag: Flag | bigint): boolean =>
  has(permissions, "administrator") || has(permissions, flag)

/**
 * The documented flags set in a bit field, lowest bit first. Undocumented bits are left out.
 *
 * @since 0.1.0
 */
export const toFlags = (permissions: Permissions): ReadonlyArray<Flag> => all.filter((flag) => has(permissions, flag))

/**
 * The bit field for a set of flags, as the decimal string `Role.permissions` carries (`"0"` for
 * none).
 *
 * @example
 * import { RolePermission } from "@mastodon-effect/core"
 * RolePermission.fromFlags(["manage_reports", "manage_users"]) // "1040"
 *
 * @since 0.1.0
 */
export const fromFlags = (granted: Iterable<Flag | bigint>): string => {
  let bits = 0n
  for (const flag of granted) {
    const bit = bitOf(flag)
    if (bit > 0n) bits |= bit
  }
  return bits.toString()
}
