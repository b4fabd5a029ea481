import { describe, expect, it } from "@effect/vitest"
import * as Rule from "@mastodon-effect/core/Rule"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Rule.js"

const roundTrip = (input: unknown) => Schema.encodeSync(Rule.Rule)(Schema.decodeUnknownSync(Rule.Rule)(input))

describe("Rule", () => {
  it("decodes and round-trips a rule with translations", () => {
    const rule = Schema.decodeUnknownSync(Rule.Rule)(Fx.full)
    expect(rule.translations?.["zh-TW"]?.text).toBe("善待水獺。")
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes a Mastodon 3.4 rule", () => {
    expect(roundTrip(Fx.minimal)).toStrictEqual(Fx.minimal)
  })

  it("fails without text and names it", () => {
    const result = Schema.decodeUnknownEither(Rule.Rule)(Fx.missingText)
    expect(Either.isLeft(result) && String(result.left)).toContain('["text"]')
  })
})
