/**
 * Domains the signed-in user blocks: every account of a blocked domain is hidden from them, and
 * their followers there are removed. See the Mastodon docs, methods/domain_blocks. The stream
 * package's `Streams.domainBlocks` walks every page.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

const DomainParams = /* @__PURE__ */ Schema.Struct({ domain: Argument.NonEmptyString })

/** The declaration behind {@link list}: `GET /api/v1/domain_blocks`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "domainBlocks.list",
  method: "GET",
  path: "/api/v1/domain_blocks",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Schema.String),
  auth: "user",
  scopes: ["read:blocks", "follow"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 100, max: 200 }),
  versions: { added: "1.4.0", changed: "3.3.0" }
})

/** The declaration behind {@link block}: `POST /api/v1/domain_blocks`. @since 0.1.0 */
export const blockEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "domainBlocks.block",
  method: "POST",
  path: "/api/v1/domain_blocks",
  body: DomainParams,
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:blocks", "follow"],
  versions: { added: "1.4.0" }
})

/** The declaration behind {@link unblock}: `DELETE /api/v1/domain_blocks`. @since 0.1.0 */
export const unblockEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "domainBlocks.unblock",
  method: "DELETE",
  path: "/api/v1/domain_blocks",
  query: DomainParams,
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:blocks", "follow"],
  versions: { added: "1.4.0" }
})

/**
 * One page of blocked domains (100 by default, 200 at most), continued with the page's cursors.
 *
 * @example
 * import { DomainBlocks } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const domains = Effect.map(DomainBlocks.list(), (page) => page.items)
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<string>> => Endpoint.call(listEndpoint, { query: params })

/**
 * Block a domain (`example.social`); a blank one is refused before sending. Blocking twice is
 * harmless.
 *
 * @since 0.1.0
 */
export const block = (domain: string): Endpoint.Call<unknown> => Endpoint.call(blockEndpoint, { body: { domain } })

/**
 * Unblock a domain.
 *
 * @since 0.1.0
 */
export const unblock = (domain: string): Endpoint.Call<unknown> => Endpoint.call(unblockEndpoint, { query: { domain } })
