/**
 * Files to upload: images for the avatar and header (`fromBytes`, `fromBlob`, `fromPath`) and
 * media attachments, images, video or audio (`mediaFromBytes`, `mediaFromBlob`, `mediaFromPath`,
 * `mediaFromStream`), from bytes, a `Blob`/`File`, a path read through `@effect/platform`'s
 * `FileSystem`, or a byte stream. The type is detected from the file's first bytes, so a renamed
 * text file is refused before anything is sent.
 *
 * @since 0.1.0
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

/**
 * A file ready to be sent in a multipart body.
 *
 * @since 0.1.0
 */
export interface Upload {
  readonly blob: Blob
  readonly filename: string
  /** The MIME type, e.g. `image/png`. */
  readonly type: string
}

const startsWith = (bytes: Uint8Array, signature: ReadonlyArray<number>, offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte)

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0))

/**
 * The image type of a file from its first bytes: PNG, JPEG, GIF, WebP, AVIF or HEIC; `undefined`
 * for anything else.
 *
 * @example
 * import { Upload } from "@mastodon-effect/http"
 * Upload.detectImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) // "image/png"
 *
 * @since 0.1.0
 */
export const detectImageType = (bytes: Uint8Array): string | undefined => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif"
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp"
  if (startsWith(bytes, ascii("ftyp"), 4)) {
    const brand = String.fromCharCode(...bytes.slice(8, 12))
    if (brand === "avif" || brand === "avis") return "image/avif"
    if (["heic", "heix", "mif1", "msf1"].includes(brand)) return "image/heic"
  }
  return undefined
}

const extensions: Readonly<Record<string, string>> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/heic": "heic"
}

const notAnImage = (argument: string, what: string) =>
  new MastodonError.InvalidArgument({ argument, reason: `${what} is not a PNG, JPEG, GIF, WebP, AVIF or HEIC image` })

/**
 * The three ways into an `Upload` for one kind of file: bytes, a `Blob`, a path. The kind decides
 * which types are accepted and how a refusal reads.
 */
const readersFor = (kind: {
  readonly detect: (bytes: Uint8Array) => string | undefined
  readonly extensions: Readonly<Record<string, string>>
  readonly refuse: (argument: string, what: string) => MastodonError.InvalidArgument
}) => {
  const upload = (blob: Blob, type: string, name: string | undefined, argument: string): Upload => ({
    blob,
    filename: name ?? `${argument}.${kind.extensions[type] ?? "bin"}`,
    type
  })
  const bytes = (
    data: Uint8Array,
    options: { readonly filename?: string | undefined; readonly argument?: string | undefined } = {}
  ): Effect.Effect<Upload, MastodonError.InvalidArgument> => {
    const type = kind.detect(data)
    const argument = options.argument ?? "file"
    if (type === undefined) return Effect.fail(kind.refuse(argument, options.filename ?? "the file"))
    // Copy into a fresh ArrayBuffer: a view into a larger (or shared) buffer is not a valid BlobPart everywhere.
    const copy = new Uint8Array(data.byteLength)
    copy.set(data)
    return Effect.succeed(upload(new Blob([copy], { type }), type, options.filename, argument))
  }
  const blob = (
    source: Blob,
    options: { readonly filename?: string | undefined; readonly argument?: string | undefined } = {}
  ): Effect.Effect<Upload, MastodonError.InvalidArgument> =>
    Effect.flatMap(Effect.promise(() => source.slice(0, 16).arrayBuffer()), (head) => {
      const type = kind.detect(new Uint8Array(head))
      const name = options.filename ?? (typeof File !== "undefined" && source instanceof File ? source.name : undefined)
      const argument = options.argument ?? "file"
      if (type === undefined) return Effect.fail(kind.refuse(argument, name ?? "the blob"))
      return Effect.succeed(upload(source.type === type ? source : new Blob([source], { type }), type, name, argument))
    })
  const path = (
    file: string,
    options: { readonly argument?: string | undefined } = {}
  ): Effect.Effect<Upload, MastodonError.InvalidArgument, FileSystem.FileSystem> =>
    Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFile(file)).pipe(
      Effect.mapError((error) =>
        new MastodonError.InvalidArgument({ argument: options.argument ?? "file", reason: `cannot read ${file}: ${error.message}` })
      ),
      Effect.flatMap((data) => bytes(data, { filename: file.split(/[\\/]/).pop(), argument: options.argument }))
    )
  return { bytes, blob, path }
}

