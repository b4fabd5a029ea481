/**
 * The profile update shared by `PATCH /api/v1/accounts/update_credentials` and
 * `PATCH /api/v1/profile`: validate everything first, then apply, so a 422 changes nothing.
 *
 * @internal
 */
import * as P from "../params.js"
import { error, type Reply, type UserCtx } from "../route.js"
import { type FieldRow, limits, type MediaFile } from "../state.js"

const imageTypes: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/heic"])

/** Detect an image type from the first bytes, as the server checks the contents and not the name. */
const sniff = (bytes: Uint8Array): string | undefined => {
  const b = (i: number) => bytes[i] ?? -1
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return "image/png"
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image/jpeg"
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) return "image/gif"
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45) return "image/webp"
  // ISO media files: `ftyp` at byte 4, then the brand.
  if (b(4) === 0x66 && b(5) === 0x74 && b(6) === 0x79 && b(7) === 0x70) {
    const brand = String.fromCharCode(b(8), b(9), b(10), b(11))
    if (brand === "avif" || brand === "avis") return "image/avif"
    if (brand === "heic" || brand === "heix" || brand === "mif1") return "image/heic"
  }
  return undefined
}

/**
 * Apply a profile update. `extended` enables the Profile API's extra parameters
 * (`avatar_description`, `show_media`, ...). Returns an error reply, or undefined when applied.
 */
export const updateProfile = (ctx: UserCtx, extended: boolean): Reply | undefined => {
  const p = ctx.body
  const user = ctx.user
  const problems: Array<string> = []
  const displayName = P.str(p, "display_name")
  if (displayName !== undefined && [...displayName].length > limits.displayName) {
    problems.push(`Display name is too long (maximum is ${limits.displayName} characters)`)
  }
  const note = P.str(p, "note")
  if (note !== undefined && [...note].length > limits.note) problems.push(`Note is too long (maximum is ${limits.note} characters)`)

  let fields: Array<FieldRow> | undefined
  const rawFields = P.hashes(p, "fields_attributes")
  if (rawFields !== undefined) {
    fields = rawFields
      .map((f) => ({ name: P.str(f, "name") ?? "", value: P.str(f, "value") ?? "" }))
      .filter((f) => f.name.trim() !== "" || f.value.trim() !== "")
    const max = ctx.state.options.maxProfileFields
    if (fields.length > max) problems.push(`Fields is too long (maximum is ${max} fields)`)
    if (fields.some((f) => [...f.name].length > limits.fieldName)) problems.push(`Fields name is too long (maximum is ${limits.fieldName} characters)`)
    if (fields.some((f) => [...f.value].length > limits.fieldValue)) problems.push(`Fields value is too long (maximum is ${limits.fieldValue} characters)`)
  }

  const images: Partial<Record<"avatar" | "header", { type: string; bytes: Uint8Array }>> = {}
  for (const kind of ["avatar", "header"] as const) {
    const f = P.file(p, kind)
    if (f === undefined) continue
    // Only the bytes count: a text file sent as image/png is refused, as Mastodon's spoofing check does.
    const type = sniff(f.bytes)
    const label = kind === "avatar" ? "Avatar" : "Header"
    if (type === undefined) {
      problems.push(imageTypes.has(f.type) ? `${label} has contents that are not what they are reported to be` : `${label} content type is invalid`)
    } else images[kind] = { type, bytes: f.bytes }
  }

  const source = P.hash(p, "source")
  const privacy = P.str(source, "privacy")
  if (privacy !== undefined && !["public", "unlisted", "private"].includes(privacy)) problems.push("Privacy is not included in the list")
  const quotePolicy = P.str(source, "quote_policy")
  if (quotePolicy !== undefined && !["public", "followers", "nobody"].includes(quotePolicy)) {
    problems.push("Quote policy is not included in the list")
  }
  const domains = p["attribution_domains"] === undefined ? undefined : P.list(p, "attribution_domains")
  if (domains !== undefined && domains.length > 10) problems.push("Attribution domains is too long (maximum is 10 domains)")

  if (problems.length > 0) return error(422, `Validation failed: ${problems.join(", ")}`)

  if (displayName !== undefined) user.display_name = displayName
  if (note !== undefined) user.note = note
  if (fields !== undefined) user.fields = fields
  const stored: Partial<Record<"avatar" | "header", MediaFile>> = {}
  for (const kind of ["avatar", "header"] as const) {
    const image = images[kind]
    if (image !== undefined) stored[kind] = ctx.state.storeMedia(kind === "avatar" ? "avatars" : "headers", user, image.type, image.bytes)
  }
  if (stored.avatar !== undefined) user.avatar = stored.avatar
  if (stored.header !== undefined) user.header = stored.header
  const flag = (key: string, set: (v: boolean) => void) => {
    const v = P.bool(p, key)
    if (v !== undefined) set(v)
  }
  flag("locked", (v) => (user.locked = v))
  flag("bot", (v) => (user.bot = v))
  flag("discoverable", (v) => (user.discoverable = v))
  flag("hide_collections", (v) => (user.hide_collections = v))
  flag("indexable", (v) => (user.indexable = v))
  if (domains !== undefined) user.attribution_domains = domains
  if (privacy !== undefined) user.privacy = privacy
  const sensitive = P.bool(source, "sensitive")
  if (sensitive !== undefined) user.sensitive = sensitive
  const language = P.str(source, "language")
  if (language !== undefined) user.language = language === "" ? null : language
  if (quotePolicy !== undefined) user.quote_policy = quotePolicy
  if (extended) {
    const avatarDescription = P.str(p, "avatar_description")
    if (avatarDescription !== undefined) user.avatar_description = avatarDescription
    const headerDescription = P.str(p, "header_description")
    if (headerDescription !== undefined) user.header_description = headerDescription
    flag("show_media", (v) => (user.show_media = v))
    flag("show_media_replies", (v) => (user.show_media_replies = v))
    flag("show_featured", (v) => (user.show_featured = v))
  }
  return undefined
}
