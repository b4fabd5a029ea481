/**
 * A seeded fuzz test: thousands of entity bodies mutated the way a broken or hostile server would
 * (deep nesting, huge strings, wrong types, `__proto__` / `constructor` keys, `moved` and `reblog`
 * chains of thousands, truncated values and truncated JSON). Every one must end in a value or a
 * typed error: no exception out of the decoder, no defect out of an endpoint call, no forged field.
 *
 * The seed is fixed, so a failure is reproducible; the case number is in the message.
 *
 * The second test goes through the endpoint pipeline (Endpoint.ts), which must decode with
 * `makeDecoder` for it to pass: with the older decode step (Schema's error formatter recursing per
 * level of the value) a deeply nested body dies with a stack overflow.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Account from "@mastodon-effect/core/Account"
import type * as Id from "@mastodon-effect/core/Id"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Status from "@mastodon-effect/core/Status"
import * as Token from "@mastodon-effect/core/Token"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AccountFixtures from "../../core/test/fixtures/Account.js"
import * as RelationshipFixtures from "../../core/test/fixtures/Relationship.js"
import * as StatusFixtures from "../../core/test/fixtures/Status.js"
import * as TokenFixtures from "../../core/test/fixtures/Token.js"
import { makeDecoder } from "../src/internal/decoder.js"
import { mockClient, type Reply } from "./utils/mockHttp.js"

type Json = unknown
type Random = () => number

/** mulberry32: a small seeded PRNG, so every run sees the same cases. */
const prng = (seed: number): Random => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const int = (random: Random, max: number) => Math.floor(random() * max)
const pick = <A>(random: Random, items: ReadonlyArray<A>): A => items[int(random, items.length)]!

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json

/** The containers along a random path into a value, and a key of the last one. */
const randomSpot = (value: Json, random: Random): { readonly parent: Record<string, Json> | Array<Json>; readonly key: string | number } | undefined => {
  let current = value
  let spot: { parent: Record<string, Json> | Array<Json>; key: string | number } | undefined
  for (let depth = 0; depth < 6; depth++) {
    if (Array.isArray(current)) {
      if (current.length === 0) break
      const key = int(random, current.length)
      spot = { parent: current, key }
      current = current[key]
    } else if (typeof current === "object" && current !== null) {
      const keys = Object.keys(current)
      if (keys.length === 0) break
      const key = pick(random, keys)
      spot = { parent: current as Record<string, Json>, key }
      current = (current as Record<string, Json>)[key]
    } else {
      break
    }
    if (random() < 0.35) break
  }
  return spot
}

const set = (spot: { readonly parent: Record<string, Json> | Array<Json>; readonly key: string | number }, value: Json) => {
  ;(spot.parent as Record<string | number, Json>)[spot.key] = value
}

