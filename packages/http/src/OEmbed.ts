/**
 * oEmbed: the HTML that embeds a status in another page. See the Mastodon docs, methods/oembed.
 *
 * @since 0.1.0
 */
import * as OEmbed from "@mastodon-effect/core/OEmbed"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link get}: `GET /api/oembed`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "oembed.get",
  method: "GET",
  path: "/api/oembed",
  query: /* @__PURE__ */ Schema.Struct({
    url: Argument.NonEmptyString,
    maxwidth: /* @__PURE__ */ Schema.optional(Argument.WholeNumber(1)),
    maxheight: /* @__PURE__ */ Schema.optional(Argument.WholeNumber(1))
  }),
  response: OEmbed.OEmbed,
  auth: "public",
  versions: { added: "1.0.0" }
})

/**
 * The oEmbed of a status, given its URL (`https://example.social/@alice/109...`). `NotFound`
 * when the URL is not a public status of the server.
 *
 * @since 0.1.0
 */
export const get = (
  url: string,
  options?: { readonly maxwidth?: number | undefined; readonly maxheight?: number | undefined }
): Endpoint.Call<OEmbed.OEmbed> => Endpoint.call(getEndpoint, { query: { url, ...options } })
