/**
 * The server's custom emoji. See the Mastodon docs, methods/custom_emojis.
 *
 * @since 0.1.0
 */
import * as CustomEmoji from "@mastodon-effect/core/CustomEmoji"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link list}: `GET /api/v1/custom_emojis`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "customEmojis.list",
  method: "GET",
  path: "/api/v1/custom_emojis",
  response: /* @__PURE__ */ Schema.Array(CustomEmoji.CustomEmoji),
  auth: "public",
  versions: { added: "2.0.0", changed: "3.0.0" }
})

/**
 * Every custom emoji of the server (sent without a token), with its category.
 *
 * @since 0.1.0
 */
export const list = (): Endpoint.Call<ReadonlyArray<CustomEmoji.CustomEmoji>> => Endpoint.call(listEndpoint)
