import { describe, expect, it } from "@effect/vitest"
import * as AdminIpBlock from "@mastodon-effect/core/AdminIpBlock"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminIpBlock.js"

const decode = Schema.decodeUnknownSync(AdminIpBlock.AdminIpBlock)
const roundTrip = (input: unknown) => Schema.encodeSync(AdminIpBlock.AdminIpBlock)(decode(input))

describe("AdminIpBlock", () => {
  it("decodes and round-trips the docs' example", () => {
    const block = decode(Fx.docs)
    expect(block.severity).toBe("no_access")
    expect(block.expires_at).toBeNull()
    expect(roundTrip(Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes and round-trips a timed block", () => {
    const block = decode(Fx.expiring)
    expect(block.expires_at && DateTime.formatIso(block.expires_at)).toBe("2025-12-01T00:00:00.000Z")
    expect(roundTrip(Fx.expiring)).toStrictEqual(Fx.expiring)
  })

  it("keeps an unknown severity and drops unknown fields", () => {
    expect(decode(Fx.extra).severity).toBe("rate_limit")
    const { hits: _, ...known } = Fx.extra
    expect(roundTrip(Fx.extra)).toStrictEqual(known)
  })

  it("fails without expires_at (always sent, null when the block does not end)", () => {
    const result = Schema.decodeUnknownEither(AdminIpBlock.AdminIpBlock)(Fx.missingExpiresAt)
    expect(Either.isLeft(result) && String(result.left)).toContain('["expires_at"]')
  })

  it.prop("decode(encode(a)) equals a", [AdminIpBlock.AdminIpBlock], ([block]) => {
    const encoded = Schema.encodeSync(AdminIpBlock.AdminIpBlock)(block)
    expect(Schema.equivalence(AdminIpBlock.AdminIpBlock)(decode(encoded), block)).toBe(true)
  }, { fastCheck: { numRuns: 50 } })
})
