import { describe, expect, it } from "@effect/vitest"
import * as Scope from "@mastodon-effect/core/Scope"
import * as FastCheck from "effect/FastCheck"

describe("Scope", () => {
  it("a parent scope covers its children, not the other way round", () => {
    expect(Scope.covers("read", "read:accounts")).toBe(true)
    expect(Scope.covers("write", "write:media")).toBe(true)
    expect(Scope.covers("admin:read", "admin:read:reports")).toBe(true)
    expect(Scope.covers("read:accounts", "read")).toBe(false)
    expect(Scope.covers("read", "write:accounts")).toBe(false)
    expect(Scope.covers("read", "admin:read:accounts")).toBe(false)
    expect(Scope.covers("read", "profile")).toBe(false)
  })

  it("follow covers exactly the six relationship scopes", () => {
    const covered = Scope.granular.filter((s) => Scope.covers("follow", s))
    expect([...covered].sort()).toEqual(
      ["read:blocks", "read:follows", "read:mutes", "write:blocks", "write:follows", "write:mutes"]
    )
  })

  it("missing lists what the grant does not cover", () => {
    expect(Scope.missing("read write:accounts", ["read:accounts", "write:follows", "write:accounts"])).toEqual(["write:follows"])
    expect(Scope.missing(["read", "write", "follow", "push"], "read write follow push")).toEqual([])
    expect(Scope.satisfiesAny("profile", ["profile", "read:accounts"])).toBe(true)
    expect(Scope.satisfiesAny("write", ["profile", "read:accounts"])).toBe(false)
  })

  it.prop("every scope covers itself and every granular scope is covered by its top-level scope", [
    FastCheck.constantFrom(...Scope.granular)
  ], ([scope]) => {
    expect(Scope.covers(scope, scope)).toBe(true)
    const top = scope.startsWith("admin:") ? scope.split(":").slice(0, 2).join(":") : scope.split(":")[0]!
    expect(Scope.covers(top, scope)).toBe(true)
  })

  it.prop("format and parse round-trip a set of scopes", [
    FastCheck.uniqueArray(FastCheck.constantFrom(...Scope.topLevel, ...Scope.granular))
  ], ([scopes]) => {
    expect(Scope.parse(Scope.format(scopes))).toEqual(scopes)
  })
})
