// A browser program that calls one endpoint through mastodon-effect.
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const layer = MastodonClient.layer({ url: "https://mastodon.example", accessToken: "token" }).pipe(
  Layer.provide(FetchHttpClient.layer)
)

Effect.runPromise(Effect.provide(Accounts.get("1" as Id.AccountId), layer)).then((a) => console.log(a.acct))
