// mastodon-effect: the stream helper with full schema decoding, from the built packages.
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { report } from "./report.mjs"

const [base, id] = process.argv.slice(2)
const layer = MastodonClient.layer({ url: base, accessToken: "bench" }).pipe(Layer.provide(FetchHttpClient.layer))
const start = report.start()
const count = await Effect.runPromise(
  Paginate.items(Accounts.followers(id, { limit: 80 })).pipe(Stream.runCount, Effect.provide(layer))
)
report.done(start, count)
