/**
 * Quotes of other statuses: the full form (`Quote`, with the quoted status) and the shallow
 * form (`ShallowQuote`, with its id only).
 *
 * See the Mastodon docs, entities/Quote and entities/ShallowQuote.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum } from "./internal/schema.js"
// Status and Quote refer to each other; each only reaches the other inside `Schema.suspend`, so
// the import cycle is safe whichever module loads first.
import * as Status from "./Status.js"

/**
 * The state of a quote (Mastodon 4.4; the `blocked_*` and `muted_account` states 4.5). Treat
 * unknown states as `unauthorized`.
 *
 * @since 0.1.0
 */
export const QuoteState = OpenEnum(
  "pending",
  "accepted",
  "rejected",
  "revoked",
  "deleted",
  "unauthorized",
  "blocked_account",
  "blocked_domain",
  "muted_account"
)

/**
 * @since 0.1.0
 */
export type QuoteState = typeof QuoteState.Type

/**
 * The decoded form of {@link Quote}.
 *
 * @since 0.1.0
 */
export interface Quote {
  /** Whether the quote may be shown, and why not. */
  readonly state: QuoteState
  /** The quoted status; null unless it may be shown (or the wrapping status was just deleted). */
  readonly quoted_status: Status.Status | null
}

/**
 * The JSON form of {@link Quote}.
 *
 * @since 0.1.0
 */
export interface QuoteEncoded {
  readonly state: string
  readonly quoted_status: Status.StatusEncoded | null
}

/**
 * A quote with the quoted status embedded (Mastodon 4.4).
 *
 * See the Mastodon docs, entities/Quote.
 *
 * @since 0.1.0
 */
export const Quote: Schema.Struct<{
  state: typeof QuoteState
  quoted_status: Schema.NullOr<Schema.suspend<Status.Status, Status.StatusEncoded, never>>
}> = /* @__PURE__ */ Schema.Struct({
  state: QuoteState,
  quoted_status: /* @__PURE__ */ Schema.NullOr(
    /* @__PURE__ */ Schema.suspend((): Schema.Schema<Status.Status, Status.StatusEncoded> => Status.Status)
  )
}).annotations({ identifier: "Quote" })

/**
 * A quote that names the quoted status by id only, as found in statuses nested inside a quote
 * (Mastodon 4.4).
 *
 * See the Mastodon docs, entities/ShallowQuote.
 *
 * @since 0.1.0
 */
export const ShallowQuote = /* @__PURE__ */ Schema.Struct({
  /** Whether the quote may be shown, and why not. */
  state: QuoteState,
  /** The quoted status' id; null unless it may be shown. */
  quoted_status_id: /* @__PURE__ */ Schema.NullOr(Id.StatusId)
}).annotations({ identifier: "ShallowQuote" })

/**
 * The decoded form of {@link ShallowQuote}.
 *
 * @since 0.1.0
 */
export interface ShallowQuote extends Schema.Schema.Type<typeof ShallowQuote> {}

/**
 * The JSON form of {@link ShallowQuote}.
 *
 * @since 0.1.0
 */
export interface ShallowQuoteEncoded extends Schema.Schema.Encoded<typeof ShallowQuote> {}

/**
 * Either form, as found in `Status.quote`: a `Quote` when it has `quoted_status`, a
 * `ShallowQuote` when it has `quoted_status_id`.
 *
 * @since 0.1.0
 */
export const QuoteOrShallowQuote = /* @__PURE__ */ Schema.Union(Quote, ShallowQuote).annotations({
  identifier: "QuoteOrShallowQuote"
})

/**
 * @since 0.1.0
 */
export type QuoteOrShallowQuote = Quote | ShallowQuote

/**
 * The JSON form of {@link QuoteOrShallowQuote}.
 *
 * @since 0.1.0
 */
export type QuoteOrShallowQuoteEncoded = QuoteEncoded | ShallowQuoteEncoded
