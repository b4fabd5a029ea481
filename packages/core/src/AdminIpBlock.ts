/**
 * Rules for IP ranges: sign-ups that need approval, refused sign-ups, or no access at all.
 *
 * See the Mastodon docs, entities/Admin_IpBlock.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum, Timestamp } from "./internal/schema.js"

/**
 * What an IP block does: `sign_up_requires_approval` makes sign-ups from the range pending,
 * `sign_up_block` refuses them, `no_access` refuses every request from the range.
 *
 * @since 0.1.0
 */
export const Severity = /* @__PURE__ */ OpenEnum("sign_up_requires_approval", "sign_up_block", "no_access")

/**
 * @since 0.1.0
 */
export type Severity = typeof Severity.Type

/**
 * A rule for an IP address range.
 *
 * Added in Mastodon 4.0. See the Mastodon docs, entities/Admin_IpBlock.
 *
 * @since 0.1.0
 */
export const AdminIpBlock = /* @__PURE__ */ Schema.Struct({
  /** The block's id. */
  id: Id.IpBlockId,
  /** The range, as an address and prefix length (`8.8.8.8/32`). */
  ip: Schema.String,
  /** What the block does. */
  severity: Severity,
  /** Why the range was blocked; empty when no reason was given. */
  comment: Schema.String,
  /** When the block was created. */
  created_at: Timestamp,
  /** When the block ends, or null when it does not. */
  expires_at: /* @__PURE__ */ Schema.NullOr(Timestamp)
}).annotations({ identifier: "AdminIpBlock" })

/**
 * The decoded form of {@link AdminIpBlock}.
 *
 * @since 0.1.0
 */
export interface AdminIpBlock extends Schema.Schema.Type<typeof AdminIpBlock> {}

/**
 * The JSON form of {@link AdminIpBlock}.
 *
 * @since 0.1.0
 */
export interface AdminIpBlockEncoded extends Schema.Schema.Encoded<typeof AdminIpBlock> {}
