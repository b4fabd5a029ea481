/**
 * The signed-in user's preferences (posting defaults, reading preferences), for clients that
 * follow them. See the Mastodon docs, methods/preferences.
 *
 * @since 0.1.0
 */
import * as Preferences from "@mastodon-effect/core/Preferences"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link get}: `GET /api/v1/preferences`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "preferences.get",
  method: "GET",
  path: "/api/v1/preferences",
  response: Preferences.Preferences,
  auth: "user",
  scopes: ["read:accounts"],
  versions: { added: "2.8.0", changed: "4.5.0" }
})

/**
 * The user's preferences; keys have colons (`prefs["posting:default:visibility"]`).
 *
 * @since 0.1.0
 */
export const get = (): Endpoint.Call<Preferences.Preferences> => Endpoint.call(getEndpoint)
