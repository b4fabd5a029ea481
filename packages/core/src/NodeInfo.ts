/**
 * NodeInfo: the server-neutral description of a fediverse server (software, protocols, usage,
 * open registrations), found through `/.well-known/nodeinfo`. Mastodon serves NodeInfo 2.0 at
 * `/nodeinfo/2.0`; other servers serve 2.1 or older versions.
 *
 * Unlike the Mastodon API, NodeInfo names its fields in camelCase (`openRegistrations`); they
 * are kept as the specification writes them. See the Mastodon docs, dev/routes (.well-known),
 * and the NodeInfo specification (nodeinfo.diaspora.software).
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { optionalNullable } from "./internal/schema.js"

/**
 * One link of the discovery document: the schema version it serves (`rel`) and where.
 *
 * @since 0.1.0
 */
export const NodeInfoLink = /* @__PURE__ */ Schema.Struct({
  /** The schema, such as `http://nodeinfo.diaspora.software/ns/schema/2.0`. */
  rel: Schema.String,
  /** The document's address. */
  href: Schema.String
}).annotations({ identifier: "NodeInfoLink" })

/**
 * The decoded form of {@link NodeInfoLink}.
 *
 * @since 0.1.0
 */
export interface NodeInfoLink extends Schema.Schema.Type<typeof NodeInfoLink> {}

/**
 * The discovery document at `/.well-known/nodeinfo`.
 *
 * @since 0.1.0
 */
export const NodeInfoDiscovery = /* @__PURE__ */ Schema.Struct({
  /** The NodeInfo documents the server offers. */
  links: /* @__PURE__ */ Schema.Array(NodeInfoLink)
}).annotations({ identifier: "NodeInfoDiscovery" })

/**
 * The decoded form of {@link NodeInfoDiscovery}.
 *
 * @since 0.1.0
 */
export interface NodeInfoDiscovery extends Schema.Schema.Type<typeof NodeInfoDiscovery> {}

/**
 * The JSON form of {@link NodeInfoDiscovery}.
 *
 * @since 0.1.0
 */
export interface NodeInfoDiscoveryEncoded extends Schema.Schema.Encoded<typeof NodeInfoDiscovery> {}

const SCHEMA_PREFIX = "http://nodeinfo.diaspora.software/ns/schema/"

/**
 * The address of the newest NodeInfo document the discovery document offers (2.1 before 2.0
 * before older versions; `https` schema names are accepted too). `None` when it offers none.
 *
 * @example
 * import { NodeInfo } from "@mastodon-effect/core"
 * NodeInfo.documentUrl({ links: [{ rel: "http://nodeinfo.diaspora.software/ns/schema/2.0", href: "https://example.social/nodeinfo/2.0" }] })
 * // Option.some("https://example.social/nodeinfo/2.0")
 *
 * @since 0.1.0
 */
export const documentUrl = (discovery: NodeInfoDiscovery): Option.Option<string> => {
  let best: { readonly version: number; readonly href: string } | undefined
  for (const link of discovery.links) {
    const rel = link.rel.replace(/^https:/, "http:")
    if (!rel.startsWith(SCHEMA_PREFIX)) continue
    const version = Number(rel.slice(SCHEMA_PREFIX.length))
    if (!Number.isFinite(version)) continue
    if (best === undefined || version > best.version) best = { version, href: link.href }
  }
  return Option.fromNullable(best?.href)
}

/**
 * The software a server runs.
 *
 * @since 0.1.0
 */
export const NodeInfoSoftware = /* @__PURE__ */ Schema.Struct({
  /** Its canonical name, lowercase (`mastodon`, `pleroma`, `gotosocial`, ...). */
  name: Schema.String,
  /** Its version. */
  version: Schema.String,
  /** Its source repository (NodeInfo 2.1). */
  repository: /* @__PURE__ */ Schema.optional(Schema.String),
  /** Its home page (NodeInfo 2.1). */
  homepage: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "NodeInfoSoftware" })

/**
 * The decoded form of {@link NodeInfoSoftware}.
 *
 * @since 0.1.0
 */
export interface NodeInfoSoftware extends Schema.Schema.Type<typeof NodeInfoSoftware> {}

/**
 * Usage statistics; every number is optional (servers may withhold them).
 *
 * @since 0.1.0
 */
export const NodeInfoUsage = /* @__PURE__ */ Schema.Struct({
  /** User counts. */
  users: /* @__PURE__ */ Schema.Struct({
    /** All users. */
    total: optionalNullable(Schema.Number),
    /** Users active in the past month. */
    activeMonth: optionalNullable(Schema.Number),
    /** Users active in the past six months. */
    activeHalfyear: optionalNullable(Schema.Number)
  }),
  /** Posts made on this server. */
  localPosts: optionalNullable(Schema.Number),
  /** Comments made on this server. */
  localComments: optionalNullable(Schema.Number)
}).annotations({ identifier: "NodeInfoUsage" })

/**
 * The decoded form of {@link NodeInfoUsage}.
 *
 * @since 0.1.0
 */
export interface NodeInfoUsage extends Schema.Schema.Type<typeof NodeInfoUsage> {}

/**
 * A NodeInfo document (schema 2.0 or 2.1).
 *
 * `services` and `metadata` are required by the specification but some servers leave them out,
 * so they are optional; `metadata` is free-form. See the NodeInfo specification.
 *
 * @since 0.1.0
 */
export const NodeInfo = /* @__PURE__ */ Schema.Struct({
  /** The schema version of the document, `2.0` or `2.1`. */
  version: Schema.String,
  /** The server's software. */
  software: NodeInfoSoftware,
  /** The protocols it speaks (`activitypub`, ...). */
  protocols: /* @__PURE__ */ Schema.Array(Schema.String),
  /** Third-party services it can read from and publish to. */
  services: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Struct({
      /** Services it can read from. */
      inbound: /* @__PURE__ */ Schema.Array(Schema.String),
      /** Services it can publish to. */
      outbound: /* @__PURE__ */ Schema.Array(Schema.String)
    })
  ),
  /** Whether anyone may sign up. */
  openRegistrations: Schema.Boolean,
  /** Usage statistics. */
  usage: NodeInfoUsage,
  /** Free-form data about the server. */
  metadata: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Record({ key: Schema.String, value: Schema.Unknown }))
}).annotations({ identifier: "NodeInfo" })

/**
 * The decoded form of {@link NodeInfo}.
 *
 * @since 0.1.0
 */
export interface NodeInfo extends Schema.Schema.Type<typeof NodeInfo> {}

/**
 * The JSON form of {@link NodeInfo}.
 *
 * @since 0.1.0
 */
export interface NodeInfoEncoded extends Schema.Schema.Encoded<typeof NodeInfo> {}
