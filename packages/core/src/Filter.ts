/**
 * Content filters: the v2 `Filter` with its keywords and statuses (Mastodon 4.0), the deprecated
 * v1 filter (`FilterV1`), and a helper that tells what a status' filter results mean for a
 * given context.
 *
 * See the Mastodon docs, entities/Filter, entities/FilterKeyword, entities/FilterStatus,
 * entities/FilterResult and entities/V1_Filter.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"
import * as Status from "./Status.js"

/**
 * Where a filter applies: `home` (home timeline and lists), `notifications`, `public`
 * timelines, `thread` (a status' context) and `account` (a profile, 3.1).
 *
 * @since 0.1.0
 */
export const FilterContext = /* @__PURE__ */ OpenEnum("home", "notifications", "public", "thread", "account")

/**
 * @since 0.1.0
 */
export type FilterContext = typeof FilterContext.Type

/**
 * What a match does: `warn` (hide behind a warning naming the filter), `hide` (leave the status
 * out) or `blur` (hide only its media behind a warning, 4.4). Unknown actions mean `warn`.
 *
 * @since 0.1.0
 */
export const FilterAction = /* @__PURE__ */ OpenEnum("warn", "hide", "blur")

/**
 * @since 0.1.0
 */
export type FilterAction = typeof FilterAction.Type

/**
 * A keyword of a filter.
 *
 * See the Mastodon docs, entities/FilterKeyword.
 *
 * @since 0.1.0
 */
export const FilterKeyword = /* @__PURE__ */ Schema.Struct({
  /** The keyword's id. */
  id: Id.FilterKeywordId,
  /** The phrase to match. */
  keyword: Schema.String,
  /** Whether only whole words match. */
  whole_word: Schema.Boolean
}).annotations({ identifier: "FilterKeyword" })

/**
 * The decoded form of {@link FilterKeyword}.
 *
 * @since 0.1.0
 */
export interface FilterKeyword extends Schema.Schema.Type<typeof FilterKeyword> {}

/**
 * The JSON form of {@link FilterKeyword}.
 *
 * @since 0.1.0
 */
export interface FilterKeywordEncoded extends Schema.Schema.Encoded<typeof FilterKeyword> {}

/**
 * A status a filter matches by id.
 *
 * See the Mastodon docs, entities/FilterStatus.
 *
 * @since 0.1.0
 */
export const FilterStatus = /* @__PURE__ */ Schema.Struct({
  /** The entry's own id (what the filter status endpoints take). */
  id: Id.FilterStatusId,
  /** The filtered status. */
  status_id: Id.StatusId
}).annotations({ identifier: "FilterStatus" })

/**
 * The decoded form of {@link FilterStatus}.
 *
 * @since 0.1.0
 */
export interface FilterStatus extends Schema.Schema.Type<typeof FilterStatus> {}

/**
 * The JSON form of {@link FilterStatus}.
 *
 * @since 0.1.0
 */
export interface FilterStatusEncoded extends Schema.Schema.Encoded<typeof FilterStatus> {}

/**
 * A filter (v2, Mastodon 4.0): a name, where it applies, what it does, and what it matches.
 *
 * `keywords` and `statuses` are left out when the filter is embedded in a `FilterResult`, so they
 * are optional. See the Mastodon docs, entities/Filter.
 *
 * @since 0.1.0
 */
export const Filter = /* @__PURE__ */ Schema.Struct({
  /** The filter's id. */
  id: Id.FilterId,
  /** The name the user gave it. */
  title: Schema.String,
  /** Where it applies. */
  context: /* @__PURE__ */ Schema.Array(FilterContext),
  /** When it stops applying, or null when it does not expire. */
  expires_at: /* @__PURE__ */ Schema.NullOr(Timestamp),
  /** What a match does. */
  filter_action: FilterAction,
  /** The keywords it matches. */
  keywords: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(FilterKeyword)),
  /** The statuses it matches. */
  statuses: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(FilterStatus))
}).annotations({ identifier: "Filter" })

/**
 * The decoded form of {@link Filter}.
 *
 * @since 0.1.0
 */
