import { describe, expect, it } from "@effect/vitest"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"
import * as Duration from "effect/Duration"
import type * as Id from "@mastodon-effect/core/Id"
import { account, relationship } from "./fixtures/accounts.js"

const aid = (id: string) => id as Id.AccountId
import { mockClient, mockHttp } from "./utils/mockHttp.js"

describe("MastodonClient pipeline", () => {
  it.effect("sends the token as a bearer header, a user agent, and Accept: application/json", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: account("1") }))
      const result = yield* Effect.provide(Accounts.get(aid("1")), layer)
      expect(result.id).toBe("1")
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/accounts/1")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
      expect(sent?.headers["user-agent"]).toMatch(/^mastodon-effect\//)
      expect(sent?.headers["accept"]).toBe("application/json")
    }))

  it.effect("encodes array query parameters with [] keys and leaves unset options out", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [relationship("1"), relationship("2")] }))
      const rels = yield* Effect.provide(Accounts.relationships([aid("1"), { id: aid("2") }]), layer)
      expect(rels.map((r) => r.id)).toEqual(["1", "2"])
      const [sent] = yield* requests
      expect(sent?.url.searchParams.getAll("id[]")).toEqual(["1", "2"])
      expect(sent?.url.searchParams.has("with_suspended")).toBe(false)
    }))

  it.effect("sends form bodies Rails-style", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: relationship("9") }))
      yield* Effect.provide(Accounts.follow(aid("9"), { reblogs: false, languages: ["en", "de"] }), layer)
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(new URLSearchParams(sent?.text).getAll("languages[]")).toEqual(["en", "de"])
      expect(new URLSearchParams(sent?.text).get("reblogs")).toBe("false")
      expect(new URLSearchParams(sent?.text).has("notify")).toBe(false)
    }))

  it.effect("parses Link headers into next/prev cursors kept verbatim", () =>
    Effect.gen(function*() {
      const next = "https://mastodon.example/api/v1/accounts/1/followers?limit=2&max_id=AAB%3D"
      const prev = "https://mastodon.example/api/v1/accounts/1/followers?limit=2&min_id=ZZ"
      const { layer } = yield* mockClient(() => ({
        json: [account("3"), account("2")],
        headers: { link: `<${next}>; rel="next", <${prev}>; rel="prev"` }
      }))
      const page = yield* Effect.provide(Accounts.followers(aid("1"), { limit: 2 }), layer)
      expect(page.items.map((a) => a.id)).toEqual(["3", "2"])
      expect(Option.getOrThrow(page.next)).toBe(next)
      expect(Option.getOrThrow(page.prev)).toBe(prev)
    }))

  it.effect("refuses a cursor on another origin without sending anything", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      const error = yield* Effect.flip(
        Effect.provide(Endpoint.fetchPage(Accounts.followersEndpoint, "https://evil.example/steal" as never), layer)
      )
      expect(error._tag).toBe("CrossOriginRefused")
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("maps error statuses to typed errors keeping the server's words", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 404, json: { error: "Record not found" } }))
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("404")), layer))
      expect(error._tag).toBe("NotFound")
      if (error._tag !== "NotFound") return
      expect(error.error).toBe("Record not found")
      expect(error.message).toContain("Record not found")
      expect(error.message).not.toContain("test-token")
    }))

  it.effect("a body that does not fit the schema is a DecodeError naming the path", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ json: { ...account("1"), followers_count: "many" } }))
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("1")), layer))
      expect(error._tag).toBe("DecodeError")
      if (error._tag === "DecodeError") expect(error.path).toBe("followers_count")
    }))

  it.effect("an HTML or truncated 200 body is NonJsonBody", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ body: JSON.stringify(account("1")).slice(0, 40) }))
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("1")), layer))
      expect(error._tag).toBe("NonJsonBody")
    }))

  it.effect("an empty id is refused before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: account("1") }))
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("")), layer))
      expect(error._tag).toBe("InvalidArgument")
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("a base URL that is not http(s) is an InvalidArgument", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockHttp(() => ({ json: {} }))
      const result = yield* Effect.either(Effect.provide(MastodonClient.make({ url: "not a url" }), layer))
      expect(Either.isLeft(result) && result.left._tag).toBe("InvalidArgument")
      const ftp = yield* Effect.either(Effect.provide(MastodonClient.make({ url: "ftp://x.example" }), layer))
      expect(Either.isLeft(ftp) && ftp.left._tag).toBe("InvalidArgument")
    }))

  it.effect("retries a GET after a 502 and never resends a POST", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(
        (_, i) => i === 0 ? { status: 502, body: "<html>Bad Gateway</html>" } : { json: account("1") },
        { retry: { times: 2, base: "10 millis" } }
      )
      const fiber = yield* Effect.fork(Effect.provide(Accounts.get(aid("1")), layer))
      yield* TestClock.adjust(Duration.seconds(1))
      const got = yield* Fiber.join(fiber)
      expect(got.id).toBe("1")
      expect(yield* requests).toHaveLength(2)

      const post = yield* mockClient(() => ({ status: 502, body: "<html>Bad Gateway</html>" }), {
        retry: { times: 2, base: "10 millis" }
      })
      const postFiber = yield* Effect.fork(Effect.flip(Effect.provide(Accounts.follow(aid("1")), post.layer)))
      yield* TestClock.adjust(Duration.seconds(1))
      const error = yield* Fiber.join(postFiber)
      expect(error._tag).toBe("ServerError")
      if (error._tag === "ServerError") expect(error.body_excerpt).toContain("Bad Gateway")
      expect(yield* post.requests).toHaveLength(1)
    }))

  it.effect("reads the rate-limit headers of every response", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({
        json: account("1"),
        headers: {
          "x-ratelimit-limit": "300",
          "x-ratelimit-remaining": "297",
          "x-ratelimit-reset": "2026-11-27T00:05:00.000Z"
        }
      }))
      const snapshot = yield* Effect.provide(Effect.zipRight(Accounts.get(aid("1")), MastodonClient.rateLimit), layer)
      const value = Option.getOrThrow(snapshot)
      expect(value.limit).toBe(300)
      expect(value.remaining).toBe(297)
      expect(value.reset.toString()).toContain("2026-11-27T00:05:00")
    }))
})
