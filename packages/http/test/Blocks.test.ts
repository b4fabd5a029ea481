import { describe, expect, it } from "@effect/vitest"
import * as Blocks from "@mastodon-effect/http/Blocks"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

const next = "https://mastodon.example/api/v1/blocks?limit=2&max_id=441449"
const prev = "https://mastodon.example/api/v1/blocks?limit=2&since_id=444808"

describe("Blocks.list", () => {
  it.effect("GETs /api/v1/blocks with the token and no query when no option is set", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [account("585315", "admin")] }))
      const page = yield* Effect.provide(Blocks.list(), layer)
      expect(page.items.map((a) => a.acct)).toEqual(["admin"])
      expect(Option.isNone(page.next)).toBe(true)
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/blocks")
      expect(sent?.url.search).toBe("")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
      expect(Blocks.listEndpoint.pagination.kind).toBe("link")
      expect(Blocks.listEndpoint.scopes).toEqual(["read:blocks"])
    }))

  it.effect("sends limit and the position parameters that are set, and a date as a snowflake id", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      yield* Effect.provide(Blocks.list({ limit: 80, max_id: "441449" }), layer)
      yield* Effect.provide(Blocks.list({ min_id: new Date("2024-01-01T00:00:00.000Z") }), layer)
      const [first, second] = yield* requests
      expect(first?.url.searchParams.get("limit")).toBe("80")
      expect(first?.url.searchParams.get("max_id")).toBe("441449")
      expect(first?.url.searchParams.has("since_id")).toBe(false)
      expect(first?.url.searchParams.has("min_id")).toBe(false)
      // 1704067200000 ms << 16
      expect(second?.url.searchParams.get("min_id")).toBe((1704067200000n << 16n).toString())
    }))

  it.effect("keeps the Link cursors verbatim and follows next with Endpoint.fetchPage", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, index) =>
        index === 0
          ? { json: [account("1"), account("2")], headers: { link: `<${next}>; rel="next", <${prev}>; rel="prev"` } }
          : { json: [account("3")] }
      )
      const page = yield* Effect.provide(Blocks.list({ limit: 2 }), layer)
      expect(Option.getOrThrow(page.next)).toBe(next)
      expect(Option.getOrThrow(page.prev)).toBe(prev)
      const older = yield* Effect.provide(Endpoint.fetchPage(page.endpoint, Option.getOrThrow(page.next)), layer)
      expect(older.items.map((a) => a.id)).toEqual(["3"])
      expect(Option.isNone(older.next)).toBe(true)
      const [, second] = yield* requests
      expect(second?.url.toString()).toBe(next)
    }))

  it.effect("refuses a bad limit or an empty id before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      const zero = yield* Effect.flip(Effect.provide(Blocks.list({ limit: 0 }), layer))
      expect(zero._tag).toBe("InvalidArgument")
      const empty = yield* Effect.flip(Effect.provide(Blocks.list({ max_id: "" }), layer))
      expect(empty).toMatchObject({ _tag: "InvalidArgument", argument: "max_id" })
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("maps 401 without a token to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(
        () => ({ status: 401, json: { error: "The access token is invalid" } }),
        { accessToken: undefined }
      )
      const error = yield* Effect.flip(Effect.provide(Blocks.list(), layer))
      expect(error).toMatchObject({ _tag: "Unauthorized", status: 401, error: "The access token is invalid" })
      const [sent] = yield* requests
      expect(sent?.headers["authorization"]).toBeUndefined()
    }))
})
