import { describe, expect, it } from "@effect/vitest"
import * as Mutes from "@mastodon-effect/http/Mutes"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

const next = "https://mastodon.example/api/v1/mutes?limit=2&max_id=317646"
const prev = "https://mastodon.example/api/v1/mutes?limit=2&since_id=317647"

describe("Mutes.list", () => {
  it.effect("GETs /api/v1/mutes and decodes MutedAccount (timed, endless, and from an older server)", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [
          { ...account("963076", "Simia91"), mute_expires_at: "2025-03-01T12:00:00.000Z" },
          { ...account("1001524", "hakogamae"), mute_expires_at: null },
          account("7", "old")
        ],
        headers: { link: `<${next}>; rel="next", <${prev}>; rel="prev"` }
      }))
      const page = yield* Effect.provide(Mutes.list({ limit: 2 }), layer)
      const [timed, endless, old] = page.items
      expect(timed?.mute_expires_at && DateTime.formatIso(timed.mute_expires_at)).toBe("2025-03-01T12:00:00.000Z")
      expect(endless?.mute_expires_at).toBeNull()
      expect(old?.mute_expires_at).toBeUndefined()
      expect(old?.acct).toBe("old")
      expect(Option.getOrThrow(page.next)).toBe(next)
      expect(Option.getOrThrow(page.prev)).toBe(prev)
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/mutes")
      expect(sent?.url.searchParams.get("limit")).toBe("2")
      expect(sent?.url.searchParams.has("max_id")).toBe(false)
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("declares the documented scopes (read:mutes, or the old follow scope)", () =>
    Effect.sync(() => {
      expect(Mutes.listEndpoint.scopes).toEqual(["read:mutes", "follow"])
      expect(Mutes.listEndpoint.versions).toEqual({ added: "0.0.0", changed: "3.3.0" })
    }))

  it.effect("fails with DecodeError when an item is not an account", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ json: [{ id: "1" }] }))
      const error = yield* Effect.flip(Effect.provide(Mutes.list(), layer))
      expect(error._tag).toBe("DecodeError")
    }))

  it.effect("maps 401 to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "The access token is invalid" } }))
      const error = yield* Effect.flip(Effect.provide(Mutes.list(), layer))
      expect(error).toMatchObject({ _tag: "Unauthorized", error: "The access token is invalid" })
    }))
})
