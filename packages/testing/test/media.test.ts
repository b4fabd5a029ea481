/**
 * Media uploads on the fake instance, through raw HTTP on both faces: type detection from the
 * bytes, v2 processing (202, then 200 once the TestClock passes the delay), v1 synchronous
 * uploads, updates and deletion of unattached media.
 */
import { describe, expect, it } from "@effect/vitest"
import * as MediaAttachment from "@mastodon-effect/core/MediaAttachment"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import { faces, req } from "./utils/http.js"

const decodeMedia = Schema.decodeUnknownSync(MediaAttachment.MediaAttachment)

/** A 2×1 PNG header is all the sniffing needs; the rest of the file is not read. */
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 1, 8, 6, 0, 0, 0])
/** The start of an MP4 file (an `ftyp` box of brand `isom`). */
const mp4 = Uint8Array.from([0, 0, 0, 0x18, ...new TextEncoder().encode("ftypisom"), 0, 0, 2, 0])
/** The start of an MP3 file with an ID3 tag. */
const mp3 = Uint8Array.from([...new TextEncoder().encode("ID3"), 4, 0, 0, 0, 0, 0, 0])

const form = (bytes: Uint8Array, fields: Record<string, string> = {}, name = "upload.bin") => {
  const data = new FormData()
  data.append("file", new Blob([new Uint8Array(bytes)]), name)
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return data
}