const nested = (depth: number, inner: Json): Json => {
  let value = inner
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

const wrongValues: ReadonlyArray<Json> = [null, 0, -1, 1e308, 3.5, "", "x", "2019-13-45", true, false, [], {}, [null], { a: 1 }, "NaN"]

/** One change a broken or hostile server could make to a body. */
const mutations: ReadonlyArray<(body: Json, random: Random) => Json> = [
  // Deep nesting somewhere (past the limit or not).
  (body, random) => {
    const spot = randomSpot(body, random)
    if (spot !== undefined) set(spot, nested(pick(random, [3, 30, 63, 65, 1000, 3000]), "x"))
    return body
  },
  // A huge string.
  (body, random) => {
    const spot = randomSpot(body, random)
    if (spot !== undefined) set(spot, "\u00e9".repeat(pick(random, [10_000, 200_000])))
    return body
  },
  // A value of the wrong type.
  (body, random) => {
    const spot = randomSpot(body, random)
    if (spot !== undefined) set(spot, pick(random, wrongValues))
    return body
  },
  // A key dropped.
  (body, random) => {
    const spot = randomSpot(body, random)
    if (spot !== undefined && !Array.isArray(spot.parent)) delete spot.parent[spot.key as string]
    return body
  },
  // Keys named like Object.prototype members, at the top or deeper.
  (body, random) => {
    const target = random() < 0.5 ? body : randomSpot(body, random)?.parent ?? body
    if (typeof target !== "object" || target === null || Array.isArray(target)) return body
    const key = pick(random, ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"])
    const value = pick<Json>(random, [{ moved: "NOT AN ACCOUNT", suspended: "yes", id: 5 }, "x", 1, null, { toString: 1 }])
    // defineProperty, as JSON.parse does: an own key, not the prototype.
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
    return body
  },
  // A string cut short.
  (body, random) => {
    const spot = randomSpot(body, random)
    if (spot === undefined) return body
    const value = (spot.parent as Record<string | number, Json>)[spot.key]
    if (typeof value === "string") set(spot, value.slice(0, int(random, value.length)))
    return body
  },
  // Deep nesting of arrays and objects mixed.
  (body, random) => {
    const spot = randomSpot(body, random)
    if (spot === undefined) return body
    let value: Json = 1
    for (let i = 0, n = pick(random, [200, 2000]); i < n; i++) value = i % 2 === 0 ? [value] : { v: value }
    set(spot, value)
    return body
  }
]

/** A chain: `moved` for accounts, `reblog` for statuses, as long as a hostile server likes. */
const chain = (base: Record<string, Json>, key: "moved" | "reblog", length: number): Json => {
  let value: Json = { ...base }
  for (let i = 0; i < length; i++) value = { ...base, [key]: value }
  return value
}

interface Target {
  readonly name: string
  readonly schema: Schema.Schema<unknown, unknown>
  readonly bases: ReadonlyArray<Json>
  readonly chainKey?: "moved" | "reblog"
}

const targets: ReadonlyArray<Target> = [
  { name: "Account", schema: Account.Account as Schema.Schema<unknown, unknown>, bases: [AccountFixtures.full, AccountFixtures.mastodon30, AccountFixtures.pleroma], chainKey: "moved" },
  { name: "Status", schema: Status.Status as Schema.Schema<unknown, unknown>, bases: [StatusFixtures.full, StatusFixtures.mastodon30], chainKey: "reblog" },
  { name: "Array<Account>", schema: Schema.Array(Account.Account) as Schema.Schema<unknown, unknown>, bases: [[AccountFixtures.mastodon30, AccountFixtures.full]] },
  { name: "Relationship", schema: Relationship.Relationship as Schema.Schema<unknown, unknown>, bases: [RelationshipFixtures.full] },
  { name: "Token", schema: Token.Token as Schema.Schema<unknown, unknown>, bases: [TokenFixtures.full] }
]

/** The body of case `n`: a fixture with one to three mutations, or a long chain now and then. */
const makeCase = (target: Target, random: Random): Json => {
  const base = pick(random, target.bases)
  if (target.chainKey !== undefined && random() < 0.02) {
    // Short chains of the smallest fixture: under the depth limit, Schema's cost grows with the
    // square of a chain's length.
    const small = target.bases[target.bases.length - 1] as Record<string, Json>
    return chain(small, target.chainKey, pick(random, [2, 10, 65, 2500, 5000]))
  }
  let body = clone(base)
  for (let i = 0, n = 1 + int(random, 3); i < n; i++) body = pick(random, mutations)(body, random)
  return body
}

/**
 * JSON text for a value of any depth: `JSON.stringify` recurses and overflows on the chains and
 * nestings a hostile server can send, so this one keeps its own stack.
 */
const toJson = (root: Json): string => {
  const out: Array<string> = []
  const stack: Array<Json | { readonly text: string }> = [root]
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item === "object" && item !== null && textTokens.has(item)) {
      out.push((item as { readonly text: string }).text)
      continue
    }
    if (Array.isArray(item)) {
      const parts: Array<Json | { readonly text: string }> = [token("[")]
      item.forEach((element, i) => parts.push(...(i > 0 ? [token(","), element] : [element])))
      parts.push(token("]"))
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!)
    } else if (typeof item === "object" && item !== null) {
      const parts: Array<Json | { readonly text: string }> = [token("{")]
      Object.keys(item).forEach((key, i) => {
        parts.push(token(`${i > 0 ? "," : ""}${JSON.stringify(key)}:`), (item as Record<string, Json>)[key])
      })
      parts.push(token("}"))
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!)
    } else {
      out.push(JSON.stringify(item) ?? "null")
    }
  }
  return out.join("")
}
const textTokens = new WeakSet<object>()
const token = (text: string) => {
  const t = { text }
  textTokens.add(t)
  return t
}

