// Bundled for the browser by the check (esbuild, platform "browser"): the in-memory instance, the
// client and the streams must not pull in a Node built-in.
import { Accounts, MastodonClient } from "@mastodon-effect/http"
import { Streams } from "@mastodon-effect/stream"
import { MastodonInstance } from "@mastodon-effect/testing"
import * as Effect from "effect/Effect"

export const run = Effect.runPromise(
  Effect.map(Accounts.verifyCredentials(), (me) => [me.acct, typeof Streams.followers, typeof MastodonClient.layer]).pipe(
    Effect.provide(MastodonInstance.clientLayer({}, { as: "alice" }))
  )
)
