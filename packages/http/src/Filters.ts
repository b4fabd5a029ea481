/**
 * Content filters: the v2 filters of Mastodon 4.0 with their keywords and statuses, the deprecated
 * v1 filters (one phrase each), and {@link actionFor}, which tells what a status' `filtered`
 * results mean where it is shown. See the Mastodon docs, methods/filters.
 *
 * @since 0.1.0
 */
import * as Filter from "@mastodon-effect/core/Filter"
import * as Id from "@mastodon-effect/core/Id"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

/** The contexts a filter applies in: at least one. */
const Contexts = /* @__PURE__ */ Schema.Array(Schema.String).pipe(/* @__PURE__ */ Schema.minItems(1, { message: () => "no context given" }))

/** A keyword as `keywords_attributes[][keyword]` etc. reads it. */
const KeywordAttributes = /* @__PURE__ */ Schema.Struct({
  id: /* @__PURE__ */ Schema.optional(Argument.Id),
  keyword: /* @__PURE__ */ Schema.optional(Argument.NonEmptyString),
  whole_word: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  _destroy: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

const FilterBody = /* @__PURE__ */ Schema.Struct({
  title: /* @__PURE__ */ Schema.optional(Argument.NonEmptyString),
  context: /* @__PURE__ */ Schema.optional(Contexts),
  filter_action: /* @__PURE__ */ Schema.optional(Schema.String),
  expires_in: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Union(Argument.DurationSeconds, /* @__PURE__ */ Schema.Literal(""))),
  keywords_attributes: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(KeywordAttributes))
})

const CreateFilterBody = /* @__PURE__ */ Schema.Struct({
  ...FilterBody.fields,
  title: Argument.NonEmptyString,
  context: Contexts
})

