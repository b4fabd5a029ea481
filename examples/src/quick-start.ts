/**
 * Placeholder quick-start: decodes a real-looking account and shows a typed error.
 * (Replaced by the full OAuth + streaming walk-through once the embedded instance lands.)
 */
import * as Account from "@mastodon-effect/core/Account"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"

const json = {
  id: "109302",
  username: "ada",
  acct: "ada",
  display_name: "Ada",
  locked: false,
  bot: false,
  created_at: "2022-11-08T00:00:00.000Z",
  note: "<p>Engines and notes.</p>",
  url: "https://mastodon.example/@ada",
  avatar: "https://mastodon.example/avatars/original/missing.png",
  avatar_static: "https://mastodon.example/avatars/original/missing.png",
  header: "https://mastodon.example/headers/original/missing.png",
  header_static: "https://mastodon.example/headers/original/missing.png",
  followers_count: 1842,
  following_count: 77,
  statuses_count: 901,
  last_status_at: "2026-11-25",
  emojis: [],
  fields: [{ name: "Site", value: "https://ada.example", verified_at: null }]
}

const program = Effect.gen(function*() {
  const account = yield* Schema.decodeUnknown(Account.Account)(json)
  yield* Console.log(`${account.acct}: ${account.followers_count} followers, last post ${account.last_status_at?.toString()}`)
  const error = MastodonError.fromResponse({
    status: 404,
    headers: {},
    body: JSON.stringify({ error: "Record not found" }),
    request: { method: "GET", url: "https://mastodon.example/api/v1/accounts/0" }
  })
  yield* Effect.fail(error).pipe(
    Effect.catchTag("NotFound", (e) => Console.log(`typed error ${e._tag}: ${e.message}`))
  )
})

Effect.runPromise(program).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
