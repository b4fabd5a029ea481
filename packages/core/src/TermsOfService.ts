/**
 * The server's terms of service (`GET /api/v1/instance/terms_of_service` and
 * `.../terms_of_service/:date`).
 *
 * See the Mastodon docs, entities/TermsOfService.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { DateOnlyField } from "./internal/entity.js"

/**
 * One version of the terms of service (Mastodon 4.4).
 *
 * `effective_date` and `succeeded_by` are dates without time: they decode to midnight UTC and
 * encode back to `YYYY-MM-DD`. See the Mastodon docs, entities/TermsOfService.
 *
 * @since 0.1.0
 */
export const TermsOfService = /* @__PURE__ */ Schema.Struct({
  /** The day these terms take or took effect. */
  effective_date: DateOnlyField,
  /** Whether these terms are in effect now. */
  effective: Schema.Boolean,
  /** The terms, as HTML. */
  content: Schema.String,
  /** The day newer terms take effect, or null when there are none. */
  succeeded_by: /* @__PURE__ */ Schema.NullOr(DateOnlyField)
}).annotations({ identifier: "TermsOfService" })

/**
 * The decoded form of {@link TermsOfService}.
 *
 * @since 0.1.0
 */
export interface TermsOfService extends Schema.Schema.Type<typeof TermsOfService> {}

/**
 * The JSON form of {@link TermsOfService}.
 *
 * @since 0.1.0
 */
export interface TermsOfServiceEncoded extends Schema.Schema.Encoded<typeof TermsOfService> {}
