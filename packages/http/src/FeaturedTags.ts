/**
 * Hashtags the signed-in user features on their profile: list, feature, unfeature, and the
 * recently used tags worth featuring. See the Mastodon docs, methods/featured_tags.
 *
 * @since 0.1.0
 */
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as Id from "@mastodon-effect/core/Id"
import * as Tag from "@mastodon-effect/core/Tag"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link list}: `GET /api/v1/featured_tags`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "featuredTags.list",
  method: "GET",
  path: "/api/v1/featured_tags",
  response: /* @__PURE__ */ Schema.Array(FeaturedTag.FeaturedTag),
  auth: "user",
  scopes: ["read:accounts"],
  versions: { added: "3.0.0" }
})

/** The declaration behind {@link feature}: `POST /api/v1/featured_tags`. @since 0.1.0 */
export const featureEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "featuredTags.feature",
  method: "POST",
  path: "/api/v1/featured_tags",
  body: /* @__PURE__ */ Schema.Struct({ name: Argument.NonEmptyString }),
  response: FeaturedTag.FeaturedTag,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "3.0.0" }
})

/** The declaration behind {@link unfeature}: `DELETE /api/v1/featured_tags/:id`. @since 0.1.0 */
export const unfeatureEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "featuredTags.unfeature",
  method: "DELETE",
  path: "/api/v1/featured_tags/:id",
  // Documented as `{}`; nothing in it is worth keeping, and forks are free to send less.
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "3.0.0" }
})

/** The declaration behind {@link suggestions}: `GET /api/v1/featured_tags/suggestions`. @since 0.1.0 */
export const suggestionsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "featuredTags.suggestions",
  method: "GET",
  path: "/api/v1/featured_tags/suggestions",
  response: /* @__PURE__ */ Schema.Array(Tag.Tag),
  auth: "user",
  scopes: ["read:accounts"],
  versions: { added: "3.0.0" }
})

/**
 * The hashtags featured on the signed-in user's profile (not paginated). Each `id` is the
 * featured tag's own id, the one {@link unfeature} takes, not the tag's.
 *
 * @since 0.1.0
 */
export const list = (): Endpoint.Call<ReadonlyArray<FeaturedTag.FeaturedTag>> => Endpoint.call(listEndpoint)

/**
 * Feature a hashtag on the profile. `name` is the tag without `#`; an empty name is refused before
 * sending, and one the server does not accept as a hashtag (only digits, illegal characters) fails
 * with `UnprocessableEntity`. The instance's `configuration.accounts.max_featured_tags` caps how
 * many an account may feature.
 *
 * @example
 * import { FeaturedTags } from "@mastodon-effect/http"
 * const featured = FeaturedTags.feature("nowplaying")
 *
 * @since 0.1.0
 */
export const feature = (name: string): Endpoint.Call<FeaturedTag.FeaturedTag> =>
  Endpoint.call(featureEndpoint, { body: { name } })

/**
 * Stop featuring a hashtag, by the featured tag's id (or the featured tag itself). Fails with
 * `NotFound` when it does not exist or belongs to someone else.
 *
 * @since 0.1.0
 */
export const unfeature = (id: Id.IdOrEntity<Id.FeaturedTagId>) =>
  Effect.asVoid(Endpoint.call(unfeatureEndpoint, { path: { id: Id.idOf(id) } }))

/**
 * Up to 10 hashtags the signed-in user used recently, as candidates to feature.
 *
 * @since 0.1.0
 */
export const suggestions = (): Endpoint.Call<ReadonlyArray<Tag.Tag>> => Endpoint.call(suggestionsEndpoint)
