import { describe, expect, it } from "@effect/vitest"
import * as Role from "@mastodon-effect/core/Role"
import * as RolePermission from "@mastodon-effect/core/RolePermission"
import * as Schema from "effect/Schema"
import * as RoleFx from "./fixtures/Role.js"

describe("RolePermission", () => {
  it("has the 21 documented flags, one bit each, from 0x1 to 0x100000", () => {
    expect(RolePermission.all).toHaveLength(21)
    expect(RolePermission.all.map((flag) => RolePermission.flags[flag])).toEqual(
      Array.from({ length: 21 }, (_, i) => 1n << BigInt(i))
    )
    expect(RolePermission.flags.manage_taxonomies).toBe(0x100n)
    expect(RolePermission.flags.view_feeds).toBe(0x100000n)
  })

  it("reads the docs' Owner role: every flag up to delete_user_data, not view_feeds", () => {
    const role = Schema.decodeUnknownSync(Role.Role)(RoleFx.full)
    expect(RolePermission.has(role.permissions, "administrator")).toBe(true)
    expect(RolePermission.has(role.permissions, "delete_user_data")).toBe(true)
    expect(RolePermission.has(role.permissions, "view_feeds")).toBe(false)
    expect(RolePermission.toFlags(role.permissions)).toEqual(RolePermission.all.filter((flag) => flag !== "view_feeds"))
  })

  it("reads the default role of Mastodon 4.0, sent as a number: invite_users only", () => {
    const role = Schema.decodeUnknownSync(Role.Role)(RoleFx.numeric)
    expect(RolePermission.toFlags(role.permissions)).toEqual(["invite_users"])
  })

  it("has checks the exact bit; can also lets administrator through", () => {
    const moderator = RolePermission.fromFlags(["manage_reports", "manage_users"])
    expect(moderator).toBe("1040")
    expect(RolePermission.has(moderator, "manage_reports")).toBe(true)
    expect(RolePermission.has(moderator, "manage_federation")).toBe(false)
    expect(RolePermission.can(moderator, "manage_federation")).toBe(false)
    expect(RolePermission.has("1", "manage_federation")).toBe(false)
    expect(RolePermission.can("1", "manage_federation")).toBe(true)
  })

  it("handles bits beyond a JavaScript number and undocumented bits given as bigints", () => {
    const big = ((1n << 60n) | 0x10n).toString()
    expect(RolePermission.has(big, "manage_reports")).toBe(true)
    expect(RolePermission.has(big, 1n << 60n)).toBe(true)
    expect(RolePermission.has(big, 1n << 59n)).toBe(false)
    expect(RolePermission.toFlags(big)).toEqual(["manage_reports"])
    expect(RolePermission.fromFlags([1n << 21n, "administrator"])).toBe(String((1n << 21n) + 1n))
    expect(RolePermission.has(0x30n, "manage_federation")).toBe(true)
  })

  it("treats a malformed bit field as no permission instead of throwing", () => {
    for (const garbage of ["", "abc", "-1", "0x10", "1.5", " 16"]) {
      expect(RolePermission.has(garbage, "manage_reports")).toBe(false)
      expect(RolePermission.can(garbage, "manage_reports")).toBe(false)
      expect(RolePermission.toFlags(garbage)).toEqual([])
    }
    expect(RolePermission.has(-1n, "administrator")).toBe(false)
    expect(RolePermission.has("16", 0n)).toBe(false)
    expect(RolePermission.has("16", -16n)).toBe(false)
  })

  it("round-trips flags through the bit field", () => {
    const flags = ["view_dashboard", "manage_blocks", "view_feeds"] as const
    expect(RolePermission.toFlags(RolePermission.fromFlags(flags))).toEqual(flags)
    expect(RolePermission.fromFlags([])).toBe("0")
  })
})
