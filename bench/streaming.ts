/**
 * Back-pressure of the streaming client under a fast producer (run from the repository root):
 *
 *   node --import tsx --expose-gc bench/streaming.ts
 *
 * The fake's loopback server pushes `filters_changed` events to one `user` subscription as fast as
 * it can (bursts of 200 events, 1 ms apart: up to ~100,000 events/s), and a consumer reads them:
 *
 * - WebSocket, fast consumer: throughput, and the peak heap while the events flow;
 * - WebSocket, slow consumer (1 ms per event), bufferSize 1024: the subscription fails with
 *   `StreamingOverflow` once it is 1024 events behind, and the heap stays flat;
 * - SSE, slow consumer: nothing fails, the reader is suspended (the server's socket buffers fill,
 *   then its queue: the fake keeps what it could not send, as a real server's kernel would).
 *
 * The producer and the consumer share the process, so heap figures are the whole process's.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as NodeSocket from "@effect/platform-node/NodeSocket"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Streaming from "@mastodon-effect/streaming/Streaming"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as StreamingHub from "@mastodon-effect/testing/StreamingHub"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"

const gc = (globalThis as { gc?: () => void }).gc
const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024

interface Result {
  readonly scenario: string
  readonly produced: number
  readonly consumed: number
  readonly ms: number
  readonly outcome: string
  readonly heapBefore: number
  readonly heapPeak: number
}

const scenario = (name: string, transport: "websocket" | "sse", total: number, perEvent: number, bufferSize: number) =>
  Effect.gen(function*() {
    const alice = yield* Seed.createAccount({ username: `alice${Math.random().toString(36).slice(2, 8)}` })
    const origin = yield* MastodonInstance.origin
    const client = MastodonClient.layer({ url: origin, accessToken: alice.token, retry: false })
    const streaming = transport === "websocket"
      ? Streaming.layer({ accessToken: alice.token, bufferSize, backfill: false, reconnect: Schedule.stop }).pipe(Layer.provide(NodeSocket.layerWebSocketConstructor))
      : Streaming.layerSse({ accessToken: alice.token, bufferSize, backfill: false, reconnect: Schedule.stop })
    return yield* Effect.gen(function*() {
      gc?.()
      const heapBefore = heapMb()
      let heapPeak = heapBefore
      let consumed = 0
      const sampler = yield* Effect.fork(Effect.repeat(Effect.sync(() => (heapPeak = Math.max(heapPeak, heapMb()))), Schedule.spaced("5 millis")))
      const consumer = yield* Streaming.user().pipe(
        Stream.take(total),
        Stream.runForEach(() => Effect.sync(() => consumed++).pipe(Effect.zipRight(perEvent > 0 ? Effect.sleep(perEvent) : Effect.void))),
        Effect.fork
      )
      yield* Effect.repeat(StreamingHub.channels, { until: (c) => c.some((x) => x.includes("user")), schedule: Schedule.spaced("10 millis") })
      const started = performance.now()
      let produced = 0
      while (produced < total) {
        for (let i = 0; i < 200 && produced < total; i++, produced++) {
          yield* StreamingHub.publish({ stream: "user", event: "filters_changed", username: alice.username })
        }
        // Let the sockets flow between bursts (a burst is written in one go, as a busy server would).
        yield* Effect.sleep("1 millis")
        const done = yield* Fiber.poll(consumer)
        if (done._tag === "Some") break
      }
      const exit = yield* Fiber.await(consumer).pipe(Effect.timeout("60 seconds"), Effect.option)
      const ms = performance.now() - started
      yield* Fiber.interrupt(sampler)
      const outcome = exit._tag === "None"
        ? "still running after 60 s"
        : Exit.isSuccess(exit.value)
        ? "completed"
        : `failed: ${Exit.isFailure(exit.value) && exit.value.cause._tag === "Fail" ? exit.value.cause.error._tag : "defect"}`
      return { scenario: name, produced, consumed, ms, outcome, heapBefore, heapPeak } satisfies Result
    }).pipe(Effect.provide(Layer.provideMerge(streaming, client)), Effect.scoped)
  })

const program = Effect.gen(function*() {
  const results: Array<Result> = []
  results.push(yield* scenario("websocket, fast consumer", "websocket", 100_000, 0, 1024))
  results.push(yield* scenario("websocket, slow consumer (1 ms/event), bufferSize 1024", "websocket", 100_000, 1, 1024))
  results.push(yield* scenario("sse, fast consumer", "sse", 100_000, 0, 1024))
  results.push(yield* scenario("sse, slow consumer (1 ms/event)", "sse", 3_000, 1, 1024))
  console.log("| scenario | produced | consumed | wall ms | events/s consumed | outcome | heap before MB | heap peak MB |")
  console.log("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
  for (const r of results) {
    console.log(
      `| ${r.scenario} | ${r.produced} | ${r.consumed} | ${r.ms.toFixed(0)} | ${(r.consumed / (r.ms / 1000)).toFixed(0)} | ${r.outcome} | ${r.heapBefore.toFixed(1)} | ${r.heapPeak.toFixed(1)} |`
    )
  }
}).pipe(Effect.provide(Layer.merge(MastodonServer.layer({ rateLimit: false }), FetchHttpClient.layer)))

Effect.runPromise(program).catch((e) => {
  console.error(e)
  process.exit(1)
})
