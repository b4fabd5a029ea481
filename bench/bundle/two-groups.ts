// one-endpoint.ts plus a call from a second endpoint group (Blocks).
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Blocks from "@mastodon-effect/http/Blocks"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const layer = MastodonClient.layer({ url: "https://mastodon.example", accessToken: "token" }).pipe(
  Layer.provide(FetchHttpClient.layer)
)

const program = Effect.zip(Accounts.get("1" as Id.AccountId), Blocks.list())
Effect.runPromise(Effect.provide(program, layer)).then(([a, blocks]) => console.log(a.acct, blocks.items.length))
