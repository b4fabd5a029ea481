import { describe, expect, it } from "@effect/vitest"
import * as AdminCohort from "@mastodon-effect/core/AdminCohort"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminCohort.js"

const decode = Schema.decodeUnknownSync(AdminCohort.AdminCohort)
const encode = Schema.encodeSync(AdminCohort.AdminCohort)

describe("AdminCohort", () => {
  it("decodes the docs' monthly example", () => {
    const cohort = decode(Fx.monthly)
    expect(cohort.frequency).toBe("month")
    expect(DateTime.formatIso(cohort.period)).toBe("2022-09-01T00:00:00.000Z")
    expect(cohort.data).toHaveLength(1)
    expect(cohort.data[0]?.rate).toBe(1)
    expect(cohort.data[0]?.value).toBe("2")
  })

  it("decodes the docs' daily example and round-trips it to the same instants", () => {
    const cohort = decode(Fx.daily)
    expect(cohort.data.map((d) => d.rate)).toEqual([1, 1, 0.5, 0.5, 0.5, 0.5, 0.5])
    const encoded = encode(cohort)
    expect(encoded.period).toBe("2022-09-08T00:00:00.000Z")
    expect(encoded.data.map((d) => Date.parse(d.date))).toEqual(Fx.daily.data.map((d) => Date.parse(d.date)))
    expect(decode(encoded)).toEqual(cohort)
  })

  it("keeps an unknown frequency and drops unknown fields", () => {
    const cohort = decode(Fx.extra)
    expect(cohort.frequency).toBe("week")
    expect(encode(cohort).data).toEqual([{ date: "2025-01-01T00:00:00.000Z", rate: 0.25, value: "1" }])
  })

  it("fails on a rate sent as a string and names the path", () => {
    const result = Schema.decodeUnknownEither(AdminCohort.AdminCohort)(Fx.badRate)
    const message = Either.isLeft(result) ? String(result.left) : ""
    expect(message).toContain('["data"]')
    expect(message).toContain('["rate"]')
  })

  it.prop("decode(encode(a)) equals a", [AdminCohort.AdminCohort], ([cohort]) => {
    expect(Schema.equivalence(AdminCohort.AdminCohort)(decode(encode(cohort)), cohort)).toBe(true)
  }, { fastCheck: { numRuns: 50 } })
})
