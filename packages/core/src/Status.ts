/**
 * Statuses (posts) and what they embed: mentions, hashtags, filter results, and through other
 * modules the author `Account`, media, poll, preview card, application and quote.
 *
 * See the Mastodon docs, entities/Status.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Application from "./Application.js"
import * as CustomEmoji from "./CustomEmoji.js"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"
import * as MediaAttachment from "./MediaAttachment.js"
import * as Poll from "./Poll.js"
import * as PreviewCard from "./PreviewCard.js"
// Status and Quote refer to each other; each only reaches the other inside `Schema.suspend`.
import * as Quote from "./Quote.js"
import * as QuoteApproval from "./QuoteApproval.js"

/**
 * Who can see a status.
 *
 * @since 0.1.0
 */
export const Visibility = OpenEnum("public", "unlisted", "private", "direct")

/**
 * @since 0.1.0
 */
export type Visibility = typeof Visibility.Type

/**
 * An account mentioned in a status.
 *
 * See the Mastodon docs, entities/Status (Status::Mention).
 *
 * @since 0.1.0
 */
export const Mention = /* @__PURE__ */ Schema.Struct({
  /** The mentioned account's id. */
  id: Id.AccountId,
  /** Its username, without domain. */
  username: Schema.String,
  /** Its profile page. */
  url: Schema.String,
  /** `username` for local accounts, `username@domain` for remote ones. */
  acct: Schema.String
}).annotations({ identifier: "Mention" })

/**
 * The decoded form of {@link Mention}.
 *
 * @since 0.1.0
 */
export interface Mention extends Schema.Schema.Type<typeof Mention> {}

/**
 * A hashtag used in a status: just its name and link.
 *
 * See the Mastodon docs, entities/Status (Status::Tag).
 *
 * @since 0.1.0
 */
export const StatusTag = /* @__PURE__ */ Schema.Struct({
  /** The tag, without the `#`. */
  name: Schema.String,
  /** The tag's page on this server. */
  url: Schema.String
}).annotations({ identifier: "StatusTag" })

/**
 * The decoded form of {@link StatusTag}.
 *
 * @since 0.1.0
 */
export interface StatusTag extends Schema.Schema.Type<typeof StatusTag> {}

/**
 * The filter that matched a status, as embedded in a `FilterResult` (without its keywords and
 * statuses). See the Mastodon docs, entities/Filter.
 *
 * @since 0.1.0
 */
export const MatchedFilter = /* @__PURE__ */ Schema.Struct({
  /** The filter's id. */
  id: Id.FilterId,
  /** The filter's name. */
  title: Schema.String,
  /** Where the filter applies. */
  context: /* @__PURE__ */ Schema.Array(OpenEnum("home", "notifications", "public", "thread", "account")),
  /** When the filter stops applying, or null when it does not. */
  expires_at: /* @__PURE__ */ Schema.NullOr(Timestamp),
  /** What to do with a match; treat unknown actions as `warn`. */
  filter_action: OpenEnum("warn", "hide", "blur")
}).annotations({ identifier: "MatchedFilter" })

/**
 * The decoded form of {@link MatchedFilter}.
 *
 * @since 0.1.0
 */
export interface MatchedFilter extends Schema.Schema.Type<typeof MatchedFilter> {}

/**
 * A filter that matched a status, with what matched (Mastodon 4.0).
 *
 * See the Mastodon docs, entities/FilterResult.
 *
 * @since 0.1.0
 */
