#!/usr/bin/env node
/**
 * Serve the in-memory instance with demo data on 127.0.0.1 until interrupted: the package's `bin`.
 *
 *   npx @mastodon-effect/testing --port 3000 [--followers 5000] [--rate-limit 300]
 *   npm run serve:fake -- --port 3000        (in this repository, from the sources)
 *
 * `--rate-limit 0` turns the budget (and the X-RateLimit headers) off.
 *
 * Prints the URL and an access token of the demo user.
 *
 * @since 0.1.0
 */
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as MastodonInstance from "../MastodonInstance.js"
import * as MastodonServer from "../MastodonServer.js"
import * as Seed from "../Seed.js"

const flag = (name: string): string | undefined => {
  const args = process.argv.slice(2)
  const at = args.indexOf(`--${name}`)
  if (at >= 0) return args[at + 1]
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

const integer = (name: string, fallback: number): Effect.Effect<number, string> => {
  const raw = flag(name)
  if (raw === undefined) return Effect.succeed(fallback)
  const n = Number(raw)
  return Number.isInteger(n) && n >= 0 ? Effect.succeed(n) : Effect.fail(`--${name} must be a non-negative integer, got ${raw}`)
}

const main = Effect.gen(function*() {
  const port = yield* integer("port", 3000)
  const followers = yield* integer("followers", 5000)
  const limit = yield* integer("rate-limit", 300)
  const server = MastodonServer.layer({ port, rateLimit: limit === 0 ? false : { limit } })
  yield* Effect.gen(function*() {
    const instance = yield* MastodonInstance.MastodonInstance
    const demo = yield* Seed.demo({ followers })
    yield* Console.log(`Mastodon test instance listening on ${instance.origin}`)
    yield* Console.log(`Demo user: @${demo.user.acct} (id ${demo.user.id}), password "demo-password"`)
    yield* Console.log(`Access token: ${demo.user.token}`)
    yield* Console.log(`Popular account: @${demo.popular.acct} (id ${demo.popular.id}) with ${followers + 2} followers`)
    yield* Console.log(`Try: curl -H "Authorization: Bearer ${demo.user.token}" ${instance.origin}/api/v1/accounts/verify_credentials`)
    return yield* Effect.never
  }).pipe(Effect.provide(server))
}).pipe(
  Effect.catchAll((e) =>
    Console.error(typeof e === "string" ? e : `Could not start: ${String(e)}`).pipe(
      Effect.zipRight(Effect.sync(() => {
        process.exitCode = 1
      }))
    )
  ),
  Effect.scoped
)

// Ctrl-C (or a SIGTERM) interrupts the server, whose scope then closes the listening socket.
const fiber = Effect.runFork(main)
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => Effect.runFork(Fiber.interrupt(fiber)))
}
