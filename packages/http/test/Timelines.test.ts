import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Bookmarks from "@mastodon-effect/http/Bookmarks"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Favourites from "@mastodon-effect/http/Favourites"
import * as FollowedTags from "@mastodon-effect/http/FollowedTags"
import * as Search from "@mastodon-effect/http/Search"
import * as Tags from "@mastodon-effect/http/Tags"
import * as Timelines from "@mastodon-effect/http/Timelines"
import * as Trends from "@mastodon-effect/http/Trends"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

/** A status as the docs show one, trimmed to what every server sends. */
const status = (id: string) => ({
  id,
  created_at: "2019-11-26T23:24:13.113Z",
  uri: `https://mastodon.example/users/user1/statuses/${id}`,
  url: `https://mastodon.example/@user1/${id}`,
  account: account("1", "user1"),
  content: "<p>hi</p>",
  visibility: "public",
  reblogs_count: 0,
  favourites_count: 0,
  in_reply_to_id: null,
  in_reply_to_account_id: null,
  reblog: null
})

const tag = (name: string) => ({ name, url: `https://mastodon.example/tags/${name}`, history: [{ day: "1574553600", uses: "3", accounts: "2" }], following: false })

const query = (url: URL | undefined) => [...(url?.searchParams ?? [])]
const sid = (id: string) => id as Id.StatusId

describe("Timelines", () => {
  it.effect("home GETs /api/v1/timelines/home with the page parameters, a date as a snowflake, and answers a page with both cursors", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [status("103206791453397862"), status("103206791453397861")],
        headers: {
          link: "<https://mastodon.example/api/v1/timelines/home?max_id=103206791453397861>; rel=\"next\", <https://mastodon.example/api/v1/timelines/home?min_id=103206791453397862>; rel=\"prev\""
        }
      }))
      const page = yield* Effect.provide(Timelines.home({ min_id: sid("10"), limit: 40 }), layer)
      expect(page.items.map((s) => s.id)).toEqual(["103206791453397862", "103206791453397861"])
      expect(Option.getOrThrow(page.next)).toContain("max_id=103206791453397861")
      expect(Option.getOrThrow(page.prev)).toContain("min_id=103206791453397862")
      yield* Effect.provide(Timelines.home({ max_id: new Date("2020-01-01T00:00:00.000Z") }), layer)
      const [first, second] = yield* requests
      expect(first?.method).toBe("GET")
      expect(first?.url.pathname).toBe("/api/v1/timelines/home")
      expect(query(first?.url)).toEqual([["min_id", "10"], ["limit", "40"]])
      expect(first?.headers["authorization"]).toBe("Bearer test-token")
      expect(query(second?.url)).toEqual([["max_id", String(BigInt(Date.UTC(2020, 0, 1)) << 16n)]])
      // The declaration carries the documented page sizes.
      expect(Timelines.homeEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 20, maxLimit: 40 })
    }))

  it.effect("public, tag, list, link and direct send their paths and parameters; tag names lose their #", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      yield* Effect.provide(Timelines.publicTimeline({ local: true, only_media: true }), layer)
      yield* Effect.provide(Timelines.publicTimeline({ remote: true, limit: 5 }), layer)
      yield* Effect.provide(Timelines.tag("#cats", { any: ["#dogs", "birds"], all: ["pets"], none: ["fish"], local: false }), layer)
      yield* Effect.provide(Timelines.list({ id: "42" as Id.ListId }), layer)
      yield* Effect.provide(Timelines.link("https://news.example/a?b=c"), layer)
      yield* Effect.provide(Timelines.direct({ since_id: sid("7") }), layer)
      const sent = yield* requests
      expect(sent.map((r) => r.url.pathname)).toEqual([
        "/api/v1/timelines/public",
        "/api/v1/timelines/public",
        "/api/v1/timelines/tag/cats",
        "/api/v1/timelines/list/42",
        "/api/v1/timelines/link",
        "/api/v1/timelines/direct"
      ])
      expect(query(sent[0]?.url)).toEqual([["local", "true"], ["only_media", "true"]])
      expect(query(sent[1]?.url)).toEqual([["limit", "5"], ["remote", "true"]])
      expect(query(sent[2]?.url)).toEqual([["local", "false"], ["any[]", "dogs"], ["any[]", "birds"], ["all[]", "pets"], ["none[]", "fish"]])
      expect(query(sent[4]?.url)).toEqual([["url", "https://news.example/a?b=c"]])
      expect(query(sent[5]?.url)).toEqual([["since_id", "7"]])
      expect(Timelines.directEndpoint.versions.removed).toBe("3.0.0")
    }))

  it.effect("public timelines go anonymous without a token; bad arguments are refused before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }), { accessToken: undefined })
      yield* Effect.provide(Timelines.publicTimeline(), layer)
      expect((yield* requests)[0]?.headers["authorization"]).toBeUndefined()
      const bad = yield* Effect.flip(Effect.provide(Timelines.home({ limit: 0 }), layer))
      expect(bad).toMatchObject({ _tag: "InvalidArgument", argument: "limit" })
      const blankTag = yield* Effect.flip(Effect.provide(Timelines.tag("cats", { any: [""] }), layer))
      expect(blankTag).toMatchObject({ _tag: "InvalidArgument", argument: "any[0]" })
      const noUrl = yield* Effect.flip(Effect.provide(Timelines.link(" "), layer))
      expect(noUrl).toMatchObject({ _tag: "InvalidArgument", argument: "url" })
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("home decodes a 206 (the feed is being rebuilt) as the page it is", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 206, json: [status("5")] }))
      const page = yield* Effect.provide(Timelines.home(), layer)
      expect(page.items.map((s) => s.id)).toEqual(["5"])
      expect(Option.isNone(page.next)).toBe(true)
    }))

  it.effect("home maps 401 to Unauthorized and a list of someone else to NotFound", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, i) =>
        i === 0 ? { status: 401, json: { error: "The access token is invalid" } } : { status: 404, json: { error: "Record not found" } }
      )
      expect(yield* Effect.flip(Effect.provide(Timelines.home(), layer))).toMatchObject({ _tag: "Unauthorized", error: "The access token is invalid" })
      expect(yield* Effect.flip(Effect.provide(Timelines.list("1" as Id.ListId), layer))).toMatchObject({ _tag: "NotFound" })
    }))
})

