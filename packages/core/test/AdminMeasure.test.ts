import { describe, expect, it } from "@effect/vitest"
import * as AdminMeasure from "@mastodon-effect/core/AdminMeasure"
import type * as Id from "@mastodon-effect/core/Id"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminMeasure.js"

const decode = Schema.decodeUnknownSync(AdminMeasure.AdminMeasure)
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("AdminMeasure", () => {
  it("decodes the docs' active_users example", () => {
    const measure = decode(Fx.activeUsers)
    expect(measure.unit).toBeNull()
    expect(measure.total).toBe("2")
    expect(measure.previous_total).toBe("0")
    expect(measure.data.map((d) => d.value)).toEqual(["0", "0", "0", "1", "1", "1", "2", "1"])
    expect(DateTime.formatIso(measure.data[0]!.date)).toBe("2022-09-14T00:00:00.000Z")
  })

  it("decodes days sent with an offset to the same instants", () => {
    const measure = decode(Fx.newUsers)
    expect(measure.data.map((d) => DateTime.formatIso(d.date).slice(0, 10))).toEqual([
      "2022-09-14", "2022-09-15", "2022-09-16", "2022-09-17", "2022-09-18",
      "2022-09-19", "2022-09-20", "2022-09-21", "2022-09-22"
    ])
  })

  it("round-trips to the same instants (dates come back in UTC ISO form)", () => {
    for (const input of [Fx.activeUsers, Fx.newUsers, Fx.instanceMediaAttachments, Fx.instanceReports]) {
      const encoded = Schema.encodeSync(AdminMeasure.AdminMeasure)(decode(input))
      expect({ ...encoded, data: [] }).toStrictEqual({ ...input, data: [] })
      expect(encoded.data.map((d) => [Date.parse(d.date), d.value])).toEqual(input.data.map((d) => [Date.parse(d.date), d.value]))
    }
  })

  it("decodes a byte measure with a human value, empty daily values and no previous total", () => {
    const measure = decode(Fx.instanceMediaAttachments)
    expect(measure.unit).toBe("bytes")
    expect(measure.human_value).toBe("0 Bytes")
    expect(measure.previous_total).toBeUndefined()
    expect(measure.data.every((d) => d.value === "")).toBe(true)
  })

  it("decodes an early 3.5 measure: no unit, numbers, date-only days", () => {
    const measure = decode(Fx.early35)
    expect(measure.unit).toBeUndefined()
    expect([measure.total, measure.previous_total]).toEqual(["3", "1"])
    expect(measure.data.map((d) => [DateTime.formatIso(d.date), d.value])).toEqual([
      ["2022-04-01T00:00:00.000Z", "2"],
      ["2022-04-02T00:00:00.000Z", "1"]
    ])
  })

  it("types each result by its key, and decodes unknown keys as plain measures", () => {
    const schema = AdminMeasure.forKeys(["active_users", "instance_media_attachments", "instance_quotes"])
    const measures = Schema.decodeUnknownSync(schema)([Fx.activeUsers, Fx.instanceMediaAttachments, Fx.unknownKey])
    const keys: Array<string> = measures.map((m) => m.key)
    expect(keys).toEqual(["active_users", "instance_media_attachments", "instance_quotes"])
    const known = Schema.decodeUnknownSync(AdminMeasure.forKeys(["new_users"]))([Fx.newUsers])
    const key: "new_users" | undefined = known[0]?.key
    expect(key).toBe("new_users")
  })

  it("fails on a key that was not asked for", () => {
    const message = failure(Schema.decodeUnknownEither(AdminMeasure.forKeys(["new_users"]))([Fx.activeUsers]))
    expect(message).toContain('"active_users"')
  })

  it("drops unknown fields, or keeps them with preserve", () => {
    const { cached: _, ...known } = Fx.unknownKey
    expect(Schema.encodeSync(AdminMeasure.AdminMeasure)(decode(Fx.unknownKey))).toStrictEqual({
      ...known,
      data: [{ date: "2025-11-01T00:00:00.000Z", value: "4" }]
    })
    expect(Schema.decodeUnknownSync(AdminMeasure.AdminMeasure, { onExcessProperty: "preserve" })(Fx.unknownKey))
      .toMatchObject({ cached: true })
  })

  it("fails on a bad day and names the path", () => {
    const message = failure(Schema.decodeUnknownEither(AdminMeasure.AdminMeasure)(Fx.badDate))
    expect(message).toContain('["data"]')
    expect(message).toContain('["date"]')
  })

  it("knows which keys need which parameter", () => {
    expect(AdminMeasure.knownKeys).toHaveLength(14)
    expect(AdminMeasure.knownKeys.filter((key) => AdminMeasure.parameterOf[key as keyof typeof AdminMeasure.parameterOf] === "id"))
      .toEqual(["tag_accounts", "tag_uses", "tag_servers"])
    expect(AdminMeasure.knownKeys.filter((key) => key.startsWith("instance_")).every((key) => key in AdminMeasure.parameterOf))
      .toBe(true)
    const parameters: AdminMeasure.Parameters<"new_users" | "tag_uses" | "instance_statuses"> = {
      tag_uses: { id: "802" as Id.TagId },
      instance_statuses: { domain: "mastodon.social" }
    }
    expect(Object.keys(parameters)).toEqual(["tag_uses", "instance_statuses"])
  })
})
