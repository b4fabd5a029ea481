/**
 * A fast path for decoding responses. `Schema.decodeUnknown` is general and careful, and on a walk
 * through a hundred thousand followers its bookkeeping (an Either per field, issue tracking)
 * dominates the client's CPU time. Here the schema's AST is compiled once into plain closures
 * for the node kinds our entities use; any other node kind is decoded by Schema itself.
 *
 * The fast path only answers "here is the decoded value" or "no": on "no" the caller decodes again
 * with Schema to get the precise ParseError. Its output equals Schema's own (property tests keep
 * it honest), with excess properties preserved as `onExcessProperty: "preserve"` does.
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"

/** The answer of a compiled node when the input does not fit. */
const FAIL: unique symbol = Symbol.for("@mastodon-effect/http/decoder/FAIL")
type Decode = (input: unknown) => unknown

const options: AST.ParseOptions = { onExcessProperty: "preserve" }

/** Schema's own decoder for one node: used for node kinds the fast path does not know. */
const viaSchema = (ast: AST.AST): Decode => {
  const decode = ParseResult.decodeUnknownEither({ ast } as Schema.Schema<unknown>, options)
  return (input) => {
    const result = decode(input)
    return Either.isRight(result) ? result.right : FAIL
  }
}

/** The value of a sync ParseResult, FAIL for a failure, undefined when it is a real Effect. */
const settle = (result: unknown): { readonly value: unknown } | undefined => {
  if (Either.isEither(result)) return { value: Either.isRight(result) ? result.right : FAIL }
  return undefined
}

const compileTypeLiteral = (ast: AST.TypeLiteral, cache: Map<AST.AST, Decode>): Decode => {
  if (ast.indexSignatures.length > 0) return viaSchema(ast)
  const properties = ast.propertySignatures.map((ps) => ({
    name: ps.name,
    optional: ps.isOptional,
    decode: compile(ps.type, cache)
  }))
  const known = new Set<PropertyKey>(properties.map((p) => p.name))
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return FAIL
    const record = input as Record<PropertyKey, unknown>
    const output: Record<PropertyKey, unknown> = {}
    for (const property of properties) {
      if (!Object.prototype.hasOwnProperty.call(record, property.name)) {
        if (property.optional) continue
        return FAIL
      }
      const value = property.decode(record[property.name])
      if (value === FAIL) return FAIL
      output[property.name] = value
    }
    // onExcessProperty: "preserve" — fields a newer server added stay reachable.
    for (const key of Object.keys(record)) {
      if (!known.has(key)) output[key] = record[key]
    }
    return output
  }
}

const compileTuple = (ast: AST.TupleType, cache: Map<AST.AST, Decode>): Decode => {
  const rest = ast.rest[0]
  if (ast.elements.length > 0 || ast.rest.length !== 1 || rest === undefined) return viaSchema(ast)
  const decodeItem = compile(rest.type, cache)
  return (input) => {
    if (!Array.isArray(input)) return FAIL
    const output = new Array<unknown>(input.length)
    for (let i = 0; i < input.length; i++) {
      const value = decodeItem(input[i])
      if (value === FAIL) return FAIL
      output[i] = value
    }
    return output
  }
}

const compileUnion = (ast: AST.Union, cache: Map<AST.AST, Decode>): Decode => {
  const members = ast.types.map((type) => compile(type, cache))
  return (input) => {
    for (const member of members) {
      const value = member(input)
      if (value !== FAIL) return value
    }
    return FAIL
  }
}

const compileRefinement = (ast: AST.Refinement, cache: Map<AST.AST, Decode>): Decode => {
  const from = compile(ast.from, cache)
  return (input) => {
    const value = from(input)
    if (value === FAIL) return FAIL
    return Option.isNone(ast.filter(value, options, ast)) ? value : FAIL
  }
}

const compileTransformation = (ast: AST.Transformation, cache: Map<AST.AST, Decode>): Decode => {
  const transformation = ast.transformation
  if (transformation._tag === "TypeLiteralTransformation") return viaSchema(ast)
  // As Schema does when decoding: the encoded side, the transformation, then the decoded side.
  const from = compile(ast.from, cache)
  const to = compile(ast.to, cache)
  if (transformation._tag === "ComposeTransformation") {
    return (input) => {
      const value = from(input)
      return value === FAIL ? FAIL : to(value)
    }
  }
  const fallback = viaSchema(ast)
  return (input) => {
    const value = from(input)
    if (value === FAIL) return FAIL
    const settled = settle(transformation.decode(value, options, ast, input))
    if (settled === undefined) return fallback(input)
    return settled.value === FAIL ? FAIL : to(settled.value)
  }
}

const compileDeclaration = (ast: AST.Declaration): Decode => {
  const decode = ast.decodeUnknown(...ast.typeParameters)
  const fallback = viaSchema(ast)
  return (input) => {
    const settled = settle(decode(input, options, ast))
    return settled === undefined ? fallback(input) : settled.value
  }
}

const compile = (ast: AST.AST, cache: Map<AST.AST, Decode>): Decode => {
  const cached = cache.get(ast)
  if (cached !== undefined) return cached
  // Registered before compiling children, so recursive schemas (Status.reblog) find themselves.
  const slot: { decode?: Decode } = {}
  cache.set(ast, (input) => slot.decode!(input))
  const compiled = compileNode(ast, cache)
  slot.decode = compiled
  cache.set(ast, compiled)
  return compiled
}

const compileNode = (ast: AST.AST, cache: Map<AST.AST, Decode>): Decode => {
  switch (ast._tag) {
    case "StringKeyword":
      return (input) => typeof input === "string" ? input : FAIL
    case "NumberKeyword":
      return (input) => typeof input === "number" ? input : FAIL
    case "BooleanKeyword":
      return (input) => typeof input === "boolean" ? input : FAIL
    case "UnknownKeyword":
    case "AnyKeyword":
      return (input) => input
    case "Literal": {
      const literal = ast.literal
      return (input) => input === literal ? input : FAIL
    }
    case "TypeLiteral":
      return compileTypeLiteral(ast, cache)
    case "TupleType":
      return compileTuple(ast, cache)
    case "Union":
      return compileUnion(ast, cache)
    case "Refinement":
      return compileRefinement(ast, cache)
    case "Transformation":
      return compileTransformation(ast, cache)
    case "Declaration":
      return compileDeclaration(ast)
    case "Suspend": {
      let inner: Decode | undefined
      return (input) => (inner ??= compile(ast.f(), cache))(input)
    }
    default:
      return viaSchema(ast)
  }
}

/**
 * Compile a schema into a decoder that answers with the decoded value, or `Option.none()` when
 * the input does not fit (decode again with Schema for the reason).
 */
export const compileDecoder = <A, I>(schema: Schema.Schema<A, I>): (input: unknown) => Option.Option<A> => {
  const decode = compile(schema.ast, new Map())
  return (input) => {
    const value = decode(input)
    return value === FAIL ? Option.none() : Option.some(value as A)
  }
}