const images = /* @__PURE__ */ readersFor({ detect: detectImageType, extensions, refuse: notAnImage })

/**
 * An image from its bytes. The type is detected from the bytes; a file that is not an image is an
 * `InvalidArgument`.
 *
 * @since 0.1.0
 */
export const fromBytes: (
  bytes: Uint8Array,
  options?: { readonly filename?: string | undefined; readonly argument?: string | undefined }
) => Effect.Effect<Upload, MastodonError.InvalidArgument> = (bytes, options) => images.bytes(bytes, options)

/**
 * An image from a `Blob` or `File` (a browser file input, say).
 *
 * @since 0.1.0
 */
export const fromBlob: (
  blob: Blob,
  options?: { readonly filename?: string | undefined; readonly argument?: string | undefined }
) => Effect.Effect<Upload, MastodonError.InvalidArgument> = (blob, options) => images.blob(blob, options)

/**
 * An image read from a path with `FileSystem` (Node, Bun, Deno). A missing or unreadable file, or
 * one that is not an image, is an `InvalidArgument`.
 *
 * @example
 * import { Upload } from "@mastodon-effect/http"
 * import { NodeFileSystem } from "@effect/platform-node"
 * import * as Effect from "effect/Effect"
 * const avatar = Upload.fromPath("./avatar.png").pipe(Effect.provide(NodeFileSystem.layer))
 *
 * @since 0.1.0
 */
export const fromPath: (
  path: string,
  options?: { readonly argument?: string | undefined }
) => Effect.Effect<Upload, MastodonError.InvalidArgument, FileSystem.FileSystem> = (path, options) =>
  images.path(path, options)

// ---------------------------------------------------------------------------------------------
// Media attachments: images, video and audio (the avatar functions above stay image-only)
// ---------------------------------------------------------------------------------------------

const mediaExtensions: Readonly<Record<string, string>> = {
  ...extensions,
  "video/mp4": "mp4",
  "video/quicktime": "mov",
  "video/webm": "webm",
  "audio/mpeg": "mp3",
  "audio/ogg": "ogg",
  "audio/wave": "wav",
  "audio/flac": "flac",
  "audio/mp4": "m4a"
}

/**
 * The type of a media attachment from its first bytes: the images of {@link detectImageType},
 * video (MP4, QuickTime, WebM) and audio (MP3, Ogg, WAV, FLAC, M4A), the formats Mastodon takes;
 * `undefined` for anything else. The ISO media brands decide between M4A audio, QuickTime and MP4.
 *
 * @example
 * import { Upload } from "@mastodon-effect/http"
 * Upload.detectMediaType(new TextEncoder().encode("fLaC\u0000\u0000\u0000\u0022")) // "audio/flac"
 *
 * @since 0.1.0
 */
