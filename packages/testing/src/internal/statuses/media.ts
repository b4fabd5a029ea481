/**
 * Media uploads: the type is read from the file's first bytes (never from its name or declared
 * type, as the server does), images know their size when the header says it, and processing ends
 * after the configured delay on the Effect clock.
 *
 * @internal
 */
import type { AccountRow, State } from "../state.js"
import { type MediaKind, type MediaRow, storeOf } from "./store.js"

/** What the first bytes say a file is. */
export interface Sniffed {
  readonly kind: MediaKind
  readonly mime: string
  readonly ext: string
  readonly width?: number | undefined
  readonly height?: number | undefined
}

const ascii = (bytes: Uint8Array, at: number, length: number): string => String.fromCharCode(...bytes.subarray(at, at + length))

const u32be = (b: Uint8Array, at: number): number => (((b[at] ?? 0) << 24) >>> 0) + ((b[at + 1] ?? 0) << 16) + ((b[at + 2] ?? 0) << 8) + (b[at + 3] ?? 0)

const u16le = (b: Uint8Array, at: number): number => (b[at] ?? 0) + ((b[at + 1] ?? 0) << 8)

/** JPEG dimensions from the first start-of-frame marker. */
const jpegSize = (b: Uint8Array): { width: number; height: number } | undefined => {
  let at = 2
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined
    const marker = b[at + 1] ?? 0
    const length = ((b[at + 2] ?? 0) << 8) + (b[at + 3] ?? 0)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: ((b[at + 5] ?? 0) << 8) + (b[at + 6] ?? 0), width: ((b[at + 7] ?? 0) << 8) + (b[at + 8] ?? 0) }
    }
    at += 2 + length
  }
  return undefined
}

/** Detect a media type Mastodon accepts from the magic numbers, or undefined for anything else. */
export const sniff = (b: Uint8Array): Sniffed | undefined => {
  if (b.length < 4) return undefined
  if (b[0] === 0x89 && ascii(b, 1, 3) === "PNG") {
    return { kind: "image", mime: "image/png", ext: "png", width: b.length >= 24 ? u32be(b, 16) : undefined, height: b.length >= 24 ? u32be(b, 20) : undefined }
  }
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { kind: "image", mime: "image/jpeg", ext: "jpg", ...jpegSize(b) }
  if (ascii(b, 0, 4) === "GIF8") {
    // Animated GIFs (with the looping extension) become gifv, as Mastodon turns them into video.
    const animated = new TextDecoder("latin1").decode(b).includes("NETSCAPE2.0")
    return { kind: animated ? "gifv" : "image", mime: "image/gif", ext: "gif", width: u16le(b, 6), height: u16le(b, 8) }
  }
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return { kind: "image", mime: "image/webp", ext: "webp" }
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WAVE") return { kind: "audio", mime: "audio/wave", ext: "wav" }
  if (ascii(b, 4, 4) === "ftyp") {
    const brand = ascii(b, 8, 4)
    if (brand === "avif" || brand === "avis") return { kind: "image", mime: "image/avif", ext: "avif" }
    if (brand === "heic" || brand === "heix" || brand === "mif1") return { kind: "image", mime: "image/heic", ext: "heic" }
    if (brand.startsWith("M4A")) return { kind: "audio", mime: "audio/mp4", ext: "m4a" }
    if (brand === "qt  ") return { kind: "video", mime: "video/quicktime", ext: "mov" }
    return { kind: "video", mime: "video/mp4", ext: "mp4" }
  }
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return { kind: "video", mime: "video/webm", ext: "webm" }
  if (ascii(b, 0, 4) === "OggS") return { kind: "audio", mime: "audio/ogg", ext: "ogg" }
  if (ascii(b, 0, 4) === "fLaC") return { kind: "audio", mime: "audio/flac", ext: "flac" }
  if (ascii(b, 0, 3) === "ID3" || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0)) return { kind: "audio", mime: "audio/mpeg", ext: "mp3" }
  return undefined
}

/** The types `sniff` recognizes, for `configuration.media_attachments.supported_mime_types`. */
export const supportedMimeTypes: ReadonlyArray<string> = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/heic",
  "image/webp",
  "image/avif",
  "video/webm",
  "video/mp4",
  "video/quicktime",
  "audio/wave",
  "audio/ogg",
  "audio/mpeg",
  "audio/flac",
  "audio/mp4"
]

/** How long an upload of each kind takes to process (ms). */
export interface ProcessingDelays {
  readonly image: number
  readonly gifv: number
  readonly video: number
  readonly audio: number
}

/** The default delays: images are ready at once (as on Mastodon 4), larger formats take a while. */
export const defaultDelays: ProcessingDelays = { image: 0, gifv: 2_000, video: 5_000, audio: 2_000 }

const delays = new WeakMap<State, ProcessingDelays>()

/** Configure the processing delays of an instance. */
export const setDelays = (state: State, value: Partial<ProcessingDelays>): void => {
  delays.set(state, { ...delaysOf(state), ...value })
}

/** The processing delays of an instance. */
export const delaysOf = (state: State): ProcessingDelays => delays.get(state) ?? defaultDelays

/** Store an upload; `synchronous` (v1) means processed before answering. */
export const createMedia = (
  state: State,
  owner: AccountRow,
  sniffed: Sniffed,
  bytes: Uint8Array,
  input: { readonly description: string | null; readonly focus: { readonly x: number; readonly y: number } | null; readonly now: number; readonly synchronous: boolean }
): MediaRow => {
  const store = storeOf(state)
  const id = store.nextId()
  const name = `${id.padStart(9, "0")}.${sniffed.ext}`
  const path = `/system/media_attachments/files/${id}/original/${name}`
  state.media.set(path, { path, type: sniffed.mime, bytes })
  const row: MediaRow = {
    id,
    account: owner.idx,
    kind: sniffed.kind,
    mime: sniffed.mime,
    path,
    width: sniffed.width,
    height: sniffed.height,
    description: input.description,
    focus: input.focus,
    thumbnail: undefined,
    status: undefined,
    created_at: input.now,
    readyAt: input.synchronous ? input.now : input.now + Math.max(0, delaysOf(state)[sniffed.kind])
  }
  store.attachments.set(id, row)
  return row
}

/** Keep a custom thumbnail of an attachment (an image), served as its preview. */
export const setThumbnail = (state: State, m: MediaRow, sniffed: Sniffed, bytes: Uint8Array): void => {
  const path = `/system/media_attachments/files/${m.id}/thumbnail/${m.id.padStart(9, "0")}.${sniffed.ext}`
  state.media.set(path, { path, type: sniffed.mime, bytes })
  m.thumbnail = path
}

/** Parse a `focus` parameter (`"x,y"`, each in [-1, 1]); `null` for a malformed one. */
export const parseFocus = (raw: string | undefined): { x: number; y: number } | null | undefined => {
  if (raw === undefined) return undefined
  const parts = raw.split(",").map((p) => Number(p.trim()))
  const [x, y] = parts
  if (parts.length !== 2 || x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return null
  return { x: Math.max(-1, Math.min(1, x)), y: Math.max(-1, Math.min(1, y)) }
}
