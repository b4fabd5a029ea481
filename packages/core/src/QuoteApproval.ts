/**
 * Who may quote a status, and how that applies to the caller.
 *
 * See the Mastodon docs, entities/QuoteApproval.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { OpenEnum } from "./internal/schema.js"

/**
 * An audience of a quote policy. Treat unknown members as `unsupported_policy`.
 *
 * @since 0.1.0
 */
export const QuotePolicyAudience = OpenEnum("public", "followers", "following", "unsupported_policy")

/**
 * @since 0.1.0
 */
export type QuotePolicyAudience = typeof QuotePolicyAudience.Type

/**
 * A summary of a status' quote policy (Mastodon 4.5): who gets quotes accepted automatically, who
 * after review, and what applies to the caller (treat `unknown` as `denied`).
 *
 * See the Mastodon docs, entities/QuoteApproval.
 *
 * @since 0.1.0
 */
export const QuoteApproval = /* @__PURE__ */ Schema.Struct({
  /** Audiences whose quotes are accepted without review; empty when none. */
  automatic: /* @__PURE__ */ Schema.Array(QuotePolicyAudience),
  /** Audiences whose quotes wait for the author's review; empty when none. */
  manual: /* @__PURE__ */ Schema.Array(QuotePolicyAudience),
  /** What happens if the caller quotes the status. */
  current_user: OpenEnum("automatic", "manual", "denied", "unknown")
}).annotations({ identifier: "QuoteApproval" })

/**
 * The decoded form of {@link QuoteApproval}.
 *
 * @since 0.1.0
 */
export interface QuoteApproval extends Schema.Schema.Type<typeof QuoteApproval> {}

/**
 * The JSON form of {@link QuoteApproval}.
 *
 * @since 0.1.0
 */
export interface QuoteApprovalEncoded extends Schema.Schema.Encoded<typeof QuoteApproval> {}
