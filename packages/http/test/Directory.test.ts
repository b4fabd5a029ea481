import { describe, expect, it } from "@effect/vitest"
import * as Directory from "@mastodon-effect/http/Directory"
import * as Effect from "effect/Effect"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

describe("Directory.list", () => {
  it.effect("GETs /api/v1/directory with no query when no option is set, and returns the accounts", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [account("796927", "eternalNo3"), account("787648", "ariel")],
        // Offset-paged: a stray Link header is not the way on, and the result is a plain array.
        headers: { link: `<https://mastodon.example/api/v1/directory?offset=2>; rel="next"` }
      }))
      const accounts = yield* Effect.provide(Directory.list(), layer)
      expect(Array.isArray(accounts)).toBe(true)
      expect(accounts.map((a) => a.username)).toEqual(["eternalNo3", "ariel"])
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/directory")
      expect(Directory.listEndpoint.pagination.kind).toBe("offset")
    }))

  it.effect("sends offset, limit, order and local", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      yield* Effect.provide(Directory.list({ offset: 40, limit: 80, order: "new", local: true }), layer)
      yield* Effect.provide(Directory.list({ offset: 0, local: false }), layer)
      const [full, partial] = yield* requests
      expect([...(full?.url.searchParams ?? [])]).toEqual([
        ["offset", "40"],
        ["limit", "80"],
        ["order", "new"],
        ["local", "true"]
      ])
      expect([...(partial?.url.searchParams ?? [])]).toEqual([["offset", "0"], ["local", "false"]])
    }))

  it.effect("refuses a negative or fractional offset and a limit below 1 before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      const negative = yield* Effect.flip(Effect.provide(Directory.list({ offset: -1 }), layer))
      expect(negative).toMatchObject({ _tag: "InvalidArgument", argument: "offset" })
      const fraction = yield* Effect.flip(Effect.provide(Directory.list({ offset: 1.5 }), layer))
      expect(fraction).toMatchObject({ _tag: "InvalidArgument", argument: "offset" })
      const limit = yield* Effect.flip(Effect.provide(Directory.list({ limit: 0 }), layer))
      expect(limit).toMatchObject({ _tag: "InvalidArgument", argument: "limit" })
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("works without a token (public) and maps 401 from a server limited to users", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(
        (_, index) =>
          index === 0 ? { json: [account("1")] } : { status: 401, json: { error: "This API requires an authenticated user" } },
        { accessToken: undefined }
      )
      const accounts = yield* Effect.provide(Directory.list({ limit: 1 }), layer)
      expect(accounts).toHaveLength(1)
      const error = yield* Effect.flip(Effect.provide(Directory.list(), layer))
      expect(error).toMatchObject({ _tag: "Unauthorized", error: "This API requires an authenticated user" })
      const [sent] = yield* requests
      expect(sent?.headers["authorization"]).toBeUndefined()
    }))
})
