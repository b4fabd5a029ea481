/**
 * A program of your own: unfollow everyone who does not follow you back.
 *
 *   npx tsx examples/src/my-program.ts            dry run: lists who would be unfollowed
 *   npx tsx examples/src/my-program.ts --apply    unfollows them
 *
 * The embedded instance by default; MASTODON_URL / MASTODON_ACCESS_TOKEN for your own server.
 * `examples/test/my-program.test.ts` is its test, written the way we recommend testing yours.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Account from "@mastodon-effect/core/Account"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { pathToFileURL } from "node:url"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

/**
 * What the program did.
 *
 * @since 0.1.0
 */
export interface Result {
  /** How many followed accounts were checked. */
  readonly checked: number
  /** The accounts that do not follow back: unfollowed, or (dry run) to be unfollowed. */
  readonly nonMutuals: ReadonlyArray<Account.Account>
}

/**
 * Find the accounts the signed-in user follows that do not follow them back, and unfollow them
 * unless `dryRun`. It needs only a `MastodonClient`: the test gives it one on an in-memory
 * instance, `main` below one on a real server.
 *
 * @since 0.1.0
 */
export const unfollowNonMutuals = (options: { readonly dryRun: boolean }) =>
  Effect.gen(function*() {
    const me = yield* Accounts.verifyCredentials()
    // Collect first, act after: the walk never sees a list that changes under it.
    const { checked, nonMutuals } = yield* Streams.following(me).pipe(
      // One relationships request answers for a batch of accounts.
      Stream.grouped(40),
      Stream.mapEffect((batch) =>
        Effect.map(Accounts.relationships(Chunk.toReadonlyArray(batch)), (relationships) => {
          const followsMe = new Set(relationships.filter((r) => r.followed_by).map((r) => r.id))
          return { size: batch.length, nonMutuals: Chunk.filter(batch, (account) => !followsMe.has(account.id)) }
        })
      ),
      Stream.runFold(
        { checked: 0, nonMutuals: Chunk.empty<Account.Account>() },
        (total, batch) => ({ checked: total.checked + batch.size, nonMutuals: Chunk.appendAll(total.nonMutuals, batch.nonMutuals) })
      )
    )
    if (!options.dryRun) {
      // A few at a time: the client's rate-limit policy paces them anyway.
      yield* Effect.forEach(nonMutuals, (account) => Accounts.unfollow(account), { concurrency: 4, discard: true })
    }
    return { checked, nonMutuals: Chunk.toReadonlyArray(nonMutuals) } satisfies Result
  })

const main = Effect.gen(function*() {
  const dryRun = !Cli.flag("apply")
  const result = yield* unfollowNonMutuals({ dryRun })
  for (const account of result.nonMutuals) yield* Console.log(`${dryRun ? "would unfollow" : "unfollowed"} @${account.acct}`)
  yield* Console.log(`${result.checked} followed accounts checked, ${result.nonMutuals.length} do not follow back`)
  if (dryRun && result.nonMutuals.length > 0) yield* Console.log("(dry run: add --apply to unfollow them)")
})

// Run only when started as a script, not when the test imports `unfollowNonMutuals`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  Cli.main(main.pipe(Effect.provide(Target.clientLayer().pipe(Layer.provideMerge(Target.layer()), Layer.provide(FetchHttpClient.layer)))))
}
