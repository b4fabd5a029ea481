/**
 * The admin API against a scripted HttpClient: each call's method, path, query and body as the
 * docs give them, the docs' example responses decoded, errors mapped, bad arguments refused
 * before sending.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as AdminAccounts from "@mastodon-effect/http/AdminAccounts"
import * as AdminCanonicalEmailBlocks from "@mastodon-effect/http/AdminCanonicalEmailBlocks"
import * as AdminDomainAllows from "@mastodon-effect/http/AdminDomainAllows"
import * as AdminDomainBlocks from "@mastodon-effect/http/AdminDomainBlocks"
import * as AdminEmailDomainBlocks from "@mastodon-effect/http/AdminEmailDomainBlocks"
import * as AdminIpBlocks from "@mastodon-effect/http/AdminIpBlocks"
import * as AdminMetrics from "@mastodon-effect/http/AdminMetrics"
import * as AdminReports from "@mastodon-effect/http/AdminReports"
import * as AdminTrends from "@mastodon-effect/http/AdminTrends"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Effect from "effect/Effect"
import * as Docs from "./fixtures/admin.js"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

type Json = Record<string, unknown>

// The docs shorten the accounts inside their examples; the missing fields come from a complete one.
const completeAdminAccount = (a: unknown): Json => {
  const row = a as Json
  // The complete example of `GET /api/v1/admin/accounts/:id` fills what a shortened one leaves out.
  const base = Docs.adminAccount as Json
  return { ...base, ip: null, ...row, account: { ...account(String(row["id"]), String(row["username"])), ...(row["account"] as Json) } }
}
const completeReport = (r: unknown): Json => {
  const row = r as Json
  const maybe = (x: unknown) => (x === null || x === undefined ? null : completeAdminAccount(x))
  return {
    ...row,
    account: completeAdminAccount(row["account"]),
    target_account: completeAdminAccount(row["target_account"]),
    assigned_account: maybe(row["assigned_account"]),
    action_taken_by_account: maybe(row["action_taken_by_account"])
  }
}
/** A server answers the keys that were asked for. */
const onlyKeys = (all: unknown, keys: ReadonlyArray<string>) => (all as Array<Json>).filter((x) => keys.includes(String(x["key"])))

const Fixtures = {
  ...Docs,
  adminAccount: completeAdminAccount(Docs.adminAccount),
  adminAccountsV2: (Docs.adminAccountsV2 as Array<unknown>).map(completeAdminAccount),
  adminReport: completeReport(Docs.adminReport)
}

const pairs = (text: string | undefined) => [...new URLSearchParams(text)]
const aid = (id: string) => id as Id.AccountId
const rid = (id: string) => id as Id.ReportId

/** One call, what it must send, and the body to answer it with. */
interface Case {
  readonly call: Endpoint.Call<unknown>
  readonly method: string
  readonly path: string
  readonly query?: ReadonlyArray<readonly [string, string]>
  readonly body?: ReadonlyArray<readonly [string, string]>
  readonly reply: unknown
}

