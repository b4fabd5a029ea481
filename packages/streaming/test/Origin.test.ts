/**
 * Where the token goes: only to the streaming origin (the `url` option, else the instance's
 * `configuration.urls.streaming`), in a header or the WebSocket subprotocol, never in a URL.
 */
import { expect, it } from "@effect/vitest"
import * as Streaming from "@mastodon-effect/streaming/Streaming"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import { server, signedIn } from "./utils.js"

/** Another server that records what reaches it (and answers nothing useful). */
const recorder = Effect.acquireRelease(
  Effect.async<{ readonly url: string; readonly seen: Array<{ url: string; headers: IncomingHttpHeaders }>; readonly close: () => void }>((resume) => {
    const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = []
    const http = createServer((req, res) => {
      seen.push({ url: req.url ?? "", headers: req.headers })
      res.writeHead(503).end()
    })
    http.on("upgrade", (req, socket) => {
      seen.push({ url: req.url ?? "", headers: req.headers })
      socket.destroy()
    })
    http.listen(0, "127.0.0.1", () => {
      const { port } = http.address() as AddressInfo
      resume(Effect.succeed({ url: `http://127.0.0.1:${port}`, seen, close: () => http.close() }))
    })
  }),
  (r) => Effect.sync(r.close)
)

it.live("the streaming origin comes from the instance, or the url option; the token goes there only, never in a URL", () =>
  Effect.gen(function*() {
    const alice = yield* Seed.createAccount({ username: "alice" })
    const origin = yield* MastodonInstance.origin
    const discovered = yield* Effect.map(Streaming.Streaming, (s) => s.url.href).pipe(Effect.provide(signedIn(origin, alice.token, "websocket")))
    expect(discovered).toBe(`${origin.replace(/^http/, "ws")}/`)

    const other = yield* recorder
    for (const transport of ["websocket", "sse"] as const) {
      yield* MastodonInstance.MastodonInstance.pipe(Effect.flatMap((i) => i.clearRequests))
      yield* Effect.gen(function*() {
        const fiber = yield* Effect.fork(Stream.runDrain(Streaming.user()))
        yield* Effect.sleep("400 millis")
        yield* Fiber.interrupt(fiber)
      }).pipe(Effect.provide(signedIn(origin, alice.token, transport, { url: other.url, reconnect: Schedule.spaced("100 millis") })), Effect.scoped)
      const requests = yield* MastodonInstance.requests
      // The instance saw the REST calls (discovery skipped: the url was given), no streaming.
      expect(requests.filter((r) => r.path.startsWith("/api/v1/streaming"))).toEqual([])
    }
    expect(other.seen.length).toBeGreaterThan(1)
    for (const { headers, url } of other.seen) {
      expect(url).not.toContain(alice.token)
      expect(url.startsWith("/api/v1/streaming")).toBe(true)
      const carried = headers["authorization"] === `Bearer ${alice.token}` || headers["sec-websocket-protocol"] === alice.token
      expect(carried).toBe(true)
    }
  }).pipe(Effect.provide(server), Effect.scoped))
