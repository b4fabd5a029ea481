// The same program as one-endpoint.ts written directly on effect + @effect/platform: what a user
// would pay without this library.
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"

const Account = Schema.Struct({ id: Schema.String, acct: Schema.String, followers_count: Schema.Number })

const program = Effect.gen(function*() {
  const client = yield* HttpClient.HttpClient
  const response = yield* client.execute(
    HttpClientRequest.get("https://mastodon.example/api/v1/accounts/1").pipe(HttpClientRequest.bearerToken("token"))
  )
  return yield* HttpClientResponse.schemaBodyJson(Account)(response)
})

Effect.runPromise(Effect.provide(program, FetchHttpClient.layer)).then((a) => console.log(a.acct))
