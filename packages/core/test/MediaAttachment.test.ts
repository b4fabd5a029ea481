import { describe, expect, it } from "@effect/vitest"
import * as MediaAttachment from "@mastodon-effect/core/MediaAttachment"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/MediaAttachment.js"

const Media = MediaAttachment.MediaAttachment
const roundTrip = (input: unknown) => Schema.encodeSync(Media)(Schema.decodeUnknownSync(Media)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("MediaAttachment", () => {
  it("decodes and round-trips an image and a video", () => {
    const image = Schema.decodeUnknownSync(Media)(Fx.image)
    expect(image.type).toBe("image")
    expect(image.meta?.focus).toEqual({ x: -0.27, y: 0.51 })
    expect(image.meta?.original?.aspect).toBeCloseTo(1.333, 3)
    expect(roundTrip(Fx.image)).toStrictEqual(Fx.image)
    const video = Schema.decodeUnknownSync(Media)(Fx.video)
    expect(video.meta?.original?.frame_rate).toBe("6159375/249269")
    expect(roundTrip(Fx.video)).toStrictEqual(Fx.video)
  })

  it("decodes an upload still processing (null url and meta)", () => {
    const media = Schema.decodeUnknownSync(Media)(Fx.processing)
    expect(media.url).toBeNull()
    expect(media.meta).toBeNull()
    expect(roundTrip(Fx.processing)).toStrictEqual(Fx.processing)
  })

  it("decodes a Pleroma attachment without blurhash or meta", () => {
    const media = Schema.decodeUnknownSync(Media)(Fx.pleroma)
    expect(media.type).toBe("unknown")
    expect(media.blurhash).toBeUndefined()
    const { pleroma: _p, ...known } = Fx.pleroma
    expect(roundTrip(Fx.pleroma)).toStrictEqual(known)
  })

  it("keeps an unknown media type", () => {
    expect(Schema.decodeUnknownSync(Media)(Fx.extra).type).toBe("model3d")
    expect(roundTrip(Fx.extra)).toStrictEqual({ ...Fx.processing, type: "model3d", meta: { original: {} } })
  })

  it("fails without type and names it", () => {
    expect(failure(Schema.decodeUnknownEither(Media)(Fx.missingType))).toContain('["type"]')
  })

  it("fails on a bad focus and names the nested path", () => {
    const message = failure(Schema.decodeUnknownEither(Media)(Fx.badFocus))
    expect(message).toContain('["meta"]')
    expect(message).toContain('["focus"]')
    expect(message).toContain('["x"]')
  })
})
