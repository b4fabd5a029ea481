import { describe, expect, it } from "@effect/vitest"
import * as NotificationRequest from "@mastodon-effect/core/NotificationRequest"
import * as Fx from "./fixtures/NotificationRequest.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const R = NotificationRequest.NotificationRequest

describe("NotificationRequest", () => {
  it("decodes and round-trips the docs' example", () => {
    const request = decode(R, Fx.docs)
    expect(request.notifications_count).toBe("1")
    expect(request.account.acct).toBe("zsc")
    expect(request.last_status?.mentions[0]?.acct).toBe("trwnh")
    expect(roundTrip(R, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a request without a status", () => {
    expect(decode(R, Fx.noStatus).last_status).toBeUndefined()
    expect(roundTrip(R, Fx.noStatus)).toStrictEqual(Fx.noStatus)
  })

  it("decodes a numeric count to its string and keeps extras only when preserving", () => {
    expect(decode(R, Fx.numericCount).notifications_count).toBe("12")
    expect(roundTrip(R, Fx.numericCount)).toStrictEqual({ ...Fx.noStatus, notifications_count: "12" })
    expect(decodePreserving(R, Fx.numericCount)).toMatchObject({ pending: true })
  })

  it("fails without account", () => {
    expect(failure(R, Fx.missingAccount)).toContain('["account"]')
  })

  it("decodes the merged flag", () => {
    expect(decode(NotificationRequest.RequestsMerged, { merged: true }).merged).toBe(true)
    expect(failure(NotificationRequest.RequestsMerged, {})).toContain('["merged"]')
  })
})