export const detectMediaType = (bytes: Uint8Array): string | undefined => {
  const image = detectImageType(bytes)
  if (image !== undefined) return image
  if (startsWith(bytes, ascii("ftyp"), 4)) {
    const brand = String.fromCharCode(...bytes.slice(8, 12))
    if (brand.startsWith("M4A") || brand.startsWith("M4B")) return "audio/mp4"
    if (brand === "qt  ") return "video/quicktime"
    return "video/mp4"
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return "video/webm"
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WAVE"), 8)) return "audio/wave"
  if (startsWith(bytes, ascii("OggS"))) return "audio/ogg"
  if (startsWith(bytes, ascii("fLaC"))) return "audio/flac"
  // An ID3 tag, or a bare MPEG audio frame (eleven sync bits).
  if (startsWith(bytes, ascii("ID3")) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return "audio/mpeg"
  return undefined
}

const notMedia = (argument: string, what: string) =>
  new MastodonError.InvalidArgument({
    argument,
    reason: `${what} is not an image (PNG, JPEG, GIF, WebP, AVIF, HEIC), a video (MP4, MOV, WebM) or audio (MP3, Ogg, WAV, FLAC, M4A)`
  })

const media = /* @__PURE__ */ readersFor({ detect: detectMediaType, extensions: mediaExtensions, refuse: notMedia })

/**
 * Options of the media constructors: the file name sent (default from the detected type) and the
 * argument named in an error (default `file`).
 *
 * @since 0.1.0
 */
export interface MediaOptions {
  readonly filename?: string | undefined
  readonly argument?: string | undefined
}

/**
 * A media attachment (image, video or audio) from its bytes, for `Media.upload`. The type is
 * detected from the bytes; anything else is an `InvalidArgument`.
 *
 * @example
 * import { Media, Upload } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * declare const bytes: Uint8Array
 * const attachment = Effect.flatMap(Upload.mediaFromBytes(bytes), (file) => Media.upload(file, { description: "A cat" }))
 *
 * @since 0.1.0
 */
export const mediaFromBytes = (bytes: Uint8Array, options: MediaOptions = {}): Effect.Effect<Upload, MastodonError.InvalidArgument> =>
  media.bytes(bytes, options)

/**
 * A media attachment from a `Blob` or `File`; only its first bytes are read to tell the type.
 *
 * @since 0.1.0
 */
export const mediaFromBlob = (blob: Blob, options: MediaOptions = {}): Effect.Effect<Upload, MastodonError.InvalidArgument> =>
  media.blob(blob, options)

/**
 * A media attachment read from a path with `FileSystem`. A missing or unreadable file, or one of
 * another type, is an `InvalidArgument`.
 *
 * @since 0.1.0
 */
export const mediaFromPath = (
  path: string,
  options: { readonly argument?: string | undefined } = {}
): Effect.Effect<Upload, MastodonError.InvalidArgument, FileSystem.FileSystem> => media.path(path, options)

/**
 * A media attachment from a stream of bytes (a download, a pipe), gathered into one file. The
 * stream's own failures stay in the error channel; `maxBytes` refuses a larger file (an
 * `InvalidArgument`) without reading the rest.
 *
 * @since 0.1.0
 */
export const mediaFromStream = <E, R>(
  stream: Stream.Stream<Uint8Array, E, R>,
  options: MediaOptions & { readonly maxBytes?: number | undefined } = {}
): Effect.Effect<Upload, MastodonError.InvalidArgument | E, R> => {
  const max = options.maxBytes ?? Infinity
  const argument = options.argument ?? "file"
  return Stream.runFoldWhileEffect(
    stream,
    { chunks: [] as Array<Uint8Array>, size: 0 },
    () => true,
    (acc, chunk): Effect.Effect<{ chunks: Array<Uint8Array>; size: number }, MastodonError.InvalidArgument> => {
      const size = acc.size + chunk.byteLength
      if (size > max) return Effect.fail(new MastodonError.InvalidArgument({ argument, reason: `larger than ${max} bytes` }))
      acc.chunks.push(chunk)
      return Effect.succeed({ chunks: acc.chunks, size })
    }
  ).pipe(
    Effect.flatMap(({ chunks, size }) => {
      const bytes = new Uint8Array(size)
      let at = 0
      for (const chunk of chunks) {
        bytes.set(chunk, at)
        at += chunk.byteLength
      }
      return mediaFromBytes(bytes, options)
    })
  )
}
