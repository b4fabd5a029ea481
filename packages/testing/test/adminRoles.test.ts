/**
 * The role check the admin routes of the in-memory instance use: 403 with Mastodon's body unless
 * the role grants the permission (administrator grants every one).
 */
import { describe, expect, it } from "@effect/vitest"
import * as RolePermission from "@mastodon-effect/core/RolePermission"
import { requirePermission } from "../src/internal/admin/roles.js"

const body = (reply: { readonly body: string | Uint8Array } | undefined): unknown =>
  reply === undefined ? undefined : JSON.parse(typeof reply.body === "string" ? reply.body : new TextDecoder().decode(reply.body))

const moderator = { permissions: RolePermission.fromFlags(["view_dashboard", "manage_reports", "manage_users"]) }
const everyone = { permissions: "65536" }
const admin = { id: "3", name: "Owner", permissions: "1" }

describe("requirePermission", () => {
  it("lets a role with the flag through", () => {
    expect(requirePermission(moderator, "manage_reports")).toBeUndefined()
    expect(requirePermission(moderator, "manage_users")).toBeUndefined()
  })

  it("answers 403 with the documented body when the role lacks the flag", () => {
    const reply = requirePermission(moderator, "manage_federation")
    expect(reply?.status).toBe(403)
    expect(reply?.contentType).toContain("application/json")
    expect(body(reply)).toEqual({ error: "This action is not allowed" })
    expect(requirePermission(everyone, "manage_reports")?.status).toBe(403)
  })

  it("lets administrator through for every flag", () => {
    for (const flag of RolePermission.all) expect(requirePermission(admin, flag)).toBeUndefined()
  })

  it("answers 403 for a user without a role and for a malformed bit field", () => {
    expect(requirePermission(undefined, "manage_reports")?.status).toBe(403)
    expect(requirePermission({ permissions: "lots" }, "manage_reports")?.status).toBe(403)
  })

  it("accepts any one of several flags", () => {
    expect(requirePermission(moderator, ["manage_federation", "manage_reports"])).toBeUndefined()
    expect(requirePermission(moderator, ["manage_federation", "manage_blocks"])?.status).toBe(403)
    expect(requirePermission(moderator, [])?.status).toBe(403)
  })

  it("reads a bigint bit field", () => {
    expect(requirePermission({ permissions: 0x100n }, "manage_taxonomies")).toBeUndefined()
  })
})
