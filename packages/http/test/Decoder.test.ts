/**
 * The compiled fast-path decoder must give exactly what Schema gives, and refuse exactly what
 * Schema refuses, for every entity an endpoint returns.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Account from "@mastodon-effect/core/Account"
import * as Application from "@mastodon-effect/core/Application"
import * as FamiliarFollowers from "@mastodon-effect/core/FamiliarFollowers"
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as Instance from "@mastodon-effect/core/Instance"
import * as List from "@mastodon-effect/core/List"
import * as MastodonErrorBody from "@mastodon-effect/core/MastodonErrorBody"
import * as Profile from "@mastodon-effect/core/Profile"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Status from "@mastodon-effect/core/Status"
import * as Tag from "@mastodon-effect/core/Tag"
import * as Token from "@mastodon-effect/core/Token"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { compileDecoder } from "../src/internal/decoder.js"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table of unrelated schemas
const entities: ReadonlyArray<readonly [string, Schema.Schema<any, any>, number]> = [
  ["Account", Account.Account, 60],
  ["CredentialAccount", Account.CredentialAccount, 40],
  ["MutedAccount", Account.MutedAccount, 40],
  ["Array<Account>", Schema.Array(Account.Account), 20],
  ["Relationship", Relationship.Relationship, 60],
  ["Status", Status.Status, 15],
  ["Token", Token.Token, 60],
  ["Application", Application.Application, 60],
  ["CredentialApplication", Application.CredentialApplication, 60],
  ["InstanceV2", Instance.InstanceV2, 20],
  ["InstanceV1", Instance.InstanceV1, 20],
  ["FeaturedTag", FeaturedTag.FeaturedTag, 60],
  ["List", List.List, 60],
  ["Tag", Tag.Tag, 60],
  ["FamiliarFollowers", FamiliarFollowers.FamiliarFollowers, 30],
  ["Profile", Profile.Profile, 30],
  ["MastodonErrorBody", MastodonErrorBody.MastodonErrorBody, 60]
]

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

describe("compiled decoder", () => {
  for (const [name, schema, runs] of entities) {
    const fast = compileDecoder(schema)
    const careful = Schema.decodeUnknownEither(schema, { onExcessProperty: "preserve" })
    const encode = Schema.encodeSync(schema)
    const encoded = Arbitrary.make(schema).map((a) => encode(a))

    it.prop(`${name}: same value as Schema for valid input, extras preserved`, [encoded], ([json]) => {
      const input = typeof json === "object" && json !== null && !Array.isArray(json) ? { ...json, from_the_future: [1, "x"] } : json
      const expected = careful(input)
      const got = fast(input)
      expect(Either.isRight(expected)).toBe(true)
      expect(Option.isSome(got)).toBe(true)
      if (Either.isRight(expected) && Option.isSome(got)) {
        expect(got.value).toStrictEqual(expected.right)
        expect(encode(got.value)).toStrictEqual(encode(expected.right))
      }
    }, { fastCheck: { numRuns: runs } })

    it.prop(`${name}: refuses what Schema refuses`, [encoded, FastCheck.nat()], ([json, seed]) => {
      const broken = mutate(json, seed)
      expect(Option.isSome(fast(broken))).toBe(Either.isRight(careful(broken)))
    }, { fastCheck: { numRuns: runs } })
  }
})
