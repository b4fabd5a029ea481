/**
 * The response decoder: the compiled fast path gives exactly what Schema gives and refuses exactly
 * what Schema refuses, for every public schema of core and for unions; `makeDecoder` never throws,
 * bounds depth and error text, never forges fields from `__proto__`, and never quotes a secret.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Core from "@mastodon-effect/core"
import * as Account from "@mastodon-effect/core/Account"
import * as Status from "@mastodon-effect/core/Status"
import * as Token from "@mastodon-effect/core/Token"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AccountFixtures from "../../core/test/fixtures/Account.js"
import * as StatusFixtures from "../../core/test/fixtures/Status.js"
import { compileDecoder, makeDecoder, maxDepth } from "../src/internal/decoder.js"

type AnySchema = Schema.Schema<unknown, unknown>

/** Every schema core exports, found through its barrel: a module added later is covered too. */
const publicSchemas: ReadonlyArray<readonly [string, AnySchema]> = Object.entries(Core).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter(([, value]) => Schema.isSchema(value))
    // Schemas that decode to class instances with identity (errors) are not response entities.
    .filter(() => module !== "MastodonError")
    .map(([name, value]) => [`${module}.${name}`, value as AnySchema] as const)
)

/** Entities embedding statuses are slow to generate; fewer runs keep the file within seconds. */
const runsFor = (name: string) =>
  /Status|Quote|Notification|Search|Context|Conversation|Report|Annual|Collection|Trends|Filter/.test(name)
    ? 3
    : /Instance|Admin/.test(name)
    ? 8
    : 20

/** Break a JSON value at one place: drop a key, or put a value of another type there. */
const mutate = (value: unknown, seed: number): unknown => {
  if (Array.isArray(value)) {
    if (value.length === 0) return [42]
    const i = seed % value.length
    return value.map((v, j) => (j === i ? mutate(v, seed >> 1) : v))
  }
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value)
    if (keys.length === 0) return 42
    const key = keys[seed % keys.length]!
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
    if (seed % 3 === 0) delete copy[key]
    else copy[key] = mutate(copy[key], seed >> 2)
    return copy
  }
  return typeof value === "string" ? 7 : typeof value === "number" ? "7" : typeof value === "boolean" ? "yes" : { x: 1 }
}

const prototypeKeys = new Set(Object.getOwnPropertyNames(Object.prototype))

/** The input without keys named like Object.prototype members (fast-check likes to generate them). */
const clean = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(clean)
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) if (!prototypeKeys.has(key)) out[key] = clean(item)
  return out
}

const decoders = new WeakMap<AnySchema, {
  readonly fast: (input: unknown) => Option.Option<unknown>
  readonly careful: (input: unknown) => Either.Either<unknown, unknown>
  readonly total: (input: unknown) => Either.Either<unknown, unknown>
}>()
const decodersOf = (schema: AnySchema) => {
  let known = decoders.get(schema)
  if (known === undefined) {
    known = {
      fast: compileDecoder(schema),
      careful: Schema.decodeUnknownEither(schema, { onExcessProperty: "preserve" }),
      total: makeDecoder(schema)
    }
    decoders.set(schema, known)
  }
  return known
}

/**
 * The contract between the fast path and Schema, on one input: an answer from the fast path is
 * Schema's answer; "no" from it means Schema says no too; `makeDecoder` agrees with Schema. With
 * keys named like prototype members, `makeDecoder` answers as Schema does on the input without
 * them (it drops them; Schema would assign `__proto__`).
 */
const agree = (schema: AnySchema, raw: unknown) => {
  const { careful, fast, total } = decodersOf(schema)
  const input = clean(raw)
  const expected = careful(input)
  const got = fast(input)
  if (Option.isSome(got)) {
    expect(Either.isRight(expected)).toBe(true)
    if (Either.isRight(expected)) expect(got.value).toStrictEqual(expected.right)
  } else {
    expect(Either.isLeft(expected)).toBe(true)
  }
  for (const candidate of [input, raw]) {
    const result = total(candidate)
    expect(Either.isRight(result)).toBe(Either.isRight(expected))
    if (Either.isRight(result) && Either.isRight(expected)) expect(result.right).toStrictEqual(expected.right)
  }
}

