/**
 * OAuth scopes and the rule by which a granted scope covers a requested one. See the Mastodon docs,
 * api/oauth-scopes.
 *
 * @since 0.1.0
 */

/** The high-level scopes. `follow` is deprecated since Mastodon 3.5 but still granted. @since 0.1.0 */
export const topLevel = ["read", "write", "follow", "push", "profile", "admin:read", "admin:write"] as const

/** The granular scopes the docs list. @since 0.1.0 */
export const granular = [
  "read:accounts",
  "read:blocks",
  "read:bookmarks",
  "read:collections",
  "read:favourites",
  "read:filters",
  "read:follows",
  "read:lists",
  "read:mutes",
  "read:notifications",
  "read:search",
  "read:statuses",
  "write:accounts",
  "write:blocks",
  "write:bookmarks",
  "write:collections",
  "write:conversations",
  "write:favourites",
  "write:filters",
  "write:follows",
  "write:lists",
  "write:media",
  "write:mutes",
  "write:notifications",
  "write:reports",
  "write:statuses",
  "admin:read:accounts",
  "admin:read:canonical_email_blocks",
  "admin:read:domain_allows",
  "admin:read:domain_blocks",
  "admin:read:email_domain_blocks",
  "admin:read:ip_blocks",
  "admin:read:reports",
  "admin:write:accounts",
  "admin:write:canonical_email_blocks",
  "admin:write:domain_allows",
  "admin:write:domain_blocks",
  "admin:write:email_domain_blocks",
  "admin:write:ip_blocks",
  "admin:write:reports"
] as const

/**
 * A scope name. The known ones are offered by the type checker; any other string is accepted too,
 * since servers add scopes (and forks have their own).
 *
 * @since 0.1.0
 */
export type Scope = typeof topLevel[number] | typeof granular[number] | (string & {})

/** The granular scopes the deprecated `follow` scope grants. */
const followGrants: ReadonlySet<string> = new Set([
  "read:blocks",
  "read:follows",
  "read:mutes",
  "write:blocks",
  "write:follows",
  "write:mutes"
])

/**
 * Whether one granted scope gives the access of a requested one: equal scopes, a parent scope over
 * its children (`read` covers `read:accounts`, `admin:read` covers `admin:read:reports`), and
 * `follow` over the six relationship scopes.
 *
 * @example
 * import { Scope } from "@mastodon-effect/core"
 * Scope.covers("read", "read:accounts") // true
 * Scope.covers("read:accounts", "read") // false
 *
 * @since 0.1.0
 */
export const covers = (granted: Scope, requested: Scope): boolean =>
  granted === requested ||
  requested.startsWith(`${granted}:`) ||
  (granted === "follow" && followGrants.has(requested))

/**
 * Split a space-separated scope string (`"read write:statuses"`) into its scopes.
 *
 * @since 0.1.0
 */
export const parse = (scopes: string): ReadonlyArray<Scope> => scopes.split(/[\s+]+/).filter((s) => s.length > 0)

/**
 * Join scopes into the space-separated form OAuth parameters use.
 *
 * @since 0.1.0
 */
export const format = (scopes: Iterable<Scope>): string => Array.from(new Set(scopes)).join(" ")

/**
 * The requested scopes that no granted scope covers; empty when the grant is enough.
 *
 * @example
 * import { Scope } from "@mastodon-effect/core"
 * Scope.missing(["read", "write:accounts"], ["read:accounts", "write:follows"]) // ["write:follows"]
 *
 * @since 0.1.0
 */
export const missing = (
  granted: Iterable<Scope> | string,
  requested: Iterable<Scope> | string
): ReadonlyArray<Scope> => {
  const have = typeof granted === "string" ? parse(granted) : Array.from(granted)
  const want = typeof requested === "string" ? parse(requested) : Array.from(requested)
  return want.filter((r) => !have.some((g) => covers(g, r)))
}

/**
 * Whether the grant satisfies at least one of several acceptable scopes (an endpoint that takes
 * either `profile` or `read:accounts`, for instance).
 *
 * @since 0.1.0
 */
export const satisfiesAny = (granted: Iterable<Scope> | string, acceptable: Iterable<Scope>): boolean => {
  const have = typeof granted === "string" ? parse(granted) : Array.from(granted)
  return Array.from(acceptable).some((a) => have.some((g) => covers(g, a)))
}
