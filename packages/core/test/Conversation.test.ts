import { describe, expect, it } from "@effect/vitest"
import * as Conversation from "@mastodon-effect/core/Conversation"
import * as Fx from "./fixtures/Conversation.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const C = Conversation.Conversation

describe("Conversation", () => {
  it("decodes and round-trips the docs' example", () => {
    const conversation = decode(C, Fx.docs)
    expect(conversation.unread).toBe(true)
    expect(conversation.accounts[0]?.acct).toBe("amic@nulled.red")
    expect(conversation.last_status?.visibility).toBe("direct")
    expect(roundTrip(C, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a conversation whose last status is gone", () => {
    expect(decode(C, Fx.noStatus).last_status).toBeNull()
    expect(roundTrip(C, Fx.noStatus)).toStrictEqual(Fx.noStatus)
  })

  it("drops unknown fields, or keeps them when preserving", () => {
    expect(roundTrip(C, Fx.extra)).toStrictEqual(Fx.docs)
    expect(decodePreserving(C, Fx.extra)).toMatchObject({ pleroma: { recipients: ["482403"] } })
  })

  it("fails without unread", () => {
    expect(failure(C, Fx.missingUnread)).toContain('["unread"]')
  })
})
