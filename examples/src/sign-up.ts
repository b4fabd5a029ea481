/**
 * Sign up through the API, with the server's reasons for a refusal read field by field
 * (`ERR_TAKEN`, `ERR_ACCEPTED`, `ERR_TOO_SHORT`, ...).
 *
 *   npx tsx examples/src/sign-up.ts
 *
 * The embedded instance only: it first tries a taken username and an unaccepted agreement, then
 * succeeds. Creating accounts on a real server is refused unless you pass `--really` with
 * `--username`, `--email` and `--password` (and then only that one sign-up is sent).
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Auth from "@mastodon-effect/http/Auth"
import * as Emails from "@mastodon-effect/http/Emails"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Console from "effect/Console"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

class Refused extends Data.TaggedError("Refused")<{ readonly message: string }> {}

interface Form {
  readonly username: string
  readonly email: string
  readonly password: Redacted.Redacted<string>
  readonly agreement: boolean
}

/** Print every field the server refused, with each of its codes. */
const explain = (e: MastodonError.UnprocessableEntity) =>
  Effect.forEach(Object.entries(e.details ?? {}), ([field, problems]) =>
    Console.log(`   ${field}: ${problems.map((p) => `${p.error} (${p.description})`).join(", ")}`))

/** One sign-up attempt: the new user's token, or `None` after explaining a refusal. */
const attempt = (app: Apps.RegisteredApplication, form: Form) =>
  Auth.signUp({ client_id: app.client_id, client_secret: app.client_secret, scopes: "read write", locale: "en", ...form }).pipe(
    Effect.asSome,
    // Only the form's refusal is handled here; every other error still fails the program.
    Effect.catchTag("UnprocessableEntity", (e) =>
      Effect.gen(function*() {
        yield* Console.log(`   refused: ${e.error}`)
        yield* explain(e)
        // `codesFor` answers the usual question directly.
        if (e.codesFor("username").includes("ERR_TAKEN")) yield* Console.log("   (that username is taken: pick another)")
        return Option.none()
      }))
  )

const required = (name: string) =>
  Option.match(Cli.option(name), {
    onSome: Effect.succeed,
    onNone: () => Effect.fail(new Refused({ message: `--${name} is required to sign up on a real server` }))
  })

const program = Effect.gen(function*() {
  const target = yield* Target.CurrentTarget
  if (target._tag === "Remote" && !Cli.flag("really")) {
    return yield* new Refused({ message: `not creating an account on ${target.url} without --really` })
  }
  // Sign-up goes through an app: its credentials obtain the app token the request is sent with.
  const app = yield* Apps.register({ client_name: "sign-up example", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write" })
  const password = Redacted.make("correct horse battery staple")

  const forms: ReadonlyArray<readonly [string, Form]> = target._tag === "Remote"
    ? [["Signing up", {
      username: yield* required("username"),
      email: yield* required("email"),
      password: Redacted.make(yield* required("password")),
      agreement: true
    }]]
    : [
      ["1. A taken username", { username: "demo", email: "another@example.org", password, agreement: true }],
      ["2. Terms not accepted, password too short", {
        username: "newcomer",
        email: "newcomer@example.org",
        password: Redacted.make("short"),
        agreement: false
      }],
      ["3. All good", { username: "newcomer", email: "newcomer@example.org", password, agreement: true }]
    ]

  for (const [label, form] of forms) {
    yield* Console.log(`${label}: @${form.username}`)
    const token = yield* attempt(app, form)
    if (Option.isSome(token)) {
      // The new user's token, scopes checked by signUp; use it for these calls only. A real server
      // (and the embedded one) refuses it with 403 until the e-mail is confirmed; meanwhile it may
      // ask for the confirmation e-mail again.
      const asNewUser = MastodonClient.withAccessToken(token.value.access_token)
      const me = yield* Accounts.verifyCredentials().pipe(
        asNewUser,
        Effect.map(Option.some),
        Effect.catchTag("Forbidden", () => Effect.succeedNone)
      )
      if (Option.isSome(me)) {
        yield* Console.log(`   welcome @${me.value.acct} (id ${me.value.id}), token scopes "${token.value.scope}"`)
      } else {
        yield* Emails.resendConfirmation().pipe(asNewUser)
        yield* Console.log(`   signed up @${form.username}, token scopes "${token.value.scope}"; confirm ${form.email} to use it (confirmation e-mail sent again)`)
      }
    }
  }
})

const layer = Target.anonymousClientLayer().pipe(Layer.provideMerge(Target.layer()), Layer.provide(FetchHttpClient.layer))

Cli.main(Effect.provide(program, layer))
