import { describe, expect, it } from "@effect/vitest"
import * as Report from "@mastodon-effect/core/Report"
import * as DateTime from "effect/DateTime"
import * as Fx from "./fixtures/Report.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("Report", () => {
  it("decodes and round-trips the docs' example", () => {
    const report = decode(Report.Report, Fx.docs)
    expect(report.category).toBe("spam")
    expect(report.status_ids).toEqual(["108882889550545820"])
    expect(report.rule_ids).toBeNull()
    expect(report.target_account?.acct).toBe("Baluke")
    expect(roundTrip(Report.Report, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a report a moderator acted on", () => {
    const report = decode(Report.Report, Fx.actedOn)
    expect(report.action_taken_at && DateTime.formatIso(report.action_taken_at)).toBe("2022-08-26T10:00:00.000Z")
    expect(report.rule_ids).toEqual(["2", "5"])
  })

  it("decodes a report from before Mastodon 4.0 (id and action_taken only)", () => {
    const report = decode(Report.Report, Fx.mastodon3)
    expect(report.target_account).toBeUndefined()
    expect(report.category).toBeUndefined()
    expect(roundTrip(Report.Report, Fx.mastodon3)).toStrictEqual(Fx.mastodon3)
  })

  it("keeps an unknown category; unknown fields are dropped, or kept when preserving", () => {
    expect(decode(Report.Report, Fx.extra).category).toBe("harassment")
    const { application: _a, ...known } = Fx.extra
    expect(roundTrip(Report.Report, Fx.extra)).toStrictEqual(known)
    expect(decodePreserving(Report.Report, Fx.extra)).toMatchObject({ application: { name: "Web" } })
  })

  it("fails on a non-boolean action_taken", () => {
    expect(failure(Report.Report, Fx.badActionTaken)).toContain('["action_taken"]')
  })
})