const cases: Record<string, Case> = {
  "AdminAccounts.list": {
    call: AdminAccounts.list({ origin: "local", status: "pending", role_ids: ["3" as Id.RoleId, "4" as Id.RoleId], limit: 2 }),
    method: "GET",
    path: "/api/v2/admin/accounts",
    query: [["limit", "2"], ["origin", "local"], ["status", "pending"], ["role_ids[]", "3"], ["role_ids[]", "4"]],
    reply: Fixtures.adminAccountsV2
  },
  "AdminAccounts.listV1": {
    call: AdminAccounts.listV1({ local: true, pending: true, by_domain: "x.example" }),
    method: "GET",
    path: "/api/v1/admin/accounts",
    query: [["local", "true"], ["pending", "true"], ["by_domain", "x.example"]],
    reply: Fixtures.adminAccountsV2
  },
  "AdminAccounts.get": { call: AdminAccounts.get(aid("108965278956942133")), method: "GET", path: "/api/v1/admin/accounts/108965278956942133", reply: Fixtures.adminAccount },
  "AdminAccounts.approve": { call: AdminAccounts.approve(aid("1")), method: "POST", path: "/api/v1/admin/accounts/1/approve", reply: Fixtures.adminAccount },
  "AdminAccounts.reject": { call: AdminAccounts.reject(aid("1")), method: "POST", path: "/api/v1/admin/accounts/1/reject", reply: Fixtures.adminAccount },
  "AdminAccounts.remove": { call: AdminAccounts.remove(aid("1")), method: "DELETE", path: "/api/v1/admin/accounts/1", reply: Fixtures.adminAccount },
  "AdminAccounts.action": {
    call: AdminAccounts.action(aid("1"), { type: "suspend", report_id: { id: rid("7") }, warning_preset_id: "2", text: "Spam", send_email_notification: false }),
    method: "POST",
    path: "/api/v1/admin/accounts/1/action",
    body: [["type", "suspend"], ["report_id", "7"], ["warning_preset_id", "2"], ["text", "Spam"], ["send_email_notification", "false"]],
    reply: {}
  },
  "AdminAccounts.enable": { call: AdminAccounts.enable(aid("1")), method: "POST", path: "/api/v1/admin/accounts/1/enable", reply: Fixtures.adminAccount },
  "AdminAccounts.unsilence": { call: AdminAccounts.unsilence(aid("1")), method: "POST", path: "/api/v1/admin/accounts/1/unsilence", reply: Fixtures.adminAccount },
  "AdminAccounts.unsuspend": { call: AdminAccounts.unsuspend(aid("1")), method: "POST", path: "/api/v1/admin/accounts/1/unsuspend", reply: Fixtures.adminAccount },
  "AdminAccounts.unsensitive": { call: AdminAccounts.unsensitive(aid("1")), method: "POST", path: "/api/v1/admin/accounts/1/unsensitive", reply: Fixtures.adminAccount },
  "AdminReports.list": {
    call: AdminReports.list({ resolved: true, account_id: aid("2"), target_account_id: { id: aid("3") } }),
    method: "GET",
    path: "/api/v1/admin/reports",
    query: [["resolved", "true"], ["account_id", "2"], ["target_account_id", "3"]],
    reply: [Fixtures.adminReport]
  },
  "AdminReports.get": { call: AdminReports.get(rid("9")), method: "GET", path: "/api/v1/admin/reports/9", reply: Fixtures.adminReport },
  "AdminReports.update": {
    call: AdminReports.update(rid("9"), { category: "violation", rule_ids: ["1" as Id.RuleId, "2" as Id.RuleId] }),
    method: "PUT",
    path: "/api/v1/admin/reports/9",
    body: [["category", "violation"], ["rule_ids[]", "1"], ["rule_ids[]", "2"]],
    reply: Fixtures.adminReport
  },
  "AdminReports.assignToSelf": { call: AdminReports.assignToSelf(rid("9")), method: "POST", path: "/api/v1/admin/reports/9/assign_to_self", reply: Fixtures.adminReport },
  "AdminReports.unassign": { call: AdminReports.unassign(rid("9")), method: "POST", path: "/api/v1/admin/reports/9/unassign", reply: Fixtures.adminReport },
  "AdminReports.resolve": { call: AdminReports.resolve(rid("9")), method: "POST", path: "/api/v1/admin/reports/9/resolve", reply: Fixtures.adminReport },
  "AdminReports.reopen": { call: AdminReports.reopen(rid("9")), method: "POST", path: "/api/v1/admin/reports/9/reopen", reply: Fixtures.adminReport },
  "AdminDomainBlocks.list": { call: AdminDomainBlocks.list({ limit: 5 }), method: "GET", path: "/api/v1/admin/domain_blocks", query: [["limit", "5"]], reply: [Fixtures.domainBlock] },
  "AdminDomainBlocks.get": { call: AdminDomainBlocks.get("1" as Id.DomainBlockId), method: "GET", path: "/api/v1/admin/domain_blocks/1", reply: Fixtures.domainBlock },
  "AdminDomainBlocks.create": {
    call: AdminDomainBlocks.create({ domain: "bad.example", severity: "suspend", reject_media: true, obfuscate: false }),
    method: "POST",
    path: "/api/v1/admin/domain_blocks",
    body: [["domain", "bad.example"], ["severity", "suspend"], ["reject_media", "true"], ["obfuscate", "false"]],
    reply: Fixtures.domainBlock
  },
  "AdminDomainBlocks.update": {
    call: AdminDomainBlocks.update("1" as Id.DomainBlockId, { public_comment: "trolls" }),
    method: "PUT",
    path: "/api/v1/admin/domain_blocks/1",
    body: [["public_comment", "trolls"]],
    reply: Fixtures.domainBlock
  },
  "AdminDomainBlocks.remove": { call: AdminDomainBlocks.remove("1" as Id.DomainBlockId), method: "DELETE", path: "/api/v1/admin/domain_blocks/1", reply: {} },
  "AdminDomainAllows.list": { call: AdminDomainAllows.list(), method: "GET", path: "/api/v1/admin/domain_allows", reply: [Fixtures.domainAllow] },
  "AdminDomainAllows.get": { call: AdminDomainAllows.get("1" as Id.DomainAllowId), method: "GET", path: "/api/v1/admin/domain_allows/1", reply: Fixtures.domainAllow },
  "AdminDomainAllows.create": { call: AdminDomainAllows.create("ok.example"), method: "POST", path: "/api/v1/admin/domain_allows", body: [["domain", "ok.example"]], reply: Fixtures.domainAllow },
  "AdminDomainAllows.remove": { call: AdminDomainAllows.remove("1" as Id.DomainAllowId), method: "DELETE", path: "/api/v1/admin/domain_allows/1", reply: {} },
  "AdminEmailDomainBlocks.list": { call: AdminEmailDomainBlocks.list(), method: "GET", path: "/api/v1/admin/email_domain_blocks", reply: [Fixtures.emailDomainBlock] },
  "AdminEmailDomainBlocks.get": { call: AdminEmailDomainBlocks.get("1" as Id.EmailDomainBlockId), method: "GET", path: "/api/v1/admin/email_domain_blocks/1", reply: Fixtures.emailDomainBlock },
  "AdminEmailDomainBlocks.create": {
    call: AdminEmailDomainBlocks.create("spam.example"),
    method: "POST",
    path: "/api/v1/admin/email_domain_blocks",
    body: [["domain", "spam.example"]],
    reply: Fixtures.emailDomainBlock
  },
  "AdminEmailDomainBlocks.remove": { call: AdminEmailDomainBlocks.remove("1" as Id.EmailDomainBlockId), method: "DELETE", path: "/api/v1/admin/email_domain_blocks/1", reply: {} },
  "AdminIpBlocks.list": { call: AdminIpBlocks.list(), method: "GET", path: "/api/v1/admin/ip_blocks", reply: [Fixtures.ipBlock] },
  "AdminIpBlocks.get": { call: AdminIpBlocks.get("1" as Id.IpBlockId), method: "GET", path: "/api/v1/admin/ip_blocks/1", reply: Fixtures.ipBlock },
  "AdminIpBlocks.create": {
    call: AdminIpBlocks.create({ ip: "192.0.2.0/24", severity: "no_access", comment: "bots", expires_in: "1 day" }),
    method: "POST",
    path: "/api/v1/admin/ip_blocks",
    body: [["ip", "192.0.2.0/24"], ["severity", "no_access"], ["comment", "bots"], ["expires_in", "86400"]],
    reply: Fixtures.ipBlock
  },
  "AdminIpBlocks.update": {
    call: AdminIpBlocks.update("1" as Id.IpBlockId, { severity: "sign_up_block" }),
    method: "PUT",
    path: "/api/v1/admin/ip_blocks/1",
    body: [["severity", "sign_up_block"]],
    reply: Fixtures.ipBlock
  },
  "AdminIpBlocks.remove": { call: AdminIpBlocks.remove("1" as Id.IpBlockId), method: "DELETE", path: "/api/v1/admin/ip_blocks/1", reply: {} },
  "AdminCanonicalEmailBlocks.list": { call: AdminCanonicalEmailBlocks.list(), method: "GET", path: "/api/v1/admin/canonical_email_blocks", reply: [Fixtures.canonicalEmailBlock] },
  "AdminCanonicalEmailBlocks.get": {
    call: AdminCanonicalEmailBlocks.get("1" as Id.CanonicalEmailBlockId),
    method: "GET",
    path: "/api/v1/admin/canonical_email_blocks/1",
    reply: Fixtures.canonicalEmailBlock
  },
  "AdminCanonicalEmailBlocks.test": {
    call: AdminCanonicalEmailBlocks.test("j.o.e+x@example.com"),
    method: "POST",
    path: "/api/v1/admin/canonical_email_blocks/test",
    body: [["email", "j.o.e+x@example.com"]],
    reply: [Fixtures.canonicalEmailBlock]
  },
  "AdminCanonicalEmailBlocks.create": {
    call: AdminCanonicalEmailBlocks.create({ canonical_email_hash: "b344e55d11b3fc25d0d53194e0475838bf17e9be67ce3e6469956222d9a34f9c" }),
    method: "POST",
    path: "/api/v1/admin/canonical_email_blocks",
    body: [["canonical_email_hash", "b344e55d11b3fc25d0d53194e0475838bf17e9be67ce3e6469956222d9a34f9c"]],
    reply: Fixtures.canonicalEmailBlock
  },
  "AdminCanonicalEmailBlocks.remove": {
    call: AdminCanonicalEmailBlocks.remove("1" as Id.CanonicalEmailBlockId),
    method: "DELETE",
    path: "/api/v1/admin/canonical_email_blocks/1",
    reply: {}
  },
  "AdminMetrics.measures": {
    call: AdminMetrics.measures(["active_users", "tag_uses"], {
      start_at: new Date("2022-09-14T00:00:00Z"),
      end_at: "2022-09-16",
      tag_uses: { id: "5" as Id.TagId }
    }),
    method: "POST",
    path: "/api/v1/admin/measures",
    body: [["keys[]", "active_users"], ["keys[]", "tag_uses"], ["start_at", "2022-09-14"], ["end_at", "2022-09-16"], ["tag_uses[id]", "5"]],
    reply: onlyKeys(Fixtures.measures, ["active_users", "tag_uses"])
  },
  "AdminMetrics.dimensions": {
    call: AdminMetrics.dimensions(["languages", "instance_accounts"], { limit: 5, instance_accounts: { domain: "far.example" } }),
    method: "POST",
    path: "/api/v1/admin/dimensions",
    body: [["keys[]", "languages"], ["keys[]", "instance_accounts"], ["limit", "5"], ["instance_accounts[domain]", "far.example"]],
    reply: onlyKeys(Fixtures.dimensions, ["languages", "instance_accounts"])
  },
  "AdminMetrics.retention": {
    call: AdminMetrics.retention({ start_at: "2022-09-01", end_at: "2022-09-30", frequency: "month" }),
    method: "POST",
    path: "/api/v1/admin/retention",
    body: [["start_at", "2022-09-01"], ["end_at", "2022-09-30"], ["frequency", "month"]],
    reply: Fixtures.retention
  },
  "AdminTrends.links": { call: AdminTrends.links({ limit: 5, offset: 5 }), method: "GET", path: "/api/v1/admin/trends/links", query: [["offset", "5"], ["limit", "5"]], reply: Fixtures.trendLinks },
  "AdminTrends.statuses": { call: AdminTrends.statuses(), method: "GET", path: "/api/v1/admin/trends/statuses", reply: [] },
  "AdminTrends.tags": { call: AdminTrends.tags(), method: "GET", path: "/api/v1/admin/trends/tags", reply: Fixtures.trendTags },
  "AdminTrends.approveLink": { call: AdminTrends.approveLink("3" as Id.PreviewCardId), method: "POST", path: "/api/v1/admin/trends/links/3/approve", reply: (Fixtures.trendLinks as Array<unknown>)[0] },
  "AdminTrends.rejectLink": { call: AdminTrends.rejectLink("3" as Id.PreviewCardId), method: "POST", path: "/api/v1/admin/trends/links/3/reject", reply: (Fixtures.trendLinks as Array<unknown>)[0] },
  "AdminTrends.approveTag": { call: AdminTrends.approveTag("3" as Id.TagId), method: "POST", path: "/api/v1/admin/trends/tags/3/approve", reply: (Fixtures.trendTags as Array<unknown>)[0] },
  "AdminTrends.rejectTag": { call: AdminTrends.rejectTag("3" as Id.TagId), method: "POST", path: "/api/v1/admin/trends/tags/3/reject", reply: (Fixtures.trendTags as Array<unknown>)[0] }
}

