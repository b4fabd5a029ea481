/**
 * The in-memory instance behind a real HTTP server on 127.0.0.1, for end-to-end tests, examples,
 * browsers and other processes (`npx @mastodon-effect/testing` runs one with demo data).
 *
 * This is the only module of the package that needs Node (`node:http`, which Bun and Deno also
 * provide); `MastodonInstance`, `Seed` and `Faults` run in any runtime, so it is not re-exported
 * from the package index: import it as `@mastodon-effect/testing/MastodonServer`.
 *
 * @since 0.1.0
 */
import * as HttpServerError from "@effect/platform/HttpServerError"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Runtime from "effect/Runtime"
import * as Http from "node:http"
import type * as Net from "node:net"
import { ConnectionReset } from "./internal/app.js"
import * as StreamingWebSocket from "./internal/streaming/websocket.js"
import { makeAt, MastodonInstance, type Options as InstanceOptions, type Service } from "./MastodonInstance.js"

/**
 * Options of the loopback server: the instance's options and a port.
 *
 * @since 0.1.0
 */
export interface Options extends InstanceOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  readonly port?: number | undefined
}

const readBody = (request: Http.IncomingMessage): Effect.Effect<Uint8Array<ArrayBuffer>, Error> =>
  Effect.async<Uint8Array<ArrayBuffer>, Error>((resume) => {
    const parts: Array<Uint8Array> = []
    request.on("data", (chunk: Uint8Array) => parts.push(chunk))
    request.on("end", () => {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
      let at = 0
      for (const p of parts) {
        out.set(p, at)
        at += p.length
      }
      resume(Effect.succeed(out))
    })
    request.on("error", (cause) => resume(Effect.fail(cause)))
  })

/** The Node request as the web `Request` the instance's router reads. */
const toWebRequest = (request: Http.IncomingMessage, origin: string, body: Uint8Array<ArrayBuffer>): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  const method = request.method ?? "GET"
  const hasBody = method !== "GET" && method !== "HEAD" && body.length > 0
  return new Request(new URL(request.url ?? "/", origin), { method, headers, ...(hasBody ? { body } : {}) })
}

/** Write a web `Response` to the Node response, streaming its body. */
const writeResponse = (response: Response, out: Http.ServerResponse): Effect.Effect<void, unknown> =>
  Effect.tryPromise(async (signal) => {
    const headers: Array<[string, string]> = []
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") headers.push([name, value])
    })
    for (const cookie of response.headers.getSetCookie()) headers.push(["set-cookie", cookie])
    out.writeHead(response.status, response.statusText, headers.flat())
    if (response.body !== null) {
      const reader = response.body.getReader()
      // A client gone mid-body (an SSE stream ended) stops the body's producer too.
      signal.addEventListener("abort", () => void reader.cancel().catch(() => undefined))
      for (let read = await reader.read(); !read.done; read = await reader.read()) out.write(read.value)
    }
    out.end()
  })

/** Serve `instance` on `server`: every request runs in its own fiber of `runtime`. */
const serve = (server: Http.Server, instance: Service, runtime: Runtime.Runtime<never>): void => {
  const run = Runtime.runFork(runtime)
  server.on("request", (request: Http.IncomingMessage, response: Http.ServerResponse) => {
    // Links point at the host the request came to (`localhost` and `127.0.0.1` both work).
    const host = request.headers.host
    const origin = host === undefined ? instance.origin : `http://${host}`
    const fiber = run(
      Effect.gen(function*() {
        const body = yield* readBody(request)
        const web = HttpServerRequest.fromWeb(toWebRequest(request, origin, body))
        // The body goes along as read: a GET's body (dropped from the web Request) counts too.
        const reply = yield* instance.handle(web, origin, request.socket.remoteAddress ?? "127.0.0.1", body)
        yield* writeResponse(HttpServerResponse.toWeb(reply, { withoutBody: request.method === "HEAD" }), response)
      }).pipe(
        Effect.catchAll((error) =>
          Effect.sync(() => {
            // A connection-reset fault, or a client gone mid-request: drop the socket unanswered.
            if (error instanceof ConnectionReset || response.headersSent) return request.socket.destroy()
            response.writeHead(500).end()
          })
        )
      )
    )
    // A client that hangs up interrupts the request's fiber (a latency fault stops sleeping).
    response.on("close", () => {
      if (!response.writableFinished) run(Fiber.interrupt(fiber))
    })
  })
  // The streaming API's WebSocket (`/api/v1/streaming`).
  server.on("upgrade", (request: Http.IncomingMessage, socket: Net.Socket) => {
    const host = request.headers.host
    const origin = host === undefined ? instance.origin : `http://${host}`
    StreamingWebSocket.upgrade(instance.runtime.state, instance.runtime.log, origin, request, socket, Date.now())
  })
}

/**
 * A fresh instance served on 127.0.0.1 for as long as the layer's scope lives. The instance's
 * `origin` is the server URL (`http://127.0.0.1:<port>`); `Link` headers point at the host each
 * request came to. A connection-reset fault destroys the socket. Pair it with any `HttpClient`
 * (`FetchHttpClient.layer`, a browser, another process).
 *
 * @example
 * import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
 * import * as Effect from "effect/Effect"
 * import * as Layer from "effect/Layer"
 * import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
 * import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"
 *
 * const url = Effect.map(MastodonInstance.MastodonInstance, (i) => i.origin)
 * Effect.runPromise(Effect.provide(url, Layer.merge(MastodonServer.layer(), FetchHttpClient.layer)))
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<MastodonInstance, HttpServerError.ServeError> =>
  Layer.scoped(
    MastodonInstance,
    Effect.gen(function*() {
      const server = Http.createServer()
      yield* Effect.async<void, HttpServerError.ServeError>((resume) => {
        const onError = (cause: Error) => resume(Effect.fail(new HttpServerError.ServeError({ cause })))
        server.once("error", onError)
        server.listen(options.port ?? 0, "127.0.0.1", () => {
          server.off("error", onError)
          resume(Effect.void)
        })
      })
      yield* Effect.addFinalizer(() =>
        Effect.async<void>((resume) => {
          // Upgraded sockets are no longer the server's connections: close them first.
          StreamingWebSocket.closeAll(instance.runtime.state)
          server.closeAllConnections()
          server.close(() => resume(Effect.void))
        })
      )
      const address = server.address()
      const port = address !== null && typeof address === "object" ? address.port : 0
      const instance = yield* makeAt(options, `http://127.0.0.1:${port}`)
      serve(server, instance, yield* Effect.runtime<never>())
      return instance
    })
  )