describe("compiled decoder agrees with Schema on every public schema of core", () => {
  it("finds the entities through the barrel", () => {
    const names = publicSchemas.map(([name]) => name)
    for (const expected of ["Account.Account", "Status.Status", "Token.Token", "Instance.InstanceV2", "Relationship.Relationship"]) {
      expect(names).toContain(expected)
    }
  })

  it("fills in a struct's defaults on the fast path as Schema does (an old server's status without lists)", () => {
    const { emojis: _e, mentions: _m, tags: _t, media_attachments: _a, sensitive: _s, spoiler_text: _x, visibility: _v, ...old } =
      StatusFixtures.mastodon30
    agree(Status.Status as AnySchema, old)
    agree(Status.Status as AnySchema, { ...old, reblog: { ...old, emojis: undefined } })
    const decoded = compileDecoder(Status.Status)(old)
    expect(Option.map(decoded, (s) => [s.emojis, s.mentions, s.visibility, s.sensitive, s.spoiler_text])).toEqual(
      Option.some([[], [], "public", false, ""])
    )
  })

  it("a struct with defaults and renamed keys: Schema's value and Schema's key order", () => {
    const Renamed = Schema.Struct({
      a: Schema.String,
      list: Schema.optionalWith(Schema.Array(Schema.Number), { default: () => [] }),
      b: Schema.propertySignature(Schema.Number).pipe(Schema.fromKey("b_encoded")),
      flag: Schema.optionalWith(Schema.Boolean, { default: () => true }),
      c: Schema.optional(Schema.String)
    }) as AnySchema
    const inputs = [
      { extra: 1, b_encoded: 2, a: "x", c: "y" },
      { a: "x", list: [1, 2], b_encoded: 3, flag: false, later: "kept" },
      { a: "x", b_encoded: 4, b: "an excess key named like a decoded one" },
      // A string where a number belongs: both refuse.
      { a: "x", b_encoded: "4" }
    ]
    const fast = compileDecoder(Renamed)
    const slow = Schema.decodeUnknownOption(Renamed, { onExcessProperty: "preserve" })
    for (const input of inputs) {
      const expected = slow(input)
      const got = fast(input)
      expect(got).toStrictEqual(expected)
    }
    // The usual inputs also get Schema's key order (not the one whose extra key clashes).
    for (const input of inputs.slice(0, 2)) {
      expect(Object.keys(Option.getOrThrow(fast(input)) as object)).toEqual(Object.keys(Option.getOrThrow(slow(input)) as object))
    }
  })

  it("decoded structs are plain objects, as Schema's are, however many times a struct is decoded", () => {
    const decode = makeDecoder(Schema.Array(Account.Account))
    // Enough accounts for V8 to settle the shape of the objects the decoder makes.
    const accounts = Array.from({ length: 40 }, (_, i) => ({ ...AccountFixtures.full, id: String(i) }))
    const decoded = Either.getOrThrow(decode(JSON.parse(JSON.stringify(accounts)))) as ReadonlyArray<Account.Account>
    const plain = (value: object) => Object.getPrototypeOf(value) === Object.prototype && value.constructor === Object
    for (const account of decoded) {
      expect(plain(account)).toBe(true)
      for (const nested of [...account.emojis, ...account.fields]) expect(plain(nested)).toBe(true)
      expect(Object.prototype.hasOwnProperty.call(account, "constructor")).toBe(false)
    }
    expect(decoded[39]).toStrictEqual(Schema.decodeUnknownSync(Account.Account, { onExcessProperty: "preserve" })(accounts[39]))
  })

  for (const [name, schema] of publicSchemas) {
    const encode = Schema.encodeSync(schema)
    const encoded = Arbitrary.make(schema).map((a) => encode(a))
    const runs = runsFor(name)

    it.prop(`${name}: same value as Schema for valid input, extras preserved`, [encoded], ([json]) => {
      expect(Either.isRight(decodersOf(schema).total(json))).toBe(true)
      agree(schema, json)
      if (typeof json === "object" && json !== null && !Array.isArray(json)) agree(schema, { ...json, from_the_future: [1, "x"] })
    }, { fastCheck: { numRuns: runs } })

    it.prop(`${name}: refuses what Schema refuses`, [encoded, FastCheck.nat()], ([json, seed]) => {
      agree(schema, mutate(json, seed))
    }, { fastCheck: { numRuns: runs } })
  }
})