describe("Admin API requests", () => {
  for (const [name, c] of Object.entries(cases)) {
    it.effect(`${name}: ${c.method} ${c.path}, the docs' example decoded`, () =>
      Effect.gen(function*() {
        const { layer, requests } = yield* mockClient(() => ({ json: c.reply }))
        yield* Effect.provide(c.call, layer)
        const [sent] = yield* requests
        expect(sent?.method).toBe(c.method)
        expect(sent?.url.pathname).toBe(c.path)
        expect(sent?.headers["authorization"]).toBe("Bearer test-token")
        expect([...sent!.url.searchParams]).toEqual(c.query ?? [])
        if (c.body !== undefined) {
          expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
          expect(pairs(sent?.text)).toEqual(c.body)
        }
      }))
  }

  it("declares each operation of the docs once, with an admin scope", () => {
    const modules = [AdminAccounts, AdminReports, AdminDomainBlocks, AdminDomainAllows, AdminEmailDomainBlocks, AdminIpBlocks, AdminCanonicalEmailBlocks, AdminMetrics, AdminTrends]
    const declared = modules.flatMap((m) => Object.values(Endpoint.declaredIn(m)))
    // 47 documented operations, plus approve/reject for links, statuses and tags (Mastodon 4.2).
    expect(declared).toHaveLength(53)
    for (const e of declared) {
      expect(e.auth).toBe("user")
      expect(e.scopes.length).toBeGreaterThan(0)
      // Reads, the e-mail test, the dashboard and (as Mastodon has it) hashtag review ask `admin:read`.
      const reads = e.method === "GET" || /\/(test|measures|dimensions|retention)$|\/trends\/tags\/:id\//.test(e.path)
      expect(e.scopes.every((s) => s.startsWith(reads ? "admin:read" : "admin:write"))).toBe(true)
    }
    expect(Object.keys(cases).length + 2).toBe(53)
  })

  it.effect("typed results per key: a measure's key, a dimension's items", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((request) => ({
        json: request.url.pathname.endsWith("measures")
          ? onlyKeys(Fixtures.measures, ["active_users"])
          : onlyKeys(Fixtures.dimensions, ["space_usage", "software_versions"])
      }))
      const measures = yield* Effect.provide(AdminMetrics.measures(["active_users"], { start_at: "2022-09-14", end_at: "2022-09-16" }), layer)
      expect(measures.map((m) => m.key)).toContain("active_users")
      const dimensions = yield* Effect.provide(AdminMetrics.dimensions(["space_usage", "software_versions"]), layer)
      const space = dimensions.find((d) => d.key === "space_usage")
      expect(space?.data.every((d) => d.unit === "bytes")).toBe(true)
    }))

  it.effect("errors: 403 of a missing permission is Forbidden; the existing domain block of a 422 is in its body", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, index) =>
        index === 0
          ? { status: 403, json: { error: "This action is not allowed" } }
          : { status: 422, json: { error: "You have already imposed stricter limits on bad.example.", existing_domain_block: Fixtures.domainBlock } }
      )
      const denied = yield* Effect.flip(Effect.provide(AdminReports.list(), layer))
      expect(denied).toMatchObject({ _tag: "Forbidden", status: 403, error: "This action is not allowed" })
      const taken = yield* Effect.flip(Effect.provide(AdminDomainBlocks.create({ domain: "bad.example" }), layer))
      expect(taken).toMatchObject({ _tag: "UnprocessableEntity", status: 422 })
    }))

  it.effect("bad arguments are refused before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      const run = <A, E, R>(e: Effect.Effect<A, E, R>) => Effect.flip(Effect.provide(e, layer))
      expect(yield* run(AdminAccounts.action(aid("1"), { type: "ban" as AdminAccounts.ActionType }))).toMatchObject({ _tag: "InvalidArgument", argument: "type" })
      expect(yield* run(AdminAccounts.list({ role_ids: [] }))).toMatchObject({ _tag: "InvalidArgument", argument: "role_ids" })
      expect(yield* run(AdminAccounts.get(aid("")))).toMatchObject({ _tag: "InvalidArgument" })
      expect(yield* run(AdminDomainAllows.create(""))).toMatchObject({ _tag: "InvalidArgument", argument: "domain" })
      expect(yield* run(AdminIpBlocks.create({ severity: "no_access", expires_in: -5 }))).toMatchObject({ _tag: "InvalidArgument", argument: "expires_in" })
      expect(yield* run(AdminMetrics.measures(["new_users"], { start_at: "yesterday", end_at: "2022-01-01" }))).toMatchObject({ _tag: "InvalidArgument", argument: "start_at" })
      expect(yield* run(AdminMetrics.retention({ start_at: "2022-01-01", end_at: "2022-01-02", frequency: "week" as "day" }))).toMatchObject({ _tag: "InvalidArgument", argument: "frequency" })
      expect(yield* run(AdminReports.update(rid("1"), { category: "boring" as "spam" }))).toMatchObject({ _tag: "InvalidArgument", argument: "category" })
      expect(yield* requests).toEqual([])
    }))
})
