/**
 * Decoding response bodies: total (never throws), bounded, fast, and in agreement with Schema.
 *
 * `makeDecoder` is what a response goes through. In order:
 *
 * 1. A scan of the JSON value, bounded by {@link maxDepth} levels of nesting: a deeper value
 *    (3,000 nested arrays in a `note`, a `reblog` chain of 5,000 statuses) is refused with the path
 *    where the limit was crossed, before any recursive code sees it. The same scan notices keys
 *    named like `Object.prototype` members (see "Hostile keys" below).
 * 2. The compiled fast path. `Schema.decodeUnknown` is general and careful, and on a walk
 *    through a hundred thousand followers its bookkeeping (an Either per field, issue tracking)
 *    dominates the client's CPU time. Here the schema's AST is compiled once into plain closures
 *    for the node kinds our entities use; any other node is decoded by Schema itself.
 * 3. Schema (`onExcessProperty: "preserve"`), when the fast path says no, for the precise error.
 * 4. The error, formatted by hand from the first issue only: ParseResult's formatters recurse once
 *    per level of the value they print, and print whole values (secrets included). Here the path
 *    and the message are capped in length, and a value is described (its type, a short string)
 *    rather than printed.
 *
 * Anything thrown on the way (a transformation written by a user, a stack overflow in a schema
 * that recurses per level) becomes a `DecodeFailure` too.
 *
 * Agreement with Schema: each compiled node answers exactly as Schema does for that node (the
 * decoded value, or "no"), so the fast path never changes a result, only its cost. Unions are where
 * this is delicate: Schema does not try members in order (it first narrows them by literal
 * discriminators), so a union is compiled only when the order provably cannot matter (its members
 * accept disjoint sets of inputs, or every overlapping member returns its input unchanged);
 * otherwise Schema decodes that union. Property tests hold both to it.
 *
 * Hostile keys: a body may carry `__proto__`, `constructor`, `toString`, `valueOf`, ... as keys.
 * Kept, `__proto__` would be assigned as the prototype of the decoded object (a forged `moved`
 * or `suspended` field read through it), and an own `toString` / `valueOf` string makes
 * `${account}` throw. Such keys are dropped wherever the schema does not declare them, in the
 * fast path and before Schema sees the value; `__proto__` is dropped always (no schema can
 * assign it as data). The decoded values therefore hold only validated fields and plain data
 * that cannot shadow an object's behaviour.
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"

/**
 * Why a value did not decode: where (`path`, dot-separated, `(root)` for the value itself) and
 * what was wrong (`issue`, bounded in length, never quoting a secret).
 */
export interface DecodeFailure {
  readonly path: string
  readonly issue: string
}

/**
 * The deepest nesting of arrays and objects a body may have. Real Mastodon entities stay under 15
 * levels (a reblog of a status quoting a status, with media and their metadata: the API never
 * nests a reblog in a reblog, nor a `moved` in a `moved`); a user's schema has the same room, four
 * times over. Deeper than this, Schema's recursive decoder could exhaust the stack; and when a
 * body fails the fast path, Schema decodes it again for the error at a cost that grows with the
 * square of the depth for recursive entities (a struct with defaults, such as `Status`, decodes
 * its decoded side again at each level: a broken `reblog` chain of 50 full statuses takes
 * seconds), so a higher limit would hand a hostile server a cheap way to burn the client's CPU.
 */
export const maxDepth = 64

/** The answer of a compiled node when the input does not fit. */
const FAIL: unique symbol = Symbol.for("@mastodon-effect/http/decoder/FAIL")
type Decode = (input: unknown) => unknown

const options: AST.ParseOptions = { onExcessProperty: "preserve" }

/** Keys that are `Object.prototype` members: `__proto__` (an accessor), `constructor`, `toString`, ... */
const prototypeKeys: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype))

/** Schema's own decoder for one node: used for node kinds the fast path does not know. */
const viaSchema = (ast: AST.AST): Decode => {
  const decode = ParseResult.decodeUnknownEither({ ast } as Schema.Schema<unknown>, options)
  return (input) => {
    const result = decode(input)
    return Either.isRight(result) ? result.right : FAIL
  }
}

