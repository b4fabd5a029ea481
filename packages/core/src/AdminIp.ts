/**
 * An IP address an account's user signed in from, as listed in `Admin::Account.ips`.
 *
 * See the Mastodon docs, entities/Admin_Ip.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Timestamp } from "./internal/schema.js"

/**
 * One IP address used by an account, with when it was last used.
 *
 * Added in Mastodon 3.5. See the Mastodon docs, entities/Admin_Ip.
 *
 * @since 0.1.0
 */
export const AdminIp = /* @__PURE__ */ Schema.Struct({
  /** The IP address. */
  ip: Schema.String,
  /** When this address was last used by the account. */
  used_at: Timestamp
}).annotations({ identifier: "AdminIp" })

/**
 * The decoded form of {@link AdminIp}.
 *
 * @since 0.1.0
 */
export interface AdminIp extends Schema.Schema.Type<typeof AdminIp> {}

/**
 * The JSON form of {@link AdminIp}.
 *
 * @since 0.1.0
 */
export interface AdminIpEncoded extends Schema.Schema.Encoded<typeof AdminIp> {}
