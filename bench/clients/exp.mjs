import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
const [base, mode] = process.argv.slice(2)
const opts = mode === "noretry" ? { retry: false } : mode === "throw" ? { rateLimit: "throw" } : mode === "both" ? { retry: false, rateLimit: "throw" } : {}
const layer = MastodonClient.layer({ url: base, accessToken: "bench", ...opts }).pipe(Layer.provide(FetchHttpClient.layer))
const raw = Endpoint.make({ name: "x", method: "GET", path: "/api/v1/accounts/:id/followers", response: Schema.Array(Schema.Unknown), auth: "public", pagination: "link" })
const start = process.cpuUsage()
let program = Paginate.items(Endpoint.callPage(raw, { path: { id: "1" }, query: { limit: 80 } })).pipe(Stream.runCount)
if (mode === "pages") program = Effect.gen(function*() { let p = yield* Endpoint.callPage(raw, { path: { id: "1" }, query: { limit: 80 } }); let n = p.items.length; while (p.next._tag === "Some") { p = yield* Endpoint.fetchPage(raw, p.next.value); n += p.items.length } return n })
const n = await Effect.runPromise(program.pipe(Effect.provide(layer)))
const c = process.cpuUsage(start)
console.log(mode, n, ((c.user + c.system) / 1000).toFixed(0), "ms")
