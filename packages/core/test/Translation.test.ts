import { describe, expect, it } from "@effect/vitest"
import * as Translation from "@mastodon-effect/core/Translation"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Translation.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("Translation", () => {
  it("decodes and round-trips the docs' example with media", () => {
    const translation = decode(Translation.Translation, Fx.docsMedia)
    expect(translation.media_attachments[0]).toEqual({ id: "22345792", description: "Status author waving at the camera" })
    expect(translation.poll).toBeNull()
    expect(translation.detected_source_language).toBe("es")
    expect(roundTrip(Translation.Translation, Fx.docsMedia)).toStrictEqual(Fx.docsMedia)
  })

  it("decodes and round-trips the docs' example with a poll", () => {
    const translation = decode(Translation.Translation, Fx.docsPoll)
    expect(translation.poll?.options.map((o) => o.title)).toEqual(["Stay", "Go"])
    expect(roundTrip(Translation.Translation, Fx.docsPoll)).toStrictEqual(Fx.docsPoll)
  })

  it("decodes a Mastodon 4.0 translation without the 4.2 fields", () => {
    const translation = decode(Translation.Translation, Fx.mastodon40)
    expect(translation.spoiler_text).toBeUndefined()
    expect(translation.media_attachments).toEqual([])
    expect(translation.poll).toBeUndefined()
    expect(roundTrip(Translation.Translation, Fx.mastodon40)).toStrictEqual({ ...Fx.mastodon40, media_attachments: [] })
  })

  it("drops unknown fields, or keeps them when preserving", () => {
    expect(roundTrip(Translation.Translation, Fx.extra)).toStrictEqual(Fx.docsMedia)
    expect(decodePreserving(Translation.Translation, Fx.extra)).toMatchObject({ billed_characters: 42 })
  })

  it("fails without provider", () => {
    expect(failure(Translation.Translation, Fx.missingProvider)).toContain('["provider"]')
  })

  it.prop("decode(encode(a)) equals a", [Translation.Translation], ([translation]) => {
    const encoded = Schema.encodeSync(Translation.Translation)(translation)
    expect(Schema.decodeSync(Translation.Translation)(encoded)).toStrictEqual(translation)
  })
})
