/**
 * Rate limits and retries are configuration, not code: the same calls run under the `throw`,
 * `wait` and `pace` policies, with retries on or off, chosen by the client layer alone.
 *
 *   npx tsx examples/src/rate-limits.ts
 *
 * The embedded instance only, with a tiny budget (10 requests per second per token) and injected
 * 503s. Each part signs in with a token of its own, and each burst starts with a new window, so
 * it has the full budget and the numbers read the same on every run.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Faults from "@mastodon-effect/testing/Faults"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Arr from "effect/Array"
import * as Clock from "effect/Clock"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

const budget = { limit: 10, windowMillis: 1000 }
const verifyPath = "/api/v1/accounts/verify_credentials"

/**
 * Run `effect` with a client of these options, signed in with a fresh token of the demo user.
 * Only this layer differs between the parts below: the calls are the same.
 */
const withClient = (options: Omit<MastodonClient.Options, "url" | "accessToken">) =>
<A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const { demo, url } = yield* Target.EmbeddedTarget
    const accessToken = yield* Seed.createToken(demo.user, "read write follow")
    yield* Effect.flatMap(MastodonInstance.MastodonInstance, (instance) => instance.clearRequests)
    return yield* Effect.provide(effect, MastodonClient.layer({ ...options, url, accessToken }))
  })

/** How many requests the instance received since the part began (429s and retries included). */
const received = Effect.map(MastodonInstance.requests, (requests) => requests.length)

/**
 * 15 requests, one after the other or all at once, then what happened: how many got through,
 * when, and the budget left.
 */
const burst = (concurrency: 1 | "unbounded") => Effect.gen(function*() {
  // Windows are aligned to multiples of their length (as on Mastodon): start with a new one.
  const now = yield* Clock.currentTimeMillis
  yield* Effect.sleep(Duration.millis(budget.windowMillis - (now % budget.windowMillis) + 5))
  const start = yield* Clock.currentTimeMillis
  const outcomes = yield* Effect.forEach(Arr.range(1, 15), () =>
    Accounts.verifyCredentials().pipe(
      Effect.zipRight(Effect.map(Clock.currentTimeMillis, (now) => now - start)),
      // Under `throw` a spent budget is a typed error: kept as a value here, and the burst goes on.
      Effect.catchTag("RateLimited", Effect.succeed)
    ), { concurrency })
  const times = outcomes.filter((o): o is number => typeof o === "number")
  const refused = outcomes.filter((o): o is MastodonError.RateLimited => typeof o !== "number")
  const pauses = times.map((t, i) => t - (times[i - 1] ?? 0))
  const left = Option.match(yield* MastodonClient.rateLimit, { onNone: () => "?", onSome: (r) => `${r.remaining}/${r.limit}` })
  const reset = refused[0]?.rate_limit?.reset
  return `${times.length} ok in ${times.at(-1) ?? 0} ms (longest pause ${Math.max(0, ...pauses)} ms), ${refused.length} RateLimited` +
    `${reset === undefined ? "" : ` (resets at ${DateTime.formatIso(reset).slice(11, 23)})`}; ` +
    `the server received ${yield* received}, budget left ${left}`
})

const program = Effect.gen(function*() {
  yield* Console.log(`Budget: ${budget.limit} requests per ${budget.windowMillis} ms per token; 15 requests under each policy`)

  // Warm up (connections, first-call costs) so that the timings below show the policies only.
  yield* withClient({})(Effect.repeatN(Accounts.verifyCredentials(), 4))

  // throw: 15 at once, and the 5 over budget fail at once with RateLimited.
  yield* Console.log(`throw: ${yield* withClient({ rateLimit: "throw" })(burst("unbounded"))}`)
  // wait: one after the other; 10 go at once, then the client sleeps until the reset: none is refused.
  yield* Console.log(`wait:  ${yield* withClient({ rateLimit: "wait" })(burst(1))}`)
  // pace: what is left of the budget is spread evenly until each reset, across every fiber of the client.
  yield* Console.log(`pace:  ${yield* withClient({ rateLimit: "pace" })(burst(1))}`)

  yield* Console.log("\nRetries: capped exponential backoff with jitter, for idempotent requests")
  yield* Faults.inject(Faults.serverError(503), { path: verifyPath, times: 2 })
  yield* withClient({ retry: { times: 3, base: "50 millis" } })(Effect.gen(function*() {
    const [elapsed, me] = yield* Effect.timed(Accounts.verifyCredentials())
    yield* Console.log(`retry on:  two 503s, then @${me.acct} after ${Math.round(Duration.toMillis(elapsed))} ms (${yield* received} requests)`)
  }))

  yield* Faults.inject(Faults.serverError(503), { path: verifyPath, times: 1 })
  yield* withClient({ retry: false })(Accounts.verifyCredentials().pipe(
    Effect.flatMap((me) => Console.log(`retry off: @${me.acct}?!`)),
    Effect.catchTag("ServerError", (e) => Effect.flatMap(received, (n) => Console.log(`retry off: ServerError ${e.status}, handled (${n} request)`)))
  ))

  // A POST that may have reached the server is never sent twice on its own, retries or not.
  const { demo } = yield* Target.EmbeddedTarget
  yield* Faults.inject(Faults.serverError(503), { path: "/api/v1/accounts/:id/follow", method: "POST", times: 1 })
  yield* withClient({ retry: { times: 3, base: "50 millis" } })(Accounts.follow(demo.popular).pipe(
    Effect.flatMap(() => Console.log("POST follow: followed?!")),
    Effect.catchTag("ServerError", (e) => Effect.flatMap(received, (n) => Console.log(`POST follow: ServerError ${e.status}, not retried (${n} request)`)))
  ))
})

Cli.main(program.pipe(
  Effect.provide(Target.layerEmbedded({ followers: 100, server: { rateLimit: budget } })),
  Effect.provide(FetchHttpClient.layer)
))
