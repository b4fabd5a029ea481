/**
 * The pipeline end to end over real HTTP on loopback: a NodeHttpServer answers, the client uses
 * `FetchHttpClient` exactly as a user's program would.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Upload from "@mastodon-effect/http/Upload"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { account, relationship } from "./fixtures/accounts.js"
import { loopback } from "./utils/loopback.js"

const aid = (id: string) => id as Id.AccountId
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  HttpServerResponse.unsafeJson(body, { status, headers })

const clientLayer = (url: string, options: Partial<MastodonClient.Options> = {}) =>
  MastodonClient.layer({ url, accessToken: "loopback-token", ...options }).pipe(Layer.provide(FetchHttpClient.layer))

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8])

describe("pipeline over loopback HTTP", () => {
  it.live("waits out a 429 for real and then succeeds", () =>
    Effect.gen(function*() {
      let hits = 0
      const started = Date.now()
      const url = yield* loopback(
        HttpRouter.empty.pipe(
          HttpRouter.get(
            "/api/v1/accounts/:id",
            Effect.sync(() => {
              hits += 1
              const reset = new Date(started + 700).toISOString()
              return hits === 1
                ? json({ error: "Too many requests" }, 429, { "x-ratelimit-limit": "300", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset })
                : json(account("1"), 200, { "x-ratelimit-limit": "300", "x-ratelimit-remaining": "299", "x-ratelimit-reset": reset })
            })
          )
        )
      )
      const got = yield* Accounts.get(aid("1")).pipe(Effect.provide(clientLayer(url, { rateLimit: "wait" })))
      expect(got.id).toBe("1")
      expect(hits).toBe(2)
      expect(Date.now() - started).toBeGreaterThanOrEqual(600)
    }).pipe(Effect.scoped))

  it.live("a slow POST times out once and is not sent again; a slow GET is retried", () =>
    Effect.gen(function*() {
      let posts = 0
      let gets = 0
      const url = yield* loopback(
        HttpRouter.empty.pipe(
          HttpRouter.post(
            "/api/v1/accounts/:id/follow",
            Effect.sync(() => posts++).pipe(Effect.zipRight(Effect.sleep("2 seconds")), Effect.as(json(relationship("1"))))
          ),
          HttpRouter.get(
            "/api/v1/accounts/:id",
            Effect.suspend(() => (gets += 1) === 1 ? Effect.as(Effect.sleep("2 seconds"), json(account("1"))) : Effect.succeed(json(account("1"))))
          )
        )
      )
      const layer = clientLayer(url, { timeout: "300 millis", retry: { times: 2, base: "20 millis" } })
      const error = yield* Effect.flip(Accounts.follow(aid("1")).pipe(Effect.provide(layer)))
      expect(error._tag).toBe("Timeout")
      expect(posts).toBe(1)
      const got = yield* Accounts.get(aid("1")).pipe(Effect.provide(layer))
      expect(got.id).toBe("1")
      expect(gets).toBe(2)
    }).pipe(Effect.scoped))

  it.live("uploads an avatar as multipart with its detected type", () =>
    Effect.gen(function*() {
      let seen: { readonly contentType: string; readonly body: string } | undefined
      const url = yield* loopback(
        HttpRouter.empty.pipe(
          HttpRouter.patch(
            "/api/v1/accounts/update_credentials",
            Effect.gen(function*() {
              const request = yield* HttpServerRequest.HttpServerRequest
              const body = new TextDecoder("latin1").decode(new Uint8Array(yield* request.arrayBuffer))
              seen = { contentType: request.headers["content-type"] ?? "", body }
              return json({ ...account("1"), source: { note: "", fields: [], privacy: "public", sensitive: false, language: "en" } })
            }).pipe(Effect.orDie)
          )
        )
      )
      const avatar = yield* Upload.fromBytes(png, { filename: "me.png", argument: "avatar" })
      const update = Endpoint.make({
        name: "accounts.updateCredentials.test",
        method: "PATCH",
        path: "/api/v1/accounts/update_credentials",
        body: Accounts.CredentialsBody,
        response: Accounts.verifyCredentialsEndpoint.response,
        auth: "user"
      })
      yield* Endpoint.call(update, {
        body: { display_name: "Me", fields_attributes: [{ name: "Site", value: "https://me.example" }], avatar }
      }).pipe(Effect.provide(clientLayer(url)))
      expect(seen?.contentType).toMatch(/^multipart\/form-data; boundary=/)
      expect(seen?.body).toContain('name="avatar"; filename="me.png"')
      expect(seen?.body).toContain("Content-Type: image/png")
      expect(seen?.body).toContain('name="fields_attributes[0][name]"')
      expect(seen?.body).toContain('name="display_name"')
    }).pipe(Effect.scoped))

  it.live("a Link cursor to another origin is refused; the token never reaches it", () =>
    Effect.gen(function*() {
      let otherHits = 0
      const other = yield* loopback(
        HttpRouter.empty.pipe(HttpRouter.all("*", Effect.sync(() => (otherHits += 1, json([])))))
      )
      const url = yield* loopback(
        HttpRouter.empty.pipe(
          HttpRouter.get(
            "/api/v1/accounts/:id/followers",
            Effect.succeed(json([account("2")], 200, { link: `<${other}/api/v1/accounts/1/followers?max_id=2>; rel="next"` }))
          )
        )
      )
      const error = yield* Effect.gen(function*() {
        const page = yield* Accounts.followers(aid("1"))
        return yield* Endpoint.fetchPage(page.endpoint, Option.getOrThrow(page.next))
      }).pipe(Effect.provide(clientLayer(url)), Effect.flip)
      expect(error._tag).toBe("CrossOriginRefused")
      expect(otherHits).toBe(0)
    }).pipe(Effect.scoped))

  it.live("a refused connection is a typed TransportError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        Accounts.get(aid("1")).pipe(Effect.provide(clientLayer("http://127.0.0.1:9", { retry: false })))
      )
      expect(error._tag).toBe("TransportError")
      expect(error.message).not.toContain("loopback-token")
    }))
})
