/**
 * Announcements from the server's administrators: read them, dismiss them, react with emoji.
 * See the Mastodon docs, methods/announcements.
 *
 * @since 0.1.0
 */
import * as Announcement from "@mastodon-effect/core/Announcement"
import * as Id from "@mastodon-effect/core/Id"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link list}: `GET /api/v1/announcements`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "announcements.list",
  method: "GET",
  path: "/api/v1/announcements",
  query: /* @__PURE__ */ Schema.Struct({ with_dismissed: /* @__PURE__ */ Schema.optional(Schema.Boolean) }),
  response: /* @__PURE__ */ Schema.Array(Announcement.Announcement),
  auth: "user",
  versions: { added: "3.1.0" }
})

/** The declaration behind {@link dismiss}: `POST /api/v1/announcements/:id/dismiss`. @since 0.1.0 */
export const dismissEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "announcements.dismiss",
  method: "POST",
  path: "/api/v1/announcements/:id/dismiss",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "3.1.0" }
})

/** The declaration behind {@link addReaction}: `PUT /api/v1/announcements/:id/reactions/:name`. @since 0.1.0 */
export const addReactionEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "announcements.addReaction",
  method: "PUT",
  path: "/api/v1/announcements/:id/reactions/:name",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:favourites"],
  versions: { added: "3.1.0" }
})

/** The declaration behind {@link removeReaction}: `DELETE /api/v1/announcements/:id/reactions/:name`. @since 0.1.0 */
export const removeReactionEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "announcements.removeReaction",
  method: "DELETE",
  path: "/api/v1/announcements/:id/reactions/:name",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:favourites"],
  versions: { added: "3.1.0" }
})

/**
 * The announcements in force, with the user's reactions (`me`) and whether each was read;
 * `with_dismissed: true` includes dismissed ones.
 *
 * @since 0.1.0
 */
export const list = (params?: { readonly with_dismissed?: boolean | undefined }): Endpoint.Call<ReadonlyArray<Announcement.Announcement>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * Mark an announcement as read.
 *
 * @since 0.1.0
 */
export const dismiss = (id: Id.IdOrEntity<Id.AnnouncementId>): Endpoint.Call<unknown> => Endpoint.call(dismissEndpoint, { path: { id: Id.idOf(id) } })

/**
 * React to an announcement with a Unicode emoji (`"👍"`) or a custom emoji's shortcode (`"blobcat"`).
 *
 * @example
 * import { Announcements } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const id: Id.AnnouncementId
 * const cheer = Announcements.addReaction(id, "🎉")
 *
 * @since 0.1.0
 */
export const addReaction = (id: Id.IdOrEntity<Id.AnnouncementId>, name: string): Endpoint.Call<unknown> =>
  Endpoint.call(addReactionEndpoint, { path: { id: Id.idOf(id), name } })

/**
 * Take a reaction back.
 *
 * @since 0.1.0
 */
export const removeReaction = (id: Id.IdOrEntity<Id.AnnouncementId>, name: string): Endpoint.Call<unknown> =>
  Endpoint.call(removeReactionEndpoint, { path: { id: Id.idOf(id), name } })
