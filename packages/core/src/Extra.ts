/**
 * Fields the schemas do not know yet. The http client decodes responses with
 * `onExcessProperty: "preserve"`, so a field a newer server (or a fork) adds stays on the decoded
 * object at run time; these helpers read it, untyped or through a schema of your own.
 *
 * For a field you use often, extend the entity's schema instead:
 * `Schema.extend(Account.Account, Schema.Struct({ my_field: Schema.String }))`.
 *
 * @since 0.1.0
 */
import type * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * The raw value of a field, known to the schema or not; `None` when the object lacks it.
 *
 * @example
 * import { Extra } from "@mastodon-effect/core"
 * declare const account: object
 * Extra.field(account, "fork_specific_flag") // Option<unknown>
 *
 * @since 0.1.0
 */
export const field = (entity: object, name: string): Option.Option<unknown> =>
  Object.prototype.hasOwnProperty.call(entity, name)
    ? Option.some((entity as Record<string, unknown>)[name])
    : Option.none()

/**
 * A field decoded with a schema of your choice: `Left` with the parse error when it is missing or
 * has another shape.
 *
 * @example
 * import { Extra } from "@mastodon-effect/core"
 * import * as Schema from "effect/Schema"
 * declare const account: object
 * Extra.decodeField(account, "pleroma", Schema.Struct({ is_admin: Schema.Boolean }))
 *
 * @since 0.1.0
 */
export const decodeField = <A, I>(
  entity: object,
  name: string,
  schema: Schema.Schema<A, I>
): Either.Either<A, ParseResult.ParseError> =>
  /* @__PURE__ */ Schema.decodeUnknownEither(schema)(Option.getOrUndefined(field(entity, name)))

/**
 * The names of the fields present on a decoded object that its schema does not declare.
 *
 * @since 0.1.0
 */
export const unknownFields = <A, I>(schema: Schema.Schema<A, I>, entity: object): ReadonlyArray<string> => {
  const known = new Set(propertyNames(schema.ast))
  return Object.keys(entity).filter((key) => !known.has(key))
}

const propertyNames = (ast: Schema.Schema.Any["ast"]): ReadonlyArray<string> => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast.propertySignatures.map((p) => String(p.name))
    case "Transformation":
      return propertyNames(ast.to)
    case "Refinement":
      return propertyNames(ast.from)
    case "Suspend":
      return propertyNames(ast.f())
    case "Union":
      return ast.types.flatMap(propertyNames)
    default:
      return []
  }
}
