/**
 * A user's program, type-checked and run from the installed tarballs: once as ESM (`main.mts`),
 * once as CommonJS (`main.cts`), and type-checked under `moduleResolution: "bundler"`. It imports
 * every package through its root and its subpaths, and fails to compile if the declarations lose
 * their types (an `any` would let the `@ts-expect-error` lines compile, which tsc reports).
 */
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Blocks from "@mastodon-effect/http/Blocks"
import type * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Core from "@mastodon-effect/core"
import * as Http from "@mastodon-effect/http"
import * as Stream from "@mastodon-effect/stream"
import * as Testing from "@mastodon-effect/testing"
import * as Effect from "effect/Effect"
import * as EffectStream from "effect/Stream"

// `true` only when T is `any`: the declarations must keep real types under every resolution.
type IsAny<T> = 0 extends 1 & T ? true : false
const blocks = Blocks.list()
const notAny: [
  IsAny<Effect.Effect.Success<typeof blocks>>,
  IsAny<Effect.Effect.Error<typeof blocks>>,
  IsAny<Effect.Effect.Context<typeof blocks>>,
  IsAny<Core.Account.Account>,
  IsAny<typeof Http.MastodonClient.layer>,
  IsAny<typeof Stream.Streams.followers>,
  IsAny<typeof Testing.Seed.createAccount>
] = [false, false, false, false, false, false, false]
// The requirement is the client service, not something looser.
const needsClient: Effect.Effect<unknown, unknown, MastodonClient.MastodonClient> = blocks
// The package roots load too (their namespaces are the modules above).
const roots = [Core.Id.AccountId, Http.Blocks.list, Stream.Streams.followers, Testing.Seed.createAccount].every((x) => x !== undefined)
// @ts-expect-error "Typo" is not a tag of the error union
Effect.catchTag(blocks, "Typo", () => Effect.void)

const program = Effect.gen(function*() {
  const me = yield* Accounts.verifyCredentials()
  for (const name of ["ann", "ben", "cat"]) {
    const fan = yield* Seed.createAccount({ username: name })
    yield* Seed.follow(fan, me)
  }
  const followers = yield* EffectStream.runCount(Streams.followers(me, { limit: 2 }))
  const blocked = yield* Blocks.list()
  return `${me.acct} has ${followers} followers and blocks ${blocked.items.length}`
}).pipe(
  Effect.catchTag("NotFound", (e) => Effect.succeed(`not found: ${e.url}`)),
  Effect.provide(MastodonInstance.clientLayer({}, { as: "alice" }))
)

// A failure rejects the promise, and Node exits non-zero on the unhandled rejection.
void Effect.runPromise(program).then((line) => console.log(line, notAny.length, typeof needsClient, roots))
