/**
 * One WebSocket shared by every subscription of a `Streaming` service: subscriptions come and go
 * as `subscribe` / `unsubscribe` messages, the socket opens with the first one and closes after
 * the last, and it is re-opened on the reconnection schedule while anyone listens.
 *
 * @internal
 */
import * as Socket from "@effect/platform/Socket"
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { StreamingDisconnected, StreamingOverflow } from "../StreamingError.js"
import { describe, keyOf, keyOfStream, message, parseFrame, type Signal, type Subscription } from "./protocol.js"

export interface Options {
  /** `ws(s)://host/api/v1/streaming`: no query, so nothing secret can reach a log. */
  readonly url: string
  readonly token: Option.Option<Redacted.Redacted<string>>
  readonly reconnect: Schedule.Schedule<unknown, unknown>
  readonly idleTimeout: Option.Option<Duration.Duration>
  readonly capacity: number
  readonly openTimeout: Duration.Duration
}

interface Subscriber {
  readonly sub: Subscription
  readonly key: string
  readonly queue: Queue.Queue<Signal>
  readonly failure: Deferred.Deferred<never, StreamingOverflow | StreamingDisconnected>
}

class Idle {
  readonly _tag = "Idle"
}

/** The multiplexer of one service. */
export const make = (
  options: Options
): Effect.Effect<(sub: Subscription) => Stream.Stream<Signal, StreamingOverflow | StreamingDisconnected>, never, Scope.Scope | Socket.WebSocketConstructor> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const context = yield* Effect.context<Socket.WebSocketConstructor>()
    const lock = yield* Effect.makeSemaphore(1)
    const subscribers = new Set<Subscriber>()
    let write: ((text: string) => Effect.Effect<void, Socket.SocketError>) | undefined
    let connection: Fiber.RuntimeFiber<void> | undefined

    const deliver = (s: Subscriber, signal: Signal): void => {
      // A WebSocket cannot be paused: a consumer this far behind ends with a typed error rather
      // than letting the buffer grow.
      if (!Queue.unsafeOffer(s.queue, signal)) {
        Deferred.unsafeDone(s.failure, Exit.fail(new StreamingOverflow({ subscription: describe(s.sub), capacity: options.capacity })))
      }
    }

    const send = (text: string) => (write === undefined ? Effect.void : Effect.ignore(write(text)))

    const onMessage = (data: string | Uint8Array): void => {
      const text = typeof data === "string" ? data : new TextDecoder().decode(data)
      const frame = parseFrame(text)
      switch (frame._tag) {
        case "Frame": {
          const key = keyOfStream(frame.stream)
          for (const s of subscribers) if (s.key === key) deliver(s, frame)
          return
        }
        case "Malformed":
          // Unroutable: every subscriber applies its own policy to it.
          for (const s of subscribers) deliver(s, frame)
          return
        case "ServerError":
          // `{ error, status }` answers a subscribe message (unknown stream, a list that is not
          // ours); it names no stream, so it can only be reported.
          Effect.runFork(Effect.logWarning(`mastodon streaming: the server refused a subscription: ${frame.error}`))
          return
        case "Open":
          return
      }
    }

    const connectOnce = (onOpened: Effect.Effect<void>) =>
      Effect.scoped(
        Effect.gen(function*() {
          const socket = yield* Socket.makeWebSocket(options.url, {
            // The token travels as the subprotocol, which Mastodon accepts and browsers can send.
            ...(Option.isSome(options.token) ? { protocols: [Redacted.value(options.token.value)] } : {}),
            openTimeout: options.openTimeout,
            closeCodeIsError: () => true
          })
          const writer = yield* socket.writer
          let last = Date.now()
          const opened = lock.withPermits(1)(
            Effect.gen(function*() {
              write = writer
              const keys = new Set<string>()
              for (const s of subscribers) {
                if (!keys.has(s.key)) {
                  keys.add(s.key)
                  yield* send(message("subscribe", s.sub))
                }
                deliver(s, { _tag: "Open" })
              }
              yield* onOpened
            })
          )
          const run = socket.runRaw((data) => {
            last = Date.now()
            onMessage(data)
          }, { onOpen: opened })
          const watchdog = Option.match(options.idleTimeout, {
            onNone: () => Effect.never,
            onSome: (idle) =>
              Effect.gen(function*() {
                const millis = Duration.toMillis(idle)
                last = Date.now()
                while (true) {
                  yield* Effect.sleep(Duration.millis(Math.max(10, millis / 4)))
                  if (Date.now() - last > millis) return yield* Effect.fail(new Idle())
                }
              })
          })
          yield* Effect.raceFirst(run, watchdog)
        })
      ).pipe(
        Effect.ensuring(lock.withPermits(1)(Effect.sync(() => {
          write = undefined
        }))),
        Effect.provide(context)
      )

    const reason = (exit: Exit.Exit<void, unknown>): string => {
      if (Exit.isSuccess(exit)) return "the server closed the connection"
      const error = Cause.squash(exit.cause)
      if (error instanceof Idle) return "no data within the idle timeout"
      return (error instanceof Error ? error.message : String(error)).slice(0, 200)
    }

    const loop = Effect.gen(function*() {
      const driver = yield* Schedule.driver(options.reconnect)
      while (true) {
        const exit = yield* Effect.exit(connectOnce(driver.reset))
        const why = reason(exit)
        yield* Effect.logDebug(`mastodon streaming: connection ended (${why}); reconnecting`)
        const next = yield* Effect.either(driver.next(why))
        if (next._tag === "Left") {
          const error = new StreamingDisconnected({ url: options.url, reason: why })
          yield* lock.withPermits(1)(Effect.sync(() => {
            for (const s of subscribers) Deferred.unsafeDone(s.failure, Exit.fail(error))
            connection = undefined
          }))
          return
        }
      }
    })

    const add = (s: Subscriber) =>
      lock.withPermits(1)(
        Effect.gen(function*() {
          const first = ![...subscribers].some((o) => o.key === s.key)
          subscribers.add(s)
          if (write !== undefined) {
            if (first) yield* send(message("subscribe", s.sub))
            deliver(s, { _tag: "Open" })
          }
          // `add` runs as an uninterruptible acquire: the connection fiber must not inherit that.
          if (connection === undefined) connection = yield* Effect.forkIn(Effect.interruptible(loop), scope)
        })
      )

    const remove = (s: Subscriber) =>
      lock.withPermits(1)(
        Effect.gen(function*() {
          subscribers.delete(s)
          if (![...subscribers].some((o) => o.key === s.key)) yield* send(message("unsubscribe", s.sub))
          if (subscribers.size === 0 && connection !== undefined) {
            const fiber = connection
            connection = undefined
            yield* Fiber.interruptFork(fiber)
          }
        })
      )

    return (sub: Subscription) =>
      Stream.unwrapScoped(
        Effect.gen(function*() {
          const queue = yield* Queue.bounded<Signal>(options.capacity)
          const failure = yield* Deferred.make<never, StreamingOverflow | StreamingDisconnected>()
          const s: Subscriber = { sub, key: keyOf(sub), queue, failure }
          yield* Effect.acquireRelease(add(s), () => remove(s))
          return Stream.fromQueue(queue).pipe(Stream.interruptWhen(Deferred.await(failure)))
        })
      )
  })