describe("unions decode to the member Schema picks", () => {
  const NumberFromString = Schema.NumberFromString
  // The example of issue 9: the first member accepts the input too, but Schema picks the second,
  // whose literal discriminator matches, and decodes `n` to a number.
  const issueExample = Schema.Union(
    Schema.Struct({ a: Schema.String, n: Schema.optional(Schema.Unknown) }),
    Schema.Struct({ kind: Schema.Literal("x"), a: Schema.String, n: NumberFromString })
  )

  it("the issue's example gives n: 2, as Schema does", () => {
    const input = { kind: "x", a: "a", n: "2" }
    expect(Either.getOrThrow(makeDecoder(issueExample)(input))).toStrictEqual({ kind: "x", a: "a", n: 2 })
    agree(issueExample as AnySchema, input)
  })

  const unions: ReadonlyArray<readonly [string, AnySchema]> = [
    ["issue 9 example", issueExample as AnySchema],
    ["members reordered", Schema.Union(issueExample.members[1], issueExample.members[0]) as AnySchema],
    [
      "discriminated by a literal",
      Schema.Union(
        Schema.Struct({ type: Schema.Literal("a"), v: NumberFromString }),
        Schema.Struct({ type: Schema.Literal("b"), v: Schema.String })
      ) as AnySchema
    ],
    [
      "overlapping structs, one with a transformation",
      Schema.Union(Schema.Struct({ a: Schema.String }), Schema.Struct({ a: Schema.String, b: NumberFromString })) as AnySchema
    ],
    [
      "two discriminators",
      Schema.Union(
        Schema.Struct({ k: Schema.Literal("x"), j: Schema.Literal(1), v: Schema.String }),
        Schema.Struct({ k: Schema.Literal("x"), j: Schema.Literal(2), v: NumberFromString }),
        Schema.Struct({ k: Schema.Literal("y"), v: Schema.Unknown })
      ) as AnySchema
    ],
    ["open enum", Schema.Union(Schema.Literal("a", "b"), Schema.String) as AnySchema],
    ["string or number to string", Schema.Union(Schema.String, Schema.transform(Schema.Number, Schema.String, { strict: true, decode: String, encode: Number })) as AnySchema],
    ["nullable struct", Schema.NullOr(Schema.Struct({ a: NumberFromString })) as AnySchema],
    ["number or numeric string", Schema.Union(Schema.Number, NumberFromString) as AnySchema],
    [
      "arrays and records",
      Schema.Union(Schema.Array(NumberFromString), Schema.Record({ key: Schema.String, value: Schema.String }), Schema.Array(Schema.String)) as AnySchema
    ],
    ["required unknown key", Schema.Union(Schema.Struct({ a: Schema.Unknown }), Schema.Struct({ b: NumberFromString })) as AnySchema]
  ]

  /** JSON-ish values with the keys and values these unions look at, often enough to matter. */
  const key = FastCheck.constantFrom("a", "b", "k", "j", "kind", "type", "v", "n", "x")
  const leaf = FastCheck.oneof(
    FastCheck.constantFrom("x", "y", "a", "b", "2", "1.5", "", "abc", 1, 2, 0, null, true),
    FastCheck.string(),
    FastCheck.double({ noNaN: true })
  )
  const json = FastCheck.letrec((tie) => ({
    value: FastCheck.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
    array: FastCheck.array(tie("value"), { maxLength: 3 }),
    object: FastCheck.dictionary(key, tie("value"), { maxKeys: 4 })
  })).value

  for (const [name, schema] of unions) {
    const encode = Schema.encodeSync(schema)
    const valid = Arbitrary.make(schema).map((a) => encode(a))
    it.prop(`${name}: agrees with Schema on random and valid input`, [json, valid], ([random, good]) => {
      agree(schema, random)
      agree(schema, good)
    }, { fastCheck: { numRuns: 300 } })
  }
})

