import { describe, expect, it } from "@effect/vitest"
import * as AdminTrends from "@mastodon-effect/core/AdminTrends"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminTrends.js"

const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))

describe("TrendingLink", () => {
  it("decodes and round-trips the docs' example", () => {
    const link = Schema.decodeUnknownSync(AdminTrends.TrendingLink)(Fx.docs)
    expect(link.type).toBe("link")
    expect(link.history).toHaveLength(7)
    expect(link.history[0]?.uses).toBe("9")
    expect(link.id).toBeUndefined()
    expect(roundTrip(AdminTrends.TrendingLink, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes and round-trips the id and review state real servers add", () => {
    const link = Schema.decodeUnknownSync(AdminTrends.TrendingLink)(Fx.reviewed)
    expect(link.id).toBe("4410")
    expect(link.requires_review).toBe(true)
    expect(roundTrip(AdminTrends.TrendingLink, Fx.reviewed)).toStrictEqual(Fx.reviewed)
  })

  it("fails without history and names it", () => {
    const result = Schema.decodeUnknownEither(AdminTrends.TrendingLink)(Fx.missingHistory)
    expect(Either.isLeft(result) && String(result.left)).toContain('["history"]')
  })
})

describe("TrendingStatus", () => {
  it("decodes a status with requires_review, and a plain status as the docs describe it", () => {
    expect(Schema.decodeUnknownSync(AdminTrends.TrendingStatus)(Fx.status).requires_review).toBe(false)
    expect(roundTrip(AdminTrends.TrendingStatus, Fx.status)).toStrictEqual(Fx.status)
    const plain = Schema.decodeUnknownSync(AdminTrends.TrendingStatus)(Fx.plainStatus)
    expect(plain.requires_review).toBeUndefined()
    expect(plain.id).toBe("103270115826048975")
  })
})
