/**
 * Quick start: mastodon-effect as your program would use it.
 *
 *   npm start                                      the embedded Mastodon instance, with demo data
 *   MASTODON_URL=https://mastodon.example MASTODON_ACCESS_TOKEN=… npm start [-- --acct user@host]
 *                                                  your server: the read-only part only
 *
 * Embedded, it logs in with OAuth (app, authorize URL, code, token), looks @popular up, follows it,
 * reads the relationship, sets a note and streams all of @popular's 20,000 followers.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Auth from "@mastodon-effect/http/Auth"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as OAuth from "@mastodon-effect/http/OAuth"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Console from "effect/Console"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

const scopes = "read write follow"
// Where the server sends the user back with `?code=…`: it must be one of the app's redirect URIs.
const redirect_uri = "http://127.0.0.1:8080/callback"

// Your own failures get a tag too, so callers can `catchTag` them like the library's.
class LoginFailed extends Data.TaggedError("LoginFailed")<{ readonly reason: string }> {}

/** OAuth: register an app, visit the authorize URL, exchange the code (with PKCE) for a token. */
// Effect.gen reads like async/await: `yield*` runs an effect and gives its value; a failure stops
// the rest and travels, typed, in the error channel.
const logIn = Effect.gen(function*() {
  const app = yield* Apps.register({ client_name: "quick-start", redirect_uris: redirect_uri, scopes })
  const { code_challenge, code_verifier } = yield* OAuth.pkce()
  const state = yield* OAuth.randomState()
  const url = yield* OAuth.authorizeUrl({ client_id: app.client_id, redirect_uri, scope: scopes, state, code_challenge })
  yield* Console.log(`1. Authorize URL: ${url.slice(0, 72)}…`)
  // A browser would show the consent page; the embedded instance approves at once and redirects to
  // redirect_uri?code=…. `redirect: "manual"` (a fetch option, given as a service) lets us read it.
  const response = yield* HttpClient.get(url).pipe(Effect.provideService(FetchHttpClient.RequestInit, { redirect: "manual" }))
  const back = new URL(response.headers["location"] ?? redirect_uri)
  const code = back.searchParams.get("code")
  if (code === null || back.searchParams.get("state") !== state) {
    return yield* new LoginFailed({ reason: `no code for this state in ${back.origin}${back.pathname}` })
  }
  const token = yield* Auth.exchangeCode({ client_id: app.client_id, client_secret: app.client_secret, redirect_uri, code, code_verifier, scopes })
  yield* Console.log(`2. Exchanged the code for a token with scopes "${token.scope}"`)
  return token.access_token
})

/** The tour itself, the same code for both servers; `write` says whether it may change anything. */
const tour = (options: { readonly acct: Option.Option<string>; readonly write: boolean; readonly maxFollowers?: number }) =>
  Effect.gen(function*() {
    const me = yield* Accounts.verifyCredentials()
    yield* Console.log(`3. Signed in as @${me.acct}`)

    // Failures are typed values: catchTag handles NotFound and leaves every other error in the channel.
    yield* Accounts.lookup("nobody_by_this_name").pipe(
      Effect.flatMap((found) => Console.log(`4. Unexpectedly found @${found.acct}`)),
      Effect.catchTag("NotFound", (e) => Console.log(`4. @nobody_by_this_name: NotFound (HTTP ${e.status}), handled`))
    )

    const account = yield* Accounts.lookup(Option.getOrElse(options.acct, () => me.acct))
    yield* Console.log(`5. Looked up @${account.acct}: ${account.followers_count} followers`)
    if (options.write) {
      const followed = yield* Accounts.follow(account)
      yield* Console.log(`6. Followed @${account.acct} (following: ${followed.following})`)
      yield* Accounts.note(account, "Met in the quick-start")
    }
    const [relationship] = yield* Accounts.relationships([account])
    yield* Console.log(`7. Relationship: following ${relationship?.following}, note "${relationship?.note ?? ""}"`)

    // A lazy Stream: each page is fetched only when the fold pulls past the previous one, so memory
    // stays flat however many followers there are.
    const bar = Cli.progress((n) => `   followers of @${account.acct}: ${n}`)
    const started = performance.now()
    const count = yield* Streams.followers(account, { maxItems: options.maxFollowers }).pipe(
      // The client sleeps through a spent budget (`wait` policy); if that is not enough, end the walk
      // early and keep the count so far instead of failing the program.
      Stream.catchTag("RateLimited", (e) => Stream.drain(Stream.fromEffect(Console.error(`\n   stopped early: ${e.message}`)))),
      Stream.runFoldEffect(0, (n) => Effect.as(bar.update(n + 1), n + 1)),
      Effect.tap((n) => bar.done(n))
    )
    const elapsed = Cli.seconds(started)

    // The rate-limit headers of the last response, kept by the client.
    const budget = yield* MastodonClient.rateLimit
    yield* Console.log("\nSummary")
    yield* Console.log(`  signed in as   @${me.acct}`)
    yield* Console.log(`  followers      ${count} of @${account.acct} streamed in ${elapsed}`)
    yield* Console.log(
      `  rate limit     ${Option.match(budget, { onNone: () => "not reported", onSome: (r) => `${r.remaining} of ${r.limit} left` })}`
    )
  })

const program = Effect.gen(function*() {
  const target = yield* Target.CurrentTarget
  if (target._tag === "Remote") {
    yield* Console.log(`Read-only tour of ${target.url}`)
    return yield* tour({ acct: Cli.option("acct"), write: false, maxFollowers: 200 })
  }
  yield* Console.log(`Embedded Mastodon instance at ${target.url} (demo data)`)
  const token = yield* logIn
  // The same client with the new token, for this part of the program only.
  yield* tour({ acct: Option.some("popular"), write: true }).pipe(MastodonClient.withAccessToken(token))
})

// Layers say where each service comes from: a client without a token on the embedded instance (the
// program logs in), MASTODON_URL / MASTODON_ACCESS_TOKEN otherwise; fetch for HTTP.
const client = Layer.unwrapEffect(
  Effect.map(Target.CurrentTarget, (target) =>
    target._tag === "Embedded" ? MastodonClient.layer({ url: target.url }) : MastodonClient.layerConfig())
)
const target = Target.layer({
  followers: 20_000,
  server: { authorizeAs: "you" }, // the user the embedded instance's consent page approves as
  accounts: [{ username: "you", display_name: "You" }]
})

Cli.main(program.pipe(Effect.provide(client.pipe(Layer.provideMerge(target), Layer.provideMerge(FetchHttpClient.layer)))))
