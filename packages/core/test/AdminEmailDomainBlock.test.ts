import { describe, expect, it } from "@effect/vitest"
import * as AdminEmailDomainBlock from "@mastodon-effect/core/AdminEmailDomainBlock"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminEmailDomainBlock.js"

const decode = Schema.decodeUnknownSync(AdminEmailDomainBlock.AdminEmailDomainBlock)
const roundTrip = (input: unknown) => Schema.encodeSync(AdminEmailDomainBlock.AdminEmailDomainBlock)(decode(input))

describe("AdminEmailDomainBlock", () => {
  it("decodes and round-trips the docs' example with a week of history", () => {
    const block = decode(Fx.docs)
    expect(block.domain).toBe("foo")
    expect(block.history).toHaveLength(7)
    expect(block.history[0]).toEqual({ day: "1668556800", accounts: "0", uses: "0" })
    expect(roundTrip(Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("drops unknown fields", () => {
    const { allow_with_approval: _, ...known } = Fx.extra
    expect(decode(Fx.extra).history[0]?.uses).toBe("5")
    expect(roundTrip(Fx.extra)).toStrictEqual(known)
  })

  it("fails on a numeric history count and names the path", () => {
    const result = Schema.decodeUnknownEither(AdminEmailDomainBlock.AdminEmailDomainBlock)(Fx.badHistory)
    const message = Either.isLeft(result) ? String(result.left) : ""
    expect(message).toContain('["history"]')
    expect(message).toContain('["accounts"]')
  })
})