describe("makeDecoder is total and bounded", () => {
  const decodeAccount = makeDecoder(Account.Account)
  const decodeStatus = makeDecoder(Status.Status)

  const nested = (depth: number, inner: unknown): unknown => {
    let value = inner
    for (let i = 0; i < depth; i++) value = [value]
    return value
  }

  it("a note of 3,000 nested arrays is a failure at a bounded path, not a stack overflow", () => {
    const result = decodeAccount({ ...AccountFixtures.mastodon30, note: nested(3000, "x") })
    expect(Either.isLeft(result)).toBe(true)
    if (Either.isLeft(result)) {
      expect(result.left.path.startsWith("note.0.0")).toBe(true)
      expect(result.left.path.length).toBeLessThan(200)
      expect(result.left.issue).toContain(`${maxDepth} levels`)
    }
  })

  it("a moved chain of 2,500 accounts and a reblog chain of 5,000 statuses fail without throwing", () => {
    let account: Record<string, unknown> = { ...AccountFixtures.mastodon30 }
    for (let i = 0; i < 2500; i++) account = { ...AccountFixtures.mastodon30, moved: account }
    let status: Record<string, unknown> = { ...StatusFixtures.mastodon30 }
    for (let i = 0; i < 5000; i++) status = { ...StatusFixtures.mastodon30, reblog: status }
    const moved = decodeAccount(account)
    const reblogged = decodeStatus(status)
    expect(Either.isLeft(moved) && moved.left.path.startsWith("moved.moved")).toBe(true)
    expect(Either.isLeft(reblogged) && reblogged.left.path.startsWith("reblog.reblog")).toBe(true)
  })

  it("nesting up to the limit still decodes", () => {
    const deep = makeDecoder(Schema.Struct({ data: Schema.Unknown }))
    expect(Either.isRight(deep({ data: nested(maxDepth - 2, 1) }))).toBe(true)
    expect(Either.isLeft(deep({ data: nested(maxDepth, 1) }))).toBe(true)
  })

  it("a cyclic value is refused, not walked forever", () => {
    const cyclic: Record<string, unknown> = { ...AccountFixtures.mastodon30 }
    cyclic["moved"] = cyclic
    expect(Either.isLeft(decodeAccount(cyclic))).toBe(true)
  })

  it("what a schema throws becomes a failure", () => {
    const throwing = Schema.transform(Schema.String, Schema.String, {
      strict: true,
      decode: () => {
        throw new Error("boom")
      },
      encode: (s) => s
    })
    const result = makeDecoder(Schema.Struct({ a: throwing }))({ a: "x" })
    expect(Either.isLeft(result) && result.left.issue).toBe("decoding threw Error: boom")
  })

  it("a failure names the path and what was expected, in bounded text", () => {
    const result = decodeAccount({ ...AccountFixtures.mastodon30, followers_count: "x".repeat(100_000) })
    expect(Either.isLeft(result)).toBe(true)
    if (Either.isLeft(result)) {
      expect(result.left.path).toBe("followers_count")
      expect(result.left.issue).toContain("a string of 100000 characters")
      expect(result.left.issue.length).toBeLessThanOrEqual(301)
    }
    const { acct: _, ...withoutAcct } = AccountFixtures.mastodon30
    const missing = decodeAccount(withoutAcct)
    expect(Either.isLeft(missing) && missing.left).toStrictEqual({ path: "acct", issue: "is missing" })
  })

  it("a token response whose access_token is not a string does not have its value printed", () => {
    const secret = "s3cr3t-token-value"
    const decode = makeDecoder(Token.Token)
    const wrapped = decode({ access_token: { value: secret }, token_type: "Bearer", scope: "read", created_at: 1 })
    const number = decode({ access_token: [secret], token_type: "Bearer", scope: "read", created_at: 1 })
    const short = makeDecoder(Schema.Struct({ refresh_token: Schema.Number }))({ refresh_token: "abc" })
    const failures: ReadonlyArray<Either.Either<unknown, { readonly issue: string }>> = [wrapped, number, short]
    for (const result of failures) {
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isLeft(result)) {
        expect(result.left.issue).not.toContain(secret)
        expect(result.left.issue).not.toContain("abc")
      }
    }
  })
})

describe("hostile keys", () => {
  const decodeAccount = makeDecoder(Account.Account)
  const hostile = JSON.parse(
    JSON.stringify(AccountFixtures.mastodon30).replace(
      /^\{/,
      "{\"__proto__\":{\"moved\":\"NOT AN ACCOUNT\",\"suspended\":\"yes\"},\"toString\":\"x\",\"valueOf\":\"y\",\"constructor\":\"z\",\"hasOwnProperty\":1,"
    )
  ) as unknown

  it("__proto__ in a body forges no field; toString / valueOf / constructor do not shadow behaviour", () => {
    const account = Either.getOrThrow(decodeAccount(hostile))
    expect(account.moved).toBeUndefined()
    expect(account.suspended).toBeUndefined()
    expect(Object.getPrototypeOf(account)).toBe(Object.prototype)
    expect(`${account as object}`).toBe("[object Object]")
    expect(account.constructor).toBe(Object)
    expect(Object.prototype.hasOwnProperty.call(account, "toString")).toBe(false)
    // Other unknown fields are still kept.
    expect(account.acct).toBe(AccountFixtures.mastodon30.acct)
  })

  it("the same holds where Schema decodes (a union it keeps for itself) and deep inside a value", () => {
    const ambiguous = makeDecoder(Schema.Union(Schema.Struct({ a: Schema.String }), Schema.Struct({ a: Schema.String, b: Schema.NumberFromString })))
    const out = Either.getOrThrow(ambiguous(JSON.parse("{\"a\":\"x\",\"__proto__\":{\"b\":5},\"valueOf\":1,\"nested\":{\"__proto__\":{\"c\":1},\"d\":2}}") as unknown))
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(`${out as object}`).toBe("[object Object]")
    expect((out as Record<string, unknown>)["nested"]).toStrictEqual({ d: 2 })
    expect(Object.getPrototypeOf((out as Record<string, { readonly c?: unknown }>)["nested"])).toBe(Object.prototype)
  })

  it("a key the schema declares keeps its (validated) value, even named like a prototype member", () => {
    const declared = makeDecoder(Schema.Struct({ constructor: Schema.String, a: Schema.Number }))
    expect(Either.getOrThrow(declared({ constructor: "kept", a: 1, toString: "dropped" }))).toStrictEqual({ constructor: "kept", a: 1 })
    expect(Either.isLeft(declared({ constructor: 5, a: 1 }))).toBe(true)
  })
})
