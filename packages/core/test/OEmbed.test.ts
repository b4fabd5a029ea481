import { describe, expect, it } from "@effect/vitest"
import * as OEmbed from "@mastodon-effect/core/OEmbed"
import * as Fx from "./fixtures/OEmbed.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("OEmbed", () => {
  it("decodes and round-trips the docs' example", () => {
    const embed = decode(OEmbed.OEmbed, Fx.docs)
    expect(embed.type).toBe("rich")
    expect(embed.width).toBe(400)
    expect(embed.height).toBeNull()
    expect(embed.html).toContain("mastodon-embed")
    expect(roundTrip(OEmbed.OEmbed, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes another server's minimal answer; extras only when preserving", () => {
    const embed = decode(OEmbed.OEmbed, Fx.minimal)
    expect(embed.author_name).toBeUndefined()
    expect(embed).not.toHaveProperty("thumbnail_url")
    expect(decodePreserving(OEmbed.OEmbed, Fx.minimal)).toHaveProperty("thumbnail_url", "x")
  })

  it("fails without html", () => {
    expect(failure(OEmbed.OEmbed, Fx.missingHtml)).toContain('["html"]')
  })
})
