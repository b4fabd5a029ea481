import { describe, expect, it } from "@effect/vitest"
import * as Instance from "@mastodon-effect/core/Instance"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Instance.js"

const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("InstanceV2", () => {
  const decode = Schema.decodeUnknownEither(Instance.InstanceV2)

  it("decodes every documented field of a Mastodon 4.6 instance", () => {
    const instance = Schema.decodeUnknownSync(Instance.InstanceV2)(Fx.v2Full)
    expect(instance.version).toBe("4.6.0")
    expect(instance.api_versions?.mastodon).toBe(8)
    expect(instance.configuration?.accounts?.max_featured_tags).toBe(10)
    expect(instance.configuration?.accounts?.max_profile_fields).toBe(4)
    expect(instance.configuration?.timelines_access?.trending_link_feeds?.remote).toBe("disabled")
    expect(instance.registrations?.min_age).toBe(16)
    expect(instance.contact?.account?.username).toBe("heron")
    expect(instance.rules?.[0]?.translations?.["de"]?.text).toBe("Sei nett zu Ottern.")
    expect(instance.thumbnail?.versions?.["@2x"]).toContain("@2x")
  })

  it("round-trips the full fixture exactly", () => {
    expect(roundTrip(Instance.InstanceV2, Fx.v2Full)).toStrictEqual(Fx.v2Full)
  })

  it("decodes and round-trips a Mastodon 4.0 instance", () => {
    const instance = Schema.decodeUnknownSync(Instance.InstanceV2)(Fx.v2Mastodon40)
    expect(instance.api_versions).toBeUndefined()
    expect(instance.configuration?.accounts?.max_profile_fields).toBeUndefined()
    expect(instance.contact?.account).toBeNull()
    expect(roundTrip(Instance.InstanceV2, Fx.v2Mastodon40)).toStrictEqual(Fx.v2Mastodon40)
  })

  it("decodes a fork's sparse instance and keeps other api_versions keys", () => {
    const instance = Schema.decodeUnknownSync(Instance.InstanceV2)(Fx.v2Fork)
    expect(instance.version).toBe("4.0.0 (compatible; Akkoma 3.13.2)")
    expect(instance.api_versions?.mastodon).toBe(1)
    expect(instance.api_versions?.["akkoma"]).toBe("3.13")
    expect(instance.configuration?.statuses?.max_characters).toBe(5000)
    expect(instance.registrations).toBeUndefined()
    const { pleroma: _pleroma, ...known } = Fx.v2Fork
    expect(roundTrip(Instance.InstanceV2, Fx.v2Fork)).toStrictEqual(known)
  })

  it("keeps an unknown timeline access value, drops unknown fields", () => {
    const instance = Schema.decodeUnknownSync(Instance.InstanceV2)(Fx.v2Extra)
    expect(instance.configuration?.timelines_access?.live_feeds?.local).toBe("members_only")
    const encoded = roundTrip(Instance.InstanceV2, Fx.v2Extra)
    expect(encoded).not.toHaveProperty("fediverse_weather")
    expect(encoded.configuration).not.toHaveProperty("emoji_reactions")
  })

  it("fails on a wrong version type and names it", () => {
    expect(failure(decode(Fx.v2BadVersion))).toContain('["version"]')
  })

  it("fails on a bad nested limit and names the whole path", () => {
    const message = failure(decode(Fx.v2BadNested))
    expect(message).toContain('["configuration"]')
    expect(message).toContain('["accounts"]')
    expect(message).toContain('["max_featured_tags"]')
  })

  it("fails without domain", () => {
    expect(failure(decode(Fx.v2MissingDomain))).toContain('["domain"]')
  })
})

describe("InstanceV1", () => {
  const decode = Schema.decodeUnknownEither(Instance.InstanceV1)

  it("decodes and round-trips a Mastodon 3.5 instance", () => {
    const instance = Schema.decodeUnknownSync(Instance.InstanceV1)(Fx.v1Full)
    expect(instance.stats?.user_count).toBe(812303)
    expect(instance.configuration?.accounts?.max_featured_tags).toBe(10)
    expect(instance.contact_account?.acct).toBe("otterly@example.social")
    expect(roundTrip(Instance.InstanceV1, Fx.v1Full)).toStrictEqual(Fx.v1Full)
  })

  it("decodes a Pleroma instance with a null email", () => {
    const instance = Schema.decodeUnknownSync(Instance.InstanceV1)(Fx.v1Pleroma)
    expect(instance.email).toBeNull()
    expect(instance.version).toBe("2.7.2 (compatible; Pleroma 2.5.0)")
    expect(instance.configuration).toBeUndefined()
    const { max_toot_chars: _m, poll_limits: _p, pleroma: _pl, ...known } = Fx.v1Pleroma
    expect(roundTrip(Instance.InstanceV1, Fx.v1Pleroma)).toStrictEqual(known)
  })

  it("fails without uri", () => {
    const message = failure(decode(Fx.v1MissingUri))
    expect(message).toContain('["uri"]')
    expect(message).toContain("is missing")
  })

  it("fails on a bad stats block and names the path", () => {
    const message = failure(decode(Fx.v1BadStats))
    expect(message).toContain('["stats"]')
    expect(message).toContain('["user_count"]')
  })
})