/** What {@link settle} answers for a ParseResult that is a real Effect (Schema must run it). */
const UNSETTLED: unique symbol = Symbol.for("@mastodon-effect/http/decoder/UNSETTLED")

/**
 * The value of a sync ParseResult, FAIL for a failure, UNSETTLED when it is a real Effect. (No
 * wrapper object: this runs for every transformed value of a page, its dates included.)
 */
const settle = (result: unknown): unknown => {
  if (Either.isEither(result)) return Either.isRight(result) ? result.right : FAIL
  return UNSETTLED
}

/**
 * A struct. `steps` are the property transformations of a struct that Schema renames or fills in
 * (see {@link compileStructTransformation}): they are applied while the output is built, each at
 * its key's place, so that no second object is made and no key deleted (a deleted key turns a V8
 * object into a slower, larger dictionary), and the keys come in Schema's order.
 */
const compileTypeLiteral = (
  ast: AST.TypeLiteral,
  cache: Map<AST.AST, Decode>,
  steps: ReadonlyArray<AST.PropertySignatureTransformation> = []
): Decode => {
  if (ast.indexSignatures.length > 0) return viaSchema(ast)
  const properties = ast.propertySignatures.map((ps) => ({
    name: ps.name,
    optional: ps.isOptional,
    decode: compile(ps.type, cache),
    // The transformation that takes this key's value (or its absence), if any.
    step: steps.find((step) => step.from === ps.name)
  }))
  const known = new Set<PropertyKey>(properties.map((p) => p.name))
  const Output = plainObjectConstructor()
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return FAIL
    const record = input as Record<PropertyKey, unknown>
    const output: Record<PropertyKey, unknown> = new Output()
    // onExcessProperty: "preserve" — fields a newer server added stay reachable. Assigned first,
    // as Schema does, so the key order is Schema's too. `__proto__` would replace the output's
    // prototype: it is never copied (makeDecoder has dropped it, and the other hostile keys,
    // before this runs). A plain object (every parsed JSON object) is walked with `for in`,
    // which allocates no array of keys; anything else by its own keys.
    if (isPlainRecord(record)) {
      for (const key in record) {
        if (!known.has(key) && key !== "__proto__") output[key] = record[key]
      }
    } else {
      for (const key of Object.keys(record)) {
        if (!known.has(key) && key !== "__proto__") output[key] = record[key]
      }
    }
    for (const property of properties) {
      const step = property.step
      // As Schema without `exact`: an absent optional key is skipped, an absent required one is
      // decoded from `record[name]` (undefined), so `Schema.Unknown` and friends accept it.
      // (A parsed value is never `undefined`, so a present key costs no own-property check.)
      const raw = record[property.name]
      if (raw === undefined && property.optional && !Object.prototype.hasOwnProperty.call(record, property.name)) {
        // A transformation still runs for an absent key: that is how a default fills it in.
        if (step !== undefined) assign(output, step, Option.none())
        continue
      }
      const value = property.decode(raw)
      if (value === FAIL) return FAIL
      if (step !== undefined) assign(output, step, Option.some(value))
      else output[property.name] = value
    }
    return output
  }
}

/**
 * A constructor of plain objects (their prototype is `Object.prototype`, as a literal's is), one per
 * compiled struct. V8 sizes the objects a constructor makes after the first few it has seen, so a
 * struct's outputs hold all their properties in the object itself; objects begun as `{}` have room
 * for four and move the rest to a separate store that is copied each time it grows.
 */
const plainObjectConstructor = (): new() => Record<PropertyKey, unknown> => {
  const Output = function() {} as unknown as new() => Record<PropertyKey, unknown>
  Output.prototype = Object.prototype
  return Output
}

/**
 * Run a property transformation on a key's value (or its absence) and assign what it gives. Done
 * at the key's place among the struct's properties: that is where Schema's own output has it.
 */
const assign = (output: Record<PropertyKey, unknown>, step: AST.PropertySignatureTransformation, value: Option.Option<unknown>) => {
  const after = step.decode(value)
  if (Option.isSome(after)) output[step.to] = after.value
}

/** An object whose `for in` sees exactly its own enumerable keys: JSON.parse's objects are. */
const isPlainRecord = (record: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(record)
  return prototype === null || (prototype === Object.prototype && !hasEnumerableInherited)
}

