/**
 * The one home of argument checks. Endpoint declarations describe their query and body with these
 * schemas; `Endpoint.call` encodes the caller's values through them before anything is sent, and a
 * value that does not fit becomes an `InvalidArgument` naming the argument. Schemas here also do
 * the small conversions users expect: a `Date` where an id goes becomes a snowflake id, `"1 day"`
 * where a duration goes becomes seconds.
 *
 * @since 0.1.0
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Snowflake from "@mastodon-effect/core/Snowflake"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * An `InvalidArgument` for an argument.
 *
 * @since 0.1.0
 */
export const invalid = (argument: string, reason: string): MastodonError.InvalidArgument =>
  new MastodonError.InvalidArgument({ argument, reason })

/**
 * Turn a failed encoding of the caller's values into an `InvalidArgument` naming the first
 * offending argument as the server would see it (`limit`, `id[1]`, `fields_attributes[0][name]`).
 *
 * @since 0.1.0
 */
export const fromParseError = (error: ParseResult.ParseError, root?: string): MastodonError.InvalidArgument => {
  const issue = ParseResult.ArrayFormatter.formatErrorSync(error)[0]
  const path = [...(root === undefined ? [] : [root]), ...(issue === undefined ? [] : issue.path.map(String))]
  const argument = path.length === 0 ? "(arguments)" : path[0] + path.slice(1).map((p) => `[${p}]`).join("")
  return invalid(argument, issue?.message ?? error.message)
}

/**
 * Check a value with a schema: the value, or an `InvalidArgument` naming `argument`.
 *
 * @since 0.1.0
 */
export const validate = <A, I>(schema: Schema.Schema<A, I>, argument: string) => {
  const encode = /* @__PURE__ */ Schema.encode(schema)
  return (value: A): Effect.Effect<I, MastodonError.InvalidArgument> =>
    Effect.mapError(encode(value), (e) => fromParseError(e, argument))
}

/**
 * A string that is not empty or blank.
 *
 * @since 0.1.0
 */
export const NonEmptyString = Schema.String.pipe(
  /* @__PURE__ */ Schema.filter((s) => s.trim() !== "" || "an empty string", { identifier: "NonEmptyString" })
)

/**
 * An id as sent in a path or a parameter: any non-empty string (forks use non-numeric ids).
 *
 * @since 0.1.0
 */
export const Id = Schema.String.pipe(/* @__PURE__ */ Schema.filter((s) => s !== "" || "an empty id", { identifier: "Id" }))

/**
 * A list of ids, sent as `id[]=a&id[]=b`.
 *
 * @since 0.1.0
 */
export const Ids = /* @__PURE__ */ Schema.Array(Id)

/**
 * A whole number of at least `minimum` (and at most `maximum`, when given).
 *
 * @since 0.1.0
 */
export const WholeNumber = (minimum: number, maximum?: number) =>
  Schema.Number.pipe(
    /* @__PURE__ */ Schema.filter((n) =>
      (Number.isInteger(n) && n >= minimum && (maximum === undefined || n <= maximum)) ||
      `${n} is not a whole number ${maximum === undefined ? `of at least ${minimum}` : `from ${minimum} to ${maximum}`}`
    )
  )

/**
 * A page size: a whole number of at least 1 (the server caps it at the endpoint's maximum).
 *
 * @since 0.1.0
 */
export const Limit = WholeNumber(1)

/**
 * A moment, as users have them: a `Date` or an Effect `DateTime`.
 *
 * @since 0.1.0
 */
export const Moment = /* @__PURE__ */ Schema.Union(Schema.ValidDateFromSelf, Schema.DateTimeUtcFromSelf, Schema.DateTimeZonedFromSelf)

/**
 * A position for `max_id` / `min_id` / `since_id`: an id, or a moment that becomes a snowflake id
 * (statuses older than a date, say), as Mastodon.py's `dateconv` does.
 *
 * @since 0.1.0
 */
export const Position = /* @__PURE__ */ Schema.transform(Schema.String, /* @__PURE__ */ Schema.Union(Id, Moment), {
  strict: false,
  decode: (s) => s,
  encode: (v) => typeof v === "string" ? v : Snowflake.fromDate(v)
}).annotations({ message: () => "an id, a Date or a DateTime" })

/**
 * A position's type, as callers give it.
 *
 * @since 0.1.0
 */
export type Position = string | Date | DateTime.DateTime

/**
 * What a duration parameter takes: a number of seconds, a `Duration`, or what Effect reads as one
 * (`"1 day"`, `"90 minutes"`).
 *
 * @since 0.1.0
 */
export type DurationInput = number | Duration.Duration | `${number} ${Duration.Unit}`

/**
 * Whole seconds, or none. A fraction is refused rather than rounded: a short positive duration must
 * not round down to 0, which servers read as "forever". An infinite Duration is sent as 0.
 */
const toSeconds = (value: unknown): Option.Option<number> => {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? Option.some(value) : Option.none()
  return Option.flatMap(Duration.decodeUnknown(value), (d) => {
    if (!Duration.isFinite(d)) return Option.some(0)
    const seconds = Duration.toSeconds(d)
    return Number.isInteger(seconds) ? Option.some(seconds) : Option.none()
  })
}

