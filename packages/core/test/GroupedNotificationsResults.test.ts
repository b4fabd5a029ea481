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
})
