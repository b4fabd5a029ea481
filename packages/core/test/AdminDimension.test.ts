import { describe, expect, it } from "@effect/vitest"
import * as AdminDimension from "@mastodon-effect/core/AdminDimension"
import type * as Id from "@mastodon-effect/core/Id"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminDimension.js"

const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("AdminDimension", () => {
  it("decodes and round-trips the docs' response with the plain schema", () => {
    const schema = Schema.Array(AdminDimension.AdminDimension)
    const dimensions = Schema.decodeUnknownSync(schema)(Fx.docs)
    expect(dimensions.map((d) => d.key)).toEqual([
      "languages", "sources", "servers", "space_usage", "software_versions",
      "instance_languages", "instance_accounts", "tag_servers", "tag_languages"
    ])
    expect(Schema.encodeSync(schema)(dimensions)).toStrictEqual(Fx.docs)
  })

  it("types each result of the docs' response by its key", () => {
    const schema = AdminDimension.forKeys(AdminDimension.knownKeys)
    const dimensions = Schema.decodeUnknownSync(schema)(Fx.docs)
    const human: Array<string> = []
    for (const dimension of dimensions) {
      // Narrowing on the key gives the item type of that key: these lines would not compile otherwise.
      if (dimension.key === "space_usage") {
        for (const item of dimension.data) human.push(`${item.key} ${item.unit} ${item.human_value}`)
      } else if (dimension.key === "software_versions") {
        for (const item of dimension.data) human.push(`${item.key} ${item.human_value}`)
      }
    }
    expect(human).toEqual([
      "postgresql bytes 46.2 GB", "redis bytes 96.1 MB", "media bytes 780 GB",
      "mastodon 3.5.1+chitter", "ruby 3.0.3p157", "postgresql 14.3", "redis 6.2.7"
    ])
    expect(Schema.encodeSync(schema)(dimensions)).toStrictEqual(Fx.docs)
  })

  it("decodes only what was asked for: a key outside the request fails", () => {
    const message = failure(Schema.decodeUnknownEither(AdminDimension.forKeys(["languages"]))(Fx.docs))
    expect(message).toContain('"sources"')
  })

  it("holds each documented key to its item shape", () => {
    const strict = Schema.decodeUnknownEither(AdminDimension.forKeys(["space_usage"]))([Fx.spaceUsageWithoutUnit])
    expect(failure(strict)).toContain('["unit"]')
    // The plain schema, for which unit is optional, takes it.
    const plain = Schema.decodeUnknownSync(AdminDimension.AdminDimension)(Fx.spaceUsageWithoutUnit)
    expect(plain.data[0]?.unit).toBeUndefined()
  })

  it("decodes a key it does not know as a plain dimension", () => {
    const schema = AdminDimension.forKeys(["languages", "remote_media_usage"])
    const [dimension] = Schema.decodeUnknownSync(schema)([Fx.unknownKey])
    expect(dimension?.key).toBe("remote_media_usage")
    // Every typed result is also a plain dimension, whose items may carry human_value.
    const plain: AdminDimension.AdminDimension | undefined = dimension
    expect(plain?.data[0]?.human_value).toBe("1 KB")
  })

  it("accepts a key asked for twice", () => {
    const schema = AdminDimension.forKeys(["sources", "sources"])
    expect(Schema.decodeUnknownSync(schema)([Fx.docs[1]])).toHaveLength(1)
  })

  it("drops unknown fields, or keeps them with preserve", () => {
    const schema = AdminDimension.forKeys(["languages"])
    expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)([Fx.extra]))).toStrictEqual([
      { key: "languages", data: [{ key: "en", human_key: "English", value: "10" }] }
    ])
    const kept = Schema.decodeUnknownSync(schema, { onExcessProperty: "preserve" })([Fx.extra])
    expect(kept[0]).toMatchObject({ cached_at: "2025-01-01T00:00:00.000Z", data: [{ share: 0.9 }] })
  })

  it("fails on a count sent as a number and names the path", () => {
    const message = failure(Schema.decodeUnknownEither(AdminDimension.AdminDimension)(Fx.numericValue))
    expect(message).toContain('["data"]')
    expect(message).toContain('["value"]')
  })

  it("knows which keys need which parameter", () => {
    expect(AdminDimension.knownKeys).toHaveLength(9)
    const needing = AdminDimension.knownKeys.filter((key) => key in AdminDimension.parameterOf)
    expect(needing).toEqual(["tag_servers", "tag_languages", "instance_accounts", "instance_languages"])
    const parameters: AdminDimension.Parameters<"languages" | "tag_servers" | "instance_languages"> = {
      tag_servers: { id: "802" as Id.TagId },
      instance_languages: { domain: "mastodon.social" }
    }
    expect(Object.keys(parameters)).toEqual(["tag_servers", "instance_languages"])
    const none: AdminDimension.Parameters<"languages" | "space_usage"> = {}
    expect(none).toEqual({})
  })

  it("accepts any key as a Key and lists the documented ones", () => {
    expect(Schema.decodeUnknownSync(AdminDimension.Key)("space_usage")).toBe("space_usage")
    expect(Schema.decodeUnknownSync(AdminDimension.Key)("something_new")).toBe("something_new")
  })
})