/**
 * Whether something added an enumerable property to `Object.prototype` (then `for in` would see
 * it). Looked at again by each decoder call, not once at load: it is cheap, and code loaded later
 * could add one.
 */
let hasEnumerableInherited = false
const refreshInheritedCheck = (): void => {
  hasEnumerableInherited = false
  for (const key in Object.prototype) {
    hasEnumerableInherited = key !== undefined
    break
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

// ---------------------------------------------------------------------------------------------
// Unions: what a node can accept, to prove that members never compete for one input
// ---------------------------------------------------------------------------------------------

type Kind = "string" | "number" | "boolean" | "bigint" | "symbol" | "undefined" | "null" | "object" | "array" | "function"

/**
 * An over-approximation of the inputs a node accepts: `undefined` for "anything"; otherwise whole
 * kinds plus single literal values.
 */
type Accepts = { readonly kinds: ReadonlySet<Kind>; readonly literals: ReadonlySet<unknown> } | undefined

const only = (...kinds: ReadonlyArray<Kind>): Accepts => ({ kinds: new Set(kinds), literals: new Set() })
const literals = (...values: ReadonlyArray<unknown>): Accepts => ({
  kinds: new Set(values.filter((v) => v === null).map((): Kind => "null")),
  literals: new Set(values.filter((v) => v !== null))
})

const kindOf = (value: unknown): Kind => {
  if (value === null) return "null"
  if (Array.isArray(value)) return "array"
  return typeof value as Kind
}

const accepts = (ast: AST.AST, seen: Set<AST.AST>): Accepts => {
  // Annotations that change how Schema decodes a node (a fallback value, other parse options)
  // make any input possible, as far as this analysis knows.
  if (Option.isSome(AST.getDecodingFallbackAnnotation(ast)) || Option.isSome(AST.getParseOptionsAnnotation(ast))) {
    return undefined
  }
  switch (ast._tag) {
    case "StringKeyword":
    case "TemplateLiteral":
      return only("string")
    case "NumberKeyword":
      return only("number")
    case "BooleanKeyword":
      return only("boolean")
    case "BigIntKeyword":
      return only("bigint")
    case "SymbolKeyword":
      return only("symbol")
    case "UndefinedKeyword":
      return only("undefined")
    case "NeverKeyword":
      return only()
    case "Literal":
      return literals(ast.literal)
    case "UniqueSymbol":
      return literals(ast.symbol)
    case "Enums":
      return literals(...ast.enums.map(([, value]) => value))
    case "TypeLiteral":
      return only("object")
    case "TupleType":
      return only("array")
    case "ObjectKeyword":
      return only("object", "array", "function")
    case "Refinement":
      return accepts(ast.from, seen)
    case "Transformation":
      return accepts(ast.from, seen)
    case "Suspend": {
      if (seen.has(ast)) return undefined
      seen.add(ast)
      return accepts(ast.f(), seen)
    }
    case "Union": {
      const kinds = new Set<Kind>()
      const values = new Set<unknown>()
      for (const member of ast.types) {
        const a = accepts(member, seen)
        if (a === undefined) return undefined
        a.kinds.forEach((k) => kinds.add(k))
        a.literals.forEach((v) => values.add(v))
      }
      return { kinds, literals: values }
    }
    default:
      // Declarations, unknown, any, void: anything.
      return undefined
  }
}

const disjoint = (a: Accepts, b: Accepts): boolean => {
  if (a === undefined || b === undefined) return false
  for (const kind of a.kinds) if (b.kinds.has(kind)) return false
  for (const value of a.literals) if (b.literals.has(value) || b.kinds.has(kindOf(value))) return false
  for (const value of b.literals) if (a.kinds.has(kindOf(value))) return false
  return true
}

/** The struct a member decodes through first, if it is one (its property checks then apply). */
const structOf = (ast: AST.AST, seen: Set<AST.AST>): AST.TypeLiteral | undefined => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast
    case "Refinement":
    case "Transformation":
      return structOf(ast.from, seen)
    case "Suspend": {
      if (seen.has(ast)) return undefined
      seen.add(ast)
      return structOf(ast.f(), seen)
    }
    default:
      return undefined
  }
}

