// A reference point, not a competitor: the same walk written directly on @effect/platform's
// HttpClient (FetchHttpClient) with JSON.parse and no validation. The gap between this and the
// floor is the cost of the Effect runtime and platform client themselves.
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Effect from "effect/Effect"
import { report } from "./report.mjs"

const [base, id] = process.argv.slice(2)
const start = report.start()
const program = Effect.gen(function*() {
  const client = yield* HttpClient.HttpClient
  let url = `${base}/api/v1/accounts/${id}/followers?limit=80`
  let count = 0
  while (url) {
    const response = yield* client.execute(HttpClientRequest.get(url).pipe(HttpClientRequest.bearerToken("bench")))
    count += JSON.parse(yield* response.text).length
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.link ?? "")?.[1]
  }
  return count
}).pipe(Effect.scoped, Effect.provide(FetchHttpClient.layer))
report.done(start, await Effect.runPromise(program))
