/**
 * Files to upload (avatar, header): from bytes, from a `Blob`/`File`, or from a path read through
 * `@effect/platform`'s `FileSystem`. The image type is detected from the file's first bytes, so a
 * renamed text file is refused before anything is sent.
 *
 * @since 0.1.0
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Effect from "effect/Effect"

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
 * An image from its bytes. The type is detected from the bytes; a file that is not an image is an
 * `InvalidArgument`.
 *
 * @since 0.1.0
 */
export const fromBytes = (
  bytes: Uint8Array,
  options: { readonly filename?: string | undefined; readonly argument?: string | undefined } = {}
): Effect.Effect<Upload, MastodonError.InvalidArgument> => {
  const type = detectImageType(bytes)
  const argument = options.argument ?? "file"
  if (type === undefined) return Effect.fail(notAnImage(argument, options.filename ?? "the file"))
  const filename = options.filename ?? `${argument}.${extensions[type] ?? "bin"}`
  // Copy into a fresh ArrayBuffer: a view into a larger (or shared) buffer is not a valid BlobPart everywhere.
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return Effect.succeed({ blob: new Blob([copy], { type }), filename, type })
}

/**
 * An image from a `Blob` or `File` (a browser file input, say).
 *
 * @since 0.1.0
 */
export const fromBlob = (
  blob: Blob,
  options: { readonly filename?: string | undefined; readonly argument?: string | undefined } = {}
): Effect.Effect<Upload, MastodonError.InvalidArgument> =>
  Effect.promise(() => blob.slice(0, 16).arrayBuffer()).pipe(
    Effect.flatMap((head) => {
      const type = detectImageType(new Uint8Array(head))
      const name = options.filename ?? (typeof File !== "undefined" && blob instanceof File ? blob.name : undefined)
      const argument = options.argument ?? "file"
      if (type === undefined) return Effect.fail(notAnImage(argument, name ?? "the blob"))
      return Effect.succeed({
        blob: blob.type === type ? blob : new Blob([blob], { type }),
        filename: name ?? `${argument}.${extensions[type] ?? "bin"}`,
        type
      })
    })
  )

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
export const fromPath = (
  path: string,
  options: { readonly argument?: string | undefined } = {}
): Effect.Effect<Upload, MastodonError.InvalidArgument, FileSystem.FileSystem> =>
  Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFile(path)).pipe(
    Effect.mapError((error) =>
      new MastodonError.InvalidArgument({ argument: options.argument ?? "file", reason: `cannot read ${path}: ${error.message}` })
    ),
    Effect.flatMap((bytes) => fromBytes(bytes, { filename: path.split(/[\\/]/).pop(), argument: options.argument }))
  )
