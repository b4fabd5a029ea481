import { describe, expect, it } from "@effect/vitest"
import * as AdminReport from "@mastodon-effect/core/AdminReport"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as AccountFx from "./fixtures/AdminAccount.js"
import * as Fx from "./fixtures/AdminReport.js"

const decode = Schema.decodeUnknownSync(AdminReport.AdminReport)
const roundTrip = (input: unknown) => Schema.encodeSync(AdminReport.AdminReport)(decode(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}
// The docs' Admin::Account example carries the whole role row; encoding keeps the Role fields.
const encodedRole = { id: "3", name: "Owner", color: "", permissions: "1", highlighted: true }
const normalized = <A extends { readonly role: unknown }>(account: A) => ({ ...account, role: encodedRole })

describe("AdminReport", () => {
  it("decodes the docs' open report", () => {
    const report = decode(Fx.docs)
    expect(report.id).toBe("1")
    expect(report.action_taken_at).toBeNull()
    expect(report.category).toBe("spam")
    expect(report.account.account.acct).toBe("admin")
    expect(report.target_account.username).toBe("goody")
    expect(report.assigned_account).toBeNull()
    expect(report.statuses).toEqual([])
    expect(report.rules).toEqual([])
  })

  it("decodes and round-trips the docs' resolved report", () => {
    const report = decode(Fx.resolved)
    expect(report.action_taken).toBe(true)
    expect(report.action_taken_at && DateTime.formatIso(report.action_taken_at)).toBe("2022-09-09T21:38:54.679Z")
    expect(report.action_taken_by_account?.id).toBe("108965218747268792")
    expect(roundTrip(Fx.resolved)).toStrictEqual({
      ...Fx.resolved,
      account: normalized(Fx.resolved.account),
      target_account: normalized(Fx.resolved.target_account),
      action_taken_by_account: normalized(Fx.resolved.action_taken_by_account)
    })
  })

  it("decodes and round-trips a report with statuses, rules and a remote target exactly", () => {
    const report = decode(Fx.violation)
    expect(report.statuses.map((s) => s.id)).toEqual(["103270115826048975"])
    expect(report.rules?.map((r) => r.id)).toEqual(["2", "1"])
    expect(report.target_account.email).toBeNull()
    expect(report.assigned_account?.username).toBe("kit")
    expect(roundTrip(Fx.violation)).toStrictEqual(Fx.violation)
  })

  it("decodes a Mastodon 3.0 report without category, rules or forwarded", () => {
    const report = decode(Fx.mastodon30)
    expect(report.category).toBeUndefined()
    expect(report.rules).toBeUndefined()
    expect(report.forwarded).toBeUndefined()
    expect(report.account.role).toBe("user")
    expect(roundTrip(Fx.mastodon30)).toStrictEqual({
      ...Fx.mastodon30,
      account: { ...AccountFx.mastodon35, ip: "192.168.42.1" },
      target_account: { ...AccountFx.mastodon35, ip: "192.168.42.1" }
    })
  })

  it("keeps an unknown category; unknown fields are dropped, or kept with preserve", () => {
    expect(decode(Fx.extra).category).toBe("impersonation")
    expect(roundTrip(Fx.extra)).not.toHaveProperty("moderation_note_count")
    const kept = Schema.decodeUnknownSync(AdminReport.AdminReport, { onExcessProperty: "preserve" })(Fx.extra)
    expect(kept).toMatchObject({ moderation_note_count: 2 })
  })

  it("fails on a broken status and names the nested path", () => {
    const message = failure(Schema.decodeUnknownEither(AdminReport.AdminReport)(Fx.badStatus))
    expect(message).toContain('["statuses"]')
    expect(message).toContain('["id"]')
  })

  it("fails without target_account", () => {
    const message = failure(Schema.decodeUnknownEither(AdminReport.AdminReport)(Fx.missingTarget))
    expect(message).toContain('["target_account"]')
    expect(message).toContain("is missing")
  })
})
