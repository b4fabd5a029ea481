/**
 * A hostile or broken server over real loopback HTTP, on both HTTP clients users pick
 * (`FetchHttpClient` and platform-node's `NodeHttpClient`): redirects are never followed (a POST
 * answered by 301/302/307 is a typed error naming the redirect, and nothing is sent twice or to
 * another origin), and a body over the cap is refused while it streams in.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"

type Handler = (request: Http.IncomingMessage, response: Http.ServerResponse) => void

/** A plain node:http server on 127.0.0.1 for the scope, counting what it receives. */
const rawServer = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.async<{ readonly url: string; readonly hits: Array<string>; readonly server: Http.Server }>((resume) => {
      const hits: Array<string> = []
      const server = Http.createServer((request, response) => {
        hits.push(`${request.method} ${request.url}`)
        handler(request, response)
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}`, hits, server }))
      })
    }),
    ({ server }) =>
      Effect.async<void>((resume) => {
        server.close(() => resume(Effect.void))
      })
  )

const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["FetchHttpClient", FetchHttpClient.layer],
  ["NodeHttpClient", NodeHttpClient.layer]
]

const aid = (id: string) => id as Id.AccountId

for (const [name, platform] of clients) {
  describe(`a hostile server, through ${name}`, () => {
    for (const status of [301, 302, 307]) {
      it.live(`a POST answered by ${status} is a typed error naming the redirect, sent once`, () =>
        Effect.gen(function*() {
          const target = yield* rawServer((_request, response) => {
            response.writeHead(200, { "content-type": "application/json" })
            response.end("{}")
          })
          const origin = yield* rawServer((_request, response) => {
            response.writeHead(status, { location: `${target.url}/steal` })
            response.end()
          })
          const client = MastodonClient.layer({ url: origin.url, accessToken: "secret-token", retry: false }).pipe(
            Layer.provide(platform)
          )
          const error = yield* Effect.flip(Accounts.follow(aid("1")).pipe(Effect.provide(client)))
          expect(error).toMatchObject({ _tag: "UnexpectedStatus", status, location: `${target.url}/steal` })
          expect(origin.hits).toEqual(["POST /api/v1/accounts/1/follow"])
          // The redirect was not followed: the other origin saw nothing, token or not.
          expect(target.hits).toEqual([])
        }).pipe(Effect.scoped))
    }

    it.live("a chunked body over maxBodyBytes fails with ResponseTooLarge, not a crash", () =>
      Effect.gen(function*() {
        const origin = yield* rawServer((_request, response) => {
          // No content-length: the size is only known while reading.
          response.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" })
          const chunk = "x".repeat(64 * 1024)
          let sent = 0
          const pump = () => {
            while (sent < 64) {
              sent += 1
              if (!response.write(chunk)) return response.once("drain", pump)
            }
            response.end()
          }
          pump()
        })
        const client = MastodonClient.layer({ url: origin.url, retry: false, maxBodyBytes: 256 * 1024 }).pipe(
          Layer.provide(platform)
        )
        const error = yield* Effect.flip(Accounts.get(aid("1")).pipe(Effect.provide(client)))
        expect(error).toMatchObject({ _tag: "ResponseTooLarge", max_bytes: 256 * 1024 })
      }).pipe(Effect.scoped))

    it.live("a declared length over maxBodyBytes is refused before reading", () =>
      Effect.gen(function*() {
        const origin = yield* rawServer((_request, response) => {
          const body = JSON.stringify({ note: "y".repeat(10_000) })
          response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
          response.end(body)
        })
        const client = MastodonClient.layer({ url: origin.url, retry: false, maxBodyBytes: 1000 }).pipe(Layer.provide(platform))
        const error = yield* Effect.flip(Accounts.get(aid("1")).pipe(Effect.provide(client)))
        expect(error._tag).toBe("ResponseTooLarge")
      }).pipe(Effect.scoped))
  })
}
