import { describe, expect, it } from "@effect/vitest"
import * as AccountWarning from "@mastodon-effect/core/AccountWarning"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AccountWarning.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("AccountWarning", () => {
  it("decodes and round-trips an appealed decision", () => {
    const warning = decode(AccountWarning.AccountWarning, Fx.appealed)
    expect(warning.action).toBe("mark_statuses_as_sensitive")
    expect(warning.status_ids).toHaveLength(2)
    expect(warning.appeal?.state).toBe("pending")
    expect(warning.target_account.acct).toBe("heron")
    expect(roundTrip(AccountWarning.AccountWarning, Fx.appealed)).toStrictEqual(Fx.appealed)
  })

  it("decodes a plain warning with null statuses and appeal", () => {
    const warning = decode(AccountWarning.AccountWarning, Fx.warning)
    expect(warning.status_ids).toBeNull()
    expect(warning.appeal).toBeNull()
    expect(roundTrip(AccountWarning.AccountWarning, Fx.warning)).toStrictEqual(Fx.warning)
  })

  it("keeps unknown action and appeal state; unknown fields are kept only when preserving", () => {
    const warning = decode(AccountWarning.AccountWarning, Fx.extra)
    expect(warning.action).toBe("force_cw")
    expect(warning.appeal?.state).toBe("withdrawn")
    expect(roundTrip(AccountWarning.AccountWarning, Fx.extra)).not.toHaveProperty("report_id")
    expect(decodePreserving(AccountWarning.AccountWarning, Fx.extra)).toMatchObject({ report_id: "48914" })
  })

  it("fails on an appeal without state and names the path", () => {
    const message = failure(AccountWarning.AccountWarning, Fx.badAppeal)
    expect(message).toContain('["appeal"]')
    expect(message).toContain('["state"]')
  })

  it.prop("Appeal: decode(encode(a)) equals a", [AccountWarning.Appeal], ([appeal]) => {
    expect(Schema.decodeSync(AccountWarning.Appeal)(Schema.encodeSync(AccountWarning.Appeal)(appeal))).toStrictEqual(appeal)
  })
})
