/**
 * The media endpoints (`/api/v2/media`, `/api/v1/media/:id`): upload an image, video or audio file
 * to attach to a status, wait for the server to process it, describe it, and delete it while it is
 * unattached. See the Mastodon docs, methods/media.
 *
 * Files come from the `Upload` module (`Upload.mediaFromPath`, `mediaFromBytes`, `mediaFromBlob`,
 * `mediaFromStream`), which detects the type from the first bytes.
 *
 * @since 0.1.0
 */
import * as Id from "@mastodon-effect/core/Id"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as MediaAttachment from "@mastodon-effect/core/MediaAttachment"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type { MastodonClient } from "./MastodonClient.js"
import * as Params from "./Params.js"
import type * as Upload from "./Upload.js"

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

const Coordinate = Schema.Number.pipe(
  /* @__PURE__ */ Schema.filter((n) => (Number.isFinite(n) && n >= -1 && n <= 1) || `${n} is not between -1 and 1`)
)

/**
 * A focal point for cropping thumbnails: `x` from -1 (left) to 1 (right), `y` from -1 (bottom) to
 * 1 (top), sent as `"x,y"`. See the Mastodon docs, api/guidelines#focal-points.
 *
 * @since 0.1.0
 */
export const Focus = /* @__PURE__ */ Schema.transform(Schema.String, /* @__PURE__ */ Schema.Struct({ x: Coordinate, y: Coordinate }), {
  strict: true,
  decode: (s) => {
    const [x = 0, y = 0] = s.split(",").map(Number)
    return { x, y }
  },
  encode: ({ x, y }) => `${x},${y}`
})

/**
 * A focal point, as callers give it.
 *
 * @since 0.1.0
 */
export interface Focus {
  readonly x: number
  readonly y: number
}

/** A file part; its presence makes the body multipart. */
const FilePart = /* @__PURE__ */ Schema.declare((u: unknown): u is Upload.Upload => Params.isFile(u), {
  identifier: "Upload",
  message: () => "not an Upload (see the Upload module)"
})

const UploadBody = /* @__PURE__ */ Schema.Struct({
  description: /* @__PURE__ */ Schema.optional(Schema.String),
  focus: /* @__PURE__ */ Schema.optional(Focus),
  // Files last, as a browser form sends them.
  file: FilePart,
  thumbnail: /* @__PURE__ */ Schema.optional(FilePart)
})

const UpdateBody = /* @__PURE__ */ Schema.Struct({
  description: /* @__PURE__ */ Schema.optional(Schema.String),
  focus: /* @__PURE__ */ Schema.optional(Focus),
  thumbnail: /* @__PURE__ */ Schema.optional(FilePart)
})

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/**
 * The declaration behind {@link upload}: `POST /api/v2/media`, answered 200 when the file was
 * processed at once and 202 (with a null `url`) while it is processed in the background.
 * @since 0.1.0
 */
export const uploadEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "media.upload",
  method: "POST",
  path: "/api/v2/media",
  body: UploadBody,
  response: MediaAttachment.MediaAttachment,
  auth: "user",
  scopes: ["write:media"],
  versions: { added: "3.1.3", changed: "4.0.0" }
})

/** The declaration behind {@link uploadV1}: `POST /api/v1/media`, which answers once processed. @since 0.1.0 */
export const uploadV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "media.uploadV1",
  method: "POST",
  path: "/api/v1/media",
  body: UploadBody,
  response: MediaAttachment.MediaAttachment,
  auth: "user",
  scopes: ["write:media"],
  versions: { added: "0.0.0", changed: "3.2.0" },
  deprecated: true
})

/** The declaration behind {@link get}: `GET /api/v1/media/:id` (206 while processing, 200 once done). @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "media.get",
  method: "GET",
  path: "/api/v1/media/:id",
  response: MediaAttachment.MediaAttachment,
  auth: "user",
  scopes: ["write:media"],
  versions: { added: "3.1.3" }
})

/** The declaration behind {@link update}: `PUT /api/v1/media/:id`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "media.update",
  method: "PUT",
  path: "/api/v1/media/:id",
  body: UpdateBody,
  response: MediaAttachment.MediaAttachment,
  auth: "user",
  scopes: ["write:media"],
  versions: { added: "0.0.0", changed: "3.2.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/media/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "media.remove",
  method: "DELETE",
  path: "/api/v1/media/:id",
  // Documented as empty: nothing to decode.
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:media"],
  versions: { added: "4.4.0" }
})

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/**
 * `upload` stopped waiting for the server to finish processing an attachment: its schedule ran
 * out. The attachment exists (its id can still be polled with `get`, attached later, or deleted).
 *
 * @since 0.1.0
 */
