/**
 * Domains allowed to federate when the server runs in allow-list (limited federation) mode.
 *
 * See the Mastodon docs, entities/Admin_DomainAllow.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { Timestamp } from "./internal/schema.js"

/**
 * A domain that is allowed to federate.
 *
 * Added in Mastodon 4.0. See the Mastodon docs, entities/Admin_DomainAllow.
 *
 * @since 0.1.0
 */
export const AdminDomainAllow = /* @__PURE__ */ Schema.Struct({
  /** The allow entry's id. */
  id: Id.DomainAllowId,
  /** The allowed domain. */
  domain: Schema.String,
  /** When the domain was allowed. */
  created_at: Timestamp
}).annotations({ identifier: "AdminDomainAllow" })

/**
 * The decoded form of {@link AdminDomainAllow}.
 *
 * @since 0.1.0
 */
export interface AdminDomainAllow extends Schema.Schema.Type<typeof AdminDomainAllow> {}

/**
 * The JSON form of {@link AdminDomainAllow}.
 *
 * @since 0.1.0
 */
export interface AdminDomainAllowEncoded extends Schema.Schema.Encoded<typeof AdminDomainAllow> {}