/**
 * Two structs never accept the same input when a property both require accepts disjoint values
 * (a discriminator `kind: "x"` against `kind: "y"`, or a string against a number). Schema decodes
 * a required property from `input[name]` whether the key is there or not, so the argument holds
 * for absent keys too.
 */
const structsDisjoint = (a: AST.TypeLiteral, b: AST.TypeLiteral): boolean =>
  a.propertySignatures.some((pa) => {
    if (pa.isOptional) return false
    const pb = b.propertySignatures.find((p) => p.name === pa.name)
    return pb !== undefined && !pb.isOptional && disjoint(accepts(pa.type, new Set()), accepts(pb.type, new Set()))
  })

const membersDisjoint = (a: AST.AST, b: AST.AST): boolean => {
  if (disjoint(accepts(a, new Set()), accepts(b, new Set()))) return true
  const sa = structOf(a, new Set())
  const sb = structOf(b, new Set())
  return sa !== undefined && sb !== undefined && structsDisjoint(sa, sb)
}

/** Whether a node gives back its very input whenever it accepts it (a check, not a transformation). */
const isIdentity = (ast: AST.AST, seen: Set<AST.AST>): boolean => {
  if (Option.isSome(AST.getDecodingFallbackAnnotation(ast))) return false
  switch (ast._tag) {
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "BigIntKeyword":
    case "SymbolKeyword":
    case "UndefinedKeyword":
    case "VoidKeyword":
    case "NeverKeyword":
    case "UnknownKeyword":
    case "AnyKeyword":
    case "ObjectKeyword":
    case "Literal":
    case "UniqueSymbol":
    case "Enums":
    case "TemplateLiteral":
      return true
    case "Refinement":
      return isIdentity(ast.from, seen)
    case "Union":
      return ast.types.every((member) => isIdentity(member, seen))
    case "Suspend": {
      if (seen.has(ast)) return false
      seen.add(ast)
      return isIdentity(ast.f(), seen)
    }
    default:
      return false
  }
}

/**
 * Whether trying the members in order gives Schema's answer for every input. Schema narrows the
 * candidates by literal discriminators and tries them in its own order; a member that accepts an
 * input is always among its candidates. So if no two members can both accept one input, or the
 * ones that can both return the input itself, the first member that accepts is Schema's answer.
 */
export const unionIsOrderFree = (ast: AST.Union): boolean => {
  const members = ast.types
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!
      const b = members[j]!
      if (!membersDisjoint(a, b) && !(isIdentity(a, new Set()) && isIdentity(b, new Set()))) return false
    }
  }
  return true
}

const compileUnion = (ast: AST.Union, cache: Map<AST.AST, Decode>): Decode => {
  if (!unionIsOrderFree(ast)) return viaSchema(ast)
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

/**
 * A struct whose properties Schema renames or fills in (`optionalWith(..., { default })`: the
 * lists of `Status` and `Account` that an old server leaves out). The encoded side decodes on the
 * fast path, then each property transformation runs as Schema runs it: the key's value (or its
 * absence) in, the key's value (or its absence) out. The decoded side only re-checks values that
 * are already decoded, so it is skipped: without this, every account of a page went through
 * Schema, ten times slower.
 */
const compileStructTransformation = (
  ast: AST.Transformation,
  transformation: AST.TypeLiteralTransformation,
  cache: Map<AST.AST, Decode>
): Decode => {
  const steps = transformation.propertySignatureTransformations
  // The usual shape (a struct with defaults): the steps run while the struct's output is built.
  // Each step must take a key the struct declares and no two the same key, as `Schema.Struct`
  // builds them; anything else goes the general way below.
  const from = ast.from
  if (
    from._tag === "TypeLiteral" && from.indexSignatures.length === 0 &&
    Option.isNone(AST.getDecodingFallbackAnnotation(from)) && Option.isNone(AST.getParseOptionsAnnotation(from)) &&
    new Set(steps.map((step) => step.from)).size === steps.length &&
    steps.every((step) => from.propertySignatures.some((ps) => ps.name === step.from))
  ) {
    const fused = compileTypeLiteral(from, cache, steps)
    // An input that also has a key a step renames to (`b` beside `b_encoded`): rare enough to take
    // the general way, whose treatment of the clash is Schema's.
    const renamedTo = steps.filter((step) => step.to !== step.from).map((step) => step.to)
    if (renamedTo.length === 0) return fused
    const general = generalStructTransformation(from, steps, cache)
    return (input) =>
      typeof input === "object" && input !== null && renamedTo.some((key) => Object.prototype.hasOwnProperty.call(input, key))
        ? general(input)
        : fused(input)
  }
  return generalStructTransformation(from, steps, cache)
}

/** Decode the struct, then run each property transformation on a copy, as Schema does. */
const generalStructTransformation = (
  from: AST.AST,
  steps: ReadonlyArray<AST.PropertySignatureTransformation>,
  cache: Map<AST.AST, Decode>
): Decode => {
  const decodeFrom = compile(from, cache)
  return (input) => {
    const value = decodeFrom(input)
    if (value === FAIL) return FAIL
    const out: Record<PropertyKey, unknown> = { ...(value as Record<PropertyKey, unknown>) }
    for (const step of steps) {
      const present = Object.prototype.hasOwnProperty.call(out, step.from)
      const before = present ? Option.some(out[step.from]) : Option.none()
      delete out[step.from]
      const after = step.decode(before)
      if (Option.isSome(after)) out[step.to] = after.value
    }
    return out
  }
}

const compileTransformation = (ast: AST.Transformation, cache: Map<AST.AST, Decode>): Decode => {
  const transformation = ast.transformation
  if (transformation._tag === "TypeLiteralTransformation") return compileStructTransformation(ast, transformation, cache)
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
    if (settled === UNSETTLED) return fallback(input)
    return settled === FAIL ? FAIL : to(settled)
  }
}

