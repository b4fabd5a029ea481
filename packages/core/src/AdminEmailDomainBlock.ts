/**
 * E-mail domains refused at sign-up, with how often they were tried lately.
 *
 * See the Mastodon docs, entities/Admin_EmailDomainBlock.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { Timestamp } from "./internal/schema.js"

/**
 * Sign-up attempts with a blocked e-mail domain on one day. The numbers are strings on the wire
 * and stay strings here.
 *
 * See the Mastodon docs, entities/Admin_EmailDomainBlock (history).
 *
 * @since 0.1.0
 */
export const EmailDomainBlockHistory = /* @__PURE__ */ Schema.Struct({
  /** Midnight of the day, in UNIX seconds, as a string. */
  day: Schema.String,
  /** Sign-up attempts with the domain that day, counted by account, as a string. */
  accounts: Schema.String,
  /** Sign-up attempts with the domain that day, counted by IP, as a string. */
  uses: Schema.String
}).annotations({ identifier: "EmailDomainBlockHistory" })

/**
 * The decoded form of {@link EmailDomainBlockHistory}.
 *
 * @since 0.1.0
 */
export interface EmailDomainBlockHistory extends Schema.Schema.Type<typeof EmailDomainBlockHistory> {}

/**
 * The JSON form of {@link EmailDomainBlockHistory}.
 *
 * @since 0.1.0
 */
export interface EmailDomainBlockHistoryEncoded extends Schema.Schema.Encoded<typeof EmailDomainBlockHistory> {}

/**
 * An e-mail domain that may not be used to sign up.
 *
 * Added in Mastodon 4.0. See the Mastodon docs, entities/Admin_EmailDomainBlock.
 *
 * @since 0.1.0
 */
export const AdminEmailDomainBlock = /* @__PURE__ */ Schema.Struct({
  /** The block's id. */
  id: Id.EmailDomainBlockId,
  /** The blocked e-mail domain. */
  domain: Schema.String,
  /** When the domain was blocked. */
  created_at: Timestamp,
  /** Sign-up attempts per day, most recent first (usually a week). */
  history: /* @__PURE__ */ Schema.Array(EmailDomainBlockHistory)
}).annotations({ identifier: "AdminEmailDomainBlock" })

/**
 * The decoded form of {@link AdminEmailDomainBlock}.
 *
 * @since 0.1.0
 */
export interface AdminEmailDomainBlock extends Schema.Schema.Type<typeof AdminEmailDomainBlock> {}

/**
 * The JSON form of {@link AdminEmailDomainBlock}.
 *
 * @since 0.1.0
 */
export interface AdminEmailDomainBlockEncoded extends Schema.Schema.Encoded<typeof AdminEmailDomainBlock> {}
