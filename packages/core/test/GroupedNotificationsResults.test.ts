import { describe, expect, it } from "@effect/vitest"
import * as GroupedNotificationsResults from "@mastodon-effect/core/GroupedNotificationsResults"
import * as DateTime from "effect/DateTime"
import * as Fx from "./fixtures/GroupedNotificationsResults.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const G = GroupedNotificationsResults.GroupedNotificationsResults

describe("GroupedNotificationsResults", () => {
  it("decodes the docs' page; numeric notification ids become strings", () => {
    const page = decode(G, Fx.docsPage)
    const [first, second] = page.notification_groups
    expect(first?.most_recent_notification_id).toBe("196014")
    expect(first?.page_min_id).toBe("196013")
    expect(first?.latest_page_notification_at && DateTime.formatIso(first.latest_page_notification_at)).toBe(
      "2024-08-23T08:59:56.743Z"
    )
    expect(second?.sample_account_ids).toEqual(["31460", "36509"])
    // every id a group refers to is in the same response
    const accounts = new Set(page.accounts.map((a) => a.id))
    const statuses = new Set(page.statuses.map((s) => s.id))
    for (const group of page.notification_groups) {
      expect(group.sample_account_ids.every((id) => accounts.has(id))).toBe(true)
      expect(group.status_id !== undefined && group.status_id !== null && statuses.has(group.status_id)).toBe(true)
    }
  })

  it("round-trips the docs' single group, with the notification id encoded as a string", () => {
    const [group] = Fx.docsGroup.notification_groups
    expect(roundTrip(G, Fx.docsGroup)).toStrictEqual({
      ...Fx.docsGroup,
      notification_groups: [{ ...group, most_recent_notification_id: "196014" }]
    })
    expect(decode(G, Fx.docsGroup).notification_groups[0]?.page_min_id).toBeUndefined()
  })

  it("decodes partial accounts, a severance event, and a type it does not know", () => {
    const results = decode(G, Fx.partial)
    expect(results.partial_accounts?.[0]?.acct).toBe("noiob@awoo.space")
    expect(results.notification_groups[1]?.event?.type).toBe("domain_block")
    expect(results.notification_groups[2]?.type).toBe("annual_report")
    expect(roundTrip(G, Fx.partial).notification_groups[2]).not.toHaveProperty("annual_report")
    expect(decodePreserving(G, Fx.partial).notification_groups[2]).toMatchObject({ annual_report: { year: 2025 } })
    expect(roundTrip(G, { ...Fx.partial, notification_groups: Fx.partial.notification_groups.slice(0, 2) })).toStrictEqual({
      ...Fx.partial,
      notification_groups: Fx.partial.notification_groups.slice(0, 2)
    })
  })

  it("fails on numeric sample account ids and names the path", () => {
    const message = failure(G, Fx.badSampleIds)
    expect(message).toContain('["notification_groups"]')
    expect(message).toContain('["sample_account_ids"]')
  })

  it("joins each group with its sample accounts and status from the same response", () => {
    const [first, second] = GroupedNotificationsResults.resolve(decode(G, Fx.docsPage))
    expect(first?.accounts.map((a) => a.acct)).toEqual(["eve", "alice"])
    expect(first?.status?.id).toBe("113010503322889311")
    expect(second?.accounts.map((a) => a.acct)).toEqual(["bob", "mallory"])
    expect(second?.missing_account_ids).toEqual([])
  })

  it("joins partial accounts, leaves groups without status without one, and reports missing accounts", () => {
    const partial = decode(G, Fx.partial)
    const resolved = GroupedNotificationsResults.resolve(partial)
    expect(resolved[0]?.accounts).toEqual([partial.partial_accounts?.[0]])
    expect(resolved[0]?.status).toBeUndefined()
    const missing = GroupedNotificationsResults.resolve({ ...partial, partial_accounts: [] })
    expect(missing[0]?.accounts).toEqual([])
    expect(missing[0]?.missing_account_ids).toEqual(["23634"])
  })

  it("prefers a full account over a partial one with the same id", () => {
    const page = decode(G, Fx.docsGroup)
    const eve = page.accounts[0]!
    const partialEve = { id: eve.id, acct: "eve", url: null, avatar: "a", avatar_static: "a", locked: false, bot: false }
    const [group] = GroupedNotificationsResults.resolve({ ...page, partial_accounts: [partialEve] })
    expect(group?.accounts[0]).toBe(eve)
  })
})
