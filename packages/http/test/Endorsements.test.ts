import { describe, expect, it } from "@effect/vitest"
import * as Endorsements from "@mastodon-effect/http/Endorsements"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

const next = "https://mastodon.example/api/v1/endorsements?limit=2&max_id=832844"
const prev = "https://mastodon.example/api/v1/endorsements?limit=2&since_id=952529"

describe("Endorsements.list", () => {
  it.effect("GETs /api/v1/endorsements and returns a page of accounts with its cursors", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [
          { ...account("952529", "alayna@desvox.es"), locked: true, last_status_at: "2019-11-23T07:05:50.682Z" },
          {
            ...account("832844", "a9@broadcast.wolfgirl.engineering"),
            emojis: [{
              shortcode: "collar",
              url: "https://files.mastodon.example/custom_emojis/images/000/106/920/original/collar.png",
              static_url: "https://files.mastodon.example/custom_emojis/images/000/106/920/static/collar.png",
              visible_in_picker: true
            }]
          }
        ],
        headers: { link: `<${next}>; rel="next", <${prev}>; rel="prev"` }
      }))
      const page = yield* Effect.provide(Endorsements.list({ limit: 2 }), layer)
      expect(page.items.map((a) => a.id)).toEqual(["952529", "832844"])
      expect(page.items[0]?.locked).toBe(true)
      expect(page.items[1]?.emojis[0]?.shortcode).toBe("collar")
      expect(Option.getOrThrow(page.next)).toBe(next)
      expect(Option.getOrThrow(page.prev)).toBe(prev)
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/endorsements")
      expect(sent?.url.searchParams.get("limit")).toBe("2")
      expect(sent?.url.searchParams.has("since_id")).toBe(false)
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("passes since_id through for newer items", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      const page = yield* Effect.provide(Endorsements.list({ since_id: "952529" }), layer)
      expect(page.items).toEqual([])
      const [sent] = yield* requests
      expect(sent?.url.searchParams.get("since_id")).toBe("952529")
      expect(sent?.url.searchParams.has("limit")).toBe(false)
    }))

  it.effect("maps 401 to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "The access token is invalid" } }))
      const error = yield* Effect.flip(Effect.provide(Endorsements.list(), layer))
      expect(error._tag).toBe("Unauthorized")
    }))
})
