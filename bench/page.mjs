// Per-page cost of a followers walk, in process: where the client's time goes between the network
// and the decoded accounts. An in-memory HttpClient answers every request with the same page of
// 80 accounts (the benchmark's 1.7 KB Account, 139 KB of JSON) as a chunked web body (16 KB
// chunks, no Content-Length, as behind nginx with gzip), after a turn of the event loop. Each line
// adds one layer to the one above it. Interleaved rounds; CPU µs per page (min and median: on a
// shared machine the minimum is the steadier figure).
//   node bench/page.mjs [--pages=200] [--rounds=7] [--only=platform,pipeline]
// Build the packages first (`npm run build`).
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { accountJson } from "./account.mjs"
import { interleave, median } from "./interleave.mjs"

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")))
const pages = Number(args.get("pages") ?? 200)
const rounds = Number(args.get("rounds") ?? 7)
const only = args.get("only")?.split(",")

const bytes = new TextEncoder().encode(`[${Array.from({ length: 80 }, (_, i) => accountJson(1000 + i)).join(",")}]`)
const chunks = []
for (let offset = 0; offset < bytes.length; offset += 16384) chunks.push(bytes.subarray(offset, offset + 16384))
const chunkedBody = () => {
  let next = 0
  return new ReadableStream({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(chunks[next++])
      else controller.close()
    }
  })
}
const base = "https://mastodon.example/api/v1/accounts/1/followers?limit=80"
// Every page points to an older one, so that a walk never sees a cursor twice.
const headersFor = (request) => {
  // The pipeline may carry the query in the request's urlParams rather than in its URL.
  const fromUrl = new URL(request.url).searchParams.get("max_id")
  const maxId = Number(fromUrl ?? Option.getOrUndefined(UrlParams.getFirst(request.urlParams, "max_id")) ?? 1e9)
  return {
    "content-type": "application/json; charset=utf-8",
    "x-ratelimit-limit": "300",
    "x-ratelimit-remaining": "299",
    "x-ratelimit-reset": new Date(Date.now() + 300_000).toISOString(),
    link: `<${base}&max_id=${maxId - 80}>; rel="next", <${base}&min_id=${maxId}>; rel="prev"`
  }
}
const platform = HttpClient.make((request) =>
  Effect.promise(() => new Promise((resolve) => setImmediate(resolve))).pipe(
    Effect.as(HttpClientResponse.fromWeb(request, new Response(chunkedBody(), { status: 200, headers: headersFor(request) })))
  )
)
const layer = MastodonClient.layer({ url: "https://mastodon.example", accessToken: "token" }).pipe(
  Layer.provide(Layer.succeed(HttpClient.HttpClient, platform))
)
const service = await Effect.runPromise(Effect.provide(MastodonClient.MastodonClient, layer))
const bare = platform.pipe(HttpClient.withTracerDisabledWhen(() => true), HttpClient.withTracerPropagation(false))
const first = await Effect.runPromise(Accounts.followers("1", { limit: 80 }).pipe(Effect.provideService(MastodonClient.MastodonClient, service)))
const cursor = first.next.value
const repeat = (effect) =>
  Effect.gen(function*() {
    for (let i = 0; i < pages; i++) yield* effect
  })
const withClient = Effect.provideService(MastodonClient.MastodonClient, service)

const cases = {
  "floor: a web body's text + JSON.parse": repeat(Effect.promise(async () => JSON.parse(await new Response(chunkedBody()).text()).length)),
  "platform: execute + text + JSON.parse (no validation)": repeat(
    Effect.flatMap(bare.execute(HttpClientRequest.get(cursor)), (r) => Effect.map(r.text, (t) => JSON.parse(t).length))
  ),
  "pipeline: http.execute + text + JSON.parse (no validation)": repeat(
    Effect.flatMap(service.http.execute(HttpClientRequest.get(cursor)), (r) => Effect.map(r.text, (t) => JSON.parse(t).length))
  ),
  "fetchPage: + span, version check, decode of 80 accounts, Link": withClient(repeat(Endpoint.fetchPage(first.endpoint, cursor))),
  "Paginate.items: + the stream": withClient(
    Paginate.items(Accounts.followers("1", { limit: 80 })).pipe(
      Stream.take(pages * 80),
      Stream.runCount,
      // A walk cut short (a cursor seen twice) would make this row look cheap: refuse it.
      Effect.filterOrDieMessage((n) => n === pages * 80, "the walk ended early")
    )
  )
}

const measure = async (effect) => {
  const start = process.cpuUsage()
  await Effect.runPromise(Effect.scoped(effect))
  const used = process.cpuUsage(start)
  return (used.user + used.system) / pages
}
const names = Object.keys(cases).filter((name) => only === undefined || only.some((prefix) => name.startsWith(prefix)))
const samples = await interleave(names, rounds, (name) => measure(cases[name]))
console.log(`${pages} pages × ${rounds} interleaved rounds, CPU µs per page of 80 accounts; node ${process.version}`)
console.log("")
console.log("| layer | min | median | range |")
console.log("| --- | ---: | ---: | ---: |")
for (const name of names) {
  const s = samples.get(name)
  console.log(`| ${name} | ${Math.min(...s).toFixed(0)} | ${median(s).toFixed(0)} | ${Math.min(...s).toFixed(0)}–${Math.max(...s).toFixed(0)} |`)
}
