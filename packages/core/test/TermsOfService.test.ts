import { describe, expect, it } from "@effect/vitest"
import * as TermsOfService from "@mastodon-effect/core/TermsOfService"
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/TermsOfService.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const T = TermsOfService.TermsOfService

describe("TermsOfService", () => {
  it("decodes the docs' example; its date stays a date when encoded", () => {
    const terms = decode(T, Fx.docs)
    expect(DateTime.formatIso(terms.effective_date)).toBe("2025-04-15T00:00:00.000Z")
    expect(terms.succeeded_by).toBeNull()
    expect(roundTrip(T, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes terms that newer terms succeed", () => {
    const terms = decode(T, Fx.succeeded)
    expect(terms.succeeded_by && DateTime.formatIso(terms.succeeded_by)).toBe("2025-04-15T00:00:00.000Z")
    expect(roundTrip(T, Fx.succeeded)).toStrictEqual(Fx.succeeded)
  })

  it("keeps unknown fields only when preserving", () => {
    expect(roundTrip(T, Fx.extra)).toStrictEqual(Fx.docs)
    expect(decodePreserving(T, Fx.extra)).toHaveProperty("changelog")
  })

  it("fails on a date that is not a date", () => {
    expect(failure(T, Fx.badDate)).toContain('["effective_date"]')
  })

  it.prop("decode(encode(a)) equals a", [T], ([terms]) => {
    const decoded = Schema.decodeSync(T)(Schema.encodeSync(T)(terms))
    expect(Schema.equivalence(T)(decoded, terms)).toBe(true)
  })
})
