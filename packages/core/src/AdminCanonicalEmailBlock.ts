/**
 * Blocked e-mail addresses, kept as the hash of their canonical form so that variants of one
 * address (dots, `+tags`) are blocked together.
 *
 * See the Mastodon docs, entities/Admin_CanonicalEmailBlock.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"

/**
 * A blocked canonical e-mail address.
 *
 * Added in Mastodon 4.0. See the Mastodon docs, entities/Admin_CanonicalEmailBlock.
 *
 * @since 0.1.0
 */
export const AdminCanonicalEmailBlock = /* @__PURE__ */ Schema.Struct({
  /** The block's id. */
  id: Id.CanonicalEmailBlockId,
  /** The SHA-256 hex digest of the canonical e-mail address. */
  canonical_email_hash: Schema.String
}).annotations({ identifier: "AdminCanonicalEmailBlock" })

/**
 * The decoded form of {@link AdminCanonicalEmailBlock}.
 *
 * @since 0.1.0
 */
export interface AdminCanonicalEmailBlock extends Schema.Schema.Type<typeof AdminCanonicalEmailBlock> {}

/**
 * The JSON form of {@link AdminCanonicalEmailBlock}.
 *
 * @since 0.1.0
 */
export interface AdminCanonicalEmailBlockEncoded extends Schema.Schema.Encoded<typeof AdminCanonicalEmailBlock> {}