export class ProcessingTimeout extends Schema.TaggedError<ProcessingTimeout>()("ProcessingTimeout", {
  /** The attachment still being processed. */
  id: Id.MediaId,
  /** How many times it was polled. */
  polls: Schema.Number
}) {
  /** Waiting longer may still succeed; the upload itself must not be repeated. @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
  override get message(): string {
    return `media ${this.id} was still processing after ${this.polls} polls`
  }
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * What {@link upload} and {@link update} send besides the file.
 *
 * @since 0.1.0
 */
export interface MediaParams {
  /** Alt text, for people who cannot see or hear the media (the server's limit is 1500 characters). */
  readonly description?: string | undefined
  /** The focal point of the thumbnail. */
  readonly focus?: Focus | undefined
  /** A custom thumbnail (an image), for video and audio. */
  readonly thumbnail?: Upload.Upload | undefined
}

/**
 * How {@link upload} waits.
 *
 * @since 0.1.0
 */
export interface UploadOptions extends MediaParams {
  /**
   * `false` returns the attachment as the server first answers it, with a null `url` while it is
   * processed (poll it with {@link get} or {@link waitUntilProcessed}). Default `true`.
   */
  readonly wait?: boolean | undefined
  /** When to poll while the attachment is processed. Default {@link defaultProcessingSchedule}. */
  readonly schedule?: Schedule.Schedule<unknown, unknown> | undefined
}

/**
 * How long {@link upload} polls by default: every 0.5 s growing to every 5 s, for at most 5
 * minutes in all (a long video may need that on a busy server).
 *
 * @since 0.1.0
 */
export const defaultProcessingSchedule: Schedule.Schedule<unknown, unknown> = /* @__PURE__ */ Schedule.exponential("500 millis", 1.5).pipe(
  Schedule.union(Schedule.spaced("5 seconds")),
  Schedule.upTo(Duration.minutes(5))
)

class StillProcessing {
  readonly _tag = "StillProcessing"
}

/**
 * Poll `GET /api/v1/media/:id` on `schedule` until the attachment is processed (the server answers
 * 200 rather than 206); a `ProcessingTimeout` when the schedule ends first.
 *
 * @since 0.1.0
 */
export const waitUntilProcessed = (
  id: Id.IdOrEntity<Id.MediaId>,
  schedule: Schedule.Schedule<unknown, unknown> = defaultProcessingSchedule
): Effect.Effect<MediaAttachment.MediaAttachment, MastodonError.MastodonError | ProcessingTimeout, MastodonClient> =>
  Effect.suspend(() => {
    // Counted per run, for the error's message.
    let polls = 0
    const once = Effect.flatMap(
      Effect.suspend(() => {
        polls++
        return Endpoint.callRaw(getEndpoint, { path: { id: Id.idOf(id) } })
      }),
      ({ response, value }) => response.status === 206 ? Effect.fail(new StillProcessing()) : Effect.succeed(value)
    )
    return once.pipe(
      Effect.retry({ schedule, while: (e) => e instanceof StillProcessing }),
      Effect.catchIf(
        (e): e is StillProcessing => e instanceof StillProcessing,
        () => Effect.fail(new ProcessingTimeout({ id: Id.idOf(id), polls }))
      )
    )
  })

/**
 * Upload a file as a media attachment (`POST /api/v2/media`). Images are processed at once; video,
 * GIF animations and audio are processed in the background (the server answers 202), and `upload`
 * then polls until the attachment is ready, so the result can be attached right away; `wait: false`
 * returns at once instead.
 *
 * @example
 * import { Media, Statuses, Upload } from "@mastodon-effect/http"
 * import { NodeFileSystem } from "@effect/platform-node"
 * import * as Effect from "effect/Effect"
 * const program = Effect.gen(function*() {
 *   const file = yield* Upload.mediaFromPath("./clip.mp4")
 *   const clip = yield* Media.upload(file, { description: "A cat jumping", focus: { x: 0, y: 0.5 } })
 *   return yield* Statuses.post({ status: "Look!", media_ids: [clip] })
 * }).pipe(Effect.provide(NodeFileSystem.layer))
 *
 * @since 0.1.0
 */
export const upload = (
  file: Upload.Upload,
  options: UploadOptions = {}
): Effect.Effect<MediaAttachment.MediaAttachment, MastodonError.MastodonError | ProcessingTimeout, MastodonClient> => {
  const { schedule, wait, ...params } = options
  return Effect.flatMap(
    Endpoint.callRaw(uploadEndpoint, { body: { ...params, file } }),
    ({ response, value }) => response.status === 202 && wait !== false ? waitUntilProcessed(value.id, schedule) : Effect.succeed(value)
  )
}

/**
 * Upload with the deprecated `POST /api/v1/media`, which answers only once the file is processed
 * (for servers before 3.1.3).
 *
 * @since 0.1.0
 */
export const uploadV1 = (file: Upload.Upload, params: MediaParams = {}): Endpoint.Call<MediaAttachment.MediaAttachment> =>
  Endpoint.call(uploadV1Endpoint, { body: { ...params, file } })

/**
 * An attachment of the signed-in user not yet attached to a status; `url` is null while it is
 * processed.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.MediaId>): Endpoint.Call<MediaAttachment.MediaAttachment> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Change an unattached attachment's description, focal point or thumbnail. (Once attached, change
 * them with `Statuses.edit` and `media_attributes`.)
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.MediaId>, params: MediaParams): Endpoint.Call<MediaAttachment.MediaAttachment> =>
  Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Delete an attachment not attached to any status (Mastodon 4.4); an attached one is an
 * `UnprocessableEntity`.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.MediaId>): Endpoint.Call<void> =>
  Effect.asVoid(Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } }))
