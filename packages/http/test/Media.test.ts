import * as fs from "node:fs"
import * as os from "node:os"
import * as nodePath from "node:path"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Media from "@mastodon-effect/http/Media"
import * as Upload from "@mastodon-effect/http/Upload"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import * as Docs from "./fixtures/statusesDocs.js"
import { mockClient } from "./utils/mockHttp.js"

const mid = (id: string) => id as Id.MediaId
const bytes = (...parts: ReadonlyArray<string | ReadonlyArray<number>>) =>
  Uint8Array.from(parts.flatMap((p) => typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : [...p]))

const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13])
const mp4 = bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 2, 0])

/** Run a forked effect to its end, moving the TestClock a second at a time while it sleeps. */
const joinAdvancing = <A, E>(fiber: Fiber.RuntimeFiber<A, E>) =>
  Effect.gen(function*() {
    for (;;) {
      const exit = yield* Fiber.poll(fiber)
      if (Option.isSome(exit)) return yield* exit.value
      yield* Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 1)))
      yield* TestClock.adjust("1 second")
    }
  })

describe("Upload.detectMediaType", () => {
  it("tells images, video and audio apart by their first bytes", () => {
    const cases: ReadonlyArray<readonly [Uint8Array, string | undefined]> = [
      [png, "image/png"],
      [bytes([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg"],
      [bytes("GIF89a"), "image/gif"],
      [bytes("RIFF", [0, 0, 0, 0], "WEBP"), "image/webp"],
      [bytes([0, 0, 0, 0x1c], "ftypavif"), "image/avif"],
      [bytes([0, 0, 0, 0x1c], "ftypheic"), "image/heic"],
      [mp4, "video/mp4"],
      [bytes([0, 0, 0, 0x14], "ftypqt  "), "video/quicktime"],
      [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), "video/webm"],
      [bytes([0, 0, 0, 0x20], "ftypM4A "), "audio/mp4"],
      [bytes("OggS", [0, 2]), "audio/ogg"],
      [bytes("RIFF", [0, 0, 0, 0], "WAVE"), "audio/wave"],
      [bytes("fLaC", [0, 0, 0, 0x22]), "audio/flac"],
      [bytes("ID3", [4, 0]), "audio/mpeg"],
      [bytes([0xff, 0xfb, 0x90, 0x64]), "audio/mpeg"],
      [bytes("hello, world"), undefined],
      [bytes("%PDF-1.7"), undefined],
      [new Uint8Array(), undefined]
    ]
    for (const [input, type] of cases) expect(Upload.detectMediaType(input), type ?? "none").toBe(type)
    // The avatar check stays image-only.
    expect(Upload.detectImageType(mp4)).toBeUndefined()
  })

  it.effect("mediaFromBytes, mediaFromBlob and mediaFromStream detect the type; anything else is an InvalidArgument", () =>
    Effect.gen(function*() {
      const video = yield* Upload.mediaFromBytes(mp4)
      expect(video).toMatchObject({ type: "video/mp4", filename: "file.mp4" })
      const audio = yield* Upload.mediaFromBlob(new Blob([bytes("fLaC", [0, 0, 0, 0x22])], { type: "text/plain" }), { filename: "song.flac" })
      expect(audio).toMatchObject({ type: "audio/flac", filename: "song.flac" })
      expect(audio.blob.type).toBe("audio/flac")
      const streamed = yield* Upload.mediaFromStream(Stream.make(mp4.slice(0, 5), mp4.slice(5)))
      expect(streamed.type).toBe("video/mp4")
      expect(streamed.blob.size).toBe(mp4.length)
      const text = yield* Effect.flip(Upload.mediaFromBytes(bytes("just text"), { filename: "notes.mp4" }))
      expect(text).toMatchObject({ _tag: "InvalidArgument", argument: "file" })
      expect(text.message).toContain("notes.mp4")
      const tooBig = yield* Effect.flip(Upload.mediaFromStream(Stream.make(mp4, mp4), { maxBytes: mp4.length + 1 }))
      expect(tooBig).toMatchObject({ _tag: "InvalidArgument", argument: "file" })
      // The stream's own failure stays as it is.
      const broken = yield* Effect.flip(Upload.mediaFromStream(Stream.fail("disk on fire" as const)))
      expect(broken).toBe("disk on fire")
      // The avatar constructors still refuse video.
      expect((yield* Effect.flip(Upload.fromBytes(mp4)))._tag).toBe("InvalidArgument")
    }))
})

describe("Upload.mediaFromPath", () => {
  it.effect("reads a file, names it after the path, and refuses a missing or non-media file", () =>
    Effect.gen(function*() {
      const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "media-from-path-"))
      try {
        fs.writeFileSync(nodePath.join(dir, "clip.mov"), bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 0, 0]))
        fs.writeFileSync(nodePath.join(dir, "notes.ogg"), "plain text")
        const clip = yield* Upload.mediaFromPath(nodePath.join(dir, "clip.mov"))
        expect(clip).toMatchObject({ type: "video/quicktime", filename: "clip.mov" })
        const text = yield* Effect.flip(Upload.mediaFromPath(nodePath.join(dir, "notes.ogg"), { argument: "file" }))
        expect(text).toMatchObject({ _tag: "InvalidArgument", argument: "file" })
        const missing = yield* Effect.flip(Upload.mediaFromPath(nodePath.join(dir, "nope.mp4")))
        expect(missing).toMatchObject({ _tag: "InvalidArgument", argument: "file" })
        expect(missing.reason).toContain("cannot read")
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    }).pipe(Effect.provide(NodeFileSystem.layer)))
})

