/**
 * The same library in a browser: no Node API anywhere, `fetch` for HTTP (`FetchHttpClient`),
 * WebCrypto for PKCE. Sign in to any Mastodon server with OAuth (authorization code + PKCE), then
 * list your latest followers as the stream delivers them.
 *
 * Type-checked for a browser target (no Node types) by
 *   npx tsc -p examples/browser/tsconfig.json --noEmit
 * To try it, bundle it next to index.html and serve the folder over http(s):
 *   npx esbuild examples/browser/main.ts --bundle --format=esm --tsconfig=examples/browser/tsconfig.json --outfile=examples/browser/main.js
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Auth from "@mastodon-effect/http/Auth"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as OAuth from "@mastodon-effect/http/OAuth"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"

const scopes = "read"
// The page itself is the redirect URI: the server sends the user back here with `?code=…`.
const redirect_uri = `${location.origin}${location.pathname}`

/** What survives the trip to the server's consent page (sessionStorage: this tab only). */
const Pending = Schema.parseJson(Schema.Struct({
  server: Schema.String,
  client_id: Schema.String,
  client_secret: Schema.String,
  code_verifier: Schema.String,
  state: Schema.String
}))
/** The session after sign-in. A real app might keep the token in memory only. */
const Session = Schema.parseJson(Schema.Struct({ server: Schema.String, access_token: Schema.String }))

const storage = {
  read: <A>(key: string, schema: Schema.Schema<A, string>) =>
    Effect.sync(() => Option.fromNullable(sessionStorage.getItem(key))).pipe(
      Effect.flatMap(Option.match({
        onNone: () => Effect.succeedNone,
        // Something unreadable in storage is simply no session.
        onSome: (text) => Effect.option(Schema.decode(schema)(text))
      }))
    ),
  write: <A>(key: string, schema: Schema.Schema<A, string>, value: A) =>
    Effect.flatMap(Schema.encode(schema)(value), (text) => Effect.sync(() => sessionStorage.setItem(key, text))),
  remove: (key: string) => Effect.sync(() => sessionStorage.removeItem(key))
}

const element = <E extends HTMLElement>(id: string) => document.getElementById(id) as E
const status = (text: string) => Effect.sync(() => void (element("status").textContent = text))

/** A client for a server: the same layers as on Node, with `fetch` underneath. */
const client = (url: string, accessToken?: string) =>
  MastodonClient.layer({ url, accessToken }).pipe(Layer.provide(FetchHttpClient.layer))

/** Step 1: register an app on the user's server and go to its consent page. */
const startLogin = (server: string) =>
  Effect.gen(function*() {
    const app = yield* Apps.register({ client_name: "mastodon-effect browser example", redirect_uris: redirect_uri, scopes })
    const { code_challenge, code_verifier } = yield* OAuth.pkce()
    const state = yield* OAuth.randomState()
    const client_secret = Redacted.value(app.client_secret)
    yield* storage.write("pending", Pending, { server, client_id: app.client_id, client_secret, code_verifier: Redacted.value(code_verifier), state })
    const url = yield* OAuth.authorizeUrl({ client_id: app.client_id, redirect_uri, scope: scopes, state, code_challenge })
    yield* Effect.sync(() => location.assign(url))
  }).pipe(Effect.provide(client(server)))

/** Step 2: back from the consent page with `?code=…`: exchange it, and forget the code. */
const finishLogin = (code: string, returnedState: string | null) =>
  Effect.gen(function*() {
    const pending = yield* storage.read("pending", Pending)
    yield* storage.remove("pending")
    yield* Effect.sync(() => history.replaceState(null, "", redirect_uri))
    if (Option.isNone(pending) || pending.value.state !== returnedState) return yield* status("That sign-in was not started here; try again.")
    const { client_id, client_secret, code_verifier, server } = pending.value
    const token = yield* Auth.exchangeCode({ client_id, client_secret, redirect_uri, code, code_verifier, scopes }).pipe(
      Effect.provide(client(server))
    )
    yield* storage.write("session", Session, { server, access_token: Redacted.value(token.access_token) })
  })

/** Step 3: who am I, and my latest followers, each shown as soon as its page arrives. */
const showFollowers = (server: string, accessToken: string) =>
  Effect.gen(function*() {
    const me = yield* Accounts.verifyCredentials()
    yield* status(`Signed in as @${me.acct} on ${server}: ${me.followers_count} followers`)
    const list = element<HTMLUListElement>("followers")
    yield* Streams.followers(me, { maxItems: 200 }).pipe(
      Stream.runForEach((account) =>
        Effect.sync(() => {
          const item = document.createElement("li")
          item.textContent = `${account.display_name || account.username} (@${account.acct})`
          list.append(item)
        })
      )
    )
  }).pipe(
    Effect.provide(client(server, accessToken)),
    // A revoked token: forget it and offer to sign in again.
    Effect.catchTag("Unauthorized", () => Effect.zipRight(storage.remove("session"), status("Your session has ended; sign in again.")))
  )

const showLoginForm = Effect.sync(() => {
  const form = element<HTMLFormElement>("login")
  form.hidden = false
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    const server = String(new FormData(form).get("server") ?? "")
    Effect.runFork(startLogin(server).pipe(Effect.catchAll((e) => status(`Could not start the sign-in: ${e.message}`))))
  })
})

const main = Effect.gen(function*() {
  const query = new URLSearchParams(location.search)
  const code = query.get("code")
  if (code !== null) yield* finishLogin(code, query.get("state"))
  const session = yield* storage.read("session", Session)
  if (Option.isSome(session)) yield* showFollowers(session.value.server, session.value.access_token)
  else yield* showLoginForm
}).pipe(
  // Every failure is typed: a blocked request (CORS, offline) is a TransportError, and so on.
  Effect.catchAll((e) => status(`${e._tag}: ${e.message}`))
)

Effect.runFork(main)
