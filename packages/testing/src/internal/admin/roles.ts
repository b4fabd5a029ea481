/**
 * The role check of the admin routes: a token's scopes are checked first (by `authorize`), then
 * the user's role must grant the permission the route needs, as Mastodon's policies do. Pure, so
 * the routes stay synchronous and the check is testable on its own.
 *
 * @internal
 */
import * as RolePermission from "@mastodon-effect/core/RolePermission"
import { forbidden, type Reply } from "../route.js"

/** Anything that carries a permission bit field: a core `Role`, or a role row of the state. */
export interface RoleLike {
  readonly permissions: RolePermission.Permissions
}

/**
 * `undefined` when the role grants the flag (or one of the flags; `administrator` grants them
 * all), else the 403 reply with Mastodon's body `{ "error": "This action is not allowed" }`. A user
 * without a role gets the 403 too.
 */
export const requirePermission = (
  role: RoleLike | undefined,
  flag: RolePermission.Flag | ReadonlyArray<RolePermission.Flag>
): Reply | undefined => {
  if (role === undefined) return forbidden()
  const flags: ReadonlyArray<RolePermission.Flag> = typeof flag === "string" ? [flag] : flag
  return flags.some((f) => RolePermission.can(role.permissions, f)) ? undefined : forbidden()
}
