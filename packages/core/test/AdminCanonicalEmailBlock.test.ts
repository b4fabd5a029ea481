import { describe, expect, it } from "@effect/vitest"
import * as AdminCanonicalEmailBlock from "@mastodon-effect/core/AdminCanonicalEmailBlock"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminCanonicalEmailBlock.js"

const decode = Schema.decodeUnknownSync(AdminCanonicalEmailBlock.AdminCanonicalEmailBlock)
const roundTrip = (input: unknown) => Schema.encodeSync(AdminCanonicalEmailBlock.AdminCanonicalEmailBlock)(decode(input))

describe("AdminCanonicalEmailBlock", () => {
  it("decodes and round-trips the docs' example", () => {
    expect(decode(Fx.docs).canonical_email_hash).toHaveLength(64)
    expect(roundTrip(Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("drops unknown fields", () => {
    expect(roundTrip(Fx.extra)).toStrictEqual(Fx.docs)
  })

  it("fails on a numeric id and names it", () => {
    const result = Schema.decodeUnknownEither(AdminCanonicalEmailBlock.AdminCanonicalEmailBlock)(Fx.numericId)
    expect(Either.isLeft(result) && String(result.left)).toContain('["id"]')
  })
})
