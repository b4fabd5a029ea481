// Per-call latency of a small in-process call, and where it goes. No network: an in-memory
// HttpClient answers every request with one account (the benchmark's 1.7 KB Account) and the
// rate-limit headers a server sends. Each line adds one layer to the one above it, so the
// differences say what each layer costs. Interleaved rounds, medians; CPU µs per call.
//   node bench/latency.mjs [--calls=4000] [--rounds=5]
// Build the packages first (`npm run build`).
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import { accountJson } from "./account.mjs"
import { interleave, median } from "./interleave.mjs"

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")))
const calls = Number(args.get("calls") ?? 4000)
const rounds = Number(args.get("rounds") ?? 5)

const body = accountJson(1234)
const headers = {
  "content-type": "application/json; charset=utf-8",
  // A real server sends the length (Node's http server does for `res.end(text)`).
  "content-length": String(Buffer.byteLength(body)),
  "x-ratelimit-limit": "300",
  "x-ratelimit-remaining": "299",
  "x-ratelimit-reset": new Date(Date.now() + 300_000).toISOString()
}
const platform = HttpClient.make((request) =>
  Effect.succeed(HttpClientResponse.fromWeb(request, new Response(body, { status: 200, headers })))
)
const platformLayer = Layer.succeed(HttpClient.HttpClient, platform)
const clientLayer = MastodonClient.layer({ url: "https://mastodon.example", accessToken: "token" }).pipe(Layer.provide(platformLayer))
const service = await Effect.runPromise(Effect.provide(MastodonClient.MastodonClient, clientLayer))
const bare = platform.pipe(HttpClient.withTracerDisabledWhen(() => true), HttpClient.withTracerPropagation(false))
const url = "https://mastodon.example/api/v1/accounts/1234"
const request = HttpClientRequest.get(url)
const decode = Accounts.getEndpoint.decode

const cases = {
  "platform: execute + text (tracer off)": Effect.flatMap(bare.execute(request), (r) => r.text),
  "+ Effect.timeoutFail around it": Effect.timeoutFail(Effect.flatMap(bare.execute(request), (r) => r.text), {
    duration: "30 seconds",
    onTimeout: () => new Error("timeout")
  }),
  "+ Effect.withSpan around it": Effect.withSpan(Effect.flatMap(bare.execute(request), (r) => r.text), "bench"),
  "+ JSON.parse and decode (Account)": Effect.flatMap(bare.execute(request), (r) =>
    Effect.map(r.text, (text) => Either.getOrThrow(decode(JSON.parse(text))))),
  "our pipeline: http.execute (URL, token, timeout, body cap, status, rate limit, retry)": Effect.flatMap(
    service.http.execute(HttpClientRequest.get("/api/v1/accounts/1234")),
    (r) => r.text
  ),
  "a whole call: Accounts.get (+ request build, version check, span, decode)": Effect.provideService(
    Accounts.get("1234"),
    MastodonClient.MastodonClient,
    service
  )
}

const measure = async (effect) => {
  const loop = Effect.gen(function*() {
    for (let i = 0; i < calls; i++) yield* effect
  })
  // CPU time, not wall time: on a shared machine the process is often waiting for a core, and
  // that wait is not the call's cost. (Nothing here waits on I/O.)
  const start = process.cpuUsage()
  await Effect.runPromise(Effect.scoped(loop))
  const used = process.cpuUsage(start)
  return (used.user + used.system) / calls
}

const names = Object.keys(cases)
const samples = await interleave(names, rounds, (name) => measure(cases[name]))
console.log(`${calls} calls × ${rounds} interleaved rounds, median CPU µs per call (range); node ${process.version}`)
console.log("")
console.log("| layer | CPU µs per call | range |")
console.log("| --- | ---: | ---: |")
for (const name of names) {
  const s = samples.get(name)
  console.log(`| ${name} | ${median(s).toFixed(0)} | ${Math.min(...s).toFixed(0)}–${Math.max(...s).toFixed(0)} |`)
}
