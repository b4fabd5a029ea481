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
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { account } from "./fixtures/accounts.js"

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

/**
 * Write `bytes` in chunks of `size`, each `gapMs` after the last, then end: the client reads them
 * one by one rather than as one buffer.
 */
const writeInChunks = (response: Http.ServerResponse, bytes: Buffer, size: number, gapMs: number): void => {
  const send = (offset: number): void => {
    if (offset >= bytes.length) return void response.end()
    response.write(bytes.subarray(offset, offset + size))
    setTimeout(() => send(offset + size), gapMs)
  }
  send(0)
}

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

    it.live("a chunked body split inside multi-byte characters decodes exactly, and the raw response still reads", () =>
      Effect.gen(function*() {
        const note = "é🐘漢".repeat(5000)
        const bytes = Buffer.from(JSON.stringify({ ...account("7"), note }))
        const origin = yield* rawServer((_request, response) => {
          response.writeHead(200, { "content-type": "application/json", "x-custom": "kept" })
          // Chunks of 7 KB + 3 bytes, each sent a few milliseconds after the last so that the client
          // reads them one by one: nearly every chunk ends inside a multi-byte character.
          writeInChunks(response, bytes, 7 * 1024 + 3, 5)
        })
        const client = MastodonClient.layer({ url: origin.url, retry: false }).pipe(Layer.provide(platform))
        const raw = yield* Endpoint.callRaw(Accounts.getEndpoint, { path: { id: "7" } }).pipe(Effect.provide(client))
        expect(raw.value.note).toBe(note)
        expect(raw.response.headers["x-custom"]).toBe("kept")
        // The response handed on has its body in memory: every way of reading it agrees.
        expect(yield* raw.response.text).toBe(bytes.toString("utf8"))
        expect(yield* raw.response.json).toMatchObject({ id: "7", note })
        expect(Buffer.from(yield* raw.response.arrayBuffer).equals(bytes)).toBe(true)
        const streamed = yield* raw.response.stream.pipe((stream) => Effect.map(Stream.runCollect(stream), Chunk.toReadonlyArray))
        expect(Buffer.concat(streamed).equals(bytes)).toBe(true)
      }).pipe(Effect.scoped))

    it.live("a large page, chunked and split inside multi-byte characters, decodes to every account", () =>
      Effect.gen(function*() {
        // 300 accounts, about 200 KB, sent in 4 KB chunks a millisecond apart.
        const accounts = Array.from({ length: 300 }, (_, i) => ({ ...account(String(5000 - i)), note: `<p>é🐘漢 ${"ü".repeat(i % 50)}</p>` }))
        const bytes = Buffer.from(JSON.stringify(accounts))
        const origin = yield* rawServer((_request, response) => {
          response.writeHead(200, { "content-type": "application/json" })
          writeInChunks(response, bytes, 4 * 1024 + 1, 1)
        })
        const client = MastodonClient.layer({ url: origin.url, retry: false }).pipe(Layer.provide(platform))
        const page = yield* Accounts.followers(aid("1"), { limit: 80 }).pipe(Effect.provide(client))
        expect(page.items.map((a) => [a.id, a.note])).toEqual(accounts.map((a) => [a.id, a.note]))
      }).pipe(Effect.scoped))

    it.live("a large page that is not valid JSON, or has one bad account, is a typed error with an excerpt", () =>
      Effect.gen(function*() {
        const accounts = Array.from({ length: 300 }, (_, i) => account(String(5000 - i)))
        const valid = JSON.stringify(accounts)
        const bodies = {
          trailingComma: `${valid.slice(0, -1)},]`,
          badAccount: JSON.stringify(accounts.map((a, i) => i === 250 ? { ...a, followers_count: "many" } : a))
        }
        let next: keyof typeof bodies = "trailingComma"
        const origin = yield* rawServer((_request, response) => {
          response.writeHead(200, { "content-type": "application/json" })
          response.end(bodies[next])
        })
        const client = MastodonClient.layer({ url: origin.url, retry: false }).pipe(Layer.provide(platform))
        const notJson = yield* Effect.flip(Accounts.followers(aid("1")).pipe(Effect.provide(client)))
        expect(notJson).toMatchObject({ _tag: "NonJsonBody", status: 200 })
        expect((notJson as { body_excerpt: string }).body_excerpt.startsWith(valid.slice(0, 100))).toBe(true)
        next = "badAccount"
        const badAccount = yield* Effect.flip(Accounts.followers(aid("1")).pipe(Effect.provide(client)))
        expect(badAccount).toMatchObject({ _tag: "DecodeError", path: "250.followers_count" })
        expect((badAccount as { body_excerpt: string }).body_excerpt.startsWith(valid.slice(0, 100))).toBe(true)
      }).pipe(Effect.scoped))

    it.live("a body that stops half way times out, and the connection is closed", () =>
      Effect.gen(function*() {
        let closed = false
        const origin = yield* rawServer((_request, response) => {
          response.writeHead(200, { "content-type": "application/json" })
          response.write('{"id":"1","username":')
          response.on("close", () => {
            closed = true
          })
        })
        const client = MastodonClient.layer({ url: origin.url, retry: false, timeout: "300 millis" }).pipe(Layer.provide(platform))
        const error = yield* Effect.flip(Accounts.get(aid("1")).pipe(Effect.provide(client)))
        expect(error).toMatchObject({ _tag: "Timeout", timeout_ms: 300 })
        // The client gave the read up: the server sees its connection end.
        yield* Effect.sleep("200 millis")
        expect(closed).toBe(true)
      }).pipe(Effect.scoped))

    it.live("a connection reset half way through the body is a TransportError", () =>
      Effect.gen(function*() {
        const origin = yield* rawServer((_request, response) => {
          response.writeHead(200, { "content-type": "application/json" })
          response.write('{"id":"1","username":')
          setTimeout(() => response.socket?.destroy(), 20)
        })
        const client = MastodonClient.layer({ url: origin.url, retry: false }).pipe(Layer.provide(platform))
        const error = yield* Effect.flip(Accounts.get(aid("1")).pipe(Effect.provide(client)))
        expect(error._tag).toBe("TransportError")
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
