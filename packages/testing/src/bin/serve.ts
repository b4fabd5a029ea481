#!/usr/bin/env node
/**
 * Serve the in-memory instance with demo data on 127.0.0.1 until interrupted: the package's `bin`.
 *
 *   npx @mastodon-effect/testing --port 3000 [--version 4.3.0] [--fault 503,times=2] ...
 *   npm run serve:fake -- --port 3000        (in this repository, from the sources)
 *
 * `--help` lists every flag. Prints the URL, the user it signs in as (with an access token, the
 * e-mail and password for the password grant where the version has it) and how to get a token
 * through OAuth. Bad flags, or a port that cannot be used, exit with status 1 and the reason.
 *
 * @since 0.1.0
 */
import type * as Id from "@mastodon-effect/core/Id"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Fiber from "effect/Fiber"
import * as Faults from "../Faults.js"
import { type Config, parse, startFailure, usage } from "../internal/cli.js"
import * as MastodonInstance from "../MastodonInstance.js"
import * as MastodonServer from "../MastodonServer.js"
import * as Seed from "../Seed.js"

/** A failure to report on stderr, with exit status 1. */
class Refused {
  readonly _tag = "Refused"
  constructor(readonly message: string) {}
}

const hasPasswordGrant = (version: string): boolean => {
  const [major = 0, minor = 0] = version.split(".").map(Number)
  return major < 4 || (major === 4 && minor < 4)
}

const serve = (config: Config) =>
  Effect.gen(function*() {
    const instance = yield* MastodonInstance.MastodonInstance
    const demo = yield* Seed.demo({ followers: config.followers })
    const state = instance.runtime.state
    const existing = state.byHandle(config.user)
    const signedIn = existing === undefined
      ? yield* Seed.createAccount({ username: config.user, password: `${config.user}-password` })
      : { acct: state.acct(existing), id: existing.id, token: yield* Seed.createToken(existing.id as Id.AccountId, "read write follow push profile") }
    const row = state.byHandle(config.user)
    yield* Seed.instanceInfo({
      rules: ["Be kind to the other test accounts", { text: "No real personal data", hint: "Everything here is lost when the server stops" }],
      extendedDescription: { content: "<p>An in-memory Mastodon for trying clients out. Nothing here is kept.</p>" }
    })
    for (const { fault, match } of config.faults) yield* Faults.inject(fault, match)

    const origin = instance.origin
    const password = row?.password
    const lines = [
      `Mastodon ${config.version} (in memory) listening on ${origin}`,
      `Signed in as @${signedIn.acct} (id ${signedIn.id})`,
      `  Access token: ${signedIn.token}`,
      `  E-mail: ${row?.email ?? "(none)"}${password === undefined ? " (no password: sign in through OAuth)" : `, password "${password}"`}`,
      !hasPasswordGrant(config.version)
        ? `  No password grant on Mastodon 4.4 and later: use OAuth (authorization_code) or --version 4.3.0.`
        : password === undefined
        ? `  Mastodon ${config.version} has the password grant, but this user has no password.`
        : `  The password grant works with that e-mail and password (Mastodon ${config.version} still has it).`,
      `  /oauth/authorize approves as @${config.user} at once (add login_as=<username> for another).`,
      `Popular account: @${demo.popular.acct} (id ${demo.popular.id}) with ${config.followers + 2} followers`,
      `Registrations: ${config.registrations}; e-mail confirmation ${config.emailConfirmation ? "on" : "off"}; rate limit ${
        config.rateLimit === false ? "off" : `${config.rateLimit.limit} per ${config.rateLimit.windowMillis / 1000} s`
      }${config.faults.length === 0 ? "" : `; ${config.faults.length} fault rule(s)`}`,
      `Try: curl -H "Authorization: Bearer ${signedIn.token}" ${origin}/api/v1/accounts/verify_credentials`
    ]
    for (const line of lines) yield* Console.log(line)
    return yield* Effect.never
  }).pipe(
    Effect.provide(MastodonServer.layer({
      port: config.port,
      version: config.version,
      registrations: config.registrations,
      requireEmailConfirmation: config.emailConfirmation,
      rateLimit: config.rateLimit,
      authorizeAs: config.user
    })),
    Effect.catchTags({
      ServeError: (e) => Effect.fail(new Refused(startFailure(config.port, e.cause))),
      InvalidArgument: (e) => Effect.fail(new Refused(e.message))
    })
  )

const main = Effect.gen(function*() {
  const parsed = parse(process.argv.slice(2))
  if (Either.isLeft(parsed)) return yield* Effect.fail(new Refused(parsed.left))
  if (parsed.right.help) return yield* Console.log(usage)
  return yield* serve(parsed.right)
}).pipe(
  Effect.catchAll((e) =>
    Console.error(e.message).pipe(
      Effect.zipRight(Effect.sync(() => {
        process.exitCode = 1
      }))
    )
  ),
  Effect.scoped
)

// Ctrl-C (or a SIGTERM) interrupts the server, whose scope then closes the listening socket.
const fiber = Effect.runFork(main)
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => Effect.runFork(Fiber.interrupt(fiber)))
}