/** Whether a decoded value shows no forged field and prints, all the way down. */
const plain = (value: unknown, depth = 0): boolean => {
  if (typeof value !== "object" || value === null || depth > 200) return true
  if (Array.isArray(value)) return value.every((item) => plain(item, depth + 1))
  // The hostile-key mutation hides these values behind `__proto__`: read through a forged
  // prototype, they would show here. No other mutation produces them.
  const fields = value as { readonly moved?: unknown; readonly suspended?: unknown }
  if (fields.moved === "NOT AN ACCOUNT" || fields.suspended === "yes") return false
  // Class instances (DateTime, Redacted) are the schema's own values.
  if (Object.getPrototypeOf(value) !== Object.prototype) return true
  try {
    String(value)
  } catch {
    return false
  }
  return Object.values(value).every((item) => plain(item, depth + 1))
}

describe("fuzz: mutated entity bodies", () => {
  it("makeDecoder: 4,000 cases end in a value or a bounded failure, never a throw or a forged field", () => {
    const random = prng(0x5eed)
    const problems: Array<string> = []
    const decoders = targets.map((target) => makeDecoder(target.schema))
    for (let n = 0; n < 4000; n++) {
      const target = targets[n % targets.length]!
      const body = makeCase(target, random)
      try {
        const result = decoders[n % targets.length]!(body)
        if (Either.isLeft(result)) {
          if (result.left.path.length > 1000 || result.left.issue.length > 301) problems.push(`case ${n}: unbounded failure text`)
        } else if (!plain(result.right)) {
          problems.push(`case ${n} (${target.name}): a decoded value is not plain`)
        }
      } catch (thrown) {
        problems.push(`case ${n} (${target.name}): threw ${String(thrown).slice(0, 100)}`)
      }
    }
    expect(problems).toEqual([])
  }, 60_000)

  it.live("accounts.get and accounts.statuses: 300 cases end in a value or a typed MastodonError, never a defect", () =>
    Effect.gen(function*() {
      const random = prng(0xbad5eed)
      let reply: Reply = { json: {} }
      const { layer } = yield* mockClient(() => reply)
      const problems: Array<string> = []
      const account = targets[0]!
      const status = targets[1]!
      for (let n = 0; n < 300; n++) {
        const statuses = n % 2 === 1
        const body = statuses ? [makeCase(status, random), StatusFixtures.mastodon30] : makeCase(account, random)
        const text = toJson(body)
        // Now and then the body is cut short, as by a dropped connection.
        reply = random() < 0.1
          ? { body: text.slice(0, int(random, text.length)), headers: { "content-type": "application/json" } }
          : { body: text, headers: { "content-type": "application/json" } }
        const call = statuses
          ? Effect.asVoid(Accounts.statuses("1" as Id.AccountId))
          : Effect.asVoid(Accounts.get("1" as Id.AccountId))
        const exit = yield* Effect.exit(Effect.provide(call, layer))
        if (Exit.isFailure(exit)) {
          if (Option.isSome(Cause.dieOption(exit.cause))) {
            problems.push(`case ${n}: defect ${String(Option.getOrUndefined(Cause.dieOption(exit.cause))).slice(0, 100)}`)
          } else {
            const failure = Cause.failureOption(exit.cause)
            if (Option.isNone(failure) || !MastodonError.isMastodonError(failure.value)) problems.push(`case ${n}: not a MastodonError`)
          }
        }
      }
      expect(problems).toEqual([])
    }), 120_000)
})
