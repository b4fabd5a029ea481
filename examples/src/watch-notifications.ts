/**
 * A live notifications watcher that survives its server going away and coming back.
 *
 *   npx tsx examples/src/watch-notifications.ts [--count 6]
 *
 * It follows the `user` stream over one WebSocket and prints each notification as it arrives.
 * When the connection is lost, it reconnects on a capped, jittered schedule; once back, it first
 * prints what it missed meanwhile (fetched over REST, marked "missed while away"), then the live
 * events again, each notification once.
 *
 * On the embedded instance the program plays the outage itself: someone mentions the demo user,
 * the server goes away (every streaming connection cut, new ones silent, the REST API resetting
 * connections) while two more mentions are posted, then it comes back and a last one is posted
 * live. With `MASTODON_URL` and `MASTODON_ACCESS_TOKEN` set, it watches your account until
 * `--count` notifications have arrived (default: forever).
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as NodeSocket from "@effect/platform-node/NodeSocket"
import * as Streaming from "@mastodon-effect/streaming/Streaming"
import * as StreamingEvent from "@mastodon-effect/streaming/StreamingEvent"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as StreamingHub from "@mastodon-effect/testing/StreamingHub"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

const text = (html: string) => html.replace(/<[^>]+>/g, "").slice(0, 60)

/** Print notifications until `count` have arrived (or forever). */
const watch = (count: number | undefined) =>
  Streaming.user().pipe(
    Stream.filter(StreamingEvent.$is("Notification")),
    (stream) => (count === undefined ? stream : Stream.take(stream, count)),
    Stream.runForEach(({ backfilled, notification }) =>
      Console.log(
        `[${notification.type}] @${notification.account.acct}${notification.status ? `: ${text(notification.status.content)}` : ""}${
          backfilled ? "  (missed while away)" : ""
        }`
      )
    )
  )

/** The embedded instance's outage, played while the watcher runs. */
const outage = (target: Target.Embedded) =>
  Effect.gen(function*() {
    const { popular, user } = target.demo
    const mention = (words: string) => Seed.createStatus(popular, { text: `@${user.username} ${words}` })
    const waitForWatcher = Effect.repeat(StreamingHub.channels, {
      until: (channels) => channels.some((c) => c.includes("user")),
      schedule: Schedule.spaced("50 millis")
    })
    yield* waitForWatcher
    yield* mention("are you there?")
    yield* Effect.sleep("300 millis")

    yield* Console.log("-- the server goes away")
    yield* StreamingHub.stall
    yield* StreamingHub.dropConnections
    yield* Faults.inject(Faults.connectionReset, { path: /^\/api\// })
    yield* mention("posted while you were away (1)")
    yield* mention("posted while you were away (2)")
    yield* Effect.sleep("1500 millis")

    yield* Console.log("-- the server is back")
    yield* Faults.clear
    yield* StreamingHub.resume
    yield* StreamingHub.dropConnections
    yield* Effect.sleep("1500 millis")
    yield* mention("welcome back")
  }).pipe(Effect.provideService(MastodonInstance.MastodonInstance, target.instance))

const program = Effect.gen(function*() {
  const target = yield* Target.CurrentTarget
  const count = Option.getOrUndefined(Option.map(Cli.option("count"), Number))
  if (target._tag === "Remote") return yield* watch(count)
  yield* Effect.fork(outage(target))
  yield* watch(count ?? 4)
  yield* Console.log("Every notification arrived once.")
})

/** The streaming service signed in as the target's user; the token goes only to its streaming origin. */
const streaming = Layer.unwrapEffect(
  Effect.gen(function*() {
    const target = yield* Target.CurrentTarget
    const accessToken = target._tag === "Embedded" ? target.demo.user.token : yield* Config.redacted("MASTODON_ACCESS_TOKEN")
    return Streaming.layer({
      accessToken,
      reconnect: Schedule.exponential("200 millis").pipe(Schedule.either(Schedule.spaced("2 seconds")), Schedule.jittered),
      // A silent socket for this long counts as dead (the embedded outage keeps it open but mute).
      idleTimeout: "1 second"
    })
  })
).pipe(Layer.provide(NodeSocket.layerWebSocketConstructor))

const layer = streaming.pipe(
  Layer.provideMerge(Target.clientLayer({ retry: false })),
  Layer.provideMerge(Target.layer({ followers: 10 })),
  Layer.provideMerge(FetchHttpClient.layer)
)

Cli.main(Effect.provide(program, layer))
