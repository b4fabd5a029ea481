/**
 * Request shapes and decoding of the smaller user API groups against the mocked HttpClient:
 * filters, domain blocks, reports, preferences, announcements, custom emoji, push, oEmbed, health,
 * NodeInfo, async refreshes, annual reports, collections and instance languages.
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Announcements from "@mastodon-effect/http/Announcements"
import * as AnnualReports from "@mastodon-effect/http/AnnualReports"
import * as AsyncRefreshes from "@mastodon-effect/http/AsyncRefreshes"
import * as Collections from "@mastodon-effect/http/Collections"
import * as CustomEmojis from "@mastodon-effect/http/CustomEmojis"
import * as DomainBlocks from "@mastodon-effect/http/DomainBlocks"
import * as Filters from "@mastodon-effect/http/Filters"
import * as Health from "@mastodon-effect/http/Health"
import * as Instance from "@mastodon-effect/http/Instance"
import type * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as NodeInfo from "@mastodon-effect/http/NodeInfo"
import * as OEmbed from "@mastodon-effect/http/OEmbed"
import * as Preferences from "@mastodon-effect/http/Preferences"
import * as Push from "@mastodon-effect/http/Push"
import * as Reports from "@mastodon-effect/http/Reports"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/TestClock"
import { mockClient } from "./utils/mockHttp.js"

const form = (text: string | undefined) => [...new URLSearchParams(text)]
const fid = (id: string) => id as Id.FilterId

const filter = {
  id: "19972",
  title: "Test filter",
  context: ["home"],
  expires_at: "2022-09-20T17:27:39.296Z",
  filter_action: "warn",
  keywords: [{ id: "1197", keyword: "bad word", whole_word: false }],
  statuses: [{ id: "1", status_id: "109031743575371913" }]
}

const collection = {
  id: "116131056935959117",
  account_id: "1",
  uri: "https://mastodon.example/users/a/collections/116131056935959117",
  url: null,
  name: "Photographers",
  description: null,
  language: "en",
  local: true,
  sensitive: false,
  discoverable: true,
  tag: null,
  item_count: 1,
  items: [{ id: "116151066915353115", account_id: "2", state: "accepted", created_at: "2026-02-25T11:35:01.394Z" }],
  created_at: "2026-02-25T11:35:01.394Z",
  updated_at: "2026-02-25T11:35:01.394Z"
}

describe("Filters", () => {
  it.effect("create POSTs title, context[], filter_action, expires_in in seconds and keywords_attributes", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: filter }))
      const created = yield* Effect.provide(
        Filters.create({ title: "Test filter", context: ["home", "public"], filter_action: "hide", expires_in: "1 day", keywords_attributes: [{ keyword: "bad word", whole_word: false }] }),
        layer
      )
      expect(created.keywords?.[0]?.keyword).toBe("bad word")
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.pathname).toBe("/api/v2/filters")
      expect(form(sent?.text)).toEqual([
        ["title", "Test filter"],
        ["context[]", "home"],
        ["context[]", "public"],
        ["filter_action", "hide"],
        ["expires_in", "86400"],
        ["keywords_attributes[0][keyword]", "bad word"],
        ["keywords_attributes[0][whole_word]", "false"]
      ])
    }))

  it.effect("refuses a blank title or an empty context before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: filter }))
      expect(yield* Effect.flip(Effect.provide(Filters.create({ title: " ", context: ["home"] }), layer))).toMatchObject({ _tag: "InvalidArgument", argument: "title" })
      expect(yield* Effect.flip(Effect.provide(Filters.create({ title: "x", context: [] }), layer))).toMatchObject({ _tag: "InvalidArgument", argument: "context" })
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("keywords, statuses, update, delete and the v1 API go where the docs say", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) => {
        const p = r.url.pathname
        if (p.endsWith("/keywords") && r.method === "GET") return { json: filter.keywords }
        if (p.includes("/keywords")) return { json: filter.keywords[0] }
        if (p.endsWith("/statuses") && r.method === "GET") return { json: filter.statuses }
        if (p.includes("/statuses")) return { json: filter.statuses[0] }
        if (p.startsWith("/api/v1/filters")) {
          const v1 = { id: "1197", phrase: "bad word", context: ["home"], expires_at: null, irreversible: true, whole_word: false }
          return { json: r.method === "GET" && p === "/api/v1/filters" ? [v1] : v1 }
        }
        if (r.method === "DELETE") return { json: {} }
        return { json: r.method === "GET" && p === "/api/v2/filters" ? [filter] : filter }
      })
      const run = <A, E>(e: Effect.Effect<A, E, MastodonClient.MastodonClient>) => Effect.provide(e, layer)
      yield* run(Filters.list())
      yield* run(Filters.get(fid("19972")))
      yield* run(Filters.update(fid("19972"), { keywords_attributes: [{ id: "1197" as Id.FilterKeywordId, _destroy: true }], expires_in: "" }))
      yield* run(Filters.remove(fid("19972")))
      yield* run(Filters.keywords(fid("19972")))
      yield* run(Filters.addKeyword(fid("19972"), { keyword: "meme", whole_word: true }))
      yield* run(Filters.keyword("1197" as Id.FilterKeywordId))
      yield* run(Filters.updateKeyword("1197" as Id.FilterKeywordId, { whole_word: true }))
      yield* run(Filters.removeKeyword("1197" as Id.FilterKeywordId))
      yield* run(Filters.statuses(fid("19972")))
      yield* run(Filters.addStatus(fid("19972"), { id: "109031743575371913" as Id.StatusId }))
      yield* run(Filters.status("1" as Id.FilterStatusId))
      yield* run(Filters.removeStatus("1" as Id.FilterStatusId))
      const v1 = yield* run(Filters.listV1())
      expect(v1[0]).toMatchObject({ phrase: "bad word", irreversible: true })
      yield* run(Filters.createV1({ phrase: "x", context: ["home"], irreversible: true }))
      yield* run(Filters.updateV1("1197", { phrase: "y", context: ["public"] }))
      yield* run(Filters.getV1("1197"))
      yield* run(Filters.removeV1("1197"))
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v2/filters",
        "GET /api/v2/filters/19972",
        "PUT /api/v2/filters/19972",
        "DELETE /api/v2/filters/19972",
        "GET /api/v2/filters/19972/keywords",
        "POST /api/v2/filters/19972/keywords",
        "GET /api/v2/filters/keywords/1197",
        "PUT /api/v2/filters/keywords/1197",
        "DELETE /api/v2/filters/keywords/1197",
        "GET /api/v2/filters/19972/statuses",
        "POST /api/v2/filters/19972/statuses",
        "GET /api/v2/filters/statuses/1",
        "DELETE /api/v2/filters/statuses/1",
        "GET /api/v1/filters",
        "POST /api/v1/filters",
        "PUT /api/v1/filters/1197",
        "GET /api/v1/filters/1197",
        "DELETE /api/v1/filters/1197"
      ])
      expect(form(sent[2]?.text)).toEqual([["expires_in", ""], ["keywords_attributes[0][id]", "1197"], ["keywords_attributes[0][_destroy]", "true"]])
      expect(form(sent[10]?.text)).toEqual([["status_id", "109031743575371913"]])
      expect(form(sent[14]?.text)).toEqual([["phrase", "x"], ["context[]", "home"], ["irreversible", "true"]])
      expect(Filters.listV1Endpoint.deprecated && !Filters.listEndpoint.deprecated).toBe(true)
    }))

  it("actionFor reads filtered results per context, a boost by what it boosts", () => {
    const result = (action: string, context: ReadonlyArray<string>) => ({
      filter: { id: "1" as Id.FilterId, title: action, context, expires_at: null, filter_action: action },
      keyword_matches: ["x"],
      status_matches: null
    })
    const status = { filtered: [result("warn", ["home"]), result("hide", ["public"])] } as unknown as Parameters<typeof Filters.actionFor>[0]
    expect(Filters.actionFor(status, "home")).toMatchObject({ _tag: "Warned", filters: [{ filter: { title: "warn" } }] })
    expect(Filters.actionFor(status, "public")._tag).toBe("Hidden")
    expect(Filters.actionFor(status, "thread")._tag).toBe("Shown")
    const boost = { filtered: [], reblog: { filtered: [result("blur", ["home"])] } } as unknown as Parameters<typeof Filters.actionFor>[0]
    expect(Filters.actionFor(boost, "home")._tag).toBe("Blurred")
    expect(Filters.visibleIn([status, boost], "public")).toEqual([boost])
  })
})

describe("DomainBlocks, Reports, Preferences, CustomEmojis, OEmbed, Health, Instance.languages", () => {
  it.effect("domain blocks: a Link page of strings, block with a body, unblock with a query", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.method === "GET"
          ? { json: ["nsfw.social", "artalley.social"], headers: { link: "<https://mastodon.example/api/v1/domain_blocks?max_id=16194>; rel=\"next\"" } }
          : { json: {} }
      )
      const page = yield* Effect.provide(DomainBlocks.list({ limit: 2 }), layer)
      expect(page.items).toEqual(["nsfw.social", "artalley.social"])
      expect(Option.isSome(page.next)).toBe(true)
      yield* Effect.provide(DomainBlocks.block("nsfw.social"), layer)
      yield* Effect.provide(DomainBlocks.unblock("nsfw.social"), layer)
      const [list, block, unblock] = yield* requests
      expect(list?.url.search).toBe("?limit=2")
      expect([block?.method, form(block?.text)]).toEqual(["POST", [["domain", "nsfw.social"]]])
      expect([unblock?.method, unblock?.url.search]).toEqual(["DELETE", "?domain=nsfw.social"])
      expect(DomainBlocks.listEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 100, maxLimit: 200 })
    }))

  it.effect("a report sends its ids as arrays and decodes the docs' example", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: {
          id: "48914",
          action_taken: false,
          action_taken_at: null,
          category: "spam",
          comment: "Spam account",
          forwarded: false,
          created_at: "2022-08-25T09:56:16.763Z",
          status_ids: ["108882889550545820"],
          rule_ids: null
        }
      }))
      const report = yield* Effect.provide(
        Reports.create({ account_id: "1" as Id.AccountId, status_ids: ["108882889550545820" as Id.StatusId], category: "spam", comment: "Spam account", forward: true }),
        layer
      )
      expect(report).toMatchObject({ id: "48914", category: "spam", status_ids: ["108882889550545820"], rule_ids: null })
      const [sent] = yield* requests
      expect(form(sent?.text)).toEqual([
        ["account_id", "1"],
        ["status_ids[]", "108882889550545820"],
        ["comment", "Spam account"],
        ["forward", "true"],
        ["category", "spam"]
      ])
    }))

  it.effect("preferences, custom emojis (anonymous), oEmbed (anonymous, with its query), health and languages", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) => {
        switch (r.url.pathname) {
          case "/api/v1/preferences":
            return { json: { "posting:default:visibility": "public", "posting:default:sensitive": false, "posting:default:language": null, "reading:expand:media": "default", "reading:expand:spoilers": false } }
          case "/api/v1/custom_emojis":
            return { json: [{ shortcode: "aaaa", url: "https://files.example/a.png", static_url: "https://files.example/a.png", visible_in_picker: true }] }
          case "/api/oembed":
            return { json: { type: "rich", version: "1.0", html: "<iframe></iframe>", width: 400, height: null } }
          case "/health":
            return { body: "OK", headers: { "content-type": "text/plain" } }
          default:
            return { json: [{ code: "en", name: "English" }] }
        }
      })
      const prefs = yield* Effect.provide(Preferences.get(), layer)
      expect(prefs["posting:default:language"]).toBeNull()
      expect((yield* Effect.provide(CustomEmojis.list(), layer))[0]?.shortcode).toBe("aaaa")
      expect((yield* Effect.provide(OEmbed.get("https://mastodon.example/@a/1", { maxwidth: 300 }), layer)).width).toBe(400)
      expect(yield* Effect.provide(Health.check(), layer)).toBe(true)
      expect(yield* Effect.provide(Instance.languages(), layer)).toEqual([{ code: "en", name: "English" }])
      const [p, emojis, oembed] = yield* requests
      expect(p?.headers["authorization"]).toBe("Bearer test-token")
      expect(emojis?.headers["authorization"]).toBeUndefined()
      expect(oembed?.headers["authorization"]).toBeUndefined()
      expect(oembed?.url.search).toBe("?url=https%3A%2F%2Fmastodon.example%2F%40a%2F1&maxwidth=300")
    }))

  it.effect("health answers false for another 200 body and fails typed on 503", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, i) => (i === 0 ? { body: "<html>maintenance</html>" } : { status: 503, body: "down" }))
      expect(yield* Effect.provide(Health.check(), layer)).toBe(false)
      expect(yield* Effect.flip(Effect.provide(Health.check(), layer))).toMatchObject({ _tag: "ServerError", status: 503 })
    }))
})

describe("NodeInfo", () => {
  it.effect("discovers, then fetches the newest document without a token", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.pathname === "/.well-known/nodeinfo"
          ? {
            json: {
              links: [
                { rel: "http://nodeinfo.diaspora.software/ns/schema/2.0", href: "https://mastodon.example/nodeinfo/2.0" },
                { rel: "http://nodeinfo.diaspora.software/ns/schema/2.1", href: "https://mastodon.example/nodeinfo/2.1.json" }
              ]
            }
          }
          : { json: { version: "2.1", software: { name: "mastodon", version: "4.5.0" }, protocols: ["activitypub"], openRegistrations: true, usage: { users: { total: 10 } } } }
      )
      const info = yield* Effect.provide(NodeInfo.get(), layer)
      expect(info.software.version).toBe("4.5.0")
      const sent = yield* requests
      expect(sent.map((r) => r.url.pathname)).toEqual(["/.well-known/nodeinfo", "/nodeinfo/2.1.json"])
      expect(sent.every((r) => r.headers["authorization"] === undefined)).toBe(true)
    }))

  it.effect("a discovery without NodeInfo links is NotFound; a document on another origin is refused", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, i) =>
        i === 0 ? { json: { links: [] } } : { json: { links: [{ rel: "http://nodeinfo.diaspora.software/ns/schema/2.0", href: "https://evil.example/nodeinfo/2.0" }] } }
      )
      expect(yield* Effect.flip(Effect.provide(NodeInfo.get(), layer))).toMatchObject({ _tag: "NotFound" })
      expect(yield* Effect.flip(Effect.provide(NodeInfo.get(), layer))).toMatchObject({ _tag: "CrossOriginRefused" })
    }))
})

describe("Announcements, AnnualReports, Collections", () => {
  it.effect("announcements: list with_dismissed, dismiss, reactions with the name escaped in the path", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) => (r.method === "GET" ? { json: [] } : { json: {} }))
      const id = "8" as Id.AnnouncementId
      yield* Effect.provide(Announcements.list({ with_dismissed: true }), layer)
      yield* Effect.provide(Announcements.dismiss(id), layer)
      yield* Effect.provide(Announcements.addReaction(id, "🎉"), layer)
      yield* Effect.provide(Announcements.removeReaction(id, "blobcat"), layer)
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
        "GET /api/v1/announcements?with_dismissed=true",
        "POST /api/v1/announcements/8/dismiss",
        "PUT /api/v1/announcements/8/reactions/%F0%9F%8E%89",
        "DELETE /api/v1/announcements/8/reactions/blobcat"
      ])
    }))

  it.effect("annual reports: paths by year, state unwrapped, 202 on generate", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.pathname.endsWith("/state")
          ? { json: { state: "generating" } }
          : r.url.pathname.endsWith("/generate")
          ? { status: 202 }
          : r.method === "POST"
          ? { json: {} }
          : { json: { annual_reports: [{ year: 2024, data: { archetype: "lurker" }, schema_version: 2 }], accounts: [], statuses: [] } }
      )
      expect(yield* Effect.provide(AnnualReports.state(2025), layer)).toBe("generating")
      yield* Effect.provide(AnnualReports.generate(2025), layer)
      expect((yield* Effect.provide(AnnualReports.list(), layer)).annual_reports[0]?.data.archetype).toBe("lurker")
      yield* Effect.provide(AnnualReports.get("2024"), layer)
      yield* Effect.provide(AnnualReports.read(2024), layer)
      expect((yield* requests).map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v1/annual_reports/2025/state",
        "POST /api/v1/annual_reports/2025/generate",
        "GET /api/v1/annual_reports",
        "GET /api/v1/annual_reports/2024",
        "POST /api/v1/annual_reports/2024/read"
      ])
    }))

  it.effect("collections: create with account_ids[], PATCH update, items, offset lists; a long name is refused", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) => {
        const p = r.url.pathname
        if (p.endsWith("/items")) return { json: { collection_item: collection.items[0] } }
        if (p.includes("collections") && p.startsWith("/api/v1/accounts")) return { json: { collections: [collection] } }
        if (r.method === "GET") return { json: { accounts: [], collection } }
        if (r.method === "DELETE" || p.endsWith("/revoke")) return { json: {} }
        return { json: { collection } }
      })
      const cid = collection.id as Id.CollectionId
      const created = yield* Effect.provide(Collections.create({ name: "Photographers", account_ids: ["2" as Id.AccountId, "3" as Id.AccountId] }), layer)
      expect(created.items[0]?.state).toBe("accepted")
      yield* Effect.provide(Collections.update(cid, { discoverable: false }), layer)
      yield* Effect.provide(Collections.get(cid), layer)
      yield* Effect.provide(Collections.addItem(cid, "2" as Id.AccountId), layer)
      yield* Effect.provide(Collections.removeItem(cid, "9" as Id.CollectionItemId), layer)
      yield* Effect.provide(Collections.revokeItem(cid, "9" as Id.CollectionItemId), layer)
      expect(yield* Effect.provide(Collections.ofAccount("1" as Id.AccountId, { offset: 40 }), layer)).toHaveLength(1)
      yield* Effect.provide(Collections.featuring("1" as Id.AccountId), layer)
      yield* Effect.provide(Collections.remove(cid), layer)
      const tooLong = yield* Effect.flip(Effect.provide(Collections.create({ name: "x".repeat(41) }), layer))
      expect(tooLong).toMatchObject({ _tag: "InvalidArgument", argument: "name" })
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
        "POST /api/v1/collections",
        `PATCH /api/v1/collections/${cid}`,
        `GET /api/v1/collections/${cid}`,
        `POST /api/v1/collections/${cid}/items`,
        `DELETE /api/v1/collections/${cid}/items/9`,
        `POST /api/v1/collections/${cid}/items/9/revoke`,
        "GET /api/v1/accounts/1/collections?offset=40",
        "GET /api/v1/accounts/1/in_collections",
        `DELETE /api/v1/collections/${cid}`
      ])
      expect(form(sent[0]?.text)).toEqual([["name", "Photographers"], ["account_ids[]", "2"], ["account_ids[]", "3"]])
      expect(form(sent[3]?.text)).toEqual([["account_id", "2"]])
    }))
})

describe("Push", () => {
  it.effect("subscribe sends subscription[...] and data[...], update data[alerts] and policy; the id decodes from a number", () =>
    Effect.gen(function*() {
      const keys = yield* Push.generateKeys()
      const subscription = {
        id: 328183,
        endpoint: "https://yourdomain.example/listener",
        alerts: { follow: true, favourite: true, reblog: false, mention: true, poll: false },
        server_key: "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=",
        policy: "all"
      }
      const { layer, requests } = yield* mockClient(() => ({ json: subscription }))
      const sub = yield* Effect.provide(Push.subscribe("https://yourdomain.example/listener", keys, { alerts: { mention: true, follow: true }, policy: "all", standard: true }), layer)
      expect(sub.id).toBe("328183")
      yield* Effect.provide(Push.update({ alerts: { favourite: false }, policy: "followed" }), layer)
      yield* Effect.provide(Push.get(), layer)
      yield* Effect.provide(Push.unsubscribe(), layer)
      const [sub1, update, get, del] = yield* requests
      expect(form(sub1?.text)).toEqual([
        ["subscription[endpoint]", "https://yourdomain.example/listener"],
        ["subscription[keys][p256dh]", keys.p256dh],
        ["subscription[keys][auth]", keys.auth],
        ["subscription[standard]", "true"],
        ["data[alerts][mention]", "true"],
        ["data[alerts][follow]", "true"],
        ["data[policy]", "all"]
      ])
      expect([update?.method, form(update?.text)]).toEqual(["PUT", [["data[alerts][favourite]", "false"], ["data[policy]", "followed"], ["policy", "followed"]]])
      expect([get?.method, del?.method]).toEqual(["GET", "DELETE"])
      expect(yield* Effect.flip(Effect.provide(Push.subscribe("https://x.example", { p256dh: "abc", auth: keys.auth }), layer))).toMatchObject({
        _tag: "InvalidArgument",
        argument: "subscription[keys][p256dh]"
      })
    }))

  it.effect("generateKeys makes a 65-byte P-256 point and a 16-byte secret; encrypt and decrypt round-trip over several records", () =>
    Effect.gen(function*() {
      const keys = yield* Push.generateKeys()
      const bytes = (s: string) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(s.length / 4) * 4, "=")), (c) => c.charCodeAt(0))
      expect(bytes(keys.p256dh)).toHaveLength(65)
      expect(bytes(keys.p256dh)[0]).toBe(4)
      expect(bytes(keys.auth)).toHaveLength(16)
      const payload = { access_token: "t", notification_id: 7, notification_type: "mention", title: "You were mentioned", body: "x".repeat(200), icon: "https://a.example/i.png" }
      const message = yield* Push.encrypt(JSON.stringify(payload), keys, { recordSize: 64 })
      // 21-byte header + 65-byte key id, then several 64-byte records.
      expect(message.length).toBeGreaterThan(86 + 64 * 3)
      const opened = yield* Push.decrypt(message, keys)
      expect(opened).toMatchObject({ notification_id: "7", notification_type: "mention", body: payload.body })
      // One flipped byte, or another subscriber's keys, and it does not open.
      const damaged = message.slice()
      damaged[damaged.length - 1]! ^= 1
      expect(yield* Effect.flip(Push.decrypt(damaged, keys))).toMatchObject({ _tag: "InvalidArgument", argument: "message" })
      expect(yield* Effect.flip(Push.decrypt(message, yield* Push.generateKeys()))).toMatchObject({ _tag: "InvalidArgument", argument: "message" })
      expect(yield* Effect.flip(Push.decrypt(new Uint8Array(10), keys))).toMatchObject({ _tag: "InvalidArgument", argument: "message" })
      // A message that is not Mastodon's JSON is a typed error too.
      const notJson = yield* Push.encrypt("hello", keys)
      expect(yield* Effect.flip(Push.decrypt(notJson, keys))).toMatchObject({ _tag: "InvalidArgument", argument: "message" })
      expect(new TextDecoder().decode(yield* Push.decryptBytes(notJson, keys))).toBe("hello")
    }))
})

describe("AsyncRefreshes", () => {
  it.effect("withRefresh reads the header; refreshed waits on the Schedule, then calls again", () =>
    Effect.gen(function*() {
      let polls = 0
      const { layer, requests } = yield* mockClient((r) => {
        if (r.url.pathname.startsWith("/api/v1_alpha/async_refreshes/")) {
          polls++
          return { json: { async_refresh: { id: "abc", status: polls < 2 ? "running" : "finished", result_count: polls < 2 ? null : 3 } } }
        }
        return { json: [], headers: { "mastodon-async-refresh": "id=\"abc\", retry=2" } }
      })
      const fiber = yield* Effect.fork(Effect.provide(AsyncRefreshes.refreshed(CustomEmojis.listEndpoint, {}, { schedule: Schedule.spaced("1 second") }), layer))
      yield* TestClock.adjust("10 seconds")
      const result = yield* fiber.await.pipe(Effect.flatten)
      expect(Option.getOrThrow(result.refresh)).toEqual({ id: "abc", retry: 2 })
      expect((yield* requests).map((r) => r.url.pathname)).toEqual([
        "/api/v1/custom_emojis",
        "/api/v1_alpha/async_refreshes/abc",
        "/api/v1_alpha/async_refreshes/abc",
        "/api/v1/custom_emojis"
      ])
    }))
})