describe("Bookmarks, favourites and followed tags", () => {
  it.effect("list GETs each path with only a limit, and follows the Link cursors the server gave", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r) =>
        r.url.searchParams.has("max_id")
          ? { json: [] }
          : {
            json: r.url.pathname === "/api/v1/followed_tags" ? [tag("cats")] : [status("5")],
            headers: { link: `<https://mastodon.example${r.url.pathname}?max_id=23771>; rel="next", <https://mastodon.example${r.url.pathname}?min_id=370065>; rel="prev"` }
          }
      )
      const bookmarks = yield* Effect.provide(Bookmarks.list({ limit: 2 }), layer)
      expect(bookmarks.items.map((s) => s.id)).toEqual(["5"])
      const older = yield* Effect.provide(Endpoint.fetchPage(bookmarks.endpoint, Option.getOrThrow(bookmarks.next)), layer)
      expect(older.items).toEqual([])
      const favourites = yield* Effect.provide(Favourites.list(), layer)
      expect(Option.getOrThrow(favourites.prev)).toBe("https://mastodon.example/api/v1/favourites?min_id=370065")
      const tags = yield* Effect.provide(FollowedTags.list({ limit: 150 }), layer)
      expect(tags.items.map((t) => t.name)).toEqual(["cats"])
      const sent = yield* requests
      expect(sent.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
        "/api/v1/bookmarks?limit=2",
        "/api/v1/bookmarks?max_id=23771",
        "/api/v1/favourites",
        "/api/v1/followed_tags?limit=150"
      ])
      expect(Bookmarks.listEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 20, maxLimit: 40 })
      expect(FollowedTags.listEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 100, maxLimit: 200 })
      expect(Favourites.listEndpoint.scopes).toEqual(["read:favourites"])
    }))
})

