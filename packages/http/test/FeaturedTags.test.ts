import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as FeaturedTags from "@mastodon-effect/http/FeaturedTags"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import { mockClient } from "./utils/mockHttp.js"

const week = (uses: string) =>
  ["1574553600", "1574467200", "1574380800", "1574294400", "1574208000", "1574121600", "1574035200"].map((day) => ({
    day,
    uses,
    accounts: uses === "0" ? "0" : "3"
  }))

describe("FeaturedTags", () => {
  it.effect("list GETs /api/v1/featured_tags and decodes featured tags, old and new shapes", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [
          // The current shape: a string count, a day, a url.
          {
            id: "627",
            name: "nowplaying",
            url: "https://mastodon.example/@alice/tagged/nowplaying",
            statuses_count: "70",
            last_status_at: "2022-08-29"
          },
          // An older server: a number count, a full datetime; and a tag without statuses.
          { id: "628", name: "caturday", statuses_count: 3, last_status_at: "2021-10-22T14:47:35.357Z" },
          { id: "629", name: "unused", statuses_count: "0", last_status_at: null }
        ]
      }))
      const tags = yield* Effect.provide(FeaturedTags.list(), layer)
      expect(tags.map((t) => [t.id, t.statuses_count])).toEqual([["627", "70"], ["628", "3"], ["629", "0"]])
      const first = tags[0]?.last_status_at
      expect(first && DateTime.formatIso(first)).toBe("2022-08-29T00:00:00.000Z")
      expect(tags[2]?.last_status_at).toBeNull()
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/featured_tags")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("feature POSTs the name as a form and returns the featured tag", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: { id: "13174", name: "circasurvive", statuses_count: "23", last_status_at: "2021-10-22" }
      }))
      const tag = yield* Effect.provide(FeaturedTags.feature("circasurvive"), layer)
      expect(tag).toMatchObject({ id: "13174", name: "circasurvive", statuses_count: "23" })
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.pathname).toBe("/api/v1/featured_tags")
      expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect([...new URLSearchParams(sent?.text)]).toEqual([["name", "circasurvive"]])
    }))

  it.effect("feature maps 422 (not a valid hashtag) to UnprocessableEntity and refuses an empty name", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        status: 422,
        json: { error: "Validation failed: Tag is invalid" }
      }))
      const error = yield* Effect.flip(Effect.provide(FeaturedTags.feature("1234"), layer))
      expect(error).toMatchObject({ _tag: "UnprocessableEntity", status: 422, error: "Validation failed: Tag is invalid" })
      const empty = yield* Effect.flip(Effect.provide(FeaturedTags.feature("  "), layer))
      expect(empty).toMatchObject({ _tag: "InvalidArgument", argument: "name" })
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("unfeature DELETEs /api/v1/featured_tags/:id, by id or entity, and accepts {} or an empty body", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, index) => index === 0 ? { json: {} } : { status: 200, body: "" })
      const result = yield* Effect.provide(FeaturedTags.unfeature("627" as Id.FeaturedTagId), layer)
      expect(result).toBeUndefined()
      yield* Effect.provide(FeaturedTags.unfeature({ id: "628" as Id.FeaturedTagId }), layer)
      const [first, second] = yield* requests
      expect(first?.method).toBe("DELETE")
      expect(first?.url.pathname).toBe("/api/v1/featured_tags/627")
      expect(second?.url.pathname).toBe("/api/v1/featured_tags/628")
    }))

  it.effect("unfeature maps 404 (not yours or unknown) to NotFound", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 404, json: { error: "Record not found" } }))
      const error = yield* Effect.flip(Effect.provide(FeaturedTags.unfeature("1" as Id.FeaturedTagId), layer))
      expect(error._tag).toBe("NotFound")
    }))

  it.effect("suggestions GETs /api/v1/featured_tags/suggestions and decodes tags with their history", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [
          { id: "4325", name: "nowplaying", url: "https://mastodon.example/tags/nowplaying", history: week("200") },
          // A server before 4.3.1 sends no id; some leave out history.
          { name: "mastothemes", url: "https://mastodon.example/tags/mastothemes" }
        ]
      }))
      const tags = yield* Effect.provide(FeaturedTags.suggestions(), layer)
      expect(tags[0]?.history?.[0]).toEqual({ day: "1574553600", uses: "200", accounts: "3" })
      expect(tags[1]?.id).toBeUndefined()
      expect(tags[1]?.name).toBe("mastothemes")
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/featured_tags/suggestions")
    }))

  it.effect("maps 401 to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "The access token is invalid" } }))
      const error = yield* Effect.flip(Effect.provide(FeaturedTags.suggestions(), layer))
      expect(error._tag).toBe("Unauthorized")
    }))
})
