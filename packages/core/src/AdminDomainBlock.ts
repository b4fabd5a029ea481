/**
 * Federation blocks on whole domains, as moderators manage them, and the error body a new block
 * gets when a stricter one already covers the domain.
 *
 * See the Mastodon docs, entities/Admin_DomainBlock and methods/admin/domain_blocks.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum, Timestamp } from "./internal/schema.js"

/**
 * What a domain block does: `silence` hides the domain's accounts' statuses by default,
 * `suspend` rejects everything from the domain, `noop` does neither (useful with `reject_media`
 * or `reject_reports`).
 *
 * @since 0.1.0
 */
export const Severity = /* @__PURE__ */ OpenEnum("silence", "suspend", "noop")

/**
 * @since 0.1.0
 */
export type Severity = typeof Severity.Type

/**
 * A domain that is not allowed to federate freely.
 *
 * Added in Mastodon 4.0; `digest` (4.3) is optional. See the Mastodon docs,
 * entities/Admin_DomainBlock.
 *
 * @since 0.1.0
 */
export const AdminDomainBlock = /* @__PURE__ */ Schema.Struct({
  /** The block's id. */
  id: Id.DomainBlockId,
  /** The blocked domain. */
  domain: Schema.String,
  /** The SHA-256 hex digest of the domain (4.3). */
  digest: /* @__PURE__ */ Schema.optional(Schema.String),
  /** When the block was created. */
  created_at: Timestamp,
  /** What the block does. */
  severity: Severity,
  /** Whether media attachments from the domain are rejected. */
  reject_media: Schema.Boolean,
  /** Whether reports from the domain are rejected. */
  reject_reports: Schema.Boolean,
  /** A note for moderators only, or null. */
  private_comment: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** A note shown publicly with the block, or null. */
  public_comment: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Whether the domain is partly hidden where the block is shown publicly. */
  obfuscate: Schema.Boolean
}).annotations({ identifier: "AdminDomainBlock" })

/**
 * The decoded form of {@link AdminDomainBlock}.
 *
 * @since 0.1.0
 */
export interface AdminDomainBlock extends Schema.Schema.Type<typeof AdminDomainBlock> {}

/**
 * The JSON form of {@link AdminDomainBlock}.
 *
 * @since 0.1.0
 */
export interface AdminDomainBlockEncoded extends Schema.Schema.Encoded<typeof AdminDomainBlock> {}

/**
 * The 422 body of `POST /api/v1/admin/domain_blocks` when an existing block already imposes
 * stricter limits on the domain: the message and that block.
 *
 * See the Mastodon docs, methods/admin/domain_blocks (create).
 *
 * @since 0.1.0
 */
export const ExistingDomainBlockError = /* @__PURE__ */ Schema.Struct({
  /** The server's message, such as "You have already imposed stricter limits on example.com." */
  error: Schema.String,
  /** The block that already covers the domain. */
  existing_domain_block: AdminDomainBlock
}).annotations({ identifier: "ExistingDomainBlockError" })

/**
 * The decoded form of {@link ExistingDomainBlockError}.
 *
 * @since 0.1.0
 */
export interface ExistingDomainBlockError extends Schema.Schema.Type<typeof ExistingDomainBlockError> {}

/**
 * The JSON form of {@link ExistingDomainBlockError}.
 *
 * @since 0.1.0
 */
export interface ExistingDomainBlockErrorEncoded extends Schema.Schema.Encoded<typeof ExistingDomainBlockError> {}