const KeywordBody = /* @__PURE__ */ Schema.Struct({
  keyword: Argument.NonEmptyString,
  whole_word: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

const KeywordUpdateBody = /* @__PURE__ */ Schema.Struct({
  keyword: /* @__PURE__ */ Schema.optional(Argument.NonEmptyString),
  whole_word: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

const StatusBody = /* @__PURE__ */ Schema.Struct({ status_id: Argument.IdRef })

const V1Body = /* @__PURE__ */ Schema.Struct({
  phrase: Argument.NonEmptyString,
  context: Contexts,
  irreversible: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  whole_word: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  expires_in: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Union(Argument.DurationSeconds, /* @__PURE__ */ Schema.Literal("")))
})

const read = ["read:filters"] as const
const write = ["write:filters"] as const

/** The declaration behind {@link list}: `GET /api/v2/filters`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.list",
  method: "GET",
  path: "/api/v2/filters",
  response: /* @__PURE__ */ Schema.Array(Filter.Filter),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link get}: `GET /api/v2/filters/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.get",
  method: "GET",
  path: "/api/v2/filters/:id",
  response: Filter.Filter,
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link create}: `POST /api/v2/filters`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.create",
  method: "POST",
  path: "/api/v2/filters",
  body: CreateFilterBody,
  response: Filter.Filter,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0", changed: "4.4.0" }
})

/** The declaration behind {@link update}: `PUT /api/v2/filters/:id`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.update",
  method: "PUT",
  path: "/api/v2/filters/:id",
  body: FilterBody,
  response: Filter.Filter,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0", changed: "4.4.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v2/filters/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.remove",
  method: "DELETE",
  path: "/api/v2/filters/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link keywords}: `GET /api/v2/filters/:filter_id/keywords`. @since 0.1.0 */
export const keywordsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.keywords",
  method: "GET",
  path: "/api/v2/filters/:filter_id/keywords",
  response: /* @__PURE__ */ Schema.Array(Filter.FilterKeyword),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link addKeyword}: `POST /api/v2/filters/:filter_id/keywords`. @since 0.1.0 */
export const addKeywordEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.addKeyword",
  method: "POST",
  path: "/api/v2/filters/:filter_id/keywords",
  body: KeywordBody,
  response: Filter.FilterKeyword,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link keyword}: `GET /api/v2/filters/keywords/:id`. @since 0.1.0 */
export const keywordEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.keyword",
  method: "GET",
  path: "/api/v2/filters/keywords/:id",
  response: Filter.FilterKeyword,
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link updateKeyword}: `PUT /api/v2/filters/keywords/:id`. @since 0.1.0 */
export const updateKeywordEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.updateKeyword",
  method: "PUT",
  path: "/api/v2/filters/keywords/:id",
  body: KeywordUpdateBody,
  response: Filter.FilterKeyword,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link removeKeyword}: `DELETE /api/v2/filters/keywords/:id`. @since 0.1.0 */
export const removeKeywordEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.removeKeyword",
  method: "DELETE",
  path: "/api/v2/filters/keywords/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link statuses}: `GET /api/v2/filters/:filter_id/statuses`. @since 0.1.0 */
export const statusesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.statuses",
  method: "GET",
  path: "/api/v2/filters/:filter_id/statuses",
  response: /* @__PURE__ */ Schema.Array(Filter.FilterStatus),
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link addStatus}: `POST /api/v2/filters/:filter_id/statuses`. @since 0.1.0 */
export const addStatusEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.addStatus",
  method: "POST",
  path: "/api/v2/filters/:filter_id/statuses",
  body: StatusBody,
  response: Filter.FilterStatus,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link status}: `GET /api/v2/filters/statuses/:id`. @since 0.1.0 */
export const statusEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.status",
  method: "GET",
  path: "/api/v2/filters/statuses/:id",
  response: Filter.FilterStatus,
  auth: "user",
  scopes: read,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link removeStatus}: `DELETE /api/v2/filters/statuses/:id`. @since 0.1.0 */
export const removeStatusEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.removeStatus",
  method: "DELETE",
  path: "/api/v2/filters/statuses/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link listV1}: `GET /api/v1/filters` (deprecated). @since 0.1.0 */
export const listV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.listV1",
  method: "GET",
  path: "/api/v1/filters",
  response: /* @__PURE__ */ Schema.Array(Filter.FilterV1),
  auth: "user",
  scopes: read,
  versions: { added: "2.4.3" },
  deprecated: true
})

/** The declaration behind {@link getV1}: `GET /api/v1/filters/:id` (deprecated). @since 0.1.0 */
export const getV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.getV1",
  method: "GET",
  path: "/api/v1/filters/:id",
  response: Filter.FilterV1,
  auth: "user",
  scopes: read,
  versions: { added: "2.4.3" },
  deprecated: true
})

/** The declaration behind {@link createV1}: `POST /api/v1/filters` (deprecated). @since 0.1.0 */
export const createV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.createV1",
  method: "POST",
  path: "/api/v1/filters",
  body: V1Body,
  response: Filter.FilterV1,
  auth: "user",
  scopes: write,
  versions: { added: "2.4.3", changed: "3.1.0" },
  deprecated: true
})

/** The declaration behind {@link updateV1}: `PUT /api/v1/filters/:id` (deprecated). @since 0.1.0 */
export const updateV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.updateV1",
  method: "PUT",
  path: "/api/v1/filters/:id",
  body: V1Body,
  response: Filter.FilterV1,
  auth: "user",
  scopes: write,
  versions: { added: "2.4.3", changed: "3.1.0" },
  deprecated: true
})

/** The declaration behind {@link removeV1}: `DELETE /api/v1/filters/:id` (deprecated). @since 0.1.0 */
export const removeV1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "filters.removeV1",
  method: "DELETE",
  path: "/api/v1/filters/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: { added: "2.4.3" },
  deprecated: true
})

/**
 * A keyword of a new or changed filter: a new one (`keyword`, `whole_word`), a change to an
 * existing one (`id` with the new values), or its removal (`id` with `_destroy: true`).
 *
 * @since 0.1.0
 */
export interface KeywordAttributes {
  readonly id?: Id.FilterKeywordId | undefined
  readonly keyword?: string | undefined
  readonly whole_word?: boolean | undefined
  readonly _destroy?: boolean | undefined
}

/**
 * The fields of a v2 filter. `expires_in` takes seconds, a `Duration` or text such as `"1 day"`;
 * `""` clears the expiry of an existing filter.
 *
 * @since 0.1.0
 */
export interface FilterParams {
  readonly title: string
  /** `home`, `notifications`, `public`, `thread`, `account`: at least one. */
  readonly context: ReadonlyArray<Filter.FilterContext>
  /** `warn` (the default), `hide` or `blur` (4.4). */
  readonly filter_action?: Filter.FilterAction | undefined
  readonly expires_in?: Argument.DurationInput | "" | undefined
  /** Sent as `keywords_attributes[][keyword]`, `keywords_attributes[][whole_word]`, ... */
  readonly keywords_attributes?: ReadonlyArray<KeywordAttributes> | undefined
}

/**
 * The filters of the signed-in user, with their keywords and statuses.
 *
 * @since 0.1.0
 */
export const list = (): Endpoint.Call<ReadonlyArray<Filter.Filter>> => Endpoint.call(listEndpoint)

/**
 * One filter by id; `NotFound` when it is not the user's.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.FilterId>): Endpoint.Call<Filter.Filter> => Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Create a filter. A blank title or an empty context is refused before sending.
 *
 * @example
 * import { Filters } from "@mastodon-effect/http"
 * const spoilers = Filters.create({
 *   title: "Spoilers",
 *   context: ["home", "public"],
 *   filter_action: "warn",
 *   expires_in: "7 days",
 *   keywords_attributes: [{ keyword: "finale", whole_word: true }]
 * })
 *
 * @since 0.1.0
 */
export const create = (params: FilterParams, options?: { readonly idempotencyKey?: string }): Endpoint.Call<Filter.Filter> =>
  Endpoint.call(createEndpoint, { body: params, idempotencyKey: options?.idempotencyKey })

/**
 * Change a filter; only the fields given change. Keywords are added, changed or removed through
 * `keywords_attributes` (see {@link KeywordAttributes}).
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.FilterId>, params: Partial<FilterParams>): Endpoint.Call<Filter.Filter> =>
  Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Delete a filter with its keywords and statuses.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.FilterId>): Endpoint.Call<unknown> => Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } })

/**
 * The keywords of a filter.
 *
 * @since 0.1.0
 */
export const keywords = (filter: Id.IdOrEntity<Id.FilterId>): Endpoint.Call<ReadonlyArray<Filter.FilterKeyword>> =>
  Endpoint.call(keywordsEndpoint, { path: { filter_id: Id.idOf(filter) } })

/**
 * Add a keyword to a filter.
 *
 * @since 0.1.0
 */
export const addKeyword = (
  filter: Id.IdOrEntity<Id.FilterId>,
  params: { readonly keyword: string; readonly whole_word?: boolean | undefined }
): Endpoint.Call<Filter.FilterKeyword> => Endpoint.call(addKeywordEndpoint, { path: { filter_id: Id.idOf(filter) }, body: params })

/**
 * One keyword by id.
 *
 * @since 0.1.0
 */
export const keyword = (id: Id.IdOrEntity<Id.FilterKeywordId>): Endpoint.Call<Filter.FilterKeyword> =>
  Endpoint.call(keywordEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Change a keyword.
 *
 * @since 0.1.0
 */
export const updateKeyword = (
  id: Id.IdOrEntity<Id.FilterKeywordId>,
  params: { readonly keyword?: string | undefined; readonly whole_word?: boolean | undefined }
): Endpoint.Call<Filter.FilterKeyword> => Endpoint.call(updateKeywordEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Remove a keyword from its filter.
 *
 * @since 0.1.0
 */
export const removeKeyword = (id: Id.IdOrEntity<Id.FilterKeywordId>): Endpoint.Call<unknown> =>
  Endpoint.call(removeKeywordEndpoint, { path: { id: Id.idOf(id) } })

/**
 * The statuses a filter matches by id.
 *
 * @since 0.1.0
 */
export const statuses = (filter: Id.IdOrEntity<Id.FilterId>): Endpoint.Call<ReadonlyArray<Filter.FilterStatus>> =>
  Endpoint.call(statusesEndpoint, { path: { filter_id: Id.idOf(filter) } })

/**
 * Make a filter match one status (a status id, or the status itself).
 *
 * @since 0.1.0
 */
export const addStatus = (filter: Id.IdOrEntity<Id.FilterId>, status: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Filter.FilterStatus> =>
  Endpoint.call(addStatusEndpoint, { path: { filter_id: Id.idOf(filter) }, body: { status_id: status } })

/**
 * One filter status entry by its own id (not the status id).
 *
 * @since 0.1.0
 */
export const status = (id: Id.IdOrEntity<Id.FilterStatusId>): Endpoint.Call<Filter.FilterStatus> =>
  Endpoint.call(statusEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Remove a status from its filter (by the entry's id).
 *
 * @since 0.1.0
 */
export const removeStatus = (id: Id.IdOrEntity<Id.FilterStatusId>): Endpoint.Call<unknown> =>
  Endpoint.call(removeStatusEndpoint, { path: { id: Id.idOf(id) } })

/**
 * The fields of a v1 filter.
 *
 * @since 0.1.0
 */
export interface FilterV1Params {
  readonly phrase: string
  readonly context: ReadonlyArray<Filter.FilterContext>
  readonly irreversible?: boolean | undefined
  readonly whole_word?: boolean | undefined
  readonly expires_in?: Argument.DurationInput | "" | undefined
}

/**
 * The v1 filters (deprecated since 4.0: on 4.x each is one keyword of a v2 filter).
 *
 * @deprecated Use {@link list} on Mastodon 4.0 and later.
 * @since 0.1.0
 */
export const listV1 = (): Endpoint.Call<ReadonlyArray<Filter.FilterV1>> => Endpoint.call(listV1Endpoint)

/**
 * One v1 filter.
 *
 * @deprecated Use {@link get} on Mastodon 4.0 and later.
 * @since 0.1.0
 */
export const getV1 = (id: string): Endpoint.Call<Filter.FilterV1> => Endpoint.call(getV1Endpoint, { path: { id } })

/**
 * Create a v1 filter (on 4.x, a v2 filter with one keyword titled with the phrase).
 *
 * @deprecated Use {@link create} on Mastodon 4.0 and later.
 * @since 0.1.0
 */
export const createV1 = (params: FilterV1Params): Endpoint.Call<Filter.FilterV1> => Endpoint.call(createV1Endpoint, { body: params })

/**
 * Replace a v1 filter.
 *
 * @deprecated Use {@link update} or {@link updateKeyword} on Mastodon 4.0 and later.
 * @since 0.1.0
 */
export const updateV1 = (id: string, params: FilterV1Params): Endpoint.Call<Filter.FilterV1> =>
  Endpoint.call(updateV1Endpoint, { path: { id }, body: params })

/**
 * Delete a v1 filter (on 4.x, only its keyword).
 *
 * @deprecated Use {@link remove} or {@link removeKeyword} on Mastodon 4.0 and later.
 * @since 0.1.0
 */
export const removeV1 = (id: string): Endpoint.Call<unknown> => Endpoint.call(removeV1Endpoint, { path: { id } })

/**
 * What the user's filters do to a status where it is shown: hidden (leave it out), warned (show it
 * behind a warning naming {@link Visibility.filters}), blurred (hide its media) or shown.
 *
 * @since 0.1.0
 */
export type Visibility =
  | { readonly _tag: "Shown" }
  | { readonly _tag: "Hidden"; readonly filters: ReadonlyArray<Filter.FilterResult> }
  | { readonly _tag: "Warned"; readonly filters: ReadonlyArray<Filter.FilterResult> }
  | { readonly _tag: "Blurred"; readonly filters: ReadonlyArray<Filter.FilterResult> }

/**
 * Whether a status is hidden, warned or blurred in a context, from its `filtered` results (the
 * strongest action of the filters that apply there wins), with the filters to name in a warning.
 * A boost is judged by the boosted status' results, which is where servers put them.
 *
 * @example
 * import { Filters } from "@mastodon-effect/http"
 * declare const status: import("@mastodon-effect/core/Status").Status
 * const shown = Filters.actionFor(status, "home")
 * if (shown._tag === "Warned") console.log(`Filtered: ${shown.filters.map((r) => r.filter.title).join(", ")}`)
 *
 * @since 0.1.0
 */
export const actionFor = (
  status: {
    readonly filtered?: ReadonlyArray<Filter.FilterResult> | undefined
    readonly reblog?: { readonly filtered?: ReadonlyArray<Filter.FilterResult> | undefined } | null | undefined
  },
  context: Filter.FilterContext
): Visibility => {
  const own = Filter.resultsFor(status, context)
  const subject = own.length === 0 && status.reblog != null ? status.reblog : status
  const filters = Filter.resultsFor(subject, context)
  return Option.match(Filter.actionFor(subject, context), {
    onNone: (): Visibility => ({ _tag: "Shown" }),
    onSome: (action): Visibility =>
      action === "hide" ? { _tag: "Hidden", filters } : action === "blur" ? { _tag: "Blurred", filters } : { _tag: "Warned", filters }
  })
}

/**
 * The statuses of a list that are not hidden in a context (a client-side pass for servers that
 * left a `hide` match in, as Mastodon does outside the home timeline and notifications).
 *
 * @since 0.1.0
 */
export const visibleIn = <S extends Parameters<typeof actionFor>[0]>(statuses: ReadonlyArray<S>, context: Filter.FilterContext): ReadonlyArray<S> =>
  statuses.filter((s) => actionFor(s, context)._tag !== "Hidden")
