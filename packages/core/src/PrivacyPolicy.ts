/**
 * The server's privacy policy (`GET /api/v1/instance/privacy_policy`).
 *
 * See the Mastodon docs, entities/PrivacyPolicy.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Timestamp } from "./internal/schema.js"

/**
 * The privacy policy of the server, as rendered HTML (Mastodon 4.0).
 *
 * See the Mastodon docs, entities/PrivacyPolicy.
 *
 * @since 0.1.0
 */
export const PrivacyPolicy = /* @__PURE__ */ Schema.Struct({
  /** When it was last changed. */
  updated_at: Timestamp,
  /** The policy, as HTML. */
  content: Schema.String
}).annotations({ identifier: "PrivacyPolicy" })

/**
 * The decoded form of {@link PrivacyPolicy}.
 *
 * @since 0.1.0
 */
export interface PrivacyPolicy extends Schema.Schema.Type<typeof PrivacyPolicy> {}

/**
 * The JSON form of {@link PrivacyPolicy}.
 *
 * @since 0.1.0
 */
export interface PrivacyPolicyEncoded extends Schema.Schema.Encoded<typeof PrivacyPolicy> {}
