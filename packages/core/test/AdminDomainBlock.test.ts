import { describe, expect, it } from "@effect/vitest"
import * as AdminDomainBlock from "@mastodon-effect/core/AdminDomainBlock"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminDomainBlock.js"

const decode = Schema.decodeUnknownSync(AdminDomainBlock.AdminDomainBlock)
const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))

describe("AdminDomainBlock", () => {
  it("decodes and round-trips the docs' example", () => {
    const block = decode(Fx.docs)
    expect(block.severity).toBe("noop")
    expect(block.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(DateTime.formatIso(block.created_at)).toBe("2022-11-16T08:15:34.238Z")
    expect(block.private_comment).toBeNull()
    expect(roundTrip(AdminDomainBlock.AdminDomainBlock, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes and round-trips a Mastodon 4.0 block without digest", () => {
    const block = decode(Fx.mastodon40)
    expect(block.digest).toBeUndefined()
    expect(block.public_comment).toBe("Spam")
    expect(roundTrip(AdminDomainBlock.AdminDomainBlock, Fx.mastodon40)).toStrictEqual(Fx.mastodon40)
  })

  it("keeps an unknown severity and drops unknown fields", () => {
    expect(decode(Fx.extra).severity).toBe("quarantine")
    const { reject_avatars: _, ...known } = Fx.extra
    expect(roundTrip(AdminDomainBlock.AdminDomainBlock, Fx.extra)).toStrictEqual(known)
  })

  it("fails without obfuscate and names it", () => {
    const result = Schema.decodeUnknownEither(AdminDomainBlock.AdminDomainBlock)(Fx.missingObfuscate)
    expect(Either.isLeft(result) && String(result.left)).toContain('["obfuscate"]')
  })

  it.prop("decode(encode(a)) equals a", [AdminDomainBlock.AdminDomainBlock], ([block]) => {
    const encoded = Schema.encodeSync(AdminDomainBlock.AdminDomainBlock)(block)
    expect(Schema.equivalence(AdminDomainBlock.AdminDomainBlock)(decode(encoded), block)).toBe(true)
  }, { fastCheck: { numRuns: 50 } })
})

describe("ExistingDomainBlockError", () => {
  it("decodes the docs' 422 body with the block that covers the domain", () => {
    const body = Schema.decodeUnknownSync(AdminDomainBlock.ExistingDomainBlockError)(Fx.existing)
    expect(body.error).toContain("stricter limits")
    expect(body.existing_domain_block.domain).toBe("example.com")
    expect(roundTrip(AdminDomainBlock.ExistingDomainBlockError, Fx.existing)).toStrictEqual(Fx.existing)
  })

  it("fails on a plain error body, which has no block", () => {
    const result = Schema.decodeUnknownEither(AdminDomainBlock.ExistingDomainBlockError)({ error: "Validation failed" })
    expect(Either.isLeft(result) && String(result.left)).toContain('["existing_domain_block"]')
  })
})
