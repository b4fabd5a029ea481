/**
 * Hashtags: one tag's information and use, following a tag (its statuses come into the home
 * timeline), and featuring it on the user's profile (Mastodon 4.4). Names are case-insensitive and
 * given with or without `#`. See the Mastodon docs, methods/tags.
 *
 * @since 0.1.0
 */
import * as Tag from "@mastodon-effect/core/Tag"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link get}: `GET /api/v1/tags/:name`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "tags.get",
  method: "GET",
  path: "/api/v1/tags/:name",
  response: Tag.Tag,
  auth: "optional",
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link follow}: `POST /api/v1/tags/:name/follow`. @since 0.1.0 */
export const followEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "tags.follow",
  method: "POST",
  path: "/api/v1/tags/:name/follow",
  response: Tag.Tag,
  auth: "user",
  scopes: ["write:follows"],
  versions: { added: "4.0.0", changed: "4.1.0" }
})

/** The declaration behind {@link unfollow}: `POST /api/v1/tags/:name/unfollow`. @since 0.1.0 */
export const unfollowEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "tags.unfollow",
  method: "POST",
  path: "/api/v1/tags/:name/unfollow",
  response: Tag.Tag,
  auth: "user",
  scopes: ["write:follows"],
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link feature}: `POST /api/v1/tags/:id/feature`. @since 0.1.0 */
export const featureEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "tags.feature",
  method: "POST",
  path: "/api/v1/tags/:id/feature",
  response: Tag.Tag,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link unfeature}: `POST /api/v1/tags/:id/unfeature`. @since 0.1.0 */
export const unfeatureEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "tags.unfeature",
  method: "POST",
  path: "/api/v1/tags/:id/unfeature",
  response: Tag.Tag,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.4.0" }
})

/** The name as the path takes it: without `#`. */
const nameOf = (name: string) => name.replace(/^#/, "")

/**
 * A hashtag with its recent use, and (signed in) whether the user follows and features it. Fails
 * with `NotFound` for a name that cannot be a hashtag.
 *
 * @example
 * import { Tags } from "@mastodon-effect/http"
 * const cats = Tags.get("#cats")
 *
 * @since 0.1.0
 */
export const get = (name: string): Endpoint.Call<Tag.Tag> => Endpoint.call(getEndpoint, { path: { name: nameOf(name) } })

/**
 * Follow a hashtag: its public statuses come into the home timeline. Idempotent since 4.1
 * (before, following twice is `UnprocessableEntity`).
 *
 * @since 0.1.0
 */
export const follow = (name: string): Endpoint.Call<Tag.Tag> => Endpoint.call(followEndpoint, { path: { name: nameOf(name) } })

/**
 * Stop following a hashtag (nothing happens when it was not followed).
 *
 * @since 0.1.0
 */
export const unfollow = (name: string): Endpoint.Call<Tag.Tag> => Endpoint.call(unfollowEndpoint, { path: { name: nameOf(name) } })

/**
 * Feature a hashtag on the user's profile (Mastodon 4.4; the same as `FeaturedTags.feature`).
 * Idempotent; past the server's limit of featured tags, `UnprocessableEntity`.
 *
 * @since 0.1.0
 */
export const feature = (name: string): Endpoint.Call<Tag.Tag> => Endpoint.call(featureEndpoint, { path: { id: nameOf(name) } })

/**
 * Stop featuring a hashtag on the user's profile (Mastodon 4.4).
 *
 * @since 0.1.0
 */
export const unfeature = (name: string): Endpoint.Call<Tag.Tag> => Endpoint.call(unfeatureEndpoint, { path: { id: nameOf(name) } })
