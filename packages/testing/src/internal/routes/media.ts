/**
 * `/api/v1/media`, `/api/v2/media` (docs: methods/media): uploads whose type is read from the
 * bytes, processed after a configurable delay on the Effect clock (202, then 200; 206 on `GET`
 * while processing), updated and deleted only while unattached.
 *
 * @internal
 */
import * as P from "../params.js"
import { error, json, notFound, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { createMedia, parseFocus, setThumbnail, type Sniffed, sniff } from "../statuses/media.js"
import * as StatusRender from "../statuses/render.js"
import { type MediaRow, processed, storeOf } from "../statuses/store.js"

const maxDescription = 1500

const invalidFile = (): Reply => error(422, "Validation failed: File content type is invalid, File is invalid")

/** Description and focus of an upload or update; an error reply when they are invalid. */
const readMeta = (p: P.ParamHash): Reply | { description: string | undefined; focus: { x: number; y: number } | null | undefined } => {
  const description = P.str(p, "description")
  if (description !== undefined && [...description].length > maxDescription) {
    return error(422, `Validation failed: Description is too long (maximum is ${maxDescription} characters)`)
  }
  const focus = parseFocus(P.str(p, "focus"))
  return { description, focus: focus === null ? undefined : focus }
}

const isReply = (x: object): x is Reply => "status" in x && "contentType" in x

/** The `thumbnail` file, which must be an image. */
const readThumbnail = (p: P.ParamHash): Reply | { sniffed: Sniffed; bytes: Uint8Array } | undefined => {
  const file = P.file(p, "thumbnail")
  if (file === undefined) return undefined
  const sniffed = sniff(file.bytes)
  if (sniffed === undefined || sniffed.kind !== "image") return error(422, "Validation failed: Thumbnail content type is invalid, Thumbnail is invalid")
  return { sniffed, bytes: file.bytes }
}

const upload = (ctx: UserCtx, synchronous: boolean): Reply => {
  const file = P.file(ctx.body, "file")
  if (file === undefined || file.bytes.length === 0) return error(422, "Validation failed: File can't be blank")
  const sniffed = sniff(file.bytes)
  if (sniffed === undefined) return invalidFile()
  const thumbnail = readThumbnail(ctx.body)
  if (thumbnail !== undefined && isReply(thumbnail)) return thumbnail
  const meta = readMeta(ctx.body)
  if (isReply(meta)) return meta
  const row = createMedia(ctx.state, ctx.user, sniffed, file.bytes, {
    description: meta.description === undefined || meta.description === "" ? null : meta.description,
    focus: meta.focus ?? null,
    now: ctx.now,
    synchronous
  })
  if (thumbnail !== undefined) setThumbnail(ctx.state, row, thumbnail.sniffed, thumbnail.bytes)
  return json(StatusRender.mediaRow(row, ctx.origin, ctx.now), synchronous || processed(row, ctx.now) ? 200 : 202)
}

/** The caller's attachment of `:id`; `attached` allows one already on a status. */
const ownMedia = (ctx: UserCtx, attached: boolean): MediaRow | undefined => {
  const m = storeOf(ctx.state).attachments.get(ctx.path["id"] ?? "")
  if (m === undefined || m.account !== ctx.user.idx) return undefined
  return attached || m.status === undefined ? m : undefined
}

/** 206 while processing, 200 once done, as the server answers `GET` and `PUT`. */
const answer = (ctx: UserCtx, m: MediaRow): Reply => json(StatusRender.mediaRow(m, ctx.origin, ctx.now), processed(m, ctx.now) ? 200 : 206)

/** The media routes. */
export const routes: ReadonlyArray<RouteDef> = [
  userRoute("POST", "/api/v1/media", ["write:media"], (ctx) => upload(ctx, true)),
  userRoute("POST", "/api/v2/media", ["write:media"], (ctx) => upload(ctx, false), { since: "3.1.3" }),
  userRoute("GET", "/api/v1/media/:id", ["write:media"], (ctx) => {
    const m = ownMedia(ctx, false)
    return m === undefined ? notFound() : answer(ctx, m)
  }, { since: "3.1.3" }),
  userRoute("PUT", "/api/v1/media/:id", ["write:media"], (ctx) => {
    const m = ownMedia(ctx, false)
    if (m === undefined) return notFound()
    const meta = readMeta(ctx.body)
    if (isReply(meta)) return meta
    const thumbnail = readThumbnail(ctx.body)
    if (thumbnail !== undefined && isReply(thumbnail)) return thumbnail
    if (thumbnail !== undefined) setThumbnail(ctx.state, m, thumbnail.sniffed, thumbnail.bytes)
    if (meta.description !== undefined) m.description = meta.description === "" ? null : meta.description
    if (meta.focus !== undefined) m.focus = meta.focus
    return answer(ctx, m)
  }),
  userRoute("DELETE", "/api/v1/media/:id", ["write:media"], (ctx) => {
    const m = ownMedia(ctx, true)
    if (m === undefined) return notFound()
    if (m.status !== undefined) return error(422, "Media attachment is currently used by a status")
    storeOf(ctx.state).attachments.delete(m.id)
    ctx.state.media.delete(m.path)
    return json({})
  }, { since: "4.4.0" })
]
