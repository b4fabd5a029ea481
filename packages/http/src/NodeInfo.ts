/**
 * NodeInfo, the server-neutral description of a fediverse server: discovery at
 * `/.well-known/nodeinfo`, then the newest document it offers (`/nodeinfo/2.0` on Mastodon).
 * Works on any fediverse software, which makes it a way to tell what a server runs before using
 * the Mastodon API. See the Mastodon docs, dev/routes.
 *
 * @since 0.1.0
 */
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as NodeInfo from "@mastodon-effect/core/NodeInfo"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Endpoint from "./Endpoint.js"
import { MastodonClient } from "./MastodonClient.js"

/** The declaration behind {@link discover}: `GET /.well-known/nodeinfo`. @since 0.1.0 */
export const discoverEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "nodeInfo.discover",
  method: "GET",
  path: "/.well-known/nodeinfo",
  response: NodeInfo.NodeInfoDiscovery,
  auth: "public",
  versions: { added: "3.0.0" }
})

/**
 * The declaration behind {@link document}: `GET /nodeinfo/2.0`, where Mastodon serves its
 * document; {@link get} follows whatever address discovery gives instead. @since 0.1.0
 */
export const documentEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "nodeInfo.document",
  method: "GET",
  path: "/nodeinfo/2.0",
  response: NodeInfo.NodeInfo,
  auth: "public",
  versions: { added: "3.0.0" }
})

/**
 * The discovery document: which NodeInfo versions the server offers, and where.
 *
 * @since 0.1.0
 */
export const discover = (): Endpoint.Call<NodeInfo.NodeInfoDiscovery> => Endpoint.call(discoverEndpoint)

/**
 * Mastodon's NodeInfo 2.0 document at its usual address.
 *
 * @since 0.1.0
 */
export const document = (): Endpoint.Call<NodeInfo.NodeInfo> => Endpoint.call(documentEndpoint)

/**
 * The server's NodeInfo: discovery, then the newest document offered (sent without a token). A
 * discovery document without a NodeInfo link fails with `NotFound`; a document on another origin
 * is refused (`CrossOriginRefused`), as every absolute URL the client is handed.
 *
 * @example
 * import { NodeInfo } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const software = Effect.map(NodeInfo.get(), (info) => `${info.software.name} ${info.software.version}`)
 *
 * @since 0.1.0
 */
export const get = (): Endpoint.Call<NodeInfo.NodeInfo> =>
  Effect.gen(function*() {
    const discovery = yield* discover()
    const href = NodeInfo.documentUrl(discovery)
    if (Option.isNone(href)) {
      const client = yield* MastodonClient
      return yield* Effect.fail(
        new MastodonError.NotFound({
          method: "GET",
          url: new URL(discoverEndpoint.path, client.baseUrl).toString(),
          status: 404,
          error: "the discovery document links no NodeInfo document"
        })
      )
    }
    const client = yield* MastodonClient
    const response = yield* client.anonymous.execute(HttpClientRequest.get(href.value))
    return yield* Endpoint.decodeResponse(documentEndpoint, response)
  }).pipe(Effect.withSpan("mastodon.nodeInfo.get", { kind: "client" }))
