import { describe, expect, it } from "@effect/vitest"
import * as AnnualReport from "@mastodon-effect/core/AnnualReport"
import * as Fx from "./fixtures/AnnualReport.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const R = AnnualReport.AnnualReport

describe("AnnualReport", () => {
  it("decodes and round-trips the docs' report and wrapped reports", () => {
    const report = decode(R, Fx.docs)
    expect(report.data.archetype).toBe("oracle")
    expect(report.data.time_series?.[0]).toEqual({ month: 12, statuses: 7123, followers: 48 })
    expect(report.data.top_statuses?.by_replies).toBeNull()
    expect(report.account_id).toBe("55911")
    expect(roundTrip(R, Fx.docs)).toStrictEqual(Fx.docs)
    expect(decode(AnnualReport.WrappedAnnualReports, Fx.docsWrapped).annual_reports[0]?.year).toBe(2025)
    expect(roundTrip(AnnualReport.WrappedAnnualReports, Fx.docsWrapped)).toStrictEqual(Fx.docsWrapped)
  })

  it("decodes a schema version 1 report from Mastodon 4.3, keeping the v1-only data as sent", () => {
    const report = decode(R, Fx.schema1)
    expect(report.share_url).toBeUndefined()
    expect(report.data.time_series?.[0]?.following).toBe(3)
    expect(report.data.percentiles).toEqual({ followers: 80, statuses: 95 })
    expect(roundTrip(R, Fx.schema1)).toStrictEqual(Fx.schema1)
  })

  it("keeps an unknown archetype; unknown fields only when preserving", () => {
    expect(decode(R, Fx.extra).data.archetype).toBe("lurker_deluxe")
    expect(roundTrip(R, Fx.extra)).not.toHaveProperty("read")
    const preserved = decodePreserving(R, Fx.extra)
    expect(preserved).toHaveProperty("read", false)
    expect(preserved.data).toHaveProperty("new_stat", 1)
  })

  it("fails on a month that is not a number and names the path", () => {
    const message = failure(R, Fx.badMonth)
    expect(message).toContain('["time_series"]')
    expect(message).toContain('["month"]')
  })

  it("decodes the state of a year's report, unknown states too", () => {
    expect(decode(AnnualReport.AnnualReportState, { state: "available" }).state).toBe("available")
    expect(decode(AnnualReport.AnnualReportState, { state: "expired" }).state).toBe("expired")
    expect(failure(AnnualReport.AnnualReportState, {})).toContain('["state"]')
  })
})
