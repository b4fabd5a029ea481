/**
 * Web Push end to end: a program receives its Mastodon notifications as encrypted pushes and reads
 * them, with nothing but WebCrypto.
 *
 *   npx tsx examples/src/push-notifications.ts
 *
 * The program listens on a local port (its push endpoint), makes a key pair and an auth secret
 * (`Push.generateKeys`), and subscribes the demo user's token (`Push.subscribe`) to mentions,
 * follows and favourites. Then someone follows the user, mentions them and favourites one of their
 * posts: the server encrypts each notification for the subscription (`aes128gcm`, RFC 8291, signed
 * with its VAPID key) and POSTs it to the endpoint, where `Push.decrypt` opens it.
 *
 * It runs on the embedded instance only: a real server can only push to an endpoint it can reach
 * from the internet (a push service such as the browser's, or your own public URL).
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Push from "@mastodon-effect/http/Push"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

/** A local push endpoint: each POSTed body lands in the queue. */
const listen = (queue: Queue.Queue<Uint8Array>) =>
  Effect.acquireRelease(
    Effect.async<{ readonly url: string; readonly close: () => void }>((resume) => {
      const server = createServer((req, res) => {
        const chunks: Array<Buffer> = []
        req.on("data", (chunk: Buffer) => chunks.push(chunk))
        req.on("end", () => {
          Queue.unsafeOffer(queue, new Uint8Array(Buffer.concat(chunks)))
          res.writeHead(201).end()
        })
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/push`, close: () => server.close() }))
      })
    }),
    (endpoint) => Effect.sync(endpoint.close)
  )

const program = Effect.gen(function*() {
  const { demo, url } = yield* Target.EmbeddedTarget
  const inbox = yield* Queue.unbounded<Uint8Array>()
  const endpoint = yield* listen(inbox)

  const keys = yield* Push.generateKeys()
  const subscription = yield* Push.subscribe(endpoint.url, keys, {
    alerts: { mention: true, follow: true, favourite: true, reblog: false },
    policy: "all"
  })
  yield* Console.log(`Subscribed ${url} pushes to ${subscription.endpoint} (server key ${subscription.server_key.slice(0, 12)}…)`)

  // Someone else does three things the user is notified of.
  const fan = yield* Effect.gen(function*() {
    yield* Accounts.follow(demo.user.id)
    yield* Statuses.post({ status: `@${demo.user.username} did you get my push?` })
    const [latest] = (yield* Accounts.statuses(demo.user.id, { limit: 1 })).items
    if (latest !== undefined) yield* Statuses.favourite(latest)
  }).pipe(Effect.provide(MastodonClient.layer({ url, accessToken: demo.popular.token })), Effect.as(demo.popular.username))
  yield* Console.log(`${fan} followed, mentioned and favourited; reading the pushes:`)

  for (let i = 0; i < 3; i++) {
    const body = yield* Queue.take(inbox)
    const notification = yield* Push.decrypt(body, keys)
    yield* Console.log(`  [${notification.notification_type}] ${notification.title}: ${notification.body.slice(0, 60)}`)
  }
  yield* Push.unsubscribe()
})

Cli.main(
  Effect.scoped(program).pipe(
    Effect.provide(Target.clientLayer()),
    Effect.provide(Target.layerEmbedded({ followers: 10 })),
    Effect.provide(FetchHttpClient.layer)
  )
)