export interface Filter extends Schema.Schema.Type<typeof Filter> {}

/**
 * The JSON form of {@link Filter}.
 *
 * @since 0.1.0
 */
export interface FilterEncoded extends Schema.Schema.Encoded<typeof Filter> {}

/**
 * A filter that matched a status, as found in `Status.filtered`. It is defined in the `Status`
 * module, which embeds it, and offered here too.
 *
 * See the Mastodon docs, entities/FilterResult.
 *
 * @since 0.1.0
 */
export const FilterResult = Status.FilterResult

/**
 * The decoded form of {@link FilterResult}.
 *
 * @since 0.1.0
 */
export type FilterResult = Status.FilterResult

/**
 * A filter of the deprecated v1 API (Mastodon 2.4.3): one phrase per filter.
 *
 * Mastodon 4.0 serves these from v2 filters (one v1 filter per keyword). See the Mastodon docs,
 * entities/V1_Filter.
 *
 * @since 0.1.0
 */
export const FilterV1 = /* @__PURE__ */ Schema.Struct({
  /** The filter's id (on Mastodon 4.x, the id of the v2 keyword). */
  id: Schema.String,
  /** The text to filter. */
  phrase: Schema.String,
  /** Where it applies. */
  context: /* @__PURE__ */ Schema.Array(FilterContext),
  /** When it stops applying, or null when it does not expire. */
  expires_at: optionalNullable(Timestamp),
  /** Whether the server drops matches from home and notifications instead of hiding them. */
  irreversible: Schema.Boolean,
  /** Whether only whole words match. */
  whole_word: Schema.Boolean
}).annotations({ identifier: "FilterV1" })

/**
 * The decoded form of {@link FilterV1}.
 *
 * @since 0.1.0
 */
export interface FilterV1 extends Schema.Schema.Type<typeof FilterV1> {}

/**
 * The JSON form of {@link FilterV1}.
 *
 * @since 0.1.0
 */
export interface FilterV1Encoded extends Schema.Schema.Encoded<typeof FilterV1> {}

/** The strength of each known action; an unknown action counts as `warn`, as the docs ask. */
const strength = (action: string): number => action === "hide" ? 3 : action === "blur" ? 1 : 2

/**
 * What a status' filter results mean in one context: `hide` (leave it out), `warn` (show it
 * behind a warning naming the filters) or `blur` (hide its media behind a warning), or `None`
 * when no filter applies there. When several filters match, the strongest action wins
 * (`hide`, then `warn`, then `blur`); an unknown action counts as `warn`.
 *
 * The server only sends filters that are in force, so expiry is not checked again here.
 *
 * @example
 * import { Filter } from "@mastodon-effect/core"
 * import * as Option from "effect/Option"
 * declare const status: { readonly filtered?: ReadonlyArray<Filter.FilterResult> | undefined }
 * const action = Filter.actionFor(status, "home")
 * if (Option.contains(action, "hide")) {
 *   // leave the status out of the home timeline
 * }
 *
 * @since 0.1.0
 */
export const actionFor = (
  status: { readonly filtered?: ReadonlyArray<Status.FilterResult> | undefined },
  context: FilterContext
): Option.Option<"hide" | "warn" | "blur"> => {
  let best: "hide" | "warn" | "blur" | undefined
  for (const result of status.filtered ?? []) {
    if (!result.filter.context.includes(context)) continue
    const action = result.filter.filter_action
    const known: "hide" | "warn" | "blur" = action === "hide" ? "hide" : action === "blur" ? "blur" : "warn"
    if (best === undefined || strength(known) > strength(best)) best = known
  }
  return Option.fromNullable(best)
}

/**
 * The filter results of a status that apply in one context, for naming the filters in a
 * warning.
 *
 * @since 0.1.0
 */
export const resultsFor = (
  status: { readonly filtered?: ReadonlyArray<Status.FilterResult> | undefined },
  context: FilterContext
): ReadonlyArray<Status.FilterResult> =>
  (status.filtered ?? []).filter((result) => result.filter.context.includes(context))