const DurationLike = /* @__PURE__ */ Schema.declare((u: unknown): u is DurationInput => Option.isSome(toSeconds(u)), {
  identifier: "DurationInput",
  message: () => "not a whole number of seconds, a Duration, or text such as \"1 day\""
})

/**
 * A duration sent as a whole number of seconds.
 *
 * @since 0.1.0
 */
export const DurationSeconds = /* @__PURE__ */ Schema.transform(Schema.Number, DurationLike, {
  strict: false,
  decode: (n) => n,
  encode: (d) => Option.getOrElse(toSeconds(d), () => 0)
})

/**
 * A calendar date sent as `YYYY-MM-DD`: such a string, a `Date` (its UTC date) or a `DateTime` (a
 * zoned one gives its local date).
 *
 * @since 0.1.0
 */
export const IsoDate = /* @__PURE__ */ Schema.transform(
  Schema.String,
  /* @__PURE__ */ Schema.Union(
    Schema.String.pipe(/* @__PURE__ */ Schema.pattern(/^\d{4}-\d{2}-\d{2}$/, { message: () => "not a YYYY-MM-DD date" })),
    Moment
  ),
  {
    strict: false,
    decode: (s) => s,
    encode: (v) =>
      typeof v === "string"
        ? v
        : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : DateTime.formatIsoDate(v)
  }
).annotations({ message: () => "not a YYYY-MM-DD date, a Date or a DateTime" })

/**
 * A calendar date's type, as callers give it.
 *
 * @since 0.1.0
 */
export type IsoDate = string | Date | DateTime.DateTime

/**
 * The query of a Link-paginated endpoint: positions and a page size.
 *
 * @since 0.1.0
 */
export const PageQuery = /* @__PURE__ */ Schema.Struct({
  /** Items older than this id (or moment). */
  max_id: /* @__PURE__ */ Schema.optional(Position),
  /** Items newer than this id (or moment), the newest first. */
  since_id: /* @__PURE__ */ Schema.optional(Position),
  /** Items just newer than this id (or moment), the oldest first. */
  min_id: /* @__PURE__ */ Schema.optional(Position),
  /** Items per page; each endpoint has its own default and maximum. */
  limit: /* @__PURE__ */ Schema.optional(Limit)
})

/**
 * The query of an offset-paginated endpoint.
 *
 * @since 0.1.0
 */
export const OffsetQuery = /* @__PURE__ */ Schema.Struct({
  /** Skip this many items. */
  offset: /* @__PURE__ */ Schema.optional(WholeNumber(0)),
  /** Items per page. */
  limit: /* @__PURE__ */ Schema.optional(Limit)
})

/**
 * An id given as the id itself or as an entity that carries it (an `Account`, a `List`): sent as
 * the id.
 *
 * @since 0.1.0
 */
export const IdRef = /* @__PURE__ */ Schema.transform(Schema.String, /* @__PURE__ */ Schema.Union(Id, /* @__PURE__ */ Schema.Struct({ id: Id })), {
  strict: false,
  decode: (s) => s,
  encode: (v) => typeof v === "string" ? v : v.id
}).annotations({ message: () => "an id, or an entity with a non-empty id" })

/**
 * At least one id (or entity): for operations where an empty list would be silently ignored.
 *
 * @since 0.1.0
 */
export const IdRefs = /* @__PURE__ */ Schema.Array(IdRef).pipe(/* @__PURE__ */ Schema.minItems(1, { message: () => "no id given" }))

/**
 * OAuth scopes, as a space-separated string or a list: sent space-separated, duplicates dropped.
 *
 * @since 0.1.0
 */
export const Scopes = /* @__PURE__ */ Schema.transform(Schema.String, /* @__PURE__ */ Schema.Union(Schema.String, /* @__PURE__ */ Schema.Array(Schema.String)), {
  strict: false,
  decode: (s) => s,
  encode: (v) => [...new Set((typeof v === "string" ? v.split(/\s+/) : v).filter((s) => s !== ""))].join(" ")
})

/**
 * Redirect URIs: one, several whitespace-separated, or a list; at least one. Sent newline-separated,
 * which Doorkeeper reads on every version (the array form is Mastodon 4.3+ only).
 *
 * @since 0.1.0
 */
export const RedirectUris = /* @__PURE__ */ Schema.transform(
  Schema.String,
  /* @__PURE__ */ Schema.Union(Schema.String, /* @__PURE__ */ Schema.Array(Schema.String)).pipe(
    /* @__PURE__ */ Schema.filter((v) => splitUris(v).length > 0 || "at least one redirect URI is needed")
  ),
  { strict: false, decode: (s) => s, encode: (v) => splitUris(v).join("\n") }
)

const splitUris = (uris: string | ReadonlyArray<string>) =>
  (typeof uris === "string" ? uris.split(/\s+/) : uris).map((u) => u.trim()).filter((u) => u !== "")
