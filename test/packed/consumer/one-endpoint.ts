// Bundled and minified by the check (esbuild, platform "browser"): a program that calls one
// endpoint must not carry the schemas of the endpoints and entities it does not use.
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const layer = MastodonClient.layer({ url: "https://mastodon.example", accessToken: "token" }).pipe(
  Layer.provide(FetchHttpClient.layer)
)

export const run = Effect.runPromise(Effect.provide(Accounts.get("1" as Id.AccountId), layer)).then((a) => a.acct)
