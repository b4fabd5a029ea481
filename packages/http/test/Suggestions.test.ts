import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Suggestions from "@mastodon-effect/http/Suggestions"
import * as Effect from "effect/Effect"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

describe("Suggestions", () => {
  it.effect("list GETs /api/v2/suggestions and decodes both the 4.3 sources and the older source", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [
          { source: "past_interactions", sources: ["most_interactions"], account: account("784058", "katie") },
          { source: "global", account: account("108194863260762493", "thunderbird") },
          // A reason this client does not know yet still decodes.
          { sources: ["featured", "brand_new_reason"], account: account("3", "newer") }
        ]
      }))
      const suggestions = yield* Effect.provide(Suggestions.list(), layer)
      expect(suggestions.map((s) => s.account.username)).toEqual(["katie", "thunderbird", "newer"])
      expect(suggestions[0]?.sources).toEqual(["most_interactions"])
      expect(suggestions[1]?.source).toBe("global")
      expect(suggestions[1]?.sources).toBeUndefined()
      expect(suggestions[2]?.sources).toEqual(["featured", "brand_new_reason"])
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v2/suggestions")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("list sends limit when set and refuses a bad one", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      yield* Effect.provide(Suggestions.list({ limit: 80 }), layer)
      const bad = yield* Effect.flip(Effect.provide(Suggestions.list({ limit: 2.5 }), layer))
      expect(bad).toMatchObject({ _tag: "InvalidArgument", argument: "limit" })
      const all = yield* requests
      expect(all).toHaveLength(1)
      expect(all[0]?.url.searchParams.get("limit")).toBe("80")
    }))

  it.effect("remove DELETEs /api/v1/suggestions/:account_id", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      const result = yield* Effect.provide(Suggestions.remove("784058" as Id.AccountId), layer)
      expect(result).toBeUndefined()
      yield* Effect.provide(Suggestions.remove({ id: "9" as Id.AccountId }), layer)
      const [first, second] = yield* requests
      expect(first?.method).toBe("DELETE")
      expect(first?.url.pathname).toBe("/api/v1/suggestions/784058")
      expect(second?.url.pathname).toBe("/api/v1/suggestions/9")
    }))

  it.effect("listV1 GETs the deprecated /api/v1/suggestions as plain accounts", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [account("332766", "kaniini")] }))
      const accounts = yield* Effect.provide(Suggestions.listV1({ limit: 5 }), layer)
      expect(accounts[0]?.username).toBe("kaniini")
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v1/suggestions")
      expect(sent?.url.searchParams.get("limit")).toBe("5")
      expect(Suggestions.listV1Endpoint.deprecated).toBe(true)
      expect(Suggestions.listEndpoint.deprecated).toBe(false)
    }))

  it.effect("maps 401 to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "The access token is invalid" } }))
      const error = yield* Effect.flip(Effect.provide(Suggestions.list(), layer))
      expect(error._tag).toBe("Unauthorized")
      const removeError = yield* Effect.flip(Effect.provide(Suggestions.remove("1" as Id.AccountId), layer))
      expect(removeError._tag).toBe("Unauthorized")
    }))
})