describe.each(faces)("media ($name face)", ({ layer }) => {
  it.effect("detects the type from the bytes and refuses what is not media", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const image = yield* req("POST", "/api/v2/media", { token: me.token, multipart: form(png, { description: "two pixels", focus: "0.5,-0.25" }, "lies.mp4") })
      expect(image.status).toBe(200)
      const m = decodeMedia(image.json)
      expect(m).toMatchObject({ type: "image", description: "two pixels", meta: { focus: { x: 0.5, y: -0.25 }, original: { width: 2, height: 1, size: "2x1", aspect: 2 } } })
      expect(m.url).not.toBeNull()
      // The file is served back.
      const file = yield* req("GET", new URL(m.url ?? "").pathname)
      expect(file.status).toBe(200)
      expect(file.headers["content-type"]).toBe("image/png")

      const audio = yield* req("POST", "/api/v1/media", { token: me.token, multipart: form(mp3) })
      expect(audio.json).toMatchObject({ type: "audio", preview_url: null })
      // A custom thumbnail becomes the preview; it must be an image.
      const withCover = new FormData()
      withCover.append("thumbnail", new Blob([new Uint8Array(png)]), "cover.png")
      const covered = yield* req("PUT", `/api/v1/media/${audio.json.id}`, { token: me.token, multipart: withCover })
      expect(covered.json.preview_url).toMatch(/\/thumbnail\/.+\.png$/)
      expect((yield* req("GET", new URL(covered.json.preview_url).pathname)).headers["content-type"]).toBe("image/png")
      const badCover = form(mp4)
      badCover.append("thumbnail", new Blob([new Uint8Array(mp3)]), "cover.mp3")
      expect((yield* req("POST", "/api/v2/media", { token: me.token, multipart: badCover })).json)
        .toEqual({ error: "Validation failed: Thumbnail content type is invalid, Thumbnail is invalid" })
      const text = yield* req("POST", "/api/v2/media", { token: me.token, multipart: form(new TextEncoder().encode("just some text"), {}, "cat.png") })
      expect(text.status).toBe(422)
      expect(text.json).toEqual({ error: "Validation failed: File content type is invalid, File is invalid" })
      expect((yield* req("POST", "/api/v2/media", { token: me.token, form: { description: "no file" } })).json).toEqual({ error: "Validation failed: File can't be blank" })
      const long = yield* req("POST", "/api/v2/media", { token: me.token, multipart: form(png, { description: "x".repeat(1501) }) })
      expect(long.json).toEqual({ error: "Validation failed: Description is too long (maximum is 1500 characters)" })
      expect((yield* req("POST", "/api/v2/media", { token: yield* Seed.createToken(me, "write:statuses"), multipart: form(png) })).status).toBe(403)
    }).pipe(Effect.provide(layer())))

  it.effect("processes a v2 video upload in the background: 202 with url null, 206 on GET, then 200 (TestClock)", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      yield* Seed.configureStatuses({ mediaProcessingMillis: { video: 10_000 } })
      const upload = yield* req("POST", "/api/v2/media", { token: me.token, multipart: form(mp4) })
      expect(upload.status).toBe(202)
      const m = decodeMedia(upload.json)
      expect(m).toMatchObject({ type: "video", url: null })
      expect(m.preview_url).not.toBeNull()
      const early = yield* req("GET", `/api/v1/media/${m.id}`, { token: me.token })
      expect(early.status).toBe(206)
      // Not processed yet: it cannot be posted.
      const refused = yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: "watch", "media_ids[]": [m.id] } })
      expect(refused.json).toEqual({ error: "Cannot attach files that have not finished processing. Try again in a moment!" })

      yield* TestClock.adjust("9 seconds")
      expect((yield* req("GET", `/api/v1/media/${m.id}`, { token: me.token })).status).toBe(206)
      yield* TestClock.adjust("1 second")
      const done = yield* req("GET", `/api/v1/media/${m.id}`, { token: me.token })
      expect(done.status).toBe(200)
      expect(decodeMedia(done.json).url).toMatch(/\/system\/media_attachments\/files\/.+\.mp4$/)
      const posted = yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: "watch", "media_ids[]": [m.id] } })
      expect(posted.json.media_attachments[0]).toMatchObject({ id: m.id, type: "video" })
      // A video cannot share a post with other attachments.
      const other = yield* Seed.uploadMedia(me)
      const video2 = yield* req("POST", "/api/v1/media", { token: me.token, multipart: form(mp4) })
      expect(video2.status).toBe(200)
      expect((yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: "x", "media_ids[]": [other.id, video2.json.id] } })).json)
        .toEqual({ error: "Cannot attach a video to a post that already contains images" })
    }).pipe(Effect.provide(layer())))

  it.effect("updates and deletes only one's own unattached media", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const { id } = yield* Seed.uploadMedia(me)
      const updated = yield* req("PUT", `/api/v1/media/${id}`, { token: me.token, form: { description: "alt text", focus: "-1,1" } })
      expect(updated.status).toBe(200)
      expect(decodeMedia(updated.json)).toMatchObject({ description: "alt text", meta: { focus: { x: -1, y: 1 } } })
      expect((yield* req("GET", `/api/v1/media/${id}`, { token: other.token })).status).toBe(404)
      expect((yield* req("PUT", `/api/v1/media/${id}`, { token: other.token, form: { description: "mine" } })).status).toBe(404)
      expect((yield* req("DELETE", `/api/v1/media/${id}`, { token: other.token })).status).toBe(404)

      yield* Seed.createStatus(me, { text: "with media", mediaIds: [id] })
      // Once attached, it is no longer reachable through the media routes, and cannot be deleted.
      expect((yield* req("GET", `/api/v1/media/${id}`, { token: me.token })).status).toBe(404)
      const inUse = yield* req("DELETE", `/api/v1/media/${id}`, { token: me.token })
      expect(inUse.status).toBe(422)
      expect(inUse.json).toEqual({ error: "Media attachment is currently used by a status" })

      const loose = yield* Seed.uploadMedia(me)
      const deleted = yield* req("DELETE", `/api/v1/media/${loose.id}`, { token: me.token })
      expect(deleted.status).toBe(200)
      expect(deleted.json).toEqual({})
      expect((yield* req("GET", `/api/v1/media/${loose.id}`, { token: me.token })).status).toBe(404)
    }).pipe(Effect.provide(layer())))

  it.effect("answers 404 for media deletion before 4.4.0", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const { id } = yield* Seed.uploadMedia(me)
      expect((yield* req("DELETE", `/api/v1/media/${id}`, { token: me.token })).status).toBe(404)
      expect((yield* req("GET", `/api/v1/media/${id}`, { token: me.token })).status).toBe(200)
    }).pipe(Effect.provide(layer({ version: "4.3.0" }))))
})
