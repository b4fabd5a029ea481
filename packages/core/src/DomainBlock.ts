/**
 * The domains a server blocks, as it publishes them (`GET /api/v1/instance/domain_blocks`).
 * A user's own domain blocks are plain strings; moderators' view is `Admin_DomainBlock`.
 *
 * See the Mastodon docs, entities/DomainBlock.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { OpenEnum, optionalNullable } from "./internal/schema.js"

/**
 * How hard a domain is blocked: `silence` (its accounts are hidden unless followed) or `suspend`
 * (everything from it is rejected).
 *
 * @since 0.1.0
 */
export const DomainBlockSeverity = /* @__PURE__ */ OpenEnum("silence", "suspend")

/**
 * @since 0.1.0
 */
export type DomainBlockSeverity = typeof DomainBlockSeverity.Type

/**
 * A domain the server blocks (Mastodon 4.0).
 *
 * `domain` may be partly masked (`daji******.com`); `digest` is the SHA-256 of the real domain,
 * so a client can still check a domain it knows. See the Mastodon docs, entities/DomainBlock.
 *
 * @since 0.1.0
 */
export const DomainBlock = /* @__PURE__ */ Schema.Struct({
  /** The blocked domain, possibly masked. */
  domain: Schema.String,
  /** SHA-256 hex digest of the domain. */
  digest: Schema.String,
  /** How hard it is blocked. */
  severity: DomainBlockSeverity,
  /** The public reason, when the server gives one. */
  comment: optionalNullable(Schema.String)
}).annotations({ identifier: "DomainBlock" })

/**
 * The decoded form of {@link DomainBlock}.
 *
 * @since 0.1.0
 */
export interface DomainBlock extends Schema.Schema.Type<typeof DomainBlock> {}

/**
 * The JSON form of {@link DomainBlock}.
 *
 * @since 0.1.0
 */
export interface DomainBlockEncoded extends Schema.Schema.Encoded<typeof DomainBlock> {}