const compileDeclaration = (ast: AST.Declaration): Decode => {
  const decode = ast.decodeUnknown(...ast.typeParameters)
  const fallback = viaSchema(ast)
  return (input) => {
    const settled = settle(decode(input, options, ast))
    return settled === UNSETTLED ? fallback(input) : settled
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
  // A node that changes how Schema decodes it (a fallback value, its own parse options) is left to
  // Schema.
  if (Option.isSome(AST.getDecodingFallbackAnnotation(ast)) || Option.isSome(AST.getParseOptionsAnnotation(ast))) {
    return viaSchema(ast)
  }
  switch (ast._tag) {
    case "StringKeyword":
      return (input) => typeof input === "string" ? input : FAIL
    case "NumberKeyword":
      return (input) => typeof input === "number" ? input : FAIL
    case "BooleanKeyword":
      return (input) => typeof input === "boolean" ? input : FAIL
    case "UndefinedKeyword":
      return (input) => input === undefined ? input : FAIL
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
 * the input does not fit (decode again with Schema for the reason). It neither bounds the depth
 * nor catches what a schema throws: responses go through {@link makeDecoder}.
 */
export const compileDecoder = <A, I>(schema: Schema.Schema<A, I>): (input: unknown) => Option.Option<A> => {
  const decode = compile(schema.ast, new Map())
  return (input) => {
    refreshInheritedCheck()
    const value = decode(input)
    return value === FAIL ? Option.none() : Option.some(value as A)
  }
}

// ---------------------------------------------------------------------------------------------
// The scan before decoding: depth and hostile keys
// ---------------------------------------------------------------------------------------------

/**
 * The names of `Object.prototype` members that the schema declares as properties of the input
 * somewhere. Transformations are followed on their encoded side (and, when composed, their
 * decoded side too). The walk is budgeted: the decoded side of a recursive schema is derived
 * afresh at each level, so it has no end to find.
 */
const declaredPrototypeKeys = (root: AST.AST): ReadonlySet<string> => {
  const found = new Set<string>()
  const seen = new Set<AST.AST>()
  const stack: Array<AST.AST> = [root]
  let budget = 10_000
  while (stack.length > 0 && budget-- > 0) {
    const ast = stack.pop()!
    if (seen.has(ast)) continue
    seen.add(ast)
    switch (ast._tag) {
      case "TypeLiteral":
        for (const ps of ast.propertySignatures) {
          if (typeof ps.name === "string" && ps.name !== "__proto__" && prototypeKeys.has(ps.name)) found.add(ps.name)
          stack.push(ps.type)
        }
        for (const is of ast.indexSignatures) stack.push(is.type)
        break
      case "TupleType":
        for (const e of ast.elements) stack.push(e.type)
        for (const r of ast.rest) stack.push(r.type)
        break
      case "Union":
        stack.push(...ast.types)
        break
      case "Refinement":
        stack.push(ast.from)
        break
      case "Transformation":
        stack.push(ast.from)
        if (ast.transformation._tag === "ComposeTransformation") stack.push(ast.to)
        break
      case "Declaration":
        stack.push(...ast.typeParameters)
        break
      case "Suspend":
        stack.push(ast.f())
        break
    }
  }
  return found
}

interface Scan {
  /** Where the depth limit was crossed (innermost segment first), when it was. */
  tooDeep: Array<PropertyKey> | undefined
  /** Whether some object has a key to drop. */
  hostile: boolean
}

/**
 * Whether the scan looks inside a value: arrays and plain objects, what JSON is made of. Class
 * instances a caller passes (a `DateTime`, a `Redacted`) are left to their schemas.
 */
const isContainer = (value: unknown): value is object => {
  if (typeof value !== "object" || value === null) return false
  if (Array.isArray(value)) return true
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Walk a value up to `maxDepth` levels; recursion is bounded by that limit. */
const scan = (value: object, depth: number, state: Scan, keep: ReadonlySet<string>): void => {
  if (depth > maxDepth) {
    state.tooDeep = []
    return
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (isContainer(item)) {
        scan(item, depth + 1, state, keep)
        if (state.tooDeep !== undefined) {
          state.tooDeep.push(i)
          return
        }
      }
    }
    return
  }
  const record = value as Record<string, unknown>
  // A plain object (what JSON.parse makes) is walked with `for in`, which allocates no array of keys.
  if (isPlainRecord(record)) {
    for (const key in record) {
      if (scanKey(record, key, depth, state, keep)) return
    }
  } else {
    for (const key of Object.keys(record)) {
      if (scanKey(record, key, depth, state, keep)) return
    }
  }
}

/** Scan one key of an object and its value; true when the depth limit was crossed under it. */
const scanKey = (record: Record<string, unknown>, key: string, depth: number, state: Scan, keep: ReadonlySet<string>): boolean => {
  if (prototypeKeys.has(key) && !keep.has(key)) state.hostile = true
  const item = record[key]
  if (isContainer(item)) {
    scan(item, depth + 1, state, keep)
    if (state.tooDeep !== undefined) {
      state.tooDeep.push(key)
      return true
    }
  }
  return false
}

/** A copy without the hostile keys (only made when the scan found one; depth is already bounded). */
const withoutHostileKeys = (value: unknown, keep: ReadonlySet<string>): unknown => {
  if (!isContainer(value)) return value
  if (Array.isArray(value)) return value.map((item: unknown) => withoutHostileKeys(item, keep))
  const record = value as Record<string, unknown>
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(record)) {
    if (prototypeKeys.has(key) && !keep.has(key)) continue
    copy[key] = withoutHostileKeys(record[key], keep)
  }
  return copy
}

// ---------------------------------------------------------------------------------------------
// Bounded error formatting
// ---------------------------------------------------------------------------------------------

const maxIssueLength = 300
const maxPathSegments = 12
const maxSegmentLength = 64

const cap = (text: string, length: number): string => text.length > length ? `${text.slice(0, length)}…` : text

/** `a.b.0.c`, with long paths and long keys shortened. */
const formatPath = (path: ReadonlyArray<PropertyKey>): string => {
  if (path.length === 0) return "(root)"
  const segments = path.map((segment) => cap(String(segment), maxSegmentLength))
  if (segments.length <= maxPathSegments) return segments.join(".")
  const head = segments.slice(0, maxPathSegments / 2)
  const tail = segments.slice(-maxPathSegments / 2)
  return `${head.join(".")}.…(${segments.length - maxPathSegments} more).${tail.join(".")}`
}

/** Field names whose string values are never quoted in a message. */
const secretName = /token|secret|password|code|key|auth|cookie|session/i

/** What a value is, without printing it whole: its kind, and short strings and numbers as such. */
const describeValue = (value: unknown, path: ReadonlyArray<PropertyKey>): string => {
  switch (typeof value) {
    case "string":
      return value.length <= 40 && !path.some((segment) => secretName.test(String(segment)))
        ? JSON.stringify(value)
        : `a string of ${value.length} characters`
    case "number":
    case "boolean":
    case "bigint":
      return String(value)
    case "undefined":
      return "undefined"
    case "object":
      return value === null ? "null" : Array.isArray(value) ? `an array of ${value.length} items` : "an object"
    default:
      return `a ${typeof value}`
  }
}

/** A schema node's name for a message: its identifier or title, else Schema's own rendering. */
const describeExpected = (ast: AST.AST): string => {
  const named = Option.getOrUndefined(AST.getIdentifierAnnotation(ast)) ?? Option.getOrUndefined(AST.getTitleAnnotation(ast))
  if (named !== undefined) return cap(named, 120)
  try {
    return cap(String(ast), 120)
  } catch {
    return ast._tag
  }
}

/** The first issue of a failed decode: its path and a short message (iterative; the tree can be deep). */
const describeIssue = (first: ParseResult.ParseIssue): DecodeFailure => {
  const path: Array<PropertyKey> = []
  let issue: ParseResult.ParseIssue = first
  for (let steps = 0; steps < 100_000; steps++) {
    switch (issue._tag) {
      case "Pointer": {
        const segment = issue.path
        if (Array.isArray(segment)) path.push(...(segment as ReadonlyArray<PropertyKey>))
        else path.push(segment as PropertyKey)
        issue = issue.issue
        continue
      }
      case "Composite": {
        const issues = issue.issues
        issue = Array.isArray(issues) ? (issues as ReadonlyArray<ParseResult.ParseIssue>)[0]! : issues as ParseResult.ParseIssue
        continue
      }
      case "Refinement":
      case "Transformation":
        issue = issue.issue
        continue
      case "Type": {
        const message = issue.message !== undefined
          ? issue.message
          : `Expected ${describeExpected(issue.ast)}, actual ${describeValue(issue.actual, path)}`
        return failure(path, message)
      }
      case "Missing":
        return failure(path, "is missing")
      case "Unexpected":
        return failure(path, "is unexpected")
      case "Forbidden":
        return failure(path, `cannot be decoded here${issue.message === undefined ? "" : `: ${issue.message}`}`)
    }
  }
  return failure(path, "did not decode")
}

const failure = (path: ReadonlyArray<PropertyKey>, issue: string): DecodeFailure => ({
  path: formatPath(path),
  // The issue may still quote part of the body; mask credentials and cap its length.
  issue: cap(MastodonError.redactSecrets(issue), maxIssueLength)
})

const describeThrown = (thrown: unknown): string => {
  if (thrown instanceof RangeError) return "the value is nested too deeply to decode"
  const text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : "a non-error value was thrown"
  return `decoding threw ${cap(text, 200)}`
}

/**
 * A total decoder for a schema: `Either.right` with the decoded value (excess properties kept,
 * hostile keys dropped), or `Either.left` with a short `DecodeFailure`. It never throws, whatever
 * the input: too deep, cyclic, with `__proto__` keys, or making the schema's own code throw.
 */
export const makeDecoder = <A, I>(schema: Schema.Schema<A, I>): (value: unknown) => Either.Either<A, DecodeFailure> => {
  const keep = declaredPrototypeKeys(schema.ast)
  const fast = compile(schema.ast, new Map())
  const careful = ParseResult.decodeUnknownEither(schema, options)
  return (value) => {
    try {
      refreshInheritedCheck()
      let input = value
      if (isContainer(value)) {
        const state: Scan = { tooDeep: undefined, hostile: false }
        scan(value, 1, state, keep)
        if (state.tooDeep !== undefined) {
          return Either.left(failure(state.tooDeep.reverse(), `nested more than ${maxDepth} levels deep`))
        }
        if (state.hostile) input = withoutHostileKeys(value, keep)
      }
      const decoded = fast(input)
      if (decoded !== FAIL) return Either.right(decoded as A)
      const result = careful(input)
      return Either.isRight(result) ? Either.right(result.right) : Either.left(describeIssue(result.left))
    } catch (thrown) {
      return Either.left({ path: "(root)", issue: describeThrown(thrown) })
    }
  }
}
