import { describe, expect, it } from "@effect/vitest"
import * as ExtendedDescription from "@mastodon-effect/core/ExtendedDescription"
import * as DateTime from "effect/DateTime"
import * as Fx from "./fixtures/ExtendedDescription.js"
import { decode, decodePreserving, failure } from "./utils/schema.js"

const E = ExtendedDescription.ExtendedDescription

describe("ExtendedDescription", () => {
  it("decodes the docs' example (a timestamp without milliseconds)", () => {
    const description = decode(E, Fx.docs)
    expect(description.updated_at && DateTime.formatIso(description.updated_at)).toBe("2022-11-03T04:09:07.000Z")
    expect(description.content).toContain("press@joinmastodon.org")
  })

  it("decodes a description never written (null updated_at)", () => {
    expect(decode(E, Fx.unset)).toEqual({ updated_at: null, content: "" })
  })

  it("keeps unknown fields only when preserving", () => {
    expect(decode(E, Fx.extra)).not.toHaveProperty("locale")
    expect(decodePreserving(E, Fx.extra)).toHaveProperty("locale", "en")
  })

  it("fails without content", () => {
    expect(failure(E, Fx.missingContent)).toContain('["content"]')
  })
})