export const FilterResult = /* @__PURE__ */ Schema.Struct({
  /** The filter. */
  filter: MatchedFilter,
  /** The keywords that matched, or null. */
  keyword_matches: optionalNullable(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** The status ids that matched, or null. */
  status_matches: optionalNullable(/* @__PURE__ */ Schema.Array(Schema.String))
}).annotations({ identifier: "FilterResult" })

/**
 * The decoded form of {@link FilterResult}.
 *
 * @since 0.1.0
 */
export interface FilterResult extends Schema.Schema.Type<typeof FilterResult> {}

const statusFields = {
  /** The status' id. */
  id: Id.StatusId,
  /** The ActivityPub id of the status. */
  uri: Schema.String,
  /** When the status was posted. */
  created_at: Timestamp,
  /** The author. */
  account: Account.Account,
  /** The content, as HTML. */
  content: Schema.String,
  /** Who can see the status (0.9.9; `public` when a server before it leaves it out). */
  visibility: /* @__PURE__ */ Schema.optionalWith(Visibility, { default: () => "public" }),
  /** Whether the status is marked sensitive (0.9.9; `false` when left out). */
  sensitive: /* @__PURE__ */ Schema.optionalWith(Schema.Boolean, { default: () => false }),
  /** The content warning; empty when none (1.0; empty when left out). */
  spoiler_text: /* @__PURE__ */ Schema.optionalWith(Schema.String, { default: () => "" }),
  /** Attached media (0.6; empty when left out). */
  media_attachments: /* @__PURE__ */ Schema.optionalWith(/* @__PURE__ */ Schema.Array(MediaAttachment.MediaAttachment), { default: () => [] }),
  /** The application used to post (only `name` and `website`); shown for your own statuses. */
  application: optionalNullable(Application.Application),
  /** Mentioned accounts (0.6; empty when left out). */
  mentions: /* @__PURE__ */ Schema.optionalWith(/* @__PURE__ */ Schema.Array(Mention), { default: () => [] }),
  /** Hashtags used (0.6; empty when left out). */
  tags: /* @__PURE__ */ Schema.optionalWith(/* @__PURE__ */ Schema.Array(StatusTag), { default: () => [] }),
  /** Custom emoji used in the content and content warning (2.0; empty when left out). */
  emojis: /* @__PURE__ */ Schema.optionalWith(/* @__PURE__ */ Schema.Array(CustomEmoji.CustomEmoji), { default: () => [] }),
  /** Number of boosts. */
  reblogs_count: Schema.Int,
  /** Number of favourites. */
  favourites_count: Schema.Int,
  /** Number of accepted quotes (4.5). */
  quotes_count: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** Number of replies (2.5; absent from older servers, which did not count them). */
  replies_count: /* @__PURE__ */ Schema.optional(Schema.Int),
  /** The status' web page, or null. */
  url: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** The id of the status replied to, or null. */
  in_reply_to_id: /* @__PURE__ */ Schema.NullOr(Id.StatusId),
  /** The id of the account replied to, or null. */
  in_reply_to_account_id: /* @__PURE__ */ Schema.NullOr(Id.AccountId),
  /** The attached poll, or null. */
  poll: optionalNullable(Poll.Poll),
  /** The preview of the first link, or null. */
  card: optionalNullable(PreviewCard.PreviewCard),
  /** The main language (ISO 639-1), or null. */
  language: optionalNullable(Schema.String),
  /** The plain-text source; sent instead of `content` when the status was just deleted. */
  text: optionalNullable(Schema.String),
  /** When the status was last edited, or null (3.5). */
  edited_at: optionalNullable(Timestamp),
  /** Who may quote the status, and how that applies to you (4.5). */
  quote_approval: /* @__PURE__ */ Schema.optional(QuoteApproval.QuoteApproval),
  /** Whether you favourited it. */
  favourited: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether you boosted it. */
  reblogged: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether you muted its conversation. */
  muted: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether you bookmarked it. */
  bookmarked: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Whether you pinned it; present only when it can be pinned. */
  pinned: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  /** Your filters that matched it (4.0). */
  filtered: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(FilterResult)),
  /** Collections linked from the content (4.6), left undecoded. */
  tagged_collections: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.Unknown))
}

/**
 * The decoded form of {@link Status}.
 *
 * @since 0.1.0
 */
export interface Status extends Schema.Struct.Type<typeof statusFields> {
  /** The boosted status when this one is a boost, else null. */
  readonly reblog: Status | null
  /** The quoted status, if any (4.4). */
  readonly quote?: Quote.QuoteOrShallowQuote | null | undefined
}

/**
 * The JSON form of {@link Status}.
 *
 * @since 0.1.0
 */
export interface StatusEncoded extends Schema.Struct.Encoded<typeof statusFields> {
  readonly reblog: StatusEncoded | null
  readonly quote?: Quote.QuoteOrShallowQuoteEncoded | null | undefined
}

/**
 * A status (post).
 *
 * Required on the wire are the fields of the first status endpoints (0.1); every field added later,
 * fields only sent with a user token, and fields forks leave out are optional. Of the later ones,
 * lists decode to empty arrays when absent, `visibility` to `public`, `sensitive` to `false` and
 * `spoiler_text` to the empty string (what a server without the feature meant); counts such as
 * `replies_count` (2.5) stay absent, since zero would be a guess. `reblog` is a `Status` itself, and `quote`
 * is a `Quote` or a `ShallowQuote`. Unknown `visibility` values (such as Akkoma's `local`) decode.
 * See the Mastodon docs, entities/Status.
 *
 * @since 0.1.0
 */
export const Status: Schema.Struct<
  typeof statusFields & {
    reblog: Schema.NullOr<Schema.suspend<Status, StatusEncoded, never>>
    quote: Schema.optional<
      Schema.NullOr<Schema.suspend<Quote.QuoteOrShallowQuote, Quote.QuoteOrShallowQuoteEncoded, never>>
    >
  }
> = /* @__PURE__ */ Schema.Struct({
  ...statusFields,
  reblog: /* @__PURE__ */ Schema.NullOr(/* @__PURE__ */ Schema.suspend((): Schema.Schema<Status, StatusEncoded> => Status)),
  quote: optionalNullable(
    /* @__PURE__ */ Schema.suspend(
      (): Schema.Schema<Quote.QuoteOrShallowQuote, Quote.QuoteOrShallowQuoteEncoded> => Quote.QuoteOrShallowQuote
    )
  )
}).annotations({ identifier: "Status" })
