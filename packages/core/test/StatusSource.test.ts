import { describe, expect, it } from "@effect/vitest"
import * as StatusSource from "@mastodon-effect/core/StatusSource"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/StatusSource.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("StatusSource", () => {
  it("decodes and round-trips the docs' example", () => {
    const source = decode(StatusSource.StatusSource, Fx.docs)
    expect(source.text).toBe("this is a status that will be edited")
    expect(roundTrip(StatusSource.StatusSource, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("drops unknown fields, or keeps them when preserving", () => {
    expect(roundTrip(StatusSource.StatusSource, Fx.extra)).toStrictEqual(Fx.docs)
    expect(decodePreserving(StatusSource.StatusSource, Fx.extra)).toMatchObject({ content_type: "text/markdown" })
  })

  it("fails without text", () => {
    expect(failure(StatusSource.StatusSource, Fx.missingText)).toContain('["text"]')
  })

  it.prop("decode(encode(a)) equals a", [StatusSource.StatusSource], ([source]) => {
    expect(Schema.decodeSync(StatusSource.StatusSource)(Schema.encodeSync(StatusSource.StatusSource)(source))).toStrictEqual(source)
  })
})
