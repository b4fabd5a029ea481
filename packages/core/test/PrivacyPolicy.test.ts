import { describe, expect, it } from "@effect/vitest"
import * as PrivacyPolicy from "@mastodon-effect/core/PrivacyPolicy"
import * as DateTime from "effect/DateTime"
import * as Fx from "./fixtures/PrivacyPolicy.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const P = PrivacyPolicy.PrivacyPolicy

describe("PrivacyPolicy", () => {
  it("decodes the docs' example (a +00:00 offset) and encodes it in UTC", () => {
    const policy = decode(P, Fx.docs)
    expect(DateTime.formatIso(policy.updated_at)).toBe("2022-10-07T00:00:00.000Z")
    expect(roundTrip(P, Fx.docs)).toStrictEqual({ ...Fx.docs, updated_at: "2022-10-07T00:00:00.000Z" })
  })

  it("keeps unknown fields only when preserving", () => {
    expect(decode(P, Fx.extra)).not.toHaveProperty("locale")
    expect(decodePreserving(P, Fx.extra)).toHaveProperty("locale", "en")
  })

  it("fails without updated_at", () => {
    expect(failure(P, Fx.missingUpdatedAt)).toContain('["updated_at"]')
  })
})
