/**
 * A real HTTP server on 127.0.0.1 (random port) for end-to-end tests of the client pipeline.
 * The server lives as long as the surrounding Scope.
 */
import * as HttpServer from "@effect/platform/HttpServer"
import type * as HttpApp from "@effect/platform/HttpApp"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as Effect from "effect/Effect"
import { createServer } from "node:http"

export const loopback = <E>(app: HttpApp.Default<E, never>) =>
  Effect.gen(function*() {
    const server = yield* NodeHttpServer.make(() => createServer(), { port: 0, host: "127.0.0.1" })
    yield* server.serve(app).pipe(Effect.provideService(HttpServer.HttpServer, server))
    const address = server.address
    if (address._tag !== "TcpAddress") return yield* Effect.dieMessage("expected a TCP address")
    return `http://127.0.0.1:${address.port}`
  })