describe("Media", () => {
  it("declares the operations of methods/media", () => {
    const declared = Endpoint.declaredIn(Media)
    expect(Object.fromEntries(Object.entries(declared).map(([k, e]) => [k, [e.method, e.path, e.auth, e.scopes, e.versions, e.deprecated]])))
      .toEqual({
        upload: ["POST", "/api/v2/media", "user", ["write:media"], { added: "3.1.3", changed: "4.0.0" }, false],
        uploadV1: ["POST", "/api/v1/media", "user", ["write:media"], { added: "0.0.0", changed: "3.2.0" }, true],
        get: ["GET", "/api/v1/media/:id", "user", ["write:media"], { added: "3.1.3" }, false],
        update: ["PUT", "/api/v1/media/:id", "user", ["write:media"], { added: "0.0.0", changed: "3.2.0" }, false],
        remove: ["DELETE", "/api/v1/media/:id", "user", ["write:media"], { added: "4.4.0" }, false]
      })
  })

  it.effect("upload sends a multipart form (description, focus as x,y, file, thumbnail); a 200 needs no polling", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: Docs.mediaUploaded }))
      const file = yield* Upload.mediaFromBytes(png, { filename: "dot.png" })
      const thumbnail = yield* Upload.mediaFromBytes(png)
      const media = yield* Effect.provide(Media.upload(file, { description: "A dot", focus: { x: -0.5, y: 1 }, thumbnail }), layer)
      expect(media).toMatchObject({ id: Docs.mediaUploaded.id, type: "image" })
      const sent = yield* requests
      expect(sent).toHaveLength(1)
      expect(sent[0]?.url.pathname).toBe("/api/v2/media")
      expect(sent[0]?.form).toEqual([
        ["description", "A dot"],
        ["focus", "-0.5,1"],
        ["file", { filename: "dot.png", type: "image/png", size: png.length }],
        ["thumbnail", { filename: "file.png", type: "image/png", size: png.length }]
      ])
      const outOfRange = yield* Effect.flip(Effect.provide(Media.upload(file, { focus: { x: 0, y: 1.5 } }), layer))
      expect(outOfRange).toMatchObject({ _tag: "InvalidArgument", argument: "focus[y]" })
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("a 202 is polled with GET /api/v1/media/:id on the schedule until it answers 200", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request, index) =>
        request.method === "POST"
          ? { status: 202, json: Docs.mediaProcessing }
          : index < 3
          ? { status: 206, json: Docs.mediaProcessing }
          : { json: Docs.mediaProcessed }
      )
      const file = yield* Upload.mediaFromBytes(mp4)
      const fiber = yield* Effect.fork(Effect.provide(Media.upload(file, { schedule: Schedule.spaced("2 seconds") }), layer))
      const media = yield* joinAdvancing(fiber)
      expect(media.url).toBe(Docs.mediaProcessed.url)
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "POST /api/v2/media",
        `GET /api/v1/media/${Docs.mediaProcessing.id}`,
        `GET /api/v1/media/${Docs.mediaProcessing.id}`,
        `GET /api/v1/media/${Docs.mediaProcessing.id}`
      ])
    }))

  it.effect("a schedule that runs out is a ProcessingTimeout; wait: false answers the unprocessed attachment", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) =>
        request.method === "POST" ? { status: 202, json: Docs.mediaProcessing } : { status: 206, json: Docs.mediaProcessing }
      )
      const file = yield* Upload.mediaFromBytes(mp4)
      const schedule = Schedule.spaced("1 second").pipe(Schedule.intersect(Schedule.recurs(2)))
      const fiber = yield* Effect.fork(Effect.flip(Effect.provide(Media.upload(file, { schedule }), layer)))
      const error = yield* joinAdvancing(fiber)
      expect(error).toMatchObject({ _tag: "ProcessingTimeout", id: Docs.mediaProcessing.id, polls: 3 })
      expect(error.message).toContain("still processing")
      const raw = yield* Effect.provide(Media.upload(file, { wait: false }), layer)
      expect(raw.url).toBeNull()
      expect((yield* requests).filter((r) => r.method === "GET")).toHaveLength(3)
    }))

  it.effect("get, update (form), remove and uploadV1; 404 and 422 are typed", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) =>
        request.method === "DELETE"
          ? request.url.pathname.endsWith("/9") ? { status: 422, json: { error: "Media attachment is currently used by a status" } } : { json: {} }
          : request.url.pathname.endsWith("/404")
          ? { status: 404, json: { error: "Record not found" } }
          : { json: request.method === "PUT" ? Docs.mediaUpdated : Docs.mediaProcessed }
      )
      const got = yield* Effect.provide(Media.get(mid("22348641")), layer)
      expect(got.id).toBe(Docs.mediaProcessed.id)
      const updated = yield* Effect.provide(Media.update(got, { description: "new alt", focus: { x: 0, y: 0 } }), layer)
      expect(updated.description).toBe(Docs.mediaUpdated.description)
      yield* Effect.provide(Media.remove(mid("8")), layer)
      const attached = yield* Effect.flip(Effect.provide(Media.remove(mid("9")), layer))
      expect(attached).toMatchObject({ _tag: "UnprocessableEntity" })
      expect((yield* Effect.flip(Effect.provide(Media.get(mid("404")), layer)))._tag).toBe("NotFound")
      const v1 = yield* Effect.provide(Media.uploadV1(yield* Upload.mediaFromBytes(png)), layer)
      expect(v1.id).toBe(Docs.mediaProcessed.id)
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v1/media/22348641",
        `PUT /api/v1/media/${Docs.mediaProcessed.id}`,
        "DELETE /api/v1/media/8",
        "DELETE /api/v1/media/9",
        "GET /api/v1/media/404",
        "POST /api/v1/media"
      ])
      expect([...new URLSearchParams(sent[1]?.text)]).toEqual([["description", "new alt"], ["focus", "0,0"]])
    }))
})