describe("Search", () => {
  it.effect("search GETs /api/v2/search with every option and decodes the three lists", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: { accounts: [account("1", "cat")], statuses: [status("9")], hashtags: [tag("cats")] }
      }))
      const found = yield* Effect.provide(
        Search.search("cats", {
          type: "statuses",
          resolve: false,
          following: true,
          account_id: { id: "1" as Id.AccountId },
          exclude_unreviewed: true,
          max_id: sid("100"),
          min_id: sid("1"),
          limit: 10,
          offset: 20
        }),
        layer
      )
      expect(found.accounts[0]?.username).toBe("cat")
      expect(found.statuses[0]?.id).toBe("9")
      expect(found.hashtags[0]?.history?.[0]?.uses).toBe("3")
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v2/search")
      expect(Object.fromEntries(query(sent?.url))).toEqual({
        q: "cats",
        type: "statuses",
        resolve: "false",
        following: "true",
        account_id: "1",
        exclude_unreviewed: "true",
        max_id: "100",
        min_id: "1",
        limit: "10",
        offset: "20"
      })
    }))

  it.effect("a blank query or an unknown type is refused; 401 (resolve without a token) is Unauthorized", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        status: 401,
        json: { error: "Search queries that resolve remote resources are not supported without authentication" }
      }))
      expect(yield* Effect.flip(Effect.provide(Search.search(""), layer))).toMatchObject({ _tag: "InvalidArgument", argument: "q" })
      const unknown = yield* Effect.flip(Effect.provide(Search.search("x", { type: "posts" as Search.Type }), layer))
      expect(unknown).toMatchObject({ _tag: "InvalidArgument", argument: "type" })
      expect(yield* Effect.flip(Effect.provide(Search.search("x", { offset: -1 }), layer))).toMatchObject({ argument: "offset" })
      expect(yield* requests).toHaveLength(0)
      expect(yield* Effect.flip(Effect.provide(Search.search("x", { resolve: true }), layer))).toMatchObject({ _tag: "Unauthorized" })
    }))
})

describe("Trends and tags", () => {
  it.effect("trends GET their paths with offset and limit and decode tags, statuses and links", () =>
    Effect.gen(function*() {
      const link = {
        url: "https://www.nbcnews.com/specials/plan-your-vote-2022-elections/index.html",
        title: "Plan Your Vote",
        description: "",
        type: "link",
        author_name: "",
        author_url: "",
        provider_name: "NBC News",
        provider_url: "",
        html: "",
        width: 400,
        height: 220,
        image: null,
        embed_url: "",
        blurhash: null,
        history: [{ day: "1667174400", accounts: "2", uses: "2" }]
      }
      const { layer, requests } = yield* mockClient((r) => ({
        json: r.url.pathname.endsWith("tags") ? [tag("cats")] : r.url.pathname.endsWith("statuses") ? [status("1")] : [link]
      }))
      expect((yield* Effect.provide(Trends.tags({ limit: 5, offset: 10 }), layer))[0]?.name).toBe("cats")
      expect((yield* Effect.provide(Trends.statuses(), layer))[0]?.id).toBe("1")
      expect((yield* Effect.provide(Trends.links({ limit: 20 }), layer))[0]?.history[0]?.uses).toBe("2")
      const sent = yield* requests
      expect(sent.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
        "/api/v1/trends/tags?offset=10&limit=5",
        "/api/v1/trends/statuses",
        "/api/v1/trends/links?limit=20"
      ])
      expect(Trends.tagsEndpoint.pagination).toEqual({ kind: "offset", defaultLimit: 10, maxLimit: 20 })
      expect(Trends.statusesEndpoint.pagination).toEqual({ kind: "offset", defaultLimit: 20, maxLimit: 40 })
    }))

  it.effect("tags: get, follow, unfollow, feature and unfeature hit their paths; 422 maps to UnprocessableEntity", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((r, i) =>
        i === 5 ? { status: 422, json: { error: "Validation failed: Tag has already been taken" } } : { json: { ...tag("cats"), following: r.url.pathname.endsWith("/follow") } }
      )
      expect(yield* Effect.provide(Tags.get("#Cats"), layer)).toMatchObject({ name: "cats" })
      expect(yield* Effect.provide(Tags.follow("cats"), layer)).toMatchObject({ following: true })
      yield* Effect.provide(Tags.unfollow("cats"), layer)
      yield* Effect.provide(Tags.feature("#cats"), layer)
      yield* Effect.provide(Tags.unfeature("cats"), layer)
      expect(yield* Effect.flip(Effect.provide(Tags.follow("cats"), layer))).toMatchObject({ _tag: "UnprocessableEntity" })
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "GET /api/v1/tags/Cats",
        "POST /api/v1/tags/cats/follow",
        "POST /api/v1/tags/cats/unfollow",
        "POST /api/v1/tags/cats/feature",
        "POST /api/v1/tags/cats/unfeature",
        "POST /api/v1/tags/cats/follow"
      ])
      expect(Tags.featureEndpoint.versions.added).toBe("4.4.0")
    }))
})
