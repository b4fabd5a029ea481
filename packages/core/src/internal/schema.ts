import * as DateTime from "effect/DateTime"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * A string enum that stays open: the known members are offered to the type checker, yet a member
 * that a newer server (or a fork) invents still decodes instead of failing the whole response.
 */
export const OpenEnum = /* @__NO_SIDE_EFFECTS__ */ <const L extends ReadonlyArray<string>>(
  ...literals: L
): Schema.Schema<L[number] | (string & {}), string> =>
  /* @__PURE__ */ Schema.Union(/* @__PURE__ */ Schema.Literal(...literals), Schema.String).annotations({
    description: `one of ${literals.map((l) => JSON.stringify(l)).join(", ")}, or a value added by a newer server`
  })

/** An optional field that some servers omit and others send as `null`; both decode to absent/null. */
export const optionalNullable = /* @__NO_SIDE_EFFECTS__ */ <S extends Schema.Schema.Any>(schema: S) => Schema.optional(Schema.NullOr(schema))

/**
 * A timestamp as Mastodon sends it: ISO 8601 with time (`2017-02-08T02:00:53.274Z`) or a date only
 * (`2019-11-17`, as in `last_status_at`). Both decode to a `DateTime.Utc`.
 */
export const Timestamp: Schema.Schema<DateTime.Utc, string> = Schema.DateTimeUtc

/**
 * A date-only field such as `last_status_at`. It decodes to midnight UTC of that day and encodes
 * back to `YYYY-MM-DD`, so a round trip does not turn a date into a datetime.
 */
export const DateOnly: Schema.Schema<DateTime.Utc, string> = /* @__PURE__ */ Schema.transformOrFail(
  Schema.String,
  Schema.DateTimeUtcFromSelf,
  {
    strict: true,
    decode: (s, _, ast) =>
      DateTime.make(s.length === 10 ? `${s}T00:00:00.000Z` : s).pipe(
        (o) => o._tag === "Some" ? ParseResult.succeed(o.value) : ParseResult.fail(new ParseResult.Type(ast, s, "not a date"))
      ),
    encode: (d) => ParseResult.succeed(DateTime.formatIso(d).slice(0, 10))
  }
).annotations({ identifier: "DateOnly" })

/** Unix seconds (Token.created_at), decoded to a `DateTime.Utc`. */
export const UnixSeconds: Schema.Schema<DateTime.Utc, number> = /* @__PURE__ */ Schema.transform(
  Schema.Number,
  Schema.DateTimeUtcFromSelf,
  {
    strict: true,
    decode: (n) => DateTime.unsafeMake(n * 1000),
    encode: (d) => Math.floor(DateTime.toEpochMillis(d) / 1000)
  }
).annotations({ identifier: "UnixSeconds" })
