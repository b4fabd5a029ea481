import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as FollowRequests from "@mastodon-effect/http/FollowRequests"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { account, relationship } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

const aid = (id: string) => id as Id.AccountId
const next = "https://mastodon.example/api/v1/follow_requests?limit=2&max_id=7163058"

describe("FollowRequests", () => {
  it.effect("list GETs /api/v1/follow_requests as a Link-paginated page", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [account("108119793981152178", "spcpro3022"), account("106780475844882270", "EricStoner")],
        headers: { link: `<${next}>; rel="next"` }
      }))
      const page = yield* Effect.provide(FollowRequests.list({ limit: 2 }), layer)
      expect(page.items.map((a) => a.username)).toEqual(["spcpro3022", "EricStoner"])
      expect(Option.getOrThrow(page.next)).toBe(next)
      expect(Option.isNone(page.prev)).toBe(true)
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/follow_requests")
      expect(sent?.url.searchParams.get("limit")).toBe("2")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("authorize POSTs .../:account_id/authorize with no body and returns the relationship", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: { ...relationship("8889777", false), followed_by: true }
      }))
      const rel = yield* Effect.provide(FollowRequests.authorize(aid("8889777")), layer)
      expect(rel.id).toBe("8889777")
      expect(rel.followed_by).toBe(true)
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/follow_requests/8889777/authorize")
      expect(sent?.text).toBeUndefined()
    }))

  it.effect("reject takes an account entity and POSTs .../:account_id/reject", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: relationship("42", false) }))
      const rel = yield* Effect.provide(FollowRequests.reject({ id: aid("42") }), layer)
      expect(rel.following).toBe(false)
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.pathname).toBe("/api/v1/follow_requests/42/reject")
    }))

  it.effect("decodes the short relationship older servers answer with", () =>
    Effect.gen(function*() {
      // The documented sample: no notifying, requested_by, languages or note.
      const { layer } = yield* mockClient(() => ({
        json: {
          id: "8889777",
          following: false,
          showing_reblogs: false,
          followed_by: true,
          blocking: false,
          blocked_by: false,
          muting: false,
          muting_notifications: false,
          requested: false,
          domain_blocking: false,
          endorsed: false
        }
      }))
      const rel = yield* Effect.provide(FollowRequests.authorize(aid("8889777")), layer)
      expect(rel.followed_by).toBe(true)
    }))

  it.effect("maps 404 (no pending request) to NotFound and refuses an empty id", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ status: 404, json: { error: "Record not found" } }))
      const notFound = yield* Effect.flip(Effect.provide(FollowRequests.authorize(aid("9")), layer))
      expect(notFound).toMatchObject({ _tag: "NotFound", status: 404, error: "Record not found" })
      const rejected = yield* Effect.flip(Effect.provide(FollowRequests.reject(aid("9")), layer))
      expect(rejected._tag).toBe("NotFound")
      const empty = yield* Effect.flip(Effect.provide(FollowRequests.authorize(aid("")), layer))
      expect(empty).toMatchObject({ _tag: "InvalidArgument", argument: "account_id" })
      expect(yield* requests).toHaveLength(2)
    }))

  it.effect("maps 401 to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "The access token is invalid" } }))
      const error = yield* Effect.flip(Effect.provide(FollowRequests.list(), layer))
      expect(error._tag).toBe("Unauthorized")
    }))
})
