/**
 * The README's code, type-checked by `npm run check` so that it cannot drift from the API.
 * Not meant to be run.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Auth from "@mastodon-effect/http/Auth"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as OAuth from "@mastodon-effect/http/OAuth"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"

export const quickStart = Effect.gen(function*() {
  const me = yield* Accounts.verifyCredentials()
  const gargron = yield* Accounts.lookup("Gargron@mastodon.social")
  yield* Accounts.follow(gargron, { reblogs: false })
  const count = yield* Stream.runCount(Streams.followers(me))
  yield* Console.log(`${me.acct} has ${count} followers`)
}).pipe(
  Effect.catchTag("NotFound", (e) => Console.error(`no such account: ${e.url}`)),
  Effect.catchTag("RateLimited", (e) => Console.error(`rate limited until ${e.rate_limit?.reset}`))
)

export const MainLive = MastodonClient.layerConfig().pipe(Layer.provide(FetchHttpClient.layer))

export const Live = (token: string) =>
  MastodonClient.layer({
    url: "https://mastodon.example",
    accessToken: Redacted.make(token),
    userAgent: "my-app/1.0",
    timeout: "20 seconds",
    rateLimit: "pace",
    retry: { times: 3, base: "250 millis", cap: "10 seconds" },
    versionCheck: "created"
  }).pipe(Layer.provide(FetchHttpClient.layer))

export const signUpHandled = (params: Auth.SignUpParams) =>
  Auth.signUp(params).pipe(
    Effect.catchTag("UnprocessableEntity", (e) =>
      Console.log(e.codesFor("username").includes("ERR_TAKEN") ? "pick another name" : e.message))
  )

export const streams = (id: Id.AccountId, savedCursor: string) => [
  Streams.followers(id),
  Streams.followers(id).pipe(Stream.take(5)),
  Streams.statuses(id, { max_id: new Date("2024-01-01"), exclude_reblogs: true }),
  Streams.search("alice", { limit: 40, maxItems: 200 }),
  Paginate.pages(Accounts.following(id), { maxPages: 3 }),
  Paginate.resumeItems(Accounts.endpoints.followers, savedCursor),
  Paginate.resumeItems(Accounts.endpoints.followers, savedCursor, { direction: "prev" })
]

export const logIn = (code: string) =>
  Effect.gen(function*() {
    const redirect_uri = "urn:ietf:wg:oauth:2.0:oob"
    const app = yield* Apps.register({ client_name: "my-app", redirect_uris: redirect_uri, scopes: "read write" })
    const pkce = yield* OAuth.pkce()
    const url = yield* OAuth.authorizeUrl({
      client_id: app.client_id,
      redirect_uri,
      scope: "read write",
      code_challenge: pkce.code_challenge
    })
    yield* Console.log(`open ${url}`)
    return yield* Auth.exchangeCode({
      client_id: app.client_id,
      client_secret: app.client_secret,
      redirect_uri,
      code,
      code_verifier: pkce.code_verifier,
      scopes: "read write"
    })
  })
